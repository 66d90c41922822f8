import { errorFromNetworkFailure } from './registry-error.js';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH';

export interface HttpRequest {
  method: HttpMethod;
  url: URL;
  headers?: Record<string, string>;
  body?: Buffer;
}

/** A response read to its end: registries answer small JSON bodies, and blobs are held in memory anyway. */
export interface HttpResponse {
  status: number;
  headers: Headers;
  body: Buffer;
}

/**
 * One HTTP request with Node's fetch. TLS trust is Node's default store plus NODE_EXTRA_CA_CERTS
 * (read at start-up), because fetch takes no per-request CA without undici's dispatcher, which is
 * not a dependency. Redirects are followed, as registries send blob GETs to storage backends; fetch
 * drops the Authorization header when a redirect leaves the origin (Fetch spec, HTTP-redirect fetch).
 */
export async function exchange(request: HttpRequest, timeoutMs: number): Promise<HttpResponse> {
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Reading the body inside the try: a connection dropped mid-body is as transient as one refused.
    const body = Buffer.from(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, body };
  } catch (error) {
    throw errorFromNetworkFailure(request, error);
  }
}
