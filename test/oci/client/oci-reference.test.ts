import { describe, expect, it } from 'vitest';
import { parseOciReference } from '../../../src/oci/oci-reference.js';
import { UserError } from '../../../src/runtime/user-error.js';

const digest = `sha256:${'a'.repeat(64)}`;

describe('parseOciReference', () => {
  it.each([
    [
      'ghcr.io/acme/app-manifests:1.2.0',
      {
        registry: 'ghcr.io',
        repository: 'acme/app-manifests',
        tag: '1.2.0',
        name: 'ghcr.io/acme/app-manifests',
      },
    ],
    ['oci://ghcr.io/acme/app', { registry: 'ghcr.io', repository: 'acme/app', name: 'ghcr.io/acme/app' }],
    [
      'localhost:5000/team/sub/app:v1',
      {
        registry: 'localhost:5000',
        repository: 'team/sub/app',
        tag: 'v1',
        name: 'localhost:5000/team/sub/app',
      },
    ],
    ['127.0.0.1:5000/app', { registry: '127.0.0.1:5000', repository: 'app', name: '127.0.0.1:5000/app' }],
    [
      `registry.example.com/a/b@${digest}`,
      { registry: 'registry.example.com', repository: 'a/b', digest, name: 'registry.example.com/a/b' },
    ],
    [
      `Registry.Example.com:443/a:1@${digest}`,
      {
        registry: 'registry.example.com:443',
        repository: 'a',
        tag: '1',
        digest,
        name: 'Registry.Example.com:443/a',
      },
    ],
  ])('parses %s', (text, expected) => {
    expect(parseOciReference(text)).toEqual(expected);
  });

  it.each([
    ['nginx:1.27', { repository: 'library/nginx', tag: '1.27', name: 'nginx' }],
    ['docker.io/acme/app', { repository: 'acme/app', name: 'docker.io/acme/app' }],
    ['index.docker.io/library/redis', { repository: 'library/redis', name: 'index.docker.io/library/redis' }],
  ])(
    'sends Docker Hub reference %s to registry-1.docker.io and keeps the spelling for display',
    (text, expected) => {
      expect(parseOciReference(text)).toEqual({ registry: 'registry-1.docker.io', ...expected });
    },
  );

  it.each([
    '',
    'ghcr.io/Acme/App',
    'https://ghcr.io/acme/app',
    'ghcr.io/acme/app:',
    'ghcr.io/acme/app@sha256:short',
    'oci://',
  ])('refuses %j with a user error that shows the expected form', (text) => {
    expect(() => parseOciReference(text)).toThrow(UserError);
    expect(() => parseOciReference(text)).toThrow(/registry\/repository\[:tag\]/);
  });
});
