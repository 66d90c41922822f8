import { describe, expect, it } from 'vitest';
import { findArgoCdApplicationImages } from '../../../src/values/targets/argocd-application.js';
import type { ImageQuery } from '../../../src/values/targets/target.js';
import { SHA_NEW, SHA_OLD, describeTarget, imageQuery } from './findings-summary.js';
import { loadYaml } from '../../../src/values/load-yaml.js';

const KUSTOMIZE_APP = `
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: api
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://github.com/acme/deploy
    path: apps/api
    kustomize:
      images:
        - ghcr.io/acme/api:1.2.3
        - ghcr.io/other/api:1.2.3
        - worker=ghcr.io/acme/worker:3.0.0
        - ghcr.io/acme/pinned:1.0.0@${SHA_OLD}
  destination:
    namespace: api
`;

const HELM_APP = `
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: web
spec:
  sources:
    - repoURL: https://charts.acme.dev
      chart: web
      helm:
        parameters:
          - name: image.repository
            value: ghcr.io/acme/web
          - name: image.tag
            value: "1.4.0"
          - name: backend.image.registry
            value: ghcr.io
          - name: backend.image.repository
            value: acme/api
          - name: backend.image.tag
            value: 1.2.3
          - name: backend.image.digest
            value: ${SHA_OLD}
          - name: other.image.repository
            value: ghcr.io/other/api
          - name: other.image.tag
            value: 1.2.3
    - repoURL: https://github.com/acme/deploy
      path: overlays/prod
      kustomize:
        images:
          - ghcr.io/acme/api:1.2.3
---
apiVersion: v1
kind: ConfigMap
data:
  image: ghcr.io/acme/api:1.2.3
`;

describe('findArgoCdApplicationImages', () => {
  it.each<[string, string, ImageQuery, string[]]>([
    [
      'a kustomize image string',
      KUSTOMIZE_APP,
      imageQuery('ghcr.io/acme/api', '1.2.4'),
      ['0/spec.source.kustomize.images.0: ghcr.io/acme/api:1.2.3 -> ghcr.io/acme/api:1.2.4 (1.2.3 => 1.2.4)'],
    ],
    [
      'the alias=image form, matched by the image',
      KUSTOMIZE_APP,
      imageQuery('ghcr.io/acme/worker', '3.1.0'),
      [
        '0/spec.source.kustomize.images.2: worker=ghcr.io/acme/worker:3.0.0 -> worker=ghcr.io/acme/worker:3.1.0 (3.0.0 => 3.1.0)',
      ],
    ],
    [
      'the alias=image form, matched by the alias',
      KUSTOMIZE_APP,
      imageQuery('worker', '3.1.0'),
      [
        '0/spec.source.kustomize.images.2: worker=ghcr.io/acme/worker:3.0.0 -> worker=ghcr.io/acme/worker:3.1.0 (3.0.0 => 3.1.0)',
      ],
    ],
    [
      'a tag-only bump drops the digest that pinned the old image',
      KUSTOMIZE_APP,
      imageQuery('ghcr.io/acme/pinned', '1.1.0'),
      [
        `0/spec.source.kustomize.images.3: ghcr.io/acme/pinned:1.0.0@${SHA_OLD} -> ghcr.io/acme/pinned:1.1.0 (1.0.0 => 1.1.0)`,
      ],
    ],
    [
      'helm parameters and kustomize images across spec.sources',
      HELM_APP,
      imageQuery('ghcr.io/acme/api', '1.2.4', SHA_NEW),
      [
        '0/spec.sources.0.helm.parameters.4.value: 1.2.3 -> 1.2.4 (1.2.3 => 1.2.4)',
        `0/spec.sources.0.helm.parameters.5.value: ${SHA_OLD} -> ${SHA_NEW}`,
        `0/spec.sources.1.kustomize.images.0: ghcr.io/acme/api:1.2.3 -> ghcr.io/acme/api:1.2.4@${SHA_NEW} (1.2.3 => 1.2.4)`,
      ],
    ],
    [
      'the top-level image.repository parameter',
      HELM_APP,
      imageQuery('ghcr.io/acme/web', '1.5.0'),
      ['0/spec.sources.0.helm.parameters.1.value: 1.4.0 -> 1.5.0 (1.4.0 => 1.5.0)'],
    ],
    [
      'a tag-only bump empties the digest parameter',
      HELM_APP,
      imageQuery('ghcr.io/acme/api', '1.2.4'),
      [
        '0/spec.sources.0.helm.parameters.4.value: 1.2.3 -> 1.2.4 (1.2.3 => 1.2.4)',
        `0/spec.sources.0.helm.parameters.5.value: ${SHA_OLD} -> `,
        '0/spec.sources.1.kustomize.images.0: ghcr.io/acme/api:1.2.3 -> ghcr.io/acme/api:1.2.4 (1.2.3 => 1.2.4)',
      ],
    ],
    ['an image nobody deploys', HELM_APP, imageQuery('ghcr.io/acme/billing', '1.0.0'), []],
  ])('%s', (_title, text, query, expected) => {
    const findings = findArgoCdApplicationImages(loadYaml('apps/api.yaml', text), query);
    expect(findings.targets.map(describeTarget)).toEqual(expected);
    expect(findings.missing).toEqual([]);
  });

  it('labels each target with where it was found and lists the images it saw', () => {
    const findings = findArgoCdApplicationImages(
      loadYaml('apps/web.yaml', HELM_APP),
      imageQuery('ghcr.io/acme/api', '2'),
    );
    expect(findings.targets.map((target) => target.kind)).toEqual([
      'argocd-helm-parameter',
      'argocd-helm-parameter',
      'argocd-kustomize',
    ]);
    expect(findings.candidates).toEqual([
      'ghcr.io/acme/web',
      'ghcr.io/acme/api',
      'ghcr.io/other/api',
      'ghcr.io/acme/api',
    ]);
  });

  it('ignores documents that are not Argo CD Applications', () => {
    const text = KUSTOMIZE_APP.replace('argoproj.io/v1alpha1', 'example.com/v1');
    const findings = findArgoCdApplicationImages(
      loadYaml('app.yaml', text),
      imageQuery('ghcr.io/acme/api', '2'),
    );
    expect(findings).toEqual({ targets: [], missing: [], candidates: [] });
  });
});
