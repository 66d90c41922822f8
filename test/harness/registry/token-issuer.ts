import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SigningCertificate } from './certificates.js';
import { signRegistryToken, type ResourceAccess } from './jwt.js';
import { grantAccess, parseScopes, type RepositoryAccess, type TokenUser } from './token-policy.js';

export interface TokenIssuerOptions {
  users: TokenUser[];
  /** What requests without credentials may do; without it they are refused. */
  anonymous?: RepositoryAccess;
  expiresInSeconds?: number;
}

export type GrantType = 'basic' | 'anonymous' | 'password' | 'refresh_token';

/** One token handed out, kept so tests can assert what a client asked for and what it got. */
export interface IssuedToken {
  account: string | undefined;
  grantType: GrantType;
  requested: ResourceAccess[];
  granted: ResourceAccess[];
}

export interface TokenIssuer {
  /** The `realm` the registry puts in its Bearer challenge. */
  realm: string;
  service: string;
  issuer: string;
  issued: IssuedToken[];
  stop(): Promise<void>;
}

interface TokenRequest {
  grantType: GrantType;
  account: string | undefined;
  service: string | null;
  scopes: string[];
  wantsRefreshToken: boolean;
  refreshToken?: string;
}

class IssuerError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const service = 'gitops-actions-test-registry';
const issuerName = 'gitops-actions-test-issuer';

/**
 * A token server for the Docker registry token flow: GET with Basic credentials (or none) and
 * OAuth2 POST with `grant_type=password` or `refresh_token`, on a random port of 127.0.0.1.
 */
export async function startTokenIssuer(
  signer: SigningCertificate,
  options: TokenIssuerOptions,
): Promise<TokenIssuer> {
  const issued: IssuedToken[] = [];
  const refreshTokens = new Map<string, string>();
  const expiresInSeconds = options.expiresInSeconds ?? 300;

  const issue = (request: TokenRequest): object => {
    if (request.service !== service)
      throw new IssuerError(400, `unknown service ${JSON.stringify(request.service)}`);
    const requested = parseScopes(request.scopes);
    const allowed = request.account === undefined ? options.anonymous : findUser(request.account)?.access;
    const granted = grantAccess(requested, allowed ?? {});
    issued.push({ account: request.account, grantType: request.grantType, requested, granted });
    const now = Date.now();
    const subject = request.account ?? '';
    const token = signRegistryToken(
      { issuer: issuerName, service, subject, access: granted, expiresInSeconds },
      signer,
      now,
    );
    const refreshToken =
      request.refreshToken ?? (request.wantsRefreshToken ? newRefreshToken(subject) : undefined);
    return {
      token,
      access_token: token,
      expires_in: expiresInSeconds,
      issued_at: new Date(now).toISOString(),
      scope: request.scopes.join(' '),
      ...(refreshToken ? { refresh_token: refreshToken } : {}),
    };
  };

  const findUser = (username: string): TokenUser | undefined =>
    options.users.find((u) => u.username === username);

  const authenticate = (username: string | null, password: string | null): string => {
    const user = username === null ? undefined : findUser(username);
    if (!user || user.password !== password) throw new IssuerError(401, 'incorrect username or password');
    return user.username;
  };

  const newRefreshToken = (account: string): string => {
    const refreshToken = randomBytes(24).toString('hex');
    refreshTokens.set(refreshToken, account);
    return refreshToken;
  };

  const fromGet = (url: URL, authorization: string | undefined): TokenRequest => {
    const basic = authorization === undefined ? undefined : parseBasic(authorization);
    if (basic === undefined && options.anonymous === undefined)
      throw new IssuerError(401, 'credentials required');
    return {
      grantType: basic ? 'basic' : 'anonymous',
      account: basic ? authenticate(basic.username, basic.password) : undefined,
      service: url.searchParams.get('service'),
      scopes: url.searchParams.getAll('scope'),
      wantsRefreshToken: basic !== undefined && url.searchParams.get('offline_token') === 'true',
    };
  };

  const fromPost = (form: URLSearchParams): TokenRequest => {
    const common = { service: form.get('service'), scopes: form.getAll('scope') };
    switch (form.get('grant_type')) {
      case 'password':
        return {
          ...common,
          grantType: 'password',
          account: authenticate(form.get('username'), form.get('password')),
          wantsRefreshToken: form.get('access_type') === 'offline',
        };
      case 'refresh_token': {
        const refreshToken = form.get('refresh_token') ?? '';
        const account = refreshTokens.get(refreshToken);
        if (account === undefined) throw new IssuerError(401, 'unknown refresh token');
        return { ...common, grantType: 'refresh_token', account, wantsRefreshToken: true, refreshToken };
      }
      default:
        throw new IssuerError(400, `unsupported grant_type ${JSON.stringify(form.get('grant_type'))}`);
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://issuer');
    try {
      if (url.pathname !== '/token') throw new IssuerError(404, 'not found');
      if (request.method === 'GET') reply(response, 200, issue(fromGet(url, request.headers.authorization)));
      else if (request.method === 'POST')
        reply(response, 200, issue(fromPost(new URLSearchParams(await readBody(request)))));
      else throw new IssuerError(405, 'method not allowed');
    } catch (error) {
      const status = error instanceof IssuerError ? error.status : 400;
      const code = status === 401 ? 'UNAUTHORIZED' : 'DENIED';
      reply(response, status, { errors: [{ code, message: (error as Error).message }] });
    }
  };

  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer: issuerName,
    issued,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function parseBasic(authorization: string): { username: string; password: string } {
  const match = /^Basic\s+(\S+)$/i.exec(authorization);
  if (!match?.[1]) throw new IssuerError(401, 'unsupported authorization scheme');
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new IssuerError(401, 'malformed basic credentials');
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('error', reject);
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function reply(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
