import { createServer, request as forward, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does instead of forwarding: close the connection, or answer by itself. */
export type Fault = { drop: true } | { status: number; headers?: Record<string, string>; body?: string };

export interface FaultRule {
  method: string;
  path: RegExp;
  fault: Fault;
  /** How many matching requests get the fault; later ones pass through. */
  times: number;
}

export interface ProxiedRequest {
  method: string;
  /** Path and query as the client sent them. */
  url: string;
  headers: IncomingHttpHeaders;
  bodyLength: number;
  /** Status the client got, or `dropped`. */
  outcome: number | 'dropped';
  location: string | undefined;
}

export interface RegistryProxy {
  /** `127.0.0.1:port`, to use as the registry host. */
  host: string;
  requests: ProxiedRequest[];
  stop(): Promise<void>;
}

/**
 * A plain HTTP proxy in front of a harness registry that records every exchange and injects faults
 * (dropped connections, 5xx, 429) into chosen requests. The Host header is passed on unchanged, so
 * the registry builds its Location URLs for the proxy and uploads keep going through it.
 */
export async function startRegistryProxy(
  registryUrl: string,
  rules: FaultRule[] = [],
): Promise<RegistryProxy> {
  const target = new URL(registryUrl);
  const requests: ProxiedRequest[] = [];
  const server = createServer((incoming, outgoing) => {
    void readBody(incoming).then((body) => {
      const record: ProxiedRequest = {
        method: incoming.method ?? 'GET',
        url: incoming.url ?? '/',
        headers: incoming.headers,
        bodyLength: body.length,
        outcome: 'dropped',
        location: undefined,
      };
      requests.push(record);
      const rule = rules.find(
        (candidate) =>
          candidate.times > 0 && candidate.method === record.method && candidate.path.test(record.url),
      );
      if (rule) {
        rule.times--;
        if ('drop' in rule.fault) {
          incoming.socket.destroy();
          return;
        }
        record.outcome = rule.fault.status;
        outgoing.writeHead(rule.fault.status, rule.fault.headers);
        outgoing.end(rule.fault.body ?? '');
        return;
      }
      const upstream = forward(
        {
          host: target.hostname,
          port: target.port,
          method: record.method,
          path: record.url,
          headers: incoming.headers,
        },
        (answer) => {
          record.outcome = answer.statusCode ?? 0;
          record.location = answer.headers.location;
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      upstream.on('error', () => incoming.socket.destroy());
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('error', reject);
    incoming.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
