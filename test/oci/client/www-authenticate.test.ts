import { describe, expect, it } from 'vitest';
import { describeScope, mergeScopes } from '../../../src/oci/auth/scopes.js';
import {
  findBearerChallenge,
  offersBasic,
  parseWwwAuthenticate,
} from '../../../src/oci/auth/www-authenticate.js';

describe('parseWwwAuthenticate', () => {
  it('reads the challenge distribution 2.8 sends for insufficient scope, several scopes in one value', () => {
    const header =
      'Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:acme/app:pull,push repository:acme/base:pull",error="insufficient_scope"';
    expect(findBearerChallenge(header)).toEqual({
      realm: 'https://auth.example.com/token',
      service: 'registry.example.com',
      scope: 'repository:acme/app:pull,push repository:acme/base:pull',
      error: 'insufficient_scope',
    });
  });

  it('separates several challenges, with spaces, unquoted values and escaped quotes', () => {
    const header = 'Basic realm="Registry \\"main\\", EU", Bearer realm=https://auth/token , service = reg';
    expect(parseWwwAuthenticate(header)).toEqual([
      { scheme: 'basic', params: { realm: 'Registry "main", EU' } },
      { scheme: 'bearer', params: { realm: 'https://auth/token', service: 'reg' } },
    ]);
    expect(offersBasic(header)).toBe(true);
    expect(findBearerChallenge(header)).toEqual({ realm: 'https://auth/token', service: 'reg' });
  });

  it('treats scheme and parameter names case-insensitively and skips token68 challenges', () => {
    expect(parseWwwAuthenticate('Negotiate abc+/= , BEARER Realm="r"')).toEqual([
      { scheme: 'negotiate', params: {} },
      { scheme: 'bearer', params: { realm: 'r' } },
    ]);
  });

  it('finds no Bearer challenge without a realm, in Basic-only headers, or in nothing', () => {
    expect(findBearerChallenge('Bearer service="x"')).toBeUndefined();
    expect(findBearerChallenge('Basic realm="x"')).toBeUndefined();
    expect(findBearerChallenge(null)).toBeUndefined();
    expect(offersBasic('Bearer realm="x"')).toBe(false);
  });

  it('stops at an unterminated quoted value instead of guessing', () => {
    expect(parseWwwAuthenticate('Bearer service="x",realm="https://a/token')).toEqual([
      { scheme: 'bearer', params: { service: 'x' } },
    ]);
  });
});

describe('scopes', () => {
  it('merges scopes into one canonical string, whatever the order and duplicates', () => {
    expect(mergeScopes('repository:b:push,pull', 'repository:a:pull repository:b:pull')).toBe(
      'repository:a:pull repository:b:pull,push',
    );
    expect(mergeScopes('repository:b:pull,push')).toBe(mergeScopes('repository:b:push', 'repository:b:pull'));
    expect(mergeScopes('registry:catalog:*', '')).toBe('registry:catalog:*');
  });

  it('describes scopes in words for error hints', () => {
    expect(describeScope('repository:acme/app:push,pull repository:acme/base:pull')).toBe(
      'pull and push acme/app, pull acme/base',
    );
  });
});
