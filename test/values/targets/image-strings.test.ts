import { describe, expect, it } from 'vitest';
import { findImageStrings } from '../../../src/values/targets/image-strings.js';
import type { ImageQuery } from '../../../src/values/targets/target.js';
import { SHA_NEW, SHA_OLD, describeTarget, imageQuery } from './findings-summary.js';
import { loadYaml } from '../../../src/values/load-yaml.js';

const DEPLOYMENT = `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  labels:
    app: api
spec:
  template:
    spec:
      initContainers:
        - name: migrate
          image: "ghcr.io/acme/api:1.2.3"
      containers:
        - name: api
          image: ghcr.io/acme/api:1.2.3
        - name: other
          image: ghcr.io/other/api:1.2.3
        - name: worker
          image: ghcr.io/acme/api-worker:1.2.3
---
apiVersion: batch/v1
kind: CronJob
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: report
              image: 'ghcr.io/acme/api@${SHA_OLD}'
            - name: pinned
              image: ghcr.io/acme/api:1.2.3@${SHA_OLD}
            - name: latest
              image: ghcr.io/acme/api
`;

const LOCAL = `
dev:
  image: localhost:5000/app:1.0
  args: ["--registry", "localhost:5000", "--mirror", "mirror.example.com:443", "nginx:1.25"]
web:
  image: nginx:1.25
  app: nginx
proxy:
  image: nginx
  tag: "1.25"
`;

describe('findImageStrings', () => {
  it.each<[string, string, ImageQuery, string[]]>([
    [
      'containers across documents; other images with the same last segment stay',
      DEPLOYMENT,
      imageQuery('ghcr.io/acme/api', '1.2.4'),
      [
        '0/spec.template.spec.initContainers.0.image: ghcr.io/acme/api:1.2.3 -> ghcr.io/acme/api:1.2.4 (1.2.3 => 1.2.4)',
        '0/spec.template.spec.containers.0.image: ghcr.io/acme/api:1.2.3 -> ghcr.io/acme/api:1.2.4 (1.2.3 => 1.2.4)',
        `1/spec.jobTemplate.spec.template.spec.containers.0.image: ghcr.io/acme/api@${SHA_OLD} -> ghcr.io/acme/api:1.2.4 (∅ => 1.2.4)`,
        // The digest pinned 1.2.3; keeping it would keep deploying 1.2.3.
        `1/spec.jobTemplate.spec.template.spec.containers.1.image: ghcr.io/acme/api:1.2.3@${SHA_OLD} -> ghcr.io/acme/api:1.2.4 (1.2.3 => 1.2.4)`,
        '1/spec.jobTemplate.spec.template.spec.containers.2.image: ghcr.io/acme/api -> ghcr.io/acme/api:1.2.4 (∅ => 1.2.4)',
      ],
    ],
    [
      'a digest-only bump keeps the tags',
      DEPLOYMENT,
      imageQuery('ghcr.io/acme/api', undefined, SHA_NEW),
      [
        `0/spec.template.spec.initContainers.0.image: ghcr.io/acme/api:1.2.3 -> ghcr.io/acme/api:1.2.3@${SHA_NEW}`,
        `0/spec.template.spec.containers.0.image: ghcr.io/acme/api:1.2.3 -> ghcr.io/acme/api:1.2.3@${SHA_NEW}`,
        `1/spec.jobTemplate.spec.template.spec.containers.0.image: ghcr.io/acme/api@${SHA_OLD} -> ghcr.io/acme/api@${SHA_NEW}`,
        `1/spec.jobTemplate.spec.template.spec.containers.1.image: ghcr.io/acme/api:1.2.3@${SHA_OLD} -> ghcr.io/acme/api:1.2.3@${SHA_NEW}`,
        `1/spec.jobTemplate.spec.template.spec.containers.2.image: ghcr.io/acme/api -> ghcr.io/acme/api@${SHA_NEW}`,
      ],
    ],
    [
      'tag and digest together',
      DEPLOYMENT,
      imageQuery('ghcr.io/acme/api-worker', '2.0.0', SHA_NEW),
      [
        `0/spec.template.spec.containers.2.image: ghcr.io/acme/api-worker:1.2.3 -> ghcr.io/acme/api-worker:2.0.0@${SHA_NEW} (1.2.3 => 2.0.0)`,
      ],
    ],
    [
      'a registry with a port keeps it',
      LOCAL,
      imageQuery('localhost:5000/app', '1.1'),
      ['0/dev.image: localhost:5000/app:1.0 -> localhost:5000/app:1.1 (1.0 => 1.1)'],
    ],
    [
      'a short Docker Hub name stays short; labels and image blocks are not image strings',
      LOCAL,
      imageQuery('docker.io/library/nginx', '1.27'),
      [
        '0/dev.args.4: nginx:1.25 -> nginx:1.27 (1.25 => 1.27)',
        '0/web.image: nginx:1.25 -> nginx:1.27 (1.25 => 1.27)',
      ],
    ],
  ])('%s', (_title, text, query, expected) => {
    const findings = findImageStrings(loadYaml('manifests.yaml', text), query);
    expect(findings.targets.map(describeTarget)).toEqual(expected);
    expect(findings.targets.every((target) => target.kind === 'image-string')).toBe(true);
    expect(findings.missing).toEqual([]);
  });

  it('takes a digest value for a digest, not for an image named sha256', () => {
    const text = `image:\n  repository: ghcr.io/acme/api\n  digest: ${SHA_OLD}\npinned: ${SHA_OLD}\n`;
    const findings = findImageStrings(loadYaml('values.yaml', text), imageQuery('sha256', '1'));
    expect(findings.targets).toEqual([]);
    expect(findings.candidates).toEqual([]);
  });

  it('lists the names of the images it saw', () => {
    const findings = findImageStrings(loadYaml('manifests.yaml', LOCAL), imageQuery('ghcr.io/acme/api', '1'));
    expect(findings.targets).toEqual([]);
    expect(findings.candidates).toEqual(['localhost:5000/app', 'nginx', 'nginx']);
  });

  it.each([
    ['a URL', 'repo: https://ghcr.io/acme/api:1.0\n'],
    ['a number', 'image: 1.2\n'],
    ['a multi-line string', 'script: |\n  docker run ghcr.io/acme/api:1.0\n'],
    ['a bare name outside an image key', 'repo: ghcr.io/acme/api\n'],
  ])('ignores %s', (_title, text) => {
    const findings = findImageStrings(
      loadYaml('manifests.yaml', text),
      imageQuery('ghcr.io/acme/api', '2.0'),
    );
    expect(findings.targets).toEqual([]);
  });
});
