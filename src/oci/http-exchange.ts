import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { errorFromNetworkFailure } from './registry-error.js';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH';

export interface HttpRequest {
  method: HttpMethod;
  url: URL;
  headers?: Record<string, string>;
  body?: Buffer;
}

/** Response headers by case-insensitive name; repeated ones joined with ", " (as fetch's Headers). */
export interface ResponseHeaders {
  get(name: string): string | null;
}

/** A response read to its end: registries answer small JSON bodies, and blobs are held in memory anyway. */
export interface HttpResponse {
  status: number;
  headers: ResponseHeaders;
  body: Buffer;
}

/** What fetch allows before giving up on a redirect chain (Fetch spec, HTTP-redirect fetch). */
const MAX_REDIRECTS = 20;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * One HTTP request, with redirects followed the way fetch follows them (registries send blob
 * GETs to storage backends): a 303, and a 301 or 302 answering a POST, continue as a GET without
 * the body, and the Authorization header is dropped when a redirect leaves the origin. Built on
 * node:http rather than fetch: fetch's HTTP parser is WebAssembly that V8 compiles on a
 * background thread at the first request, about 40 ms of CPU that a short push would otherwise
 * spend, and wait for before exiting. TLS trust is Node's default store plus NODE_EXTRA_CA_CERTS.
 */
export async function exchange(request: HttpRequest, timeoutMs: number): Promise<HttpResponse> {
  const deadline = new Deadline(timeoutMs);
  try {
    let current = request;
    for (let redirects = 0; ; redirects++) {
      const response = await deadline.race((signal) => send(current, signal));
      const location = response.headers.get('location');
      if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
      if (redirects === MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
      current = redirected(current, response.status, new URL(location, current.url));
    }
  } catch (error) {
    throw errorFromNetworkFailure(request, error);
  } finally {
    deadline.clear();
  }
}

function redirected(request: HttpRequest, status: number, url: URL): HttpRequest {
  const headers = { ...request.headers };
  if (url.origin !== request.url.origin) deleteHeader(headers, 'authorization');
  const asGet =
    status === 303
      ? request.method !== 'HEAD'
      : (status === 301 || status === 302) && request.method === 'POST';
  if (!asGet) return { ...request, url, headers };
  for (const name of [
    'content-type',
    'content-length',
    'content-encoding',
    'content-language',
    'content-location',
  ])
    deleteHeader(headers, name);
  return { method: 'GET', url, headers };
}

function deleteHeader(headers: Record<string, string>, name: string): void {
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) delete headers[key];
}

function send(request: HttpRequest, signal: AbortSignal): Promise<HttpResponse> {
  // fetch named itself `node`; some registry front ends turn away requests that name nothing.
  const headers: OutgoingHttpHeaders = { 'user-agent': 'gitops-actions', ...request.headers };
  // As fetch does: a body-carrying method states its length, zero included.
  if (request.method !== 'GET' && request.method !== 'HEAD')
    headers['content-length'] = request.body?.length ?? 0;
  // TLS loads only for an HTTPS registry: with NODE_EXTRA_CA_CERTS set that costs 10-20 ms of start-up.
  const open =
    request.url.protocol === 'https:' ? process.getBuiltinModule('node:https').request : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = open(request.url, { method: request.method, headers, signal }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', reject);
      incoming.on('end', () => {
        if (incoming.complete)
          resolve({
            status: incoming.statusCode ?? 0,
            headers: headersOf(incoming),
            body: Buffer.concat(chunks),
          });
      });
      // A connection dropped mid-body: as transient as one refused (a settled promise ignores this).
      incoming.on('close', () => {
        if (!incoming.complete)
          reject(
            Object.assign(new Error('the connection closed before the response ended'), {
              code: 'ECONNRESET',
            }),
          );
      });
    });
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

function headersOf(incoming: IncomingMessage): ResponseHeaders {
  const distinct = incoming.headersDistinct;
  return { get: (name) => distinct[name.toLowerCase()]?.join(', ') ?? null };
}

/** One time limit over the whole exchange, redirects and bodies included. */
class Deadline {
  readonly #controller = new AbortController();
  readonly #timer: NodeJS.Timeout;

  constructor(timeoutMs: number) {
    this.#timer = setTimeout(() => {
      // Named as AbortSignal.timeout() names it, which errorFromNetworkFailure reports as a timeout.
      const reason = new Error(`no complete answer within ${timeoutMs} ms`);
      reason.name = 'TimeoutError';
      this.#controller.abort(reason);
    }, timeoutMs);
    // A pending limit must not keep the process alive on its own.
    this.#timer.unref();
  }

  async race<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const signal = this.#controller.signal;
    try {
      return await run(signal);
    } catch (error) {
      throw signal.aborted ? signal.reason : error;
    }
  }

  clear(): void {
    clearTimeout(this.#timer);
  }
}
