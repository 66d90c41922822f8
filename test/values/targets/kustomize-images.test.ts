import { describe, expect, it } from 'vitest';
import { findKustomizeImages } from '../../../src/values/targets/kustomize-images.js';
import type { ImageQuery, MissingTarget } from '../../../src/values/targets/target.js';
import { SHA_NEW, SHA_OLD, describeTarget, imageQuery } from './findings-summary.js';
import { loadYaml } from '../../../src/values/load-yaml.js';

const KUSTOMIZATION = `
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
images:
  - name: ghcr.io/acme/api
    newTag: 1.2.3
  - name: nginx
    newName: ghcr.io/acme/nginx
    newTag: "1.25"
  - name: ghcr.io/other/api
    newTag: 1.2.3
  - name: ghcr.io/acme/worker
    newTag: 2.0.0
    digest: ${SHA_OLD}
  - name: redis
    newName: docker.io/library/redis
`;

const UNTYPED = `
resources: [deployment.yaml]
images:
  - name: ghcr.io/acme/api
    newTag: 1.2.3
`;

const FLUX_KUSTOMIZATION = `
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: apps
spec:
  path: ./apps
  images:
    - name: ghcr.io/acme/api
      newTag: 1.2.3
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: infra
spec:
  path: ./infra
`;

const COMPONENT_WITHOUT_IMAGES = `
apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
patches:
  - path: patch.yaml
`;

function describeMissing(missing: MissingTarget): string {
  return missing.missing === 'key'
    ? `${missing.document}/${missing.parentKeys.join('.')}: add ${missing.key}=${missing.value}`
    : `${missing.document}/${missing.parentKeys.join('.')}: add ${JSON.stringify(missing.entry)}`;
}

describe('findKustomizeImages', () => {
  it.each<[string, string, string, ImageQuery, string[], string[]]>([
    [
      'an entry matched by name',
      'kustomization.yaml',
      KUSTOMIZATION,
      imageQuery('ghcr.io/acme/api', '1.2.4'),
      ['0/images.0.newTag: 1.2.3 -> 1.2.4 (1.2.3 => 1.2.4)'],
      [],
    ],
    [
      'an entry matched by newName',
      'kustomization.yaml',
      KUSTOMIZATION,
      imageQuery('ghcr.io/acme/nginx', '1.27'),
      ['0/images.1.newTag: 1.25 -> 1.27 (1.25 => 1.27)'],
      [],
    ],
    [
      'an entry matched by its short Docker Hub name',
      'kustomization.yaml',
      KUSTOMIZATION,
      imageQuery('docker.io/library/nginx', '1.27'),
      ['0/images.1.newTag: 1.25 -> 1.27 (1.25 => 1.27)'],
      [],
    ],
    [
      'a digest bump',
      'kustomization.yaml',
      KUSTOMIZATION,
      imageQuery('ghcr.io/acme/worker', undefined, SHA_NEW),
      [`0/images.3.digest: ${SHA_OLD} -> ${SHA_NEW}`],
      [],
    ],
    [
      'a tag-only bump empties the digest that pins the old image',
      'kustomization.yaml',
      KUSTOMIZATION,
      imageQuery('ghcr.io/acme/worker', '2.1.0'),
      ['0/images.3.newTag: 2.0.0 -> 2.1.0 (2.0.0 => 2.1.0)', `0/images.3.digest: ${SHA_OLD} -> `],
      [],
    ],
    [
      'an entry without newTag or digest',
      'kustomization.yaml',
      KUSTOMIZATION,
      imageQuery('redis', '7.4', SHA_NEW),
      [],
      ['0/images.4: add newTag=7.4', `0/images.4: add digest=${SHA_NEW}`],
    ],
    [
      'no entry for the image: a new one, named as the user wrote it',
      'kustomization.yaml',
      KUSTOMIZATION,
      imageQuery('ghcr.io/acme/billing', '1.0.0', SHA_NEW),
      [],
      [`0/images: add {"name":"ghcr.io/acme/billing","newTag":"1.0.0","digest":"${SHA_NEW}"}`],
    ],
    [
      'a Component without images gets the list',
      'components/kustomization.yaml',
      COMPONENT_WITHOUT_IMAGES,
      imageQuery('ghcr.io/acme/api', '1.0.0'),
      [],
      ['0/images: add {"name":"ghcr.io/acme/api","newTag":"1.0.0"}'],
    ],
    [
      'a Kustomization without apiVersion and kind, by its file name',
      'overlays/prod/kustomization.yaml',
      UNTYPED,
      imageQuery('ghcr.io/acme/api', '1.2.4'),
      ['0/images.0.newTag: 1.2.3 -> 1.2.4 (1.2.3 => 1.2.4)'],
      [],
    ],
    [
      'a Kustomization without apiVersion and kind, by its images list',
      'overlays/prod/images.yaml',
      UNTYPED,
      imageQuery('ghcr.io/acme/api', '1.2.4'),
      ['0/images.0.newTag: 1.2.3 -> 1.2.4 (1.2.3 => 1.2.4)'],
      [],
    ],
    [
      'Flux Kustomization spec.images, never a new entry',
      'clusters/prod/apps.yaml',
      FLUX_KUSTOMIZATION,
      imageQuery('ghcr.io/acme/api', '1.2.4'),
      ['0/spec.images.0.newTag: 1.2.3 -> 1.2.4 (1.2.3 => 1.2.4)'],
      [],
    ],
    [
      'Helm values with an images list of strings',
      'values.yaml',
      'images:\n  - ghcr.io/acme/api:1.2.3\n',
      imageQuery('ghcr.io/acme/api', '1.2.4'),
      [],
      [],
    ],
    [
      'another kind with images',
      'catalog.yaml',
      'apiVersion: example.com/v1\nkind: Catalog\nimages:\n  - name: ghcr.io/acme/api\n    newTag: 1.2.3\n',
      imageQuery('ghcr.io/acme/api', '1.2.4'),
      [],
      [],
    ],
  ])('%s', (_title, name, text, query, expectedTargets, expectedMissing) => {
    const findings = findKustomizeImages(loadYaml(name, text), query);
    expect(findings.targets.map(describeTarget)).toEqual(expectedTargets);
    expect(findings.targets.every((target) => target.kind === 'kustomize')).toBe(true);
    expect(findings.missing.map(describeMissing)).toEqual(expectedMissing);
  });

  it('does not take an image from another organisation for the one asked', () => {
    const findings = findKustomizeImages(
      loadYaml('kustomization.yaml', KUSTOMIZATION),
      imageQuery('ghcr.io/other/api', '9.0.0'),
    );
    expect(findings.targets.map(describeTarget)).toEqual([
      '0/images.2.newTag: 1.2.3 -> 9.0.0 (1.2.3 => 9.0.0)',
    ]);
    expect(findings.candidates).toEqual([
      'ghcr.io/acme/api',
      'nginx',
      'ghcr.io/acme/nginx',
      'ghcr.io/other/api',
      'ghcr.io/acme/worker',
      'redis',
      'docker.io/library/redis',
    ]);
  });
});
