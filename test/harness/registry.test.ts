import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  basicAuthorization,
  bearerAuthorization,
  getBlob,
  getManifest,
  json,
  parseBearerChallenge,
  pushBlob,
  putManifest,
  missingRegistryTools,
  requestToken,
  send,
  sha256Digest,
  startRegistry,
  tinyOciManifest,
  registryTestsEnabled,
  type AnonymousRegistry,
  type Credentials,
  type HtpasswdRegistry,
  type RegistryTarget,
  type TlsRegistry,
  type TokenRegistry,
} from './registry/index.js';
import { spawnRegistry } from './registry/registry-process.js';
import { waitUntilAnswering } from './registry/wait-until-answering.js';

interface TokenResponse {
  token: string;
  access_token: string;
  expires_in: number;
  issued_at: string;
  refresh_token?: string;
}

interface RegistryErrors {
  errors: { code: string }[];
}

/** The registry's challenge may name the actions in either order; the issuer keeps the order asked for. */
const pullAndPush = expect.toSatisfy((actions: string[]) => [...actions].sort().join() === 'pull,push');

const pusher: Credentials = { username: 'pusher', password: randomBytes(12).toString('hex') };
const reader: Credentials = { username: 'reader', password: randomBytes(12).toString('hex') };

async function pushTinyImage(target: RegistryTarget, repository: string, tag: string) {
  const config = Buffer.from('{}');
  const layer = randomBytes(64);
  expect((await pushBlob(target, repository, config)).status).toBe(201);
  expect((await pushBlob(target, repository, layer)).status).toBe(201);
  const manifest = tinyOciManifest(config, layer);
  const put = await putManifest(target, repository, tag, manifest);
  expect(put.status).toBe(201);
  return { layer, manifest, put };
}

async function tokenFor(
  registry: TokenRegistry,
  credentials: Credentials | undefined,
  scope: string,
): Promise<string> {
  const challenge = { realm: registry.tokenIssuer.realm, service: registry.tokenIssuer.service, scope };
  const response = await requestToken(challenge, credentials);
  expect(response.status).toBe(200);
  return json<TokenResponse>(response).token;
}

describe('registry tool gate', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('skips with a visible notice when tools are missing', () => {
    vi.stubEnv('PATH', '/nonexistent');
    vi.stubEnv('REQUIRE_INTEGRATION', '');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(missingRegistryTools()).toEqual(['docker-registry', 'openssl', 'htpasswd']);
    expect(registryTestsEnabled()).toBe(false);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^SKIPPED: .*docker-registry, openssl, htpasswd/),
    );
  });

  it('refuses to skip under REQUIRE_INTEGRATION=1', () => {
    vi.stubEnv('PATH', '/nonexistent');
    vi.stubEnv('REQUIRE_INTEGRATION', '1');
    expect(() => registryTestsEnabled()).toThrow(/REQUIRE_INTEGRATION=1 forbids skipping/);
  });
});

describe.skipIf(!registryTestsEnabled())('real registry harness', () => {
  let anonymous: AnonymousRegistry;
  let htpasswd: HtpasswdRegistry;
  let tls: TlsRegistry;
  let token: TokenRegistry;

  beforeAll(async () => {
    [anonymous, htpasswd, tls, token] = await Promise.all([
      startRegistry({ variant: 'anonymous' }),
      startRegistry({ variant: 'htpasswd' }),
      startRegistry({ variant: 'tls' }),
      startRegistry({
        variant: 'token',
        token: {
          users: [
            { ...pusher, access: { 'team/app': ['pull', 'push'] } },
            { ...reader, access: { 'team/app': ['pull'] } },
          ],
          anonymous: { 'team/app': ['pull'] },
        },
      }),
    ]);
  });

  afterAll(async () => {
    await Promise.allSettled([anonymous, htpasswd, tls, token].map((registry) => registry?.stop()));
  });

  describe('anonymous', () => {
    it('listens on a random port of 127.0.0.1 and answers /v2/ without credentials', async () => {
      expect(anonymous.host).toMatch(/^127\.0\.0\.1:\d+$/);
      expect(anonymous.url).toBe(`http://${anonymous.host}`);
      expect((await send(`${anonymous.url}/v2/`)).status).toBe(200);
    });

    it('stores a pushed blob and OCI manifest and serves back the same bytes', async () => {
      const { layer, manifest, put } = await pushTinyImage(anonymous, 'team/app', 'v1');
      expect(put.headers['docker-content-digest']).toBe(sha256Digest(manifest));

      for (const reference of ['v1', sha256Digest(manifest)]) {
        const got = await getManifest(anonymous, 'team/app', reference);
        expect(got.status).toBe(200);
        expect(got.headers['content-type']).toBe('application/vnd.oci.image.manifest.v1+json');
        expect(got.body.equals(manifest)).toBe(true);
      }
      const blob = await getBlob(anonymous, 'team/app', sha256Digest(layer));
      expect(blob.status).toBe(200);
      expect(blob.body.equals(layer)).toBe(true);
    });
  });

  describe('htpasswd', () => {
    it('refuses requests without or with wrong credentials', async () => {
      const without = await send(`${htpasswd.url}/v2/`);
      expect(without.status).toBe(401);
      expect(without.headers['www-authenticate']).toMatch(/^Basic realm="/);
      const wrong = basicAuthorization({ ...htpasswd.credentials, password: 'wrong' });
      expect((await send(`${htpasswd.url}/v2/`, { headers: { authorization: wrong } })).status).toBe(401);
      expect((await pushBlob(htpasswd, 'team/app', Buffer.from('x'))).status).toBe(401);
    });

    it('accepts pushes and pulls with the known credentials', async () => {
      const target = { url: htpasswd.url, authorization: basicAuthorization(htpasswd.credentials) };
      const content = randomBytes(32);
      expect((await pushBlob(target, 'team/app', content)).status).toBe(201);
      expect((await getBlob(target, 'team/app', sha256Digest(content))).body.equals(content)).toBe(true);
    });
  });

  describe('tls', () => {
    it('serves HTTPS with a certificate that clients without the CA reject', async () => {
      expect(tls.url).toBe(`https://${tls.host}`);
      await expect(send(`${tls.url}/v2/`)).rejects.toMatchObject({
        code: expect.stringMatching(/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/),
      });
    });

    it('is trusted through the CA for both 127.0.0.1 and localhost, and still asks for credentials', async () => {
      expect(tls.caCert).toContain('BEGIN CERTIFICATE');
      expect((await send(`${tls.url}/v2/`, { ca: tls.caCert })).status).toBe(401);
      const localhost = tls.url.replace('127.0.0.1', 'localhost');
      expect((await send(`${localhost}/v2/`, { ca: tls.caCert })).status).toBe(401);

      const target = { url: tls.url, ca: tls.caCert, authorization: basicAuthorization(tls.credentials) };
      const content = randomBytes(32);
      expect((await pushBlob(target, 'team/app', content)).status).toBe(201);
      expect((await getBlob(target, 'team/app', sha256Digest(content))).body.equals(content)).toBe(true);
    });
  });

  describe('token', () => {
    it('challenges with the issuer realm, service and the scope the request needs', async () => {
      const response = await pushBlob(token, 'team/app', Buffer.from('x'));
      expect(response.status).toBe(401);
      expect(parseBearerChallenge(response.headers['www-authenticate'])).toEqual({
        realm: token.tokenIssuer.realm,
        service: token.tokenIssuer.service,
        // distribution lists the actions in Go map order, so either order is correct.
        scope: expect.stringMatching(/^repository:team\/app:(pull,push|push,pull)$/),
        error: undefined,
      });
    });

    it('issues a token the registry accepts for push when the user may push', async () => {
      const challenge = parseBearerChallenge(
        (await pushBlob(token, 'team/app', Buffer.from('x'))).headers['www-authenticate'],
      );
      const response = await requestToken(challenge, pusher);
      expect(response.status).toBe(200);
      const body = json<TokenResponse>(response);
      expect(body.access_token).toBe(body.token);
      expect(body.expires_in).toBe(300);
      expect(Date.parse(body.issued_at)).not.toBeNaN();

      const target = { url: token.url, authorization: bearerAuthorization(body.token) };
      const { manifest } = await pushTinyImage(target, 'team/app', 'pushed');
      expect((await getManifest(target, 'team/app', 'pushed')).body.equals(manifest)).toBe(true);
      expect(token.tokenIssuer.issued.at(-1)).toEqual({
        account: 'pusher',
        grantType: 'basic',
        requested: [{ type: 'repository', name: 'team/app', actions: pullAndPush }],
        granted: [{ type: 'repository', name: 'team/app', actions: pullAndPush }],
      });
    });

    it('grants only pull to a pull-only user, so the registry refuses a push with insufficient_scope', async () => {
      const pushToken = await tokenFor(token, pusher, 'repository:team/app:pull,push');
      const { manifest } = await pushTinyImage(
        { url: token.url, authorization: bearerAuthorization(pushToken) },
        'team/app',
        'for-reader',
      );

      const readToken = await tokenFor(token, reader, 'repository:team/app:pull,push');
      expect(token.tokenIssuer.issued.at(-1)).toMatchObject({
        account: 'reader',
        requested: [{ type: 'repository', name: 'team/app', actions: ['pull', 'push'] }],
        granted: [{ type: 'repository', name: 'team/app', actions: ['pull'] }],
      });
      const target = { url: token.url, authorization: bearerAuthorization(readToken) };
      expect((await getManifest(target, 'team/app', 'for-reader')).body.equals(manifest)).toBe(true);

      const refused = await pushBlob(target, 'team/app', Buffer.from('x'));
      expect(refused.status).toBe(401);
      expect(parseBearerChallenge(refused.headers['www-authenticate']).error).toBe('insufficient_scope');
      expect(json<RegistryErrors>(refused).errors[0]?.code).toBe('UNAUTHORIZED');
    });

    it('gives anonymous callers only the configured pull access', async () => {
      const pushToken = await tokenFor(token, pusher, 'repository:team/app:pull,push');
      const { manifest } = await pushTinyImage(
        { url: token.url, authorization: bearerAuthorization(pushToken) },
        'team/app',
        'public',
      );

      const anonymousToken = await tokenFor(token, undefined, 'repository:team/app:pull,push');
      expect(token.tokenIssuer.issued.at(-1)).toMatchObject({
        account: undefined,
        grantType: 'anonymous',
        granted: [{ type: 'repository', name: 'team/app', actions: ['pull'] }],
      });
      const target = { url: token.url, authorization: bearerAuthorization(anonymousToken) };
      expect((await getManifest(target, 'team/app', 'public')).body.equals(manifest)).toBe(true);
      const refused = await pushBlob(target, 'team/app', Buffer.from('x'));
      expect(parseBearerChallenge(refused.headers['www-authenticate']).error).toBe('insufficient_scope');
    });

    it('answers a wrong password with 401 and issues nothing', async () => {
      const before = token.tokenIssuer.issued.length;
      const challenge = { realm: token.tokenIssuer.realm, service: token.tokenIssuer.service };
      const response = await requestToken(
        challenge,
        { ...pusher, password: 'wrong' },
        'repository:team/app:pull',
      );
      expect(response.status).toBe(401);
      expect(json<RegistryErrors>(response).errors[0]?.code).toBe('UNAUTHORIZED');
      expect(token.tokenIssuer.issued).toHaveLength(before);
    });

    it('supports the OAuth2 POST flow with password and refresh_token grants', async () => {
      const post = (form: Record<string, string>) =>
        send(token.tokenIssuer.realm, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            service: token.tokenIssuer.service,
            client_id: 'harness',
            ...form,
          }).toString(),
        });
      const scope = 'repository:team/app:pull,push';

      const wrong = await post({ grant_type: 'password', username: 'pusher', password: 'wrong', scope });
      expect(wrong.status).toBe(401);

      const login = await post({ grant_type: 'password', ...pusher, scope, access_type: 'offline' });
      expect(login.status).toBe(200);
      const refreshToken = json<TokenResponse>(login).refresh_token;
      expect(refreshToken).toEqual(expect.any(String));

      const refreshed = await post({ grant_type: 'refresh_token', refresh_token: refreshToken ?? '', scope });
      expect(refreshed.status).toBe(200);
      expect(token.tokenIssuer.issued.at(-1)).toMatchObject({
        account: 'pusher',
        grantType: 'refresh_token',
      });
      const target = {
        url: token.url,
        authorization: bearerAuthorization(json<TokenResponse>(refreshed).access_token),
      };
      expect((await pushBlob(target, 'team/app', randomBytes(16))).status).toBe(201);

      expect((await post({ grant_type: 'refresh_token', refresh_token: 'forged', scope })).status).toBe(401);
    });

    it('is verified by the registry: a token whose claims were altered is rejected', async () => {
      const readToken = await tokenFor(token, reader, 'repository:team/app:pull');
      const [header, claims, signature] = readToken.split('.') as [string, string, string];
      const widened = JSON.parse(Buffer.from(claims, 'base64url').toString()) as {
        access: { actions: string[] }[];
      };
      for (const access of widened.access) access.actions = ['pull', 'push'];
      const forged = `${header}.${Buffer.from(JSON.stringify(widened)).toString('base64url')}.${signature}`;

      const refused = await pushBlob(
        { url: token.url, authorization: bearerAuthorization(forged) },
        'team/app',
        Buffer.from('x'),
      );
      expect(refused.status).toBe(401);
      expect(parseBearerChallenge(refused.headers['www-authenticate']).error).toBe('invalid_token');
    });
  });

  it('fails fast with the registry log when the registry cannot start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'registry-harness-test-'));
    try {
      const configPath = join(dir, 'config.yml');
      const logPath = join(dir, 'registry.log');
      writeFileSync(configPath, 'version: 0.1\nstorage:\n  no-such-driver: {}\n');
      const registry = spawnRegistry(configPath, logPath);
      const started = Date.now();
      await expect(
        waitUntilAnswering('http://127.0.0.1:9', registry, {
          diagnostics: () => readFileSync(logPath, 'utf8'),
        }),
      ).rejects.toThrow(/exited \(code \d+\) before answering:\n.*no-such-driver/s);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stop() ends the registry so its port no longer answers', async () => {
    const registry = await startRegistry({ variant: 'anonymous' });
    expect((await send(`${registry.url}/v2/`)).status).toBe(200);
    await registry.stop();
    await expect(send(`${registry.url}/v2/`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
