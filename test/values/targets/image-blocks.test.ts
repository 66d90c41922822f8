import { describe, expect, it } from 'vitest';
import { findImageBlocks } from '../../../src/values/targets/image-blocks.js';
import type { ImageQuery } from '../../../src/values/targets/target.js';
import { SHA_NEW, SHA_OLD, describeTarget, imageQuery } from './findings-summary.js';
import { loadYaml } from '../../../src/values/load-yaml.js';

const HELM_VALUES = `
image:
  registry: ghcr.io
  repository: acme/api
  tag: 1.2.3
  digest: ""
  pullPolicy: IfNotPresent
worker:
  image:
    repository: ghcr.io/acme/api
    tag: "1.2.3"
sidecar:
  image:
    repository: ghcr.io/other/api
    tag: 1.2.3
migrations:
  image: ghcr.io/acme/api
  tag: v1.2.3
proxy:
  name: nginx
  tag: 1.25
containers:
  - name: api
    image: ghcr.io/acme/api:1.2.3
cron:
  image:
    repository: ghcr.io/acme/api
    pullPolicy: Always
`;

const PINNED = `
image:
  repository: ghcr.io/acme/api
  tag: 1.2.3
  digest: ${SHA_OLD}
`;

const TAG_WITH_DIGEST = `
image:
  repository: ghcr.io/acme/api
  tag: 1.2.3@${SHA_OLD}
`;

const HELM_RELEASE = `
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: api
spec:
  chart:
    spec:
      chart: api
  values:
    api:
      image:
        repository: ghcr.io/acme/api
        tag: 1.2.3
---
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: web
spec:
  values:
    image: {repository: ghcr.io/acme/web, tag: 2.0.0}
    backend: {registry: ghcr.io, repository: acme/api, tag: "1.2.3"}
`;

const DOCKER_HUB = `
nginx:
  image:
    registry: docker.io
    repository: bitnami/nginx
    tag: 1.25.0
redis:
  image:
    repository: redis
    tag: "7.2"
`;

describe('findImageBlocks', () => {
  it.each<[string, string, ImageQuery, string[], string[]]>([
    [
      'Helm values: every block shape of the image, not containers or other images',
      HELM_VALUES,
      imageQuery('ghcr.io/acme/api', '1.2.4'),
      [
        '0/image.tag: 1.2.3 -> 1.2.4 (1.2.3 => 1.2.4)',
        '0/worker.image.tag: 1.2.3 -> 1.2.4 (1.2.3 => 1.2.4)',
        '0/migrations.tag: v1.2.3 -> 1.2.4 (v1.2.3 => 1.2.4)',
      ],
      ['tag at cron.image'],
    ],
    [
      'a digest-only bump sets digest keys and reports blocks without one',
      HELM_VALUES,
      imageQuery('ghcr.io/acme/api', undefined, SHA_NEW),
      [`0/image.digest:  -> ${SHA_NEW}`],
      ['digest at worker.image', 'digest at migrations', 'digest at cron.image'],
    ],
    [
      'a tag-only bump empties a digest that pins the old image',
      PINNED,
      imageQuery('ghcr.io/acme/api', '1.2.4'),
      ['0/image.tag: 1.2.3 -> 1.2.4 (1.2.3 => 1.2.4)', `0/image.digest: ${SHA_OLD} -> `],
      [],
    ],
    [
      'tag and digest together',
      PINNED,
      imageQuery('ghcr.io/acme/api', '1.2.4', SHA_NEW),
      ['0/image.tag: 1.2.3 -> 1.2.4 (1.2.3 => 1.2.4)', `0/image.digest: ${SHA_OLD} -> ${SHA_NEW}`],
      [],
    ],
    [
      'a digest inside the tag: tag-only bump drops it',
      TAG_WITH_DIGEST,
      imageQuery('ghcr.io/acme/api', '1.2.4'),
      [`0/image.tag: 1.2.3@${SHA_OLD} -> 1.2.4 (1.2.3 => 1.2.4)`],
      [],
    ],
    [
      'a digest inside the tag: digest-only bump keeps the tag',
      TAG_WITH_DIGEST,
      imageQuery('ghcr.io/acme/api', undefined, SHA_NEW),
      [`0/image.tag: 1.2.3@${SHA_OLD} -> 1.2.3@${SHA_NEW}`],
      [],
    ],
    [
      'a digest inside the tag: both change in place',
      TAG_WITH_DIGEST,
      imageQuery('ghcr.io/acme/api', '1.2.4', SHA_NEW),
      [`0/image.tag: 1.2.3@${SHA_OLD} -> 1.2.4@${SHA_NEW} (1.2.3 => 1.2.4)`],
      [],
    ],
    [
      'HelmRelease spec.values in several documents, flow maps included',
      HELM_RELEASE,
      imageQuery('ghcr.io/acme/api', '1.3.0'),
      [
        '0/spec.values.api.image.tag: 1.2.3 -> 1.3.0 (1.2.3 => 1.3.0)',
        '1/spec.values.backend.tag: 1.2.3 -> 1.3.0 (1.2.3 => 1.3.0)',
      ],
      [],
    ],
    [
      'Docker Hub names match after normalisation',
      DOCKER_HUB,
      imageQuery('docker.io/bitnami/nginx', '1.25.1'),
      ['0/nginx.image.tag: 1.25.0 -> 1.25.1 (1.25.0 => 1.25.1)'],
      [],
    ],
    [
      'an official image written short',
      DOCKER_HUB,
      imageQuery('docker.io/library/redis', '7.4'),
      ['0/redis.image.tag: 7.2 -> 7.4 (7.2 => 7.4)'],
      [],
    ],
    [
      'another organisation with the same image name does not match',
      HELM_VALUES,
      imageQuery('ghcr.io/elsewhere/api', '9.9.9'),
      [],
      [],
    ],
  ])('%s', (_title, text, query, expectedTargets, expectedMissing) => {
    const findings = findImageBlocks(loadYaml('values.yaml', text), query);
    expect(findings.targets.map(describeTarget)).toEqual(expectedTargets);
    expect(findings.targets.every((target) => target.kind === 'image-block')).toBe(true);
    expect(
      findings.missing.map((missing) =>
        missing.missing === 'key' ? `${missing.key} at ${missing.parentKeys.join('.')}` : 'entry',
      ),
    ).toEqual(expectedMissing);
  });

  it('points each target at the scalar in the text', () => {
    const file = loadYaml('values.yaml', HELM_VALUES);
    const findings = findImageBlocks(file, imageQuery('ghcr.io/acme/api', '1.2.4'));
    expect(
      findings.targets.map((target) => file.text.slice(target.node.span.start, target.node.span.end)),
    ).toEqual(['1.2.3', '"1.2.3"', 'v1.2.3']);
  });

  it('describes the missing key fully and lists the images it saw', () => {
    const findings = findImageBlocks(
      loadYaml('values.yaml', HELM_VALUES),
      imageQuery('ghcr.io/acme/api', '2.0.0'),
    );
    expect(findings.missing).toEqual([
      {
        missing: 'key',
        kind: 'image-block',
        document: 0,
        parentKeys: ['cron', 'image'],
        key: 'tag',
        value: '2.0.0',
      },
    ]);
    expect(findings.candidates).toEqual([
      'ghcr.io/acme/api',
      'ghcr.io/acme/api',
      'ghcr.io/other/api',
      'ghcr.io/acme/api',
      'nginx',
      'ghcr.io/acme/api',
    ]);
  });

  it.each([
    ['a Kubernetes container', 'containers:\n  - name: api\n    image: ghcr.io/acme/api\n'],
    ['a name without a tag key', 'service:\n  name: api\n  port: 80\n'],
    ['an image with a tag in its repository', 'image:\n  repository: ghcr.io/acme/api:1.0\n  tag: 1.0\n'],
    ['a tag written as an alias', 'base: &t 1.0\nimage:\n  repository: ghcr.io/acme/api\n  tag: *t\n'],
    ['a repository that is not an image', 'image:\n  repository: https://github.com/acme/api\n  tag: 1.0\n'],
  ])('ignores %s', (_title, text) => {
    const findings = findImageBlocks(loadYaml('values.yaml', text), imageQuery('ghcr.io/acme/api', '2.0.0'));
    expect(findings.targets).toEqual([]);
    expect(findings.missing).toEqual([]);
  });
});
