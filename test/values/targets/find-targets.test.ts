import { describe, expect, it } from 'vitest';
import { findImageTargets, findMarkerTargets } from '../../../src/values/targets/index.js';
import { describeTarget, image, imageQuery } from './findings-summary.js';
import { loadYaml } from '../../../src/values/load-yaml.js';

const MIXED = `
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: api
spec:
  source:
    kustomize:
      images:
        - ghcr.io/acme/api:1.2.3
    helm:
      valuesObject:
        image:
          repository: ghcr.io/acme/api
          tag: 1.2.3
---
apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:1.2.3 # {"$imagepolicy": "flux-system:api"}
        - name: proxy
          image: ghcr.io/other/api:1.2.3
---
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
images:
  - name: ghcr.io/other/api
    newTag: 1.2.3
`;

describe('findImageTargets', () => {
  it('finds each scalar once, under the most specific finder, in file order', () => {
    const findings = findImageTargets(loadYaml('all.yaml', MIXED), imageQuery('ghcr.io/acme/api', '1.2.4'));
    expect(findings.targets.map((target) => `${target.kind} ${describeTarget(target)}`)).toEqual([
      'argocd-kustomize 0/spec.source.kustomize.images.0: ghcr.io/acme/api:1.2.3 -> ghcr.io/acme/api:1.2.4 (1.2.3 => 1.2.4)',
      'image-block 0/spec.source.helm.valuesObject.image.tag: 1.2.3 -> 1.2.4 (1.2.3 => 1.2.4)',
      'image-string 1/spec.template.spec.containers.0.image: ghcr.io/acme/api:1.2.3 -> ghcr.io/acme/api:1.2.4 (1.2.3 => 1.2.4)',
    ]);
  });

  it('reports the Kustomization that lacks the image, and each candidate once', () => {
    const findings = findImageTargets(loadYaml('all.yaml', MIXED), imageQuery('ghcr.io/acme/api', '1.2.4'));
    expect(findings.missing).toEqual([
      {
        missing: 'entry',
        kind: 'kustomize',
        document: 2,
        parentKeys: ['images'],
        entry: { name: 'ghcr.io/acme/api', newTag: '1.2.4' },
      },
    ]);
    expect(findings.candidates).toEqual(['ghcr.io/acme/api', 'ghcr.io/other/api']);
  });
});

describe('findMarkerTargets', () => {
  it('updates the marked values only, and lists each policy once', () => {
    const findings = findMarkerTargets(loadYaml('all.yaml', MIXED), {
      policy: 'flux-system:api',
      image: image('ghcr.io/acme/api'),
      tag: '1.3.0',
    });
    expect(findings.targets.map(describeTarget)).toEqual([
      '1/spec.template.spec.containers.0.image: ghcr.io/acme/api:1.2.3 -> ghcr.io/acme/api:1.3.0 (1.2.3 => 1.3.0)',
    ]);
    expect(findings.candidates).toEqual(['flux-system:api']);
  });
});
