import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistrySession } from '../../../src/oci/auth/registry-session.js';
import { silentLog, type Log } from '../../../src/runtime/log.js';

/** A server that demands Basic auth and records the headers of every request. */
async function basicAuthServer(): Promise<{ server: Server; url: URL; seen: IncomingHttpHeaders[] }> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    seen.push(request.headers);
    if (!request.headers.authorization) response.writeHead(401, { 'www-authenticate': 'Basic realm="test"' });
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`), seen };
}

describe('RegistrySession', () => {
  let registry: Awaited<ReturnType<typeof basicAuthServer>>;
  let storage: Awaited<ReturnType<typeof basicAuthServer>>;

  beforeAll(async () => {
    [registry, storage] = await Promise.all([basicAuthServer(), basicAuthServer()]);
  });
  afterAll(() => {
    for (const { server } of [registry, storage]) server.close();
  });

  const credentials = { username: 'user', password: 'secret-pw' };
  const session = (log: Log = silentLog) =>
    new RegistrySession({
      registry: registry.url,
      credentials,
      passwordGrant: 'basic-get',
      allowPlainHttpBeyondLoopback: false,
      timeoutMs: 5_000,
      log,
    });

  it('answers a Basic challenge once, then sends Basic up front; never to another origin', async () => {
    const client = session();
    const scope = 'repository:acme/app:pull';
    expect((await client.send({ method: 'GET', url: new URL('/v2/', registry.url), scope })).status).toBe(
      200,
    );
    expect((await client.send({ method: 'GET', url: new URL('/v2/x', registry.url), scope })).status).toBe(
      200,
    );
    expect(registry.seen.map((headers) => headers.authorization !== undefined)).toEqual([false, true, true]);

    // A storage backend on another origin (here another port) must not see the registry's credentials.
    const upload = client.send({ method: 'PUT', url: new URL('/upload?sig=1', storage.url), scope });
    await expect(upload).rejects.toMatchObject({ status: 401 });
    expect(storage.seen.map((headers) => headers.authorization)).toEqual([undefined]);
  });

  it('registers the password as a secret and logs requests without their query', async () => {
    const secrets: string[] = [];
    const lines: string[] = [];
    const log: Log = {
      ...silentLog,
      setSecret: (value) => secrets.push(value),
      debug: (line) => lines.push(line),
    };
    await session(log).send({ method: 'GET', url: new URL('/v2/?_state=opaque', registry.url), scope: '' });
    expect(secrets).toEqual(['secret-pw']);
    expect(lines).toEqual([`GET ${registry.url.host}/v2/ → 401`, `GET ${registry.url.host}/v2/ → 200`]);
  });
});
