import { describe, expect, it } from 'vitest';
import { findFluxMarkers, parseSetterMarker } from '../../../src/values/targets/flux-markers.js';
import type { MarkerQuery } from '../../../src/values/targets/target.js';
import { SHA_NEW, describeTarget, image } from './findings-summary.js';
import { loadYaml } from '../../../src/values/load-yaml.js';

// The shapes of the image-automation-controller's own test data.
const DEPLOYMENT = `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: test
spec:
  template:
    spec:
      containers:
      - name: hello
        image: image:v1.0.0 # {"$imagepolicy": "automation-ns:policy"}
`;

const KUSTOMIZATION = `
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
images:
- name: container
  newName: image # {"$imagepolicy": "automation-ns:policy:name"}
  newTag: v1 # {"$imagepolicy": "automation-ns:policy:tag"}
`;

const HELM_VALUES = `
image:
  repository: ghcr.io/acme/api # {"$imagepolicy": "flux-system:api:name"}
  tag: 1.2.3 #{ "$imagepolicy" : "flux-system:api:tag" }
  digest: "" # {"$imagepolicy":"flux-system:api:digest"}
other:
  tag: 1.0.0 # {"$imagepolicy": "flux-system:other:tag"}
note: keep # {not json}
---
worker:
  tag: "1.2.3" # {"$imagepolicy": "team-ns:api:tag"}
`;

describe('findFluxMarkers', () => {
  it.each<[string, string, MarkerQuery, string[]]>([
    [
      'a full reference keeps its name as written',
      DEPLOYMENT,
      { policy: 'automation-ns:policy', tag: 'v1.1.0' },
      ['0/spec.template.spec.containers.0.image: image:v1.0.0 -> image:v1.1.0 (v1.0.0 => v1.1.0)'],
    ],
    [
      'a full reference of the same image given in full',
      DEPLOYMENT,
      {
        policy: 'automation-ns:policy',
        image: image('docker.io/library/image'),
        tag: 'v1.1.0',
        digest: SHA_NEW,
      },
      [`0/spec.template.spec.containers.0.image: image:v1.0.0 -> image:v1.1.0@${SHA_NEW} (v1.0.0 => v1.1.0)`],
    ],
    [
      'a full reference to another image takes the policy image',
      DEPLOYMENT,
      { policy: 'automation-ns:policy', image: image('ghcr.io/acme/image'), tag: 'v1.1.0' },
      ['0/spec.template.spec.containers.0.image: image:v1.0.0 -> ghcr.io/acme/image:v1.1.0'],
    ],
    [
      'a policy without namespace matches in any namespace',
      DEPLOYMENT,
      { policy: 'policy', tag: 'v2.0.0' },
      ['0/spec.template.spec.containers.0.image: image:v1.0.0 -> image:v2.0.0 (v1.0.0 => v2.0.0)'],
    ],
    ['another namespace does not match', DEPLOYMENT, { policy: 'other-ns:policy', tag: 'v2.0.0' }, []],
    [
      'name and tag markers in a Kustomization',
      KUSTOMIZATION,
      { policy: 'automation-ns:policy', image: image('ghcr.io/acme/image'), tag: 'v2' },
      ['0/images.0.newName: image -> ghcr.io/acme/image', '0/images.0.newTag: v1 -> v2 (v1 => v2)'],
    ],
    [
      'a name marker stays when the query has no image',
      KUSTOMIZATION,
      { policy: 'automation-ns:policy', tag: 'v2' },
      ['0/images.0.newTag: v1 -> v2 (v1 => v2)'],
    ],
    [
      'tag and digest markers, whatever the spacing in the comment',
      HELM_VALUES,
      { policy: 'flux-system:api', tag: '1.2.4', digest: SHA_NEW },
      ['0/image.tag: 1.2.3 -> 1.2.4 (1.2.3 => 1.2.4)', `0/image.digest:  -> ${SHA_NEW}`],
    ],
    [
      'the same policy name in several namespaces and documents',
      HELM_VALUES,
      { policy: 'api', tag: '1.2.4' },
      ['0/image.tag: 1.2.3 -> 1.2.4 (1.2.3 => 1.2.4)', '1/worker.tag: 1.2.3 -> 1.2.4 (1.2.3 => 1.2.4)'],
    ],
    ['a policy no marker names', HELM_VALUES, { policy: 'flux-system:billing', tag: '1.0.0' }, []],
  ])('%s', (_title, text, query, expected) => {
    const findings = findFluxMarkers(loadYaml('file.yaml', text), query);
    expect(findings.targets.map(describeTarget)).toEqual(expected);
    expect(findings.targets.every((target) => target.kind === 'flux-marker')).toBe(true);
  });

  it('lists the policies it saw', () => {
    const findings = findFluxMarkers(loadYaml('values.yaml', HELM_VALUES), { policy: 'billing', tag: '1' });
    expect(findings.candidates).toEqual([
      'flux-system:api',
      'flux-system:api',
      'flux-system:api',
      'flux-system:other',
      'team-ns:api',
    ]);
  });
});

describe('parseSetterMarker', () => {
  it.each([
    ['{"$imagepolicy": "ns:policy"}', { namespace: 'ns', policy: 'policy', field: 'image' }],
    ['{"$imagepolicy":"ns:policy:tag"}', { namespace: 'ns', policy: 'policy', field: 'tag' }],
    ['  { "$imagepolicy" : "ns:policy:name" }  ', { namespace: 'ns', policy: 'policy', field: 'name' }],
    [
      '{"$imagepolicy": "ns:policy:digest"} managed by Flux',
      { namespace: 'ns', policy: 'policy', field: 'digest' },
    ],
    ['{"$imagepolicy": "ns:policy:version"}', undefined],
    ['{"$imagepolicy": "policy"}', undefined],
    ['{"$imagepolicy": "a:b:tag:x"}', undefined],
    ['{"$imagepolicy": 3}', undefined],
    ['{"$ref": "ns:policy"}', undefined],
    ['{$imagepolicy: ns:policy}', undefined],
    ['TODO bump to 1.3', undefined],
  ])('%s', (comment, expected) => {
    expect(parseSetterMarker(comment)).toEqual(expected);
  });
});
