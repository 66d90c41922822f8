import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchange } from '../../../src/oci/http-exchange.js';
import { RegistryError } from '../../../src/oci/registry-error.js';

interface Seen {
  method: string;
  path: string;
  authorization: string | undefined;
  contentLength: string | undefined;
  userAgent: string | undefined;
  body: string;
}

/** A server that records every request and answers by path. */
async function startServer(
  answer: (request: IncomingMessage, response: ServerResponse, body: string) => void,
): Promise<{ server: Server; url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      seen.push({
        method: request.method ?? '',
        path: request.url ?? '',
        authorization: request.headers.authorization,
        contentLength: request.headers['content-length'],
        userAgent: request.headers['user-agent'],
        body,
      });
      answer(request, response, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, seen };
}

describe('exchange (node:http)', () => {
  let storage: Awaited<ReturnType<typeof startServer>>;
  let registry: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    storage = await startServer((request, response) => {
      response.setHeader('x-served-by', 'storage');
      response.end(`blob at ${request.url}`);
    });
    registry = await startServer((request, response, body) => {
      const path = request.url ?? '';
      if (path.startsWith('/elsewhere')) {
        response.writeHead(307, { location: `${storage.url}/blobs/1?sig=abc` }).end();
      } else if (path.startsWith('/same-origin')) {
        response.writeHead(302, { location: '/final?x=1' }).end();
      } else if (path.startsWith('/see-other')) {
        response.writeHead(303, { location: '/final' }).end();
      } else if (path.startsWith('/loop')) {
        response.writeHead(302, { location: '/loop' }).end();
      } else if (path.startsWith('/slow')) {
        setTimeout(() => response.end('late'), 2000);
      } else if (path.startsWith('/cut')) {
        response.writeHead(200, { 'content-length': '100' });
        response.write('only part');
        setTimeout(() => response.socket?.destroy(), 20);
      } else if (path.startsWith('/repeated')) {
        response.setHeader('www-authenticate', ['Bearer realm="a"', 'Basic realm="b"']);
        response.end();
      } else {
        response.end(`${request.method} ${path} ${body}`);
      }
    });
  });

  afterAll(() => {
    registry.server.closeAllConnections();
    registry.server.close();
    storage.server.close();
  });

  it('follows a redirect to another origin without the Authorization header', async () => {
    const response = await exchange(
      {
        method: 'GET',
        url: new URL(`${registry.url}/elsewhere`),
        headers: { Authorization: 'Bearer secret' },
      },
      5000,
    );
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('blob at /blobs/1?sig=abc');
    expect(response.headers.get('X-Served-By')).toBe('storage');
    expect(registry.seen.at(-1)?.authorization).toBe('Bearer secret');
    expect(storage.seen.at(-1)?.authorization).toBeUndefined();
  });

  it('keeps the Authorization header and the method on a same-origin redirect', async () => {
    const response = await exchange(
      {
        method: 'PUT',
        url: new URL(`${registry.url}/same-origin`),
        headers: { Authorization: 'Basic abc' },
        body: Buffer.from('payload'),
      },
      5000,
    );
    expect(response.body.toString()).toBe('PUT /final?x=1 payload');
    expect(registry.seen.at(-1)).toMatchObject({ authorization: 'Basic abc', contentLength: '7' });
  });

  it('continues a 303 as a GET without the body, as fetch does', async () => {
    const response = await exchange(
      {
        method: 'POST',
        url: new URL(`${registry.url}/see-other`),
        headers: { 'Content-Type': 'application/json' },
        body: Buffer.from('{}'),
      },
      5000,
    );
    expect(response.body.toString()).toBe('GET /final ');
    expect(registry.seen.at(-1)?.contentLength).toBeUndefined();
  });

  it('states a zero length for a POST without a body', async () => {
    await exchange({ method: 'POST', url: new URL(`${registry.url}/uploads/`) }, 5000);
    expect(registry.seen.at(-1)).toMatchObject({
      method: 'POST',
      contentLength: '0',
      userAgent: 'gitops-actions',
    });
  });

  it('gives up on a redirect loop', async () => {
    const failure = await exchange({ method: 'GET', url: new URL(`${registry.url}/loop`) }, 5000).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(RegistryError);
    expect((failure as Error).message).toMatch(/GET 127\.0\.0\.1:\d+\/loop failed: more than 20 redirects/);
  });

  it('joins repeated headers with a comma, as fetch does', async () => {
    const response = await exchange({ method: 'GET', url: new URL(`${registry.url}/repeated`) }, 5000);
    expect(response.headers.get('WWW-Authenticate')).toBe('Bearer realm="a", Basic realm="b"');
    expect(response.headers.get('x-missing')).toBeNull();
  });

  it('reports a time-out as a retryable registry error', async () => {
    const failure = await exchange({ method: 'GET', url: new URL(`${registry.url}/slow`) }, 100).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(RegistryError);
    expect((failure as RegistryError).message).toMatch(/\/slow failed: timeout$/);
    expect((failure as RegistryError).retryable).toBe(true);
  });

  it('reports a connection cut in the middle of a body as retryable', async () => {
    const failure = await exchange({ method: 'GET', url: new URL(`${registry.url}/cut`) }, 5000).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(RegistryError);
    expect((failure as RegistryError).retryable).toBe(true);
  });

  it('reports a refused connection as retryable, naming the request', async () => {
    const closed = await startServer(() => undefined);
    await new Promise((resolve) => closed.server.close(resolve));
    const failure = await exchange({ method: 'HEAD', url: new URL(`${closed.url}/v2/`) }, 5000).catch(
      (error: unknown) => error,
    );
    expect((failure as RegistryError).message).toMatch(/^HEAD 127\.0\.0\.1:\d+\/v2\/ failed: ECONNREFUSED$/);
    expect((failure as RegistryError).retryable).toBe(true);
  });
});
