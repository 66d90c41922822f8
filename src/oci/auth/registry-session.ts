import type { Log } from '../../runtime/log.js';
import { exchange, type HttpRequest, type HttpResponse } from '../http-exchange.js';
import { errorFromResponse, type RegistryError } from '../registry-error.js';
import { isIdentityToken, type RegistryCredentials } from './credentials.js';
import { describeScope, mergeScopes } from './scopes.js';
import { requestBearerToken, type BearerToken, type PasswordGrant } from './token-request.js';
import { findBearerChallenge, offersBasic, type BearerChallenge } from './www-authenticate.js';

export interface RegistrySessionOptions {
  /** The registry's base URL; only requests to its origin carry credentials. */
  registry: URL;
  credentials: RegistryCredentials | undefined;
  passwordGrant: PasswordGrant;
  allowPlainHttpBeyondLoopback: boolean;
  timeoutMs: number;
  log: Log;
}

/** A request plus the token scope it needs, e.g. `repository:acme/app:pull,push`. */
export interface ScopedRequest extends HttpRequest {
  scope: string;
}

type Authorization = { kind: 'none' } | { kind: 'basic' } | { kind: 'bearer'; scope: string };

/**
 * Sends requests to one registry with whatever authentication it asks for. Registries announce it
 * only in the WWW-Authenticate header of a 401, so the first request goes out bare; after that the
 * scheme is known and requests carry Basic credentials or a Bearer token for their scope up front.
 * Tokens are cached per scope until they expire. A 401 is retried once: with credentials or a
 * token, or with a token for the merged scopes when a token lacked one (`insufficient_scope`;
 * distribution 2.8 answers 401, not 403, and names the error only in the header).
 * Any 401 or 403 left over is thrown as a RegistryError whose hint says what to fix.
 */
export class RegistrySession {
  readonly #options: RegistrySessionOptions;
  #scheme: 'unknown' | 'basic' | 'bearer' = 'unknown';
  #challenge: BearerChallenge | undefined;
  readonly #tokens = new Map<string, BearerToken>();
  /** A refresh token the service gave for the password grant: later grants use it instead. */
  #refreshToken: string | undefined;

  constructor(options: RegistrySessionOptions) {
    this.#options = options;
    if (options.credentials) {
      options.log.setSecret(
        isIdentityToken(options.credentials)
          ? options.credentials.identityToken
          : options.credentials.password,
      );
    }
  }

  async send(request: ScopedRequest): Promise<HttpResponse> {
    const scope = mergeScopes(request.scope);
    // Upload and blob URLs may point at another origin (a storage backend): it gets no credentials.
    const first: Authorization = this.#carriesCredentials(request)
      ? await this.#authorizationFor(scope)
      : { kind: 'none' };
    const response = await this.#sendWith(request, first);
    if (response.status !== 401 || !this.#carriesCredentials(request))
      return this.#checked(request, response, first);

    const header = response.headers.get('www-authenticate');
    const challenge = findBearerChallenge(header);
    let retry: Authorization | undefined;
    if (challenge) {
      const wanted = mergeScopes(scope, challenge.scope ?? '');
      // The same token again would be refused again; a new token helps only for new scopes or a stale token.
      const pointless =
        first.kind === 'bearer' && wanted === first.scope && challenge.error === 'insufficient_scope';
      if (!pointless) {
        this.#scheme = 'bearer';
        this.#challenge = challenge;
        this.#tokens.delete(wanted);
        // The wider token also serves later requests that name only the narrower scope.
        this.#tokens.set(scope, await this.#token(wanted));
        retry = { kind: 'bearer', scope: wanted };
      }
    } else if (offersBasic(header) && this.#options.credentials && first.kind !== 'basic') {
      this.#scheme = 'basic';
      retry = { kind: 'basic' };
    }
    if (retry === undefined) return this.#checked(request, response, first);
    return this.#checked(request, await this.#sendWith(request, retry), retry);
  }

  #carriesCredentials(request: HttpRequest): boolean {
    return request.url.origin === this.#options.registry.origin;
  }

  async #authorizationFor(scope: string): Promise<Authorization> {
    if (this.#scheme === 'basic') return { kind: 'basic' };
    if (this.#scheme === 'bearer') {
      await this.#token(scope);
      return { kind: 'bearer', scope };
    }
    return { kind: 'none' };
  }

  async #token(scope: string): Promise<BearerToken> {
    const cached = this.#tokens.get(scope);
    if (cached && cached.expiresAt > Date.now()) return cached;
    const options = this.#options;
    const challenge = this.#challenge;
    if (!challenge) throw new Error('a Bearer token was needed before the registry named its token realm');
    const credentials =
      this.#refreshToken !== undefined
        ? { identityToken: this.#refreshToken, username: options.credentials?.username }
        : options.credentials;
    const token = await requestBearerToken({
      challenge,
      scope,
      credentials,
      passwordGrant: options.passwordGrant,
      registry: options.registry,
      allowPlainHttpBeyondLoopback: options.allowPlainHttpBeyondLoopback,
      timeoutMs: options.timeoutMs,
    });
    options.log.setSecret(token.token);
    if (token.refreshToken !== undefined && credentials !== undefined) {
      options.log.setSecret(token.refreshToken);
      this.#refreshToken = token.refreshToken;
    }
    this.#tokens.set(scope, token);
    return token;
  }

  async #sendWith(request: HttpRequest, authorization: Authorization): Promise<HttpResponse> {
    const headers = { ...request.headers };
    const { credentials } = this.#options;
    if (authorization.kind === 'basic' && credentials && !isIdentityToken(credentials)) {
      headers.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
    } else if (authorization.kind === 'bearer') {
      const token = this.#tokens.get(authorization.scope);
      if (token) headers.authorization = `Bearer ${token.token}`;
    }
    const response = await exchange({ ...request, headers }, this.#options.timeoutMs);
    // Path only: upload URLs carry state and possibly signatures in their query.
    this.#options.log.debug(
      `${request.method} ${request.url.host}${request.url.pathname} → ${response.status}`,
    );
    return response;
  }

  #checked(request: ScopedRequest, response: HttpResponse, sent: Authorization): HttpResponse {
    if (response.status !== 401 && response.status !== 403) return response;
    throw this.#accessError(request, response, sent);
  }

  #accessError(request: ScopedRequest, response: HttpResponse, sent: Authorization): RegistryError {
    const { credentials, registry } = this.#options;
    const host = registry.host;
    const insufficient =
      response.status === 403 ||
      findBearerChallenge(response.headers.get('www-authenticate'))?.error === 'insufficient_scope';
    const who = credentials?.username ? `the user ${credentials.username}` : 'the credentials';
    const access = describeScope(request.scope);
    let hint: string;
    if (credentials === undefined) {
      hint = `${host} wants credentials to ${access}: log in with docker login, pass a username and password or token, or on GitHub Actions use GITHUB_TOKEN for ghcr.io`;
    } else if (insufficient) {
      hint = `${who} may not ${access} on ${host}; on GitHub Actions give the job \`permissions: packages: write\` and the repository write access to the package`;
    } else if (sent.kind === 'none') {
      hint = `${host} did not say how to authenticate (no Basic or Bearer challenge)`;
    } else {
      hint = `${host} refused ${who}: check the username and the password or token, and that it has not expired`;
    }
    return errorFromResponse(request, response, hint);
  }
}
