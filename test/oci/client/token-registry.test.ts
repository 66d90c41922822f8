import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistrySession } from '../../../src/oci/auth/registry-session.js';
import { RegistryClient } from '../../../src/oci/registry-client.js';
import { RegistryError } from '../../../src/oci/registry-error.js';
import { silentLog } from '../../../src/runtime/log.js';
import {
  json,
  registryTestsEnabled,
  send,
  startRegistry,
  type Credentials,
  type TokenIssuerOptions,
  type TokenRegistry,
} from '../../harness/registry/index.js';
import { sampleArtifact } from './sample-artifact.js';

const pusher: Credentials = { username: 'pusher', password: randomBytes(12).toString('hex') };
const reader: Credentials = { username: 'reader', password: randomBytes(12).toString('hex') };
const owner: Credentials = { username: 'owner', password: randomBytes(12).toString('hex') };

// Typed up front: inferred inline, the action arrays widen to string[] and startRegistry loses the variant.
const issuerOptions: TokenIssuerOptions = {
  users: [
    { ...pusher, access: { 'acme/app': ['pull', 'push'], 'acme/base': ['pull', 'push'] } },
    { ...reader, access: { 'acme/app': ['pull'] } },
    { ...owner, access: { 'acme/secret': ['pull', 'push'] } },
  ],
  anonymous: { 'acme/app': ['pull'] },
};

/** The registry names the actions in Go map order, so compare them sorted. */
const sortedActions = (scopes: { name: string; actions: string[] }[]) =>
  scopes.map((scope) => `${scope.name}:${[...scope.actions].sort().join(',')}`);

describe.skipIf(!registryTestsEnabled())('RegistryClient against a token-auth registry', () => {
  let registry: TokenRegistry;

  beforeAll(async () => {
    registry = await startRegistry({ variant: 'token', token: issuerOptions });
  });
  afterAll(async () => {
    await registry?.stop();
  });

  const issued = () => registry.tokenIssuer.issued;
  const clientFor = (credentials?: Credentials) =>
    new RegistryClient({ registry: registry.host, plainHttp: true, ...(credentials ? { credentials } : {}) });

  it('gets a token with Basic credentials for the push scope and reuses it for the whole push', async () => {
    const client = clientFor(pusher);
    const before = issued().length;
    const result = await client.pushArtifact('acme/app', sampleArtifact(20, 30), ['1.0']);
    expect(result.uploaded).toHaveLength(3);
    const tokens = issued().slice(before);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ account: 'pusher', grantType: 'basic' });
    expect(sortedActions(tokens[0]!.requested)).toEqual(['acme/app:pull,push']);

    expect(await client.resolveTag('acme/app', '1.0')).toBe(result.digest);
    expect(sortedActions(issued().at(-1)!.requested)).toEqual(['acme/app:pull']);
  });

  it('pulls anonymously with a pull-only token and refuses a push with a clear error', async () => {
    const packed = sampleArtifact(10);
    const { digest } = await clientFor(pusher).pushArtifact('acme/app', packed, ['public']);
    const anonymous = clientFor();
    expect(await anonymous.resolveTag('acme/app', 'public')).toBe(digest);
    expect(issued().at(-1)).toMatchObject({ account: undefined, grantType: 'anonymous' });

    const error = await anonymous
      .pushArtifact('acme/app', sampleArtifact(10), ['mine'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error).toMatchObject({ status: 401, retryable: false });
    expect((error as RegistryError).hint).toContain('wants credentials to pull and push acme/app');
    expect(await anonymous.resolveTag('acme/app', 'mine')).toBeUndefined();
  });

  it('tells a user without push access which permission is missing, without the password', async () => {
    const error = await clientFor(reader)
      .pushArtifact('acme/app', sampleArtifact(10), ['reader'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    const failure = error as RegistryError;
    expect(failure.status).toBe(401);
    expect(failure.hint).toContain('the user reader may not pull and push acme/app');
    expect(failure.hint).toContain('packages: write');
    expect(`${failure.message}\n${failure.stack}`).not.toContain(reader.password);
  });

  it('answers a wrong password with the token service refusal, without the password', async () => {
    const wrong = { username: 'pusher', password: 'wrong-password-0b7e' };
    const error = await clientFor(wrong)
      .resolveTag('acme/app', '1.0')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).hint).toContain('the token service of');
    expect((error as RegistryError).hint).toContain('refused the credentials of pusher');
    expect(`${(error as Error).message}\n${(error as Error).stack}`).not.toContain(wrong.password);
  });

  it('merges the scope an insufficient_scope challenge names into a new token and retries once', async () => {
    const base = new URL(registry.url);
    const session = new RegistrySession({
      registry: base,
      credentials: pusher,
      passwordGrant: 'basic-get',
      allowPlainHttpBeyondLoopback: false,
      timeoutMs: 10_000,
      log: silentLog,
    });
    // A pull token first, then an upload under the same (too narrow) scope: the registry asks for push.
    const url = new URL('/v2/acme/base/blobs/uploads/', base);
    const missingBlob = new URL(`/v2/acme/base/blobs/sha256:${'0'.repeat(64)}`, base);
    const head = await session.send({ method: 'HEAD', url: missingBlob, scope: 'repository:acme/base:pull' });
    expect(head.status).toBe(404);
    const before = issued().length;
    const opened = await session.send({ method: 'POST', url, scope: 'repository:acme/base:pull' });
    expect(opened.status).toBe(202);
    const tokens = issued().slice(before);
    expect(tokens).toHaveLength(1);
    expect(sortedActions(tokens[0]!.requested)).toEqual(['acme/base:pull,push']);
  });

  it('mounts across repositories with a token covering both', async () => {
    const packed = sampleArtifact(40);
    const client = clientFor(pusher);
    await client.pushArtifact('acme/base', packed, ['1.0']);
    const before = issued().length;
    const layer = packed.blobs[1]!;
    expect(await client.pushBlob('acme/app', layer, { mountFrom: 'acme/base' })).toBe('mounted');
    expect(
      issued()
        .slice(before)
        .map((token) => sortedActions(token.requested)),
    ).toContainEqual(['acme/app:pull,push', 'acme/base:pull']);
  });

  it('uploads the bytes when the mount source is not readable with these credentials', async () => {
    const packed = sampleArtifact(40);
    await clientFor(owner).pushArtifact('acme/secret', packed, ['1.0']);
    const layer = packed.blobs[1]!;
    const before = issued().length;
    expect(await clientFor(pusher).pushBlob('acme/app', layer, { mountFrom: 'acme/secret' })).toBe(
      'uploaded',
    );
    const mountToken = issued()
      .slice(before)
      .find((token) => token.requested.some((scope) => scope.name === 'acme/secret'));
    expect(mountToken && sortedActions(mountToken.granted)).toEqual(['acme/app:pull,push']);
  });

  it('uses an identity token with the OAuth2 refresh_token grant', async () => {
    const form = new URLSearchParams({
      grant_type: 'password',
      username: pusher.username,
      password: pusher.password,
      service: registry.tokenIssuer.service,
      client_id: 'test',
      access_type: 'offline',
    });
    const login = await send(registry.tokenIssuer.realm, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    const { refresh_token: identityToken } = json<{ refresh_token: string }>(login);
    const before = issued().length;
    const client = new RegistryClient({
      registry: registry.host,
      plainHttp: true,
      credentials: { identityToken },
    });
    await client.pushArtifact('acme/app', sampleArtifact(12), ['identity']);
    expect(issued().slice(before)).toEqual([
      expect.objectContaining({ account: 'pusher', grantType: 'refresh_token' }),
    ]);
  });

  it('with the OAuth2 password grant, sends the password once and then uses the refresh token', async () => {
    const client = new RegistryClient({
      registry: registry.host,
      plainHttp: true,
      credentials: pusher,
      passwordGrant: 'oauth2-password',
    });
    const before = issued().length;
    const { digest } = await client.pushArtifact('acme/app', sampleArtifact(12), ['oauth2']);
    expect(await client.resolveTag('acme/app', 'oauth2')).toBe(digest);
    expect(
      issued()
        .slice(before)
        .map((token) => token.grantType),
    ).toEqual(['password', 'refresh_token']);
  });
});

describe.skipIf(!registryTestsEnabled())('token expiry', () => {
  it('fetches a new token once expires_in has passed', async () => {
    const registry = await startRegistry({
      variant: 'token',
      token: { users: [{ ...pusher, access: { 'acme/app': ['pull', 'push'] } }], expiresInSeconds: 1 },
    });
    try {
      const client = new RegistryClient({ registry: registry.host, plainHttp: true, credentials: pusher });
      await client.pushArtifact('acme/app', sampleArtifact(5), ['1']);
      expect(registry.tokenIssuer.issued).toHaveLength(1);
      await client.pushArtifact('acme/app', sampleArtifact(5), ['2']);
      expect(registry.tokenIssuer.issued).toHaveLength(1);
      await sleep(1_100);
      await client.pushArtifact('acme/app', sampleArtifact(5), ['3']);
      expect(registry.tokenIssuer.issued).toHaveLength(2);
    } finally {
      await registry.stop();
    }
  });
});
