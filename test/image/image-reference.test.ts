import { describe, expect, it } from 'vitest';
import {
  canonicalName,
  isValidDigest,
  isValidTag,
  parseImageReference,
  sameRepository,
  withTagAndDigest,
} from '../../src/image/image-reference.js';

const SHA = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

describe('parseImageReference', () => {
  it.each([
    ['nginx', 'docker.io', 'library/nginx', undefined, undefined],
    ['nginx:1.25', 'docker.io', 'library/nginx', '1.25', undefined],
    ['acme/api', 'docker.io', 'acme/api', undefined, undefined],
    ['docker.io/nginx', 'docker.io', 'library/nginx', undefined, undefined],
    ['index.docker.io/acme/api:2', 'docker.io', 'acme/api', '2', undefined],
    ['registry-1.docker.io/library/redis:7', 'docker.io', 'library/redis', '7', undefined],
    ['ghcr.io/acme/api:1.2.3', 'ghcr.io', 'acme/api', '1.2.3', undefined],
    ['ghcr.io/acme/team/svc/api:v2', 'ghcr.io', 'acme/team/svc/api', 'v2', undefined],
    [`ghcr.io/acme/api@${SHA}`, 'ghcr.io', 'acme/api', undefined, SHA],
    [`ghcr.io/acme/api:1.2.3@${SHA}`, 'ghcr.io', 'acme/api', '1.2.3', SHA],
    ['localhost:5000/app:1.0', 'localhost:5000', 'app', '1.0', undefined],
    ['localhost/app', 'localhost', 'app', undefined, undefined],
    ['localhost:5000', 'docker.io', 'library/localhost', '5000', undefined],
    ['registry.example.com:8443/a/b:latest', 'registry.example.com:8443', 'a/b', 'latest', undefined],
    ['GHCR.IO/acme/api', 'ghcr.io', 'acme/api', undefined, undefined],
    ['10.0.0.1:5000/app', '10.0.0.1:5000', 'app', undefined, undefined],
    ['[::1]:5000/app:1', '[::1]:5000', 'app', '1', undefined],
    ['my_org/my__app-x--y.z:Tag_1.0-RC', 'docker.io', 'my_org/my__app-x--y.z', 'Tag_1.0-RC', undefined],
    ['example.com', 'docker.io', 'library/example.com', undefined, undefined],
  ])('%s', (text, registry, repository, tag, digest) => {
    const reference = parseImageReference(text);
    expect(reference).toBeDefined();
    expect(reference?.registry).toBe(registry);
    expect(reference?.repository).toBe(repository);
    expect(reference?.tag).toBe(tag);
    expect(reference?.digest).toBe(digest);
    expect(reference?.original).toBe(text);
  });

  it.each([
    ['URL', 'https://github.com/acme/api'],
    ['URL with port', 'http://localhost:8080/health'],
    ['key=value', 'key=value'],
    ['sentence', 'hello world'],
    ['uppercase word', 'Release'],
    ['uppercase repository', 'ghcr.io/Acme/api:1.0'],
    ['empty', ''],
    ['only a tag', ':1.0'],
    ['trailing slash', 'ghcr.io/acme/'],
    ['double slash', 'ghcr.io//api'],
    ['leading separator', 'ghcr.io/-api'],
    ['two colons', 'ghcr.io/acme/api:1:2'],
    ['tag starting with a dot', 'nginx:.1'],
    ['tag too long', `nginx:${'a'.repeat(129)}`],
    ['short sha256', 'nginx@sha256:abc'],
    ['uppercase sha256 hex', `nginx@${SHA.toUpperCase().replace('SHA256', 'sha256')}`],
    ['digest without algorithm', `nginx@${SHA.slice('sha256:'.length)}`],
    ['flag', '--set=image.tag=1'],
    ['bad port', 'localhost:50a0/app'],
    ['name too long', `ghcr.io/${'a'.repeat(250)}`],
  ])('refuses %s', (_why, text) => {
    expect(parseImageReference(text)).toBeUndefined();
  });
});

describe('canonicalName and sameRepository', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:1.25', true],
    ['acme/api', 'index.docker.io/acme/api', true],
    ['ghcr.io/acme/api:1', `ghcr.io/acme/api@${SHA}`, true],
    ['ghcr.io/acme/api', 'ghcr.io/other/api', false],
    ['ghcr.io/acme/api', 'docker.io/acme/api', false],
    ['localhost:5000/app', 'localhost/app', false],
    ['ghcr.io/acme/api', 'ghcr.io/acme/api-worker', false],
  ])('%s vs %s', (a, b, same) => {
    const left = parseImageReference(a);
    const right = parseImageReference(b);
    if (!left || !right) throw new Error('fixture must parse');
    expect(sameRepository(left, right)).toBe(same);
  });

  it('names Docker Hub images in full', () => {
    const reference = parseImageReference('nginx:1.25');
    if (!reference) throw new Error('fixture must parse');
    expect(canonicalName(reference)).toBe('docker.io/library/nginx');
  });
});

describe('withTagAndDigest', () => {
  it.each([
    ['nginx:1.25', '1.26', undefined, 'nginx:1.26'],
    ['nginx', '1.26', undefined, 'nginx:1.26'],
    ['localhost:5000/app:1.0', '1.1', undefined, 'localhost:5000/app:1.1'],
    ['localhost:5000/app', undefined, SHA, `localhost:5000/app@${SHA}`],
    [`ghcr.io/acme/api:1.2.3@${SHA}`, '1.2.4', undefined, 'ghcr.io/acme/api:1.2.4'],
    ['ghcr.io/acme/api:1.2.3', '1.2.4', SHA, `ghcr.io/acme/api:1.2.4@${SHA}`],
    ['GHCR.io/acme/api:1', '2', undefined, 'GHCR.io/acme/api:2'],
    ['docker.io/library/nginx:1', undefined, undefined, 'docker.io/library/nginx'],
  ])('%s with tag %s and digest %s', (original, tag, digest, expected) => {
    expect(withTagAndDigest(original, tag, digest)).toBe(expected);
  });

  it('refuses to rewrite something that is not an image', () => {
    expect(() => withTagAndDigest('https://example.com', '1')).toThrow(/not an image reference/);
  });

  it('refuses an invalid tag or digest', () => {
    expect(() => withTagAndDigest('nginx', 'bad tag')).toThrow(/not an image tag/);
    expect(() => withTagAndDigest('nginx', undefined, 'sha256:12')).toThrow(/not an image digest/);
  });
});

describe('tag and digest grammar', () => {
  it.each([
    ['1.2.3', true],
    ['v1.2.3-rc.1_build', true],
    ['_x', true],
    ['-x', false],
    ['a'.repeat(128), true],
    ['a'.repeat(129), false],
    ['1.2.3+meta', false],
  ])('tag %s', (tag, valid) => {
    expect(isValidTag(tag)).toBe(valid);
  });

  it.each([
    [SHA, true],
    [`sha512:${'a'.repeat(128)}`, true],
    [`sha512:${'a'.repeat(64)}`, false],
    [`multihash+base58:${'A'.repeat(32)}`, true],
    ['sha256:xyz', false],
  ])('digest %s', (digest, valid) => {
    expect(isValidDigest(digest)).toBe(valid);
  });
});
