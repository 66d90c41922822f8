import { describe, expect, it } from 'vitest';
import { assertRealmMayReceiveCredentials } from '../../../src/oci/auth/realm-policy.js';
import { errorFromNetworkFailure, errorFromResponse } from '../../../src/oci/registry-error.js';
import { isLoopbackHost, registryBaseUrl } from '../../../src/oci/registry-endpoint.js';
import { UserError } from '../../../src/runtime/user-error.js';

describe('registryBaseUrl', () => {
  it('uses HTTPS by default and plain HTTP for loopback registries on request', () => {
    expect(registryBaseUrl('ghcr.io').href).toBe('https://ghcr.io/');
    expect(registryBaseUrl('localhost:5000', { plainHttp: true }).href).toBe('http://localhost:5000/');
    expect(registryBaseUrl('127.0.0.1:5000', { plainHttp: true }).href).toBe('http://127.0.0.1:5000/');
    expect(registryBaseUrl('[::1]:5000', { plainHttp: true }).href).toBe('http://[::1]:5000/');
  });

  it('refuses plain HTTP to another host unless explicitly allowed', () => {
    expect(() => registryBaseUrl('registry.internal:5000', { plainHttp: true })).toThrow(
      /plain HTTP refused/,
    );
    expect(
      registryBaseUrl('registry.internal:5000', { plainHttp: true, allowPlainHttpBeyondLoopback: true }).href,
    ).toBe('http://registry.internal:5000/');
  });

  it('refuses something that is not a host', () => {
    expect(() => registryBaseUrl('ghcr.io/acme')).toThrow(UserError);
    expect(() => registryBaseUrl('user@ghcr.io')).toThrow(UserError);
    expect(() => registryBaseUrl('ghcr.io:port')).toThrow(UserError);
  });

  it.each([
    ['localhost', true],
    ['127.0.0.53', true],
    ['[::1]', true],
    ['registry.localhost', true],
    ['10.0.0.1', false],
    ['localhost.example.com', false],
    ['[::2]', false],
  ])('isLoopbackHost(%s) is %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});

describe('assertRealmMayReceiveCredentials', () => {
  const allowed = (realm: string, registry: string, allowPlainHttp = false) => {
    try {
      assertRealmMayReceiveCredentials(new URL(realm), new URL(registry), allowPlainHttp);
      return true;
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      return false;
    }
  };

  it('sends credentials to any HTTPS realm, and to plain HTTP only on loopback or when allowed for the same host', () => {
    expect(allowed('https://auth.example.com/token', 'https://registry.example.com')).toBe(true);
    expect(allowed('http://127.0.0.1:9000/token', 'http://127.0.0.1:5000')).toBe(true);
    expect(allowed('http://auth.example.com/token', 'https://registry.example.com')).toBe(false);
    expect(allowed('http://127.0.0.1:9000/token', 'https://registry.example.com')).toBe(false);
    expect(allowed('http://registry.internal/token', 'http://registry.internal:5000', true)).toBe(true);
    expect(allowed('http://other.internal/token', 'http://registry.internal:5000', true)).toBe(false);
    expect(allowed('ftp://auth.example.com/token', 'https://registry.example.com')).toBe(false);
  });
});

describe('registry errors', () => {
  const request = {
    method: 'PUT',
    url: new URL('https://reg.example.com/v2/acme/app/blobs/uploads/u1?_state=SECRET&digest=x'),
  };
  const response = (status: number, body: string, headers: Record<string, string> = {}) => ({
    status,
    headers: new Headers(headers),
    body: Buffer.from(body),
  });

  it('names the request without its query and quotes the registry errors', () => {
    const error = errorFromResponse(
      request,
      response(
        400,
        '{"errors":[{"code":"DIGEST_INVALID","message":"provided digest did not match","detail":{"a":1}}]}',
      ),
    );
    expect(error.message).toBe(
      'PUT reg.example.com/v2/acme/app/blobs/uploads/u1 answered 400: DIGEST_INVALID: provided digest did not match ({"a":1})',
    );
    expect(error.message).not.toContain('SECRET');
    expect(error).toMatchObject({ status: 400, retryable: false });
  });

  it('marks 429 and 5xx transient, honouring Retry-After, and copes with bodies that are not JSON', () => {
    expect(errorFromResponse(request, response(429, '', { 'retry-after': '3' }))).toMatchObject({
      retryable: true,
      retryAfterMs: 3000,
    });
    expect(errorFromResponse(request, response(502, '<html>bad gateway</html>')).message).toMatch(
      /answered 502$/,
    );
    expect(errorFromResponse(request, response(501, '')).retryable).toBe(false);
  });

  it('classifies network failures from fetch by their cause code', () => {
    const failure = (code: string) =>
      new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
    expect(errorFromNetworkFailure(request, failure('ECONNRESET'))).toMatchObject({
      retryable: true,
      status: undefined,
    });
    expect(errorFromNetworkFailure(request, failure('UND_ERR_SOCKET')).retryable).toBe(true);
    expect(errorFromNetworkFailure(request, failure('ENOTFOUND')).retryable).toBe(false);
    const untrusted = errorFromNetworkFailure(request, failure('SELF_SIGNED_CERT_IN_CHAIN'));
    expect(untrusted).toMatchObject({
      retryable: false,
      hint: expect.stringContaining('NODE_EXTRA_CA_CERTS'),
    });
    expect(untrusted.message.split('\n')[0]).toBe(
      'PUT reg.example.com/v2/acme/app/blobs/uploads/u1 failed: SELF_SIGNED_CERT_IN_CHAIN',
    );
  });
});
