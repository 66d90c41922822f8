import { errorFromResponse, RegistryError } from '../registry-error.js';
import { exchange, type HttpRequest } from '../http-exchange.js';
import { isIdentityToken, type RegistryCredentials } from './credentials.js';
import { assertRealmIsHttp, assertRealmMayReceiveCredentials } from './realm-policy.js';
import type { BearerChallenge } from './www-authenticate.js';

/** How username/password reach the token service; identity tokens always use the OAuth2 POST. */
export type PasswordGrant = 'basic-get' | 'oauth2-password';

export interface TokenRequest {
  challenge: BearerChallenge;
  /** Canonical space-separated scopes the token must cover. */
  scope: string;
  credentials: RegistryCredentials | undefined;
  passwordGrant: PasswordGrant;
  registry: URL;
  allowPlainHttpBeyondLoopback: boolean;
  timeoutMs: number;
}

export interface BearerToken {
  token: string;
  /** Epoch ms after which the token is not used any more. */
  expiresAt: number;
  /** A refresh token the service handed out (OAuth2 `access_type=offline`), to use instead of the password. */
  refreshToken?: string;
}

/** The spec's default when the service leaves `expires_in` out. */
const DEFAULT_EXPIRES_IN_SECONDS = 60;
/** Tokens are dropped up to this long before they expire, so none expires between check and use. */
const EXPIRY_MARGIN_MS = 10_000;
/** OAuth2 requires a client_id; the distribution token spec suggests naming the client. */
const CLIENT_ID = 'gitops-actions';

/**
 * Gets a Bearer token for `scope` (distribution "Token Authentication Specification" and "OAuth2
 * Token Authentication"): GET with Basic credentials or none, or a POST form with a refresh token
 * (an identity token) or with the password when the service wants OAuth2.
 */
export async function requestBearerToken(request: TokenRequest): Promise<BearerToken> {
  const realm = parseRealm(request);
  const { credentials } = request;
  if (credentials === undefined) assertRealmIsHttp(realm, request.registry);
  else assertRealmMayReceiveCredentials(realm, request.registry, request.allowPlainHttpBeyondLoopback);

  const http = buildHttpRequest(realm, request);
  const response = await exchange(http, request.timeoutMs);
  if (response.status !== 200) {
    throw errorFromResponse(
      { method: http.method, url: realm },
      response,
      response.status === 401 || response.status === 403
        ? `the token service of ${request.registry.host} refused the ${credentials ? `credentials${credentials.username ? ` of ${credentials.username}` : ''}` : 'anonymous request'}; check the username and password or token`
        : undefined,
    );
  }
  return parseTokenResponse(response.body, realm);
}

function parseRealm(request: TokenRequest): URL {
  try {
    return new URL(request.challenge.realm);
  } catch (error) {
    throw new RegistryError(`the registry ${request.registry.host} named an invalid token realm`, {
      retryable: false,
      cause: error,
    });
  }
}

function buildHttpRequest(realm: URL, request: TokenRequest): HttpRequest {
  const { credentials, challenge } = request;
  const scopes = request.scope.split(' ').filter((part) => part !== '');
  if (credentials !== undefined && isIdentityToken(credentials)) {
    return oauth2Post(realm, challenge, scopes, {
      grant_type: 'refresh_token',
      refresh_token: credentials.identityToken,
    });
  }
  if (credentials !== undefined && request.passwordGrant === 'oauth2-password') {
    return oauth2Post(realm, challenge, scopes, {
      grant_type: 'password',
      username: credentials.username,
      password: credentials.password,
      // Ask for a refresh token, so later scopes are fetched without sending the password again.
      access_type: 'offline',
    });
  }
  const url = new URL(realm);
  if (challenge.service !== undefined) url.searchParams.set('service', challenge.service);
  // One `scope` parameter per resource, as the Docker client sends them.
  for (const scope of scopes) url.searchParams.append('scope', scope);
  if (credentials === undefined) return { method: 'GET', url };
  const basic = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
  return { method: 'GET', url, headers: { authorization: `Basic ${basic}` } };
}

function oauth2Post(
  realm: URL,
  challenge: BearerChallenge,
  scopes: string[],
  grant: Record<string, string>,
): HttpRequest {
  const form = new URLSearchParams({ ...grant, client_id: CLIENT_ID });
  if (challenge.service !== undefined) form.set('service', challenge.service);
  // OAuth2 (RFC 6749 §3.3) puts all scopes in one space-separated parameter.
  if (scopes.length > 0) form.set('scope', scopes.join(' '));
  return {
    method: 'POST',
    url: realm,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: Buffer.from(form.toString()),
  };
}

interface TokenResponseBody {
  token?: unknown;
  access_token?: unknown;
  expires_in?: unknown;
  refresh_token?: unknown;
}

function parseTokenResponse(body: Buffer, realm: URL): BearerToken {
  let parsed: TokenResponseBody;
  try {
    parsed = JSON.parse(body.toString('utf8')) as TokenResponseBody;
  } catch (error) {
    throw new RegistryError(`the token service ${realm.host} answered with something other than JSON`, {
      retryable: false,
      cause: error,
    });
  }
  // `token` is the Docker name, `access_token` the OAuth2 one; services may send either or both.
  const token = typeof parsed.token === 'string' && parsed.token !== '' ? parsed.token : parsed.access_token;
  if (typeof token !== 'string' || token === '') {
    throw new RegistryError(`the token service ${realm.host} answered without a token`, { retryable: false });
  }
  const expiresIn =
    typeof parsed.expires_in === 'number' && parsed.expires_in > 0
      ? parsed.expires_in
      : DEFAULT_EXPIRES_IN_SECONDS;
  const lifetimeMs = expiresIn * 1000;
  const issued: BearerToken = {
    token,
    expiresAt: Date.now() + lifetimeMs - Math.min(EXPIRY_MARGIN_MS, lifetimeMs / 2),
  };
  if (typeof parsed.refresh_token === 'string' && parsed.refresh_token !== '') {
    issued.refreshToken = parsed.refresh_token;
  }
  return issued;
}
