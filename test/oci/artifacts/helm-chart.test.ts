import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HELM_CHART_CONTENT_MEDIA_TYPE,
  HELM_CONFIG_MEDIA_TYPE,
  helmChartTag,
  packHelmChart,
} from '../../../src/oci/artifacts/helm-chart.js';
import type { PackedArtifact } from '../../../src/oci/content.js';
import { UserError } from '../../../src/runtime/user-error.js';
import {
  expectedFiles,
  extractTarGzip,
  listTarGzip,
  readTree,
  tempDir,
  toolAvailable,
  writeTree,
  type TreeSpec,
} from './tree-fixtures.js';

const chartYaml = `apiVersion: v2
name: podinfo
description: |
  A web app <demo> & more
version: 6.5.0+build.7
appVersion: 6.5.10
kubeVersion: ">=1.25.0-0"
type: application
home: https://github.com/stefanprodan/podinfo
sources:
  - https://github.com/stefanprodan/podinfo
keywords: [web, demo]
maintainers:
  - name: Stefan
    email: stefan@example.com
  - name: Ops
annotations:
  artifacthub.io/license: Apache-2.0
  org.opencontainers.image.title: not-allowed
dependencies:
  - name: redis
    version: 17.x.x
    repository: oci://registry-1.docker.io/bitnamicharts
    condition: redis.enabled
    import-values:
      - child: a
        parent: b
      - data
  - name: common
    repository: ""
    alias: lib
    tags: [x]
    enabled: true
deprecated: false
icon: https://example.com/icon.png
unknownField: ignored like Helm does
`;

const spec: TreeSpec = {
  'Chart.yaml': chartYaml,
  'values.yaml': 'replicaCount: 1\n',
  'templates/deployment.yaml': 'kind: Deployment\n',
  'templates/.hidden.yaml': 'left out by Helm',
  'templates/NOTES.txt': 'thanks\n',
  'ci/test-values.yaml': 'left out by .helmignore',
  'scratch.tmp': 'left out by .helmignore',
  '.helmignore': '# comment\n*.tmp\nci/\n',
};
const leftOut = ['templates/.hidden.yaml', 'ci/test-values.yaml', 'scratch.tmp'];
const options = { now: () => new Date('2025-02-03T04:05:06Z') };

function blobs(artifact: PackedArtifact) {
  return artifact.blobs as [PackedArtifact['blobs'][number], PackedArtifact['blobs'][number]];
}

describe('packHelmChart', () => {
  it('returns the chart name, version and the tag Helm uses', async () => {
    const chart = await packHelmChart(writeTree(tempDir(), spec), options);
    expect({ name: chart.name, version: chart.version, tag: chart.tag }).toEqual({
      name: 'podinfo',
      version: '6.5.0+build.7',
      tag: '6.5.0_build.7',
    });
  });

  it('writes the chart metadata as Go would marshal it, as the config', async () => {
    const [config] = blobs((await packHelmChart(writeTree(tempDir(), spec), options)).artifact);
    expect(config.descriptor.mediaType).toBe(HELM_CONFIG_MEDIA_TYPE);
    expect(config.bytes.toString()).toBe(
      '{"name":"podinfo","home":"https://github.com/stefanprodan/podinfo",' +
        '"sources":["https://github.com/stefanprodan/podinfo"],"version":"6.5.0+build.7",' +
        '"description":"A web app \\u003cdemo\\u003e \\u0026 more ","keywords":["web","demo"],' +
        '"maintainers":[{"name":"Stefan","email":"stefan@example.com"},{"name":"Ops"}],' +
        '"icon":"https://example.com/icon.png","apiVersion":"v2","appVersion":"6.5.10",' +
        '"annotations":{"artifacthub.io/license":"Apache-2.0","org.opencontainers.image.title":"not-allowed"},' +
        '"kubeVersion":"\\u003e=1.25.0-0","dependencies":[{"name":"redis","version":"17.x.x",' +
        '"repository":"oci://registry-1.docker.io/bitnamicharts","condition":"redis.enabled",' +
        '"import-values":[{"child":"a","parent":"b"},"data"]},' +
        '{"name":"common","repository":"","tags":["x"],"enabled":true,"alias":"lib"}],"type":"application"}',
    );
  });

  it('annotates the manifest as helm push does, the chart unable to replace title or version', async () => {
    const { artifact } = await packHelmChart(writeTree(tempDir(), spec), {
      ...options,
      annotations: { 'com.acme.owner': 'platform' },
    });
    expect(artifact.manifest.annotations).toEqual({
      'org.opencontainers.image.description': 'A web app <demo> & more ',
      'org.opencontainers.image.title': 'podinfo',
      'org.opencontainers.image.version': '6.5.0+build.7',
      'org.opencontainers.image.url': 'https://github.com/stefanprodan/podinfo',
      'org.opencontainers.image.created': '2025-02-03T04:05:06Z',
      'org.opencontainers.image.source': 'https://github.com/stefanprodan/podinfo',
      'org.opencontainers.image.authors': 'Stefan (stefan@example.com), Ops',
      'artifacthub.io/license': 'Apache-2.0',
      'com.acme.owner': 'platform',
    });
    expect(artifact.manifest.artifactType).toBeUndefined();
  });

  it('puts the files under <name>/ like helm package, files only, ignores applied', async (context) => {
    if (!toolAvailable('tar', 'apt-get install tar')) return context.skip();
    const [, layer] = blobs((await packHelmChart(writeTree(tempDir(), spec), options)).artifact);
    expect(layer.descriptor.mediaType).toBe(HELM_CHART_CONTENT_MEDIA_TYPE);
    expect(listTarGzip(layer.bytes).map((line) => line.split(' ').at(-1))).toEqual([
      'podinfo/.helmignore',
      'podinfo/Chart.yaml',
      'podinfo/templates/NOTES.txt',
      'podinfo/templates/deployment.yaml',
      'podinfo/values.yaml',
    ]);
    const extracted = extractTarGzip(layer.bytes);
    expect(readTree(join(extracted, 'podinfo'))).toEqual(expectedFiles(spec, leftOut));
  });

  it('gives identical bytes for copies made at other times in another order', async () => {
    const first = writeTree(tempDir(), spec, { mtime: new Date('2021-01-01T00:00:00Z') });
    const second = writeTree(tempDir(), spec, { reverse: true, mtime: new Date('2023-03-03T03:03:03Z') });
    const [a, b] = [
      await packHelmChart(first, { reproducible: true }),
      await packHelmChart(second, { reproducible: true }),
    ];
    expect(b.artifact.manifestBytes.equals(a.artifact.manifestBytes)).toBe(true);
    expect(blobs(b.artifact)[1].bytes.equals(blobs(a.artifact)[1].bytes)).toBe(true);
  });

  it('keeps unquoted numbers as written', async () => {
    const chart = chartYaml.replace('appVersion: 6.5.10', 'appVersion: 1.10');
    const { artifact } = await packHelmChart(writeTree(tempDir(), { ...spec, 'Chart.yaml': chart }), options);
    expect(blobs(artifact)[0].bytes.toString()).toContain('"appVersion":"1.10"');
  });

  it('refuses a chart whose Chart.yaml is ignored', async () => {
    const root = writeTree(tempDir(), { ...spec, '.helmignore': 'Chart.yaml\n' });
    await expect(packHelmChart(root, options)).rejects.toThrow(/Chart\.yaml is ignored/);
  });

  describe('refuses a Chart.yaml Helm would refuse, saying what to fix', () => {
    const minimal = 'apiVersion: v2\nname: demo\nversion: 1.0.0\n';
    it.each([
      ['no apiVersion', 'name: demo\nversion: 1.0.0\n', /apiVersion is required/],
      [
        'an unknown apiVersion',
        'apiVersion: v3\nname: demo\nversion: 1.0.0\n',
        /apiVersion "v3" is not a chart API version/,
      ],
      ['no name', 'apiVersion: v2\nversion: 1.0.0\n', /name is required/],
      [
        'an uppercase name',
        'apiVersion: v2\nname: Demo\nversion: 1.0.0\n',
        /chart name "Demo" cannot be an OCI repository name/,
      ],
      [
        'a name with a slash',
        'apiVersion: v2\nname: a/b\nversion: 1.0.0\n',
        /cannot be an OCI repository name/,
      ],
      ['no version', 'apiVersion: v2\nname: demo\n', /version is required/],
      [
        'a v-prefixed version',
        `${minimal.replace('1.0.0', 'v1.0.0')}`,
        /version "v1\.0\.0" is not a SemVer 2 version/,
      ],
      ['a partial version', `${minimal.replace('1.0.0', '1.0')}`, /version "1\.0" is not a SemVer 2 version/],
      ['an unknown type', `${minimal}type: plugin\n`, /type "plugin" is neither application nor library/],
      ['a scalar maintainer', `${minimal}maintainers:\n  - someone\n`, /maintainers\[0\] must be a mapping/],
      ['a list for a string', `${minimal}description: [a, b]\n`, /description must be a string/],
      ['a non-boolean', `${minimal}deprecated: maybe\n`, /deprecated must be true or false/],
      [
        'a dependency without a name',
        `${minimal}dependencies:\n  - version: 1.0.0\n`,
        /dependencies\[0\]\.name is required/,
      ],
      [
        'a bad alias',
        `${minimal}dependencies:\n  - name: redis\n    alias: "my redis"\n`,
        /dependency "redis" has disallowed characters in its alias/,
      ],
      [
        'two dependencies under one name',
        `${minimal}dependencies:\n  - name: redis\n  - name: cache\n    alias: redis\n`,
        /more than one dependency is named or aliased "redis"/,
      ],
      ['not a mapping', '- a\n- b\n', /the document must be a mapping/],
    ])('%s', async (_, chart, message) => {
      const root = writeTree(tempDir(), { 'Chart.yaml': chart, 'values.yaml': '' });
      const packing = packHelmChart(root, options);
      await expect(packing).rejects.toThrow(UserError);
      await expect(packHelmChart(root, options)).rejects.toThrow(message);
    });

    it('malformed YAML, with the line', async () => {
      const root = writeTree(tempDir(), { 'Chart.yaml': 'apiVersion: v2\nname: [demo\nversion: 1.0.0\n' });
      const error = await packHelmChart(root, options).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toMatch(/Chart\.yaml is not valid YAML/);
      expect((error as UserError).location).toMatchObject({
        file: join(root, 'Chart.yaml'),
        line: expect.any(Number),
      });
    });

    it('a directory without Chart.yaml', async () => {
      const root = writeTree(tempDir(), { 'values.yaml': '' });
      await expect(packHelmChart(root, options)).rejects.toThrow(
        `${root} is not a Helm chart: it has no Chart.yaml`,
      );
    });

    it('a missing directory', async () => {
      const missing = join(tempDir(), 'charts/podinfo');
      await expect(packHelmChart(missing, options)).rejects.toThrow(`${missing} does not exist`);
    });
  });
});

describe('helmChartTag', () => {
  it.each([
    ['1.2.0', '1.2.0'],
    ['1.2.0-rc.1', '1.2.0-rc.1'],
    ['1.2.0+build.7', '1.2.0_build.7'],
    ['1.2.0-rc.1+build.7.sha', '1.2.0-rc.1_build.7.sha'],
  ])('%s is tagged %s', (version, tag) => {
    expect(helmChartTag(version)).toBe(tag);
  });
});
