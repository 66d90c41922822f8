import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IncomingCall, OutgoingCall } from './pipeline.js';

export interface ListeningServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `respond` on 127.0.0.1 at a random port. */
export async function listen(respond: (call: IncomingCall) => OutgoingCall): Promise<ListeningServer> {
  let port = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const outgoing = respond({
        origin: `http://${request.headers.host ?? `127.0.0.1:${port}`}`,
        method: request.method ?? 'GET',
        target: request.url ?? '/',
        authorization: request.headers.authorization,
        bodyText: Buffer.concat(chunks).toString('utf8'),
      });
      const payload = outgoing.body === undefined ? '' : JSON.stringify(outgoing.body);
      response.writeHead(outgoing.status, {
        ...(payload === '' ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        ...outgoing.headers,
      });
      response.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Clients keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
