import type { RegistrySession } from './auth/registry-session.js';
import type { ResponseHeaders } from './http-exchange.js';
import { describeRequest, RegistryError } from './registry-error.js';

/** What the API operations share: where the registry is and the authenticated way to reach it. */
export interface RegistryApi {
  base: URL;
  session: RegistrySession;
}

/** `/v2/<repository>/<path>` on the registry (distribution spec "Endpoints"). */
export function repositoryUrl(api: RegistryApi, repository: string, path: string): URL {
  return new URL(`/v2/${repository}/${path}`, api.base);
}

/**
 * The `Location` of an upload or blob, which the spec allows absolute or relative
 * (distribution's `http.relativeurls`). Its query is kept: it may carry upload state or signatures.
 */
export function locationOf(headers: ResponseHeaders, request: { method: string; url: URL }): URL {
  const location = headers.get('location');
  if (!location) {
    throw new RegistryError(`${describeRequest(request)} answered without a Location`, { retryable: true });
  }
  // RFC 9110 §10.2.2: a relative reference resolves against the request's URL.
  return new URL(location, request.url);
}
