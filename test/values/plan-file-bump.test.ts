import { describe, expect, it } from 'vitest';
import { parseImageReference } from '../../src/image/image-reference.js';
import type { BumpRequest } from '../../src/values/bump-request.js';
import { planFileBump } from '../../src/values/plan-file-bump.js';
import { parseYamlPath } from '../../src/values/yaml-path.js';
import { UserError } from '../../src/runtime/user-error.js';

const base = { missing: 'error', allowDowngrade: false, protected: false } as const;

function image(name: string, tag?: string, digest?: string): BumpRequest {
  return { ...base, image: { image: parseImageReference(name)!, tag, digest } };
}

function path(text: string, value: string, extra: Partial<BumpRequest> = {}): BumpRequest {
  return { ...base, explicit: { path: text, segments: parseYamlPath(text), value }, ...extra };
}

function after(file: string, text: string, request: BumpRequest): string {
  const plan = planFileBump(file, text, request);
  return plan.bump?.after ?? text;
}

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('planFileBump: image mode, only the version moves', () => {
  it.each([
    [
      'Helm block with registry, comment on the same line and a quoted tag',
      'image:\n  registry: ghcr.io\n  repository: acme/api # ours\n  tag: "1.2.3" # bumped by CI\n',
      'image:\n  registry: ghcr.io\n  repository: acme/api # ours\n  tag: "1.4.0" # bumped by CI\n',
    ],
    [
      'nested Helm block in flow style',
      'api:\n  image: {repository: ghcr.io/acme/api, tag: 1.2.3}\nworker:\n  image: {repository: ghcr.io/acme/worker, tag: 1.2.3}\n',
      'api:\n  image: {repository: ghcr.io/acme/api, tag: 1.4.0}\nworker:\n  image: {repository: ghcr.io/acme/worker, tag: 1.2.3}\n',
    ],
    [
      'HelmRelease spec.values and an image string with single quotes',
      "kind: HelmRelease\nspec:\n  values:\n    image:\n      repository: ghcr.io/acme/api\n      tag: 1.2.3\n    sidecar: 'ghcr.io/acme/api:1.2.3'\n",
      "kind: HelmRelease\nspec:\n  values:\n    image:\n      repository: ghcr.io/acme/api\n      tag: 1.4.0\n    sidecar: 'ghcr.io/acme/api:1.4.0'\n",
    ],
    [
      'Kustomize images matched by name, other images untouched',
      'images:\n  - name: ghcr.io/acme/api\n    newTag: 1.2.3\n  - name: ghcr.io/other/api\n    newTag: 1.2.3\n',
      'images:\n  - name: ghcr.io/acme/api\n    newTag: 1.4.0\n  - name: ghcr.io/other/api\n    newTag: 1.2.3\n',
    ],
    [
      'CRLF line endings, BOM and no final newline',
      '\uFEFFimage: ghcr.io/acme/api:1.2.3\r\n# keep\r\nother: 1',
      '\uFEFFimage: ghcr.io/acme/api:1.4.0\r\n# keep\r\nother: 1',
    ],
    [
      'multi-document file: every document where it stands',
      '---\nimage: ghcr.io/acme/api:1.2.3\n...\n---\n# second\nimage: ghcr.io/acme/api:1.2.3\n',
      '---\nimage: ghcr.io/acme/api:1.4.0\n...\n---\n# second\nimage: ghcr.io/acme/api:1.4.0\n',
    ],
    [
      'Docker Hub short names and a registry with a port',
      'a: nginx:1.25\nb: docker.io/library/nginx:1.25\nc: localhost:5000/nginx:1.25\n',
      'a: nginx:1.4.0\nb: docker.io/library/nginx:1.4.0\nc: localhost:5000/nginx:1.25\n',
    ],
  ])('%s', (_, text, expected) => {
    const name = text.includes('nginx') ? 'nginx' : 'ghcr.io/acme/api';
    expect(after('values.yaml', text, image(name, '1.4.0'))).toBe(expected);
  });

  it('writes tag and digest together into an image string', () => {
    expect(
      after('d.yaml', 'image: ghcr.io/acme/api:1.2.3\n', image('ghcr.io/acme/api', '1.4.0', DIGEST)),
    ).toBe(`image: ghcr.io/acme/api:1.4.0@${DIGEST}\n`);
  });

  it('keeps anchors and aliases: the anchored value is edited once, where it stands', () => {
    const text = 'defaults: &img\n  repository: ghcr.io/acme/api\n  tag: 1.2.3\napi:\n  image: *img\n';
    expect(after('a.yaml', text, image('ghcr.io/acme/api', '1.4.0'))).toBe(text.replace('1.2.3', '1.4.0'));
  });

  it('refuses a downgrade, naming file and line, unless allowed', () => {
    const text = 'image:\n  repository: ghcr.io/acme/api\n  tag: v1.2.3\n';
    expect(() => planFileBump('prod.yaml', text, image('ghcr.io/acme/api', 'v1.2.0'))).toThrow(
      /prod\.yaml:3: image\.tag: refusing to downgrade v1\.2\.3 to v1\.2\.0/,
    );
    const allowed = { ...image('ghcr.io/acme/api', 'v1.2.0'), allowDowngrade: true };
    expect(after('prod.yaml', text, allowed)).toContain('tag: v1.2.0');
  });

  it('leaves a file without the image unparsed and unchanged', () => {
    const plan = planFileBump('x.yaml', 'not: [valid', image('ghcr.io/acme/api', '1.4.0'));
    expect(plan.bump).toBeUndefined();
    expect(plan.found.image).toBe(false);
  });

  it('reports nothing to change when the value is already there', () => {
    const plan = planFileBump(
      'x.yaml',
      'image: ghcr.io/acme/api:1.4.0\n',
      image('ghcr.io/acme/api', '1.4.0'),
    );
    expect(plan.bump).toBeUndefined();
    expect(plan.found.image).toBe(true);
  });
});

describe('planFileBump: explicit paths', () => {
  it.each([
    [
      'data.version_api',
      'data:\n  version_api: "2.5.0" # svc\n',
      '3.0.0',
      'data:\n  version_api: "3.0.0" # svc\n',
    ],
    [
      'spec.ref.semver',
      'spec:\n  ref:\n    semver: "~ 0.1.0-0"\n',
      '~ 0.2.0-0',
      'spec:\n  ref:\n    semver: "~ 0.2.0-0"\n',
    ],
    [
      'containers[1].image',
      'containers:\n  - image: a:1\n  - image: b:1\n',
      'b:2',
      'containers:\n  - image: a:1\n  - image: b:2\n',
    ],
    [
      'images[name=api].newTag',
      'images:\n- name: web\n  newTag: "1"\n- name: api\n  newTag: "1"\n',
      '2',
      'images:\n- name: web\n  newTag: "1"\n- name: api\n  newTag: "2"\n',
    ],
    ['data."app.version"', "data:\n  'app.version': 1.0.0\n", '1.1.0', "data:\n  'app.version': 1.1.0\n"],
    ['version', 'version: 1.9 # a float before\n', '1.10', 'version: "1.10" # a float before\n'],
    ['tag', 'tag: v1\n', '1.10', 'tag: "1.10"\n'],
  ])('%s', (pathText, text, value, expected) => {
    expect(after('f.yaml', text, path(pathText, value, { allowDowngrade: true }))).toBe(expected);
  });

  it('lists the closest keys when the path is not there', () => {
    const plan = planFileBump('f.yaml', 'image:\n  tag: 1\n  repository: x\n', path('image.tga', '2'));
    expect(plan.found.explicit).toBe(false);
    expect(plan.candidates.explicit).toContain('image.tag');
  });

  it('names the file, line and column of malformed YAML', () => {
    expect(() => planFileBump('bad.yaml', 'image:\n  tag: "1.0\n', path('image.tag', '2'))).toThrow(
      UserError,
    );
    expect(() => planFileBump('bad.yaml', 'image:\n  tag: "1.0\n', path('image.tag', '2'))).toThrow(
      /bad\.yaml:\d+:\d+/,
    );
  });
});

describe('planFileBump: missing: create', () => {
  it('adds a missing key in the file’s own indentation', () => {
    const text = 'image:\n    repository: ghcr.io/acme/api\nreplicas: 2\n';
    expect(after('v.yaml', text, path('image.tag', '1.4.0', { missing: 'create' }))).toBe(
      'image:\n    repository: ghcr.io/acme/api\n    tag: 1.4.0\nreplicas: 2\n',
    );
  });

  it('adds a missing Kustomize images entry, keeping CRLF', () => {
    const text = 'kind: Kustomization\r\nresources:\r\n  - deployment.yaml\r\n';
    const result = after('kustomization.yaml', text, {
      ...image('ghcr.io/acme/api', '1.4.0'),
      missing: 'create',
    });
    expect(result.startsWith(text)).toBe(true);
    expect(result).toMatch(/images:\r\n {0,2}- name: ghcr\.io\/acme\/api\r\n\s+newTag: 1\.4\.0\r\n$/);
  });
});
