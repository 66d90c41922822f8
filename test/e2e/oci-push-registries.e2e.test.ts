/**
 * dist/oci-push/index.js run as the GitHub runner runs it, against real registries (anonymous,
 * htpasswd, TLS, token), with what it pushed read back by skopeo and unpacked by tar and unzip.
 */
import { execFile, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registryTestsEnabled, startRegistry } from '../harness/registry/index.js';
import type {
  AnonymousRegistry,
  Credentials,
  HtpasswdRegistry,
  TlsRegistry,
  TokenRegistry,
} from '../harness/registry/index.js';
import { runBundle, type ActionRun } from '../harness/run-action.js';
import { skopeoCopyToOciLayout, skopeoEnabled, skopeoInspectRaw } from '../oci/client/skopeo.js';
import { skipIntegration } from '../harness/skip-integration.js';

const exec = promisify(execFile);
const enabled = registryTestsEnabled();
const readBack = enabled && skopeoEnabled();

/** unzip reads the OpenTofu form back; missing, that check is skipped visibly (never under CI). */
function unzipEnabled(): boolean {
  if (spawnSync('unzip', ['-v']).status === 0) return true;
  const notice =
    'unzip is not installed: unpacking the OpenTofu module zip is skipped (apt-get install unzip)';
  return skipIntegration(notice);
}

const temporary: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `oci-push-reg-${prefix}-`));
  temporary.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** Every regular file under `root` by POSIX relative path, without those `leaveOut` names. */
function filesOf(root: string, leaveOut: (path: string) => boolean = () => false): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = prefix + entry.name;
      if (leaveOut(entry.isDirectory() ? `${path}/` : path)) continue;
      if (entry.isDirectory()) walk(join(dir, entry.name), `${path}/`);
      else if (entry.isFile()) files.set(path, readFileSync(join(dir, entry.name)));
      else throw new Error(`unexpected ${path} in ${root}: neither file nor directory`);
    }
  };
  walk(root, '');
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Compares as sorted [path, text] pairs so a failure shows which file differs. */
function expectSameFiles(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  const show = (files: Map<string, Buffer>) =>
    [...files].map(([path, bytes]) => [path, bytes.toString('base64')]);
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  expect(show(actual)).toEqual(show(expected));
}

interface Manifest {
  mediaType?: string;
  artifactType?: string;
  config: { mediaType: string; digest: string };
  layers: { mediaType: string; digest: string; size: number }[];
  annotations?: Record<string, string>;
}

/** Copies `reference` into an OCI layout with skopeo and returns its manifest and blob paths. */
async function pullLayout(
  reference: string,
  options: { authfile?: string; certDir?: string } = {},
): Promise<{ manifest: Manifest; manifestDigest: string; blob: (digest: string) => string }> {
  const layout = tempDir('layout');
  await skopeoCopyToOciLayout(reference, layout, 'pulled', options);
  const index = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8')) as {
    manifests: { digest: string; annotations?: Record<string, string> }[];
  };
  const entry = index.manifests.find(
    (m) => m.annotations?.['org.opencontainers.image.ref.name'] === 'pulled',
  );
  expect(entry, `index.json of ${reference}`).toBeDefined();
  const blob = (digest: string) => join(layout, 'blobs', ...digest.split(':'));
  const manifest = JSON.parse(readFileSync(blob(entry!.digest), 'utf8')) as Manifest;
  return { manifest, manifestDigest: entry!.digest, blob };
}

async function untar(archive: string): Promise<string> {
  const dir = tempDir('untar');
  await exec('tar', ['-xzf', archive, '-C', dir]);
  return dir;
}

async function unzip(archive: string): Promise<string> {
  const dir = tempDir('unzip');
  await exec('unzip', ['-q', archive, '-d', dir]);
  return dir;
}

function expectPushed(run: ActionRun): void {
  expect(run.stdout, run.stderr).not.toContain('::error');
  expect(run.exitCode).toBe(0);
  expect(run.outputs.operation).toBe('pushed');
  expect(run.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
}

/** An isolated HOME so no ~/.docker/config.json of the machine running the tests takes part. */
function cleanHome(): Record<string, string> {
  return { HOME: tempDir('home') };
}

/** A manifest tree with what Flux leaves out by default next to what it ships. */
const manifestTree: Record<string, string | Buffer> = {
  'kustomization.yaml': 'resources:\n  - apps/\n  - infra/namespace.yaml\n',
  'apps/api/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n',
  'apps/api/values.yaml': 'replicas: 3\n',
  'apps/empty.yaml': '',
  'apps/a-b/config.json': '{"ünïcode": "✓"}\n',
  'infra/namespace.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: staging\n',
  'infra/blob.bin': Buffer.from([0, 1, 2, 255, 254, 10, 13, 0]),
  '.git/HEAD': 'ref: refs/heads/main\n',
  '.git/config': '[core]\n',
  '.gitignore': 'secret.env\n',
  'docs/diagram.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  'old-release.tar.gz': Buffer.from([0x1f, 0x8b]),
};
const fluxIgnored = (path: string) =>
  path === '.git/' || path === '.gitignore' || /\.(png|tar\.gz)$/.test(path);

describe.runIf(readBack)('each kind pushed by the bundle, read back with skopeo and unpacked', () => {
  let registry: AnonymousRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ variant: 'anonymous' });
  });
  afterAll(() => registry?.stop());

  const push = (workspace: string, inputs: Record<string, string>) =>
    runBundle('oci-push', { workspace, inputs: { 'plain-http': 'true', ...inputs }, env: cleanHome() });

  it('flux: the tar+gzip layer holds exactly the tree minus Flux ignores', async () => {
    const workspace = tempDir('ws');
    writeTree(join(workspace, 'manifests'), manifestTree);
    const repository = `${registry.host}/acme/flux-roundtrip`;
    const run = await push(workspace, { path: 'manifests', repository, tags: '1.0.0' });
    expectPushed(run);

    const { manifest, manifestDigest, blob } = await pullLayout(`${repository}:1.0.0`);
    expect(manifestDigest).toBe(run.outputs.digest);
    expect(manifest.config.mediaType).toBe('application/vnd.cncf.flux.config.v1+json');
    expect(manifest.layers.map((l) => l.mediaType)).toEqual([
      'application/vnd.cncf.flux.content.v1.tar+gzip',
    ]);
    const unpacked = await untar(blob(manifest.layers[0]!.digest));
    expectSameFiles(filesOf(unpacked), filesOf(join(workspace, 'manifests'), fluxIgnored));
  });

  it('opentofu-module: the archive/zip layer holds the module minus .git, .terraform and state', async () => {
    const workspace = tempDir('ws');
    writeTree(join(workspace, 'module'), {
      'main.tf': 'variable "name" {}\nmodule "net" { source = "./modules/net" }\n',
      'outputs.tf': 'output "name" { value = var.name }\n',
      'modules/net/main.tf': 'resource "null_resource" "n" {}\n',
      'files/lambda.zip': Buffer.from('PK\u0003\u0004 not really a zip'),
      'files/logo.png': Buffer.from([0x89, 0x50]),
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.terraform/providers/x': 'downloaded\n',
      'terraform.tfstate': '{"secret": true}\n',
      'terraform.tfstate.backup': '{"secret": true}\n',
    });
    const repository = `${registry.host}/acme/tofu-roundtrip`;
    const run = await push(workspace, { path: 'module', repository, tags: '0.2.0', kind: 'opentofu-module' });
    expectPushed(run);

    const { manifest, blob } = await pullLayout(`${repository}:0.2.0`);
    expect(manifest.artifactType).toBe('application/vnd.opentofu.modulepkg');
    expect(manifest.layers.map((l) => l.mediaType)).toEqual(['archive/zip']);
    if (!unzipEnabled()) return;
    const unpacked = await unzip(blob(manifest.layers[0]!.digest));
    expectSameFiles(
      filesOf(unpacked),
      filesOf(join(workspace, 'module'), (p) => /^(\.git|\.terraform)\/$|\.tfstate/.test(p)),
    );
  });

  it('helm-chart: pushed to <repository>/<chart name> under the version with + written as _', async () => {
    const workspace = tempDir('ws');
    writeTree(join(workspace, 'chart'), {
      'Chart.yaml': 'apiVersion: v2\nname: demo-chart\nversion: 0.1.0+build.7\ndescription: A demo\n',
      'values.yaml': 'replicaCount: 1\n',
      'templates/configmap.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  n: "{{ .Values.replicaCount }}"\n',
      'templates/.hidden': 'never packed by Helm\n',
      '.helmignore': '*.bak\nci/\n',
      'values.yaml.bak': 'old\n',
      'ci/test-values.yaml': 'replicaCount: 2\n',
    });
    const repository = `${registry.host}/acme/charts`;
    const run = await push(workspace, {
      path: 'chart',
      repository,
      tags: 'edge',
      kind: 'helm-chart',
    });
    expectPushed(run);
    expect(run.outputs.ref).toBe(`${repository}/demo-chart@${run.outputs.digest}`);
    // The chart version first (as `helm push` tags it), then the tags given.
    expect(run.outputs.tags!.split('\n')).toEqual(['0.1.0_build.7', 'edge']);

    const { manifest, manifestDigest, blob } = await pullLayout(`${repository}/demo-chart:0.1.0_build.7`);
    expect((await pullLayout(`${repository}/demo-chart:edge`)).manifestDigest).toBe(run.outputs.digest);
    expect(manifestDigest).toBe(run.outputs.digest);
    expect(manifest.config.mediaType).toBe('application/vnd.cncf.helm.config.v1+json');
    expect(JSON.parse(readFileSync(blob(manifest.config.digest), 'utf8'))).toMatchObject({
      name: 'demo-chart',
      version: '0.1.0+build.7',
      apiVersion: 'v2',
    });
    expect(manifest.layers.map((l) => l.mediaType)).toEqual([
      'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
    ]);
    const unpacked = await untar(blob(manifest.layers[0]!.digest));
    expect(readdirSync(unpacked)).toEqual(['demo-chart']);
    expectSameFiles(
      filesOf(join(unpacked, 'demo-chart')),
      filesOf(
        join(workspace, 'chart'),
        (p) => p === 'templates/.hidden' || p === 'ci/' || p.endsWith('.bak'),
      ),
    );
  });

  it('terraform-module: the flux form under the tag and the OpenTofu form under tag-tofu, same files', async () => {
    const workspace = tempDir('ws');
    writeTree(join(workspace, 'module'), {
      'main.tf': 'variable "name" {}\n',
      'versions.tf': 'terraform { required_version = ">= 1.6" }\n',
      'functions/handler.zip': Buffer.from('PK\u0003\u0004 kept: modules ship their archives'),
      'docs/architecture.png': Buffer.from([0x89, 0x50]),
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.terraform/modules/modules.json': '{}\n',
      'terraform.tfstate': '{}\n',
    });
    const repository = `${registry.host}/acme/modules/network`;
    const run = await push(workspace, {
      path: 'module',
      repository,
      tags: '0.3.0',
      kind: 'terraform-module',
    });
    expectPushed(run);
    const expected = filesOf(join(workspace, 'module'), (p) => /^(\.git|\.terraform)\/$|\.tfstate/.test(p));

    const flux = await pullLayout(`${repository}:0.3.0`);
    expect(flux.manifestDigest).toBe(run.outputs.digest);
    expect(flux.manifest.config.mediaType).toBe('application/vnd.cncf.flux.config.v1+json');
    expect(flux.manifest.layers.map((l) => l.mediaType)).toEqual([
      'application/vnd.cncf.flux.content.v1.tar+gzip',
    ]);
    expectSameFiles(filesOf(await untar(flux.blob(flux.manifest.layers[0]!.digest))), expected);

    const tofu = await pullLayout(`${repository}:0.3.0-tofu`);
    expect(tofu.manifest.artifactType).toBe('application/vnd.opentofu.modulepkg');
    expect(tofu.manifest.layers.map((l) => l.mediaType)).toEqual(['archive/zip']);
    if (!unzipEnabled()) return;
    expectSameFiles(filesOf(await unzip(tofu.blob(tofu.manifest.layers[0]!.digest))), expected);
  });
});

/** A small Flux workspace: `manifests/` with two files. */
function fluxWorkspace(): string {
  const workspace = tempDir('ws');
  writeTree(join(workspace, 'manifests'), {
    'namespace.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: auth-test\n',
    'app/config.yaml': 'key: value\n',
  });
  return workspace;
}

function dockerConfigDir(host: string, credentials: Credentials): string {
  const dir = tempDir('docker-config');
  const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { [host]: { auth } } }));
  return dir;
}

describe.runIf(enabled)('oci-push bundle against authenticating registries', () => {
  describe('htpasswd (Basic)', () => {
    let registry: HtpasswdRegistry;
    beforeAll(async () => {
      registry = await startRegistry({ variant: 'htpasswd' });
    });
    afterAll(() => registry?.stop());

    it('pushes with the username and password inputs, and never prints the password', async () => {
      const repository = `${registry.host}/acme/basic`;
      const run = await runBundle('oci-push', {
        workspace: fluxWorkspace(),
        inputs: {
          path: 'manifests',
          repository,
          tags: '1.0.0',
          'plain-http': 'true',
          ...registry.credentials,
        },
        env: cleanHome(),
      });
      expectPushed(run);
      const { password } = registry.credentials;
      expect(run.stdout.replaceAll(`::add-mask::${password}`, '')).not.toContain(password);
      if (readBack) {
        const authfile = join(dockerConfigDir(registry.host, registry.credentials), 'config.json');
        const manifest = JSON.parse((await skopeoInspectRaw(`${repository}:1.0.0`, { authfile })).toString());
        expect(manifest.config.mediaType).toBe('application/vnd.cncf.flux.config.v1+json');
      }
    });

    it('takes the credentials from $DOCKER_CONFIG/config.json when no username or password is given', async () => {
      const run = await runBundle('oci-push', {
        workspace: fluxWorkspace(),
        inputs: {
          path: 'manifests',
          repository: `${registry.host}/acme/from-docker-config`,
          tags: '1.0.0',
          'plain-http': 'true',
        },
        env: { ...cleanHome(), DOCKER_CONFIG: dockerConfigDir(registry.host, registry.credentials) },
      });
      expectPushed(run);
      expect(run.stdout).toMatch(/credentials from .*docker/i);
    });
  });

  describe('TLS with a private CA', () => {
    let registry: TlsRegistry;
    beforeAll(async () => {
      registry = await startRegistry({ variant: 'tls' });
    });
    afterAll(() => registry?.stop());

    it('pushes over HTTPS when NODE_EXTRA_CA_CERTS trusts the CA', async () => {
      const repository = `${registry.host}/acme/over-tls`;
      const run = await runBundle('oci-push', {
        workspace: fluxWorkspace(),
        inputs: { path: 'manifests', repository, tags: '1.0.0', ...registry.credentials },
        env: { ...cleanHome(), NODE_EXTRA_CA_CERTS: registry.caCertPath },
      });
      expectPushed(run);
      if (readBack) {
        const certDir = tempDir('certs');
        cpSync(registry.caCertPath, join(certDir, 'ca.crt'));
        const authfile = join(dockerConfigDir(registry.host, registry.credentials), 'config.json');
        const { manifestDigest } = await pullLayout(`${repository}:1.0.0`, { authfile, certDir });
        expect(manifestDigest).toBe(run.outputs.digest);
      }
    });

    it('fails fast with a hint about NODE_EXTRA_CA_CERTS when the CA is not trusted', async () => {
      const run = await runBundle('oci-push', {
        workspace: fluxWorkspace(),
        inputs: {
          path: 'manifests',
          repository: `${registry.host}/acme/untrusted`,
          tags: '1.0.0',
          ...registry.credentials,
        },
        env: cleanHome(),
      });
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(
        /::error::oci-push: .*certificate of 127\.0\.0\.1:\d+ is not trusted.*NODE_EXTRA_CA_CERTS/,
      );
    });
  });

  describe('token auth with per-repository access', () => {
    const pusher: Credentials = { username: 'ci-bot', password: 'token-issuer-secret-8812' };
    let registry: TokenRegistry;
    beforeAll(async () => {
      registry = await startRegistry({
        variant: 'token',
        token: {
          users: [{ ...pusher, access: { 'acme/granted': ['pull', 'push'] } }],
          anonymous: { 'acme/public': ['pull'] },
        },
      });
    });
    afterAll(() => registry?.stop());

    it('pushes as a user the token issuer grants push on that repository', async () => {
      const run = await runBundle('oci-push', {
        workspace: fluxWorkspace(),
        inputs: {
          path: 'manifests',
          repository: `${registry.host}/acme/granted`,
          tags: '1.0.0',
          'plain-http': 'true',
          ...pusher,
        },
        env: cleanHome(),
      });
      expectPushed(run);
      const granted = registry.tokenIssuer.issued.filter((t) => t.account === pusher.username);
      expect(
        granted.some((t) => t.granted.some((g) => g.name === 'acme/granted' && g.actions.includes('push'))),
      ).toBe(true);
    });

    it('fails clearly without credentials when anonymous users may only pull', async () => {
      const run = await runBundle('oci-push', {
        workspace: fluxWorkspace(),
        inputs: {
          path: 'manifests',
          repository: `${registry.host}/acme/public`,
          tags: '1.0.0',
          'plain-http': 'true',
        },
        env: cleanHome(),
      });
      expect(run.exitCode).toBe(1);
      // What was refused (push to acme/public), why (no credentials), and how to provide them.
      const error = run.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
      expect(error).toMatch(/^::error::oci-push: .*acme\/public.* 401/);
      expect(error).toMatch(/wants credentials to .*push acme\/public/);
      expect(error).toMatch(/docker login|username and password/);
    });
  });
});

describe.runIf(enabled && readBack)('same tree, different copies and mtimes', () => {
  let registry: AnonymousRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ variant: 'anonymous' });
  });
  afterAll(() => registry?.stop());

  it('gives the same layer, uploads no blob for a new tag, and is unchanged under the same tag', async () => {
    const first = tempDir('ws');
    writeTree(join(first, 'manifests'), manifestTree);
    const second = tempDir('ws');
    cpSync(first, second, { recursive: true });
    const touch = (root: string, when: Date) => {
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          if (entry.isDirectory()) walk(join(dir, entry.name));
          utimesSync(join(dir, entry.name), when, when);
        }
      };
      walk(root);
      utimesSync(root, when, when);
    };
    touch(join(first, 'manifests'), new Date('2001-02-03T04:05:06Z'));
    touch(join(second, 'manifests'), new Date('2024-09-10T11:12:13Z'));

    const repository = `${registry.host}/acme/twice`;
    const push = (workspace: string, tags: string) =>
      runBundle('oci-push', {
        workspace,
        inputs: { path: 'manifests', repository, tags, 'plain-http': 'true' },
        env: cleanHome(),
      });
    const a = await push(first, 'a');
    expectPushed(a);
    const b = await push(second, 'b');
    expectPushed(b);
    expect(b.summary).toContain('0 blob(s) uploaded');

    const layers = async (tag: string) =>
      (JSON.parse((await skopeoInspectRaw(`${repository}:${tag}`)).toString()) as Manifest).layers;
    expect(await layers('b')).toEqual(await layers('a'));

    const again = await push(second, 'a');
    expect(again.exitCode).toBe(0);
    expect(again.outputs.operation).toBe('unchanged');
    expect(again.outputs.digest).toBe(a.outputs.digest);
  });
});

describe('oci-push bundle refuses bad input with exit 1 and an ::error:: naming the problem', () => {
  const run = (workspace: string, inputs: Record<string, string>) =>
    runBundle('oci-push', {
      workspace,
      inputs: {
        path: 'manifests',
        repository: '127.0.0.1:9/acme/never',
        tags: '1.0.0',
        'plain-http': 'true',
        ...inputs,
      },
      env: cleanHome(),
    });

  it('a directory with nothing left after the ignores', async () => {
    const workspace = tempDir('ws');
    writeTree(join(workspace, 'manifests'), {
      '.git/HEAD': 'ref: refs/heads/main\n',
      'logo.png': Buffer.from([0x89]),
      'nested/backup.tar.gz': Buffer.from([0x1f]),
    });
    const result = await run(workspace, {});
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error::oci-push: nothing to package in .*manifests.*every file in it is ignored/,
    );
  });

  it('a symlink pointing outside the tree', async () => {
    const workspace = tempDir('ws');
    const outside = tempDir('outside');
    writeFileSync(join(outside, 'secret.yaml'), 'password: hunter2\n');
    writeTree(join(workspace, 'manifests'), { 'ok.yaml': 'a: 1\n' });
    symlinkSync(join(outside, 'secret.yaml'), join(workspace, 'manifests', 'linked.yaml'));
    const result = await run(workspace, {});
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error::oci-push: .*linked\.yaml.*symlink|::error::oci-push: .*symlink.*linked\.yaml/i,
    );
    expect(result.stdout).not.toContain('hunter2');
  });

  it('an unknown registry host, quickly', async () => {
    const started = Date.now();
    // Over HTTPS, as for any real registry: plain HTTP would be refused before any lookup.
    const result = await runBundle('oci-push', {
      workspace: fluxWorkspace(),
      inputs: { path: 'manifests', repository: 'registry.invalid/acme/manifests', tags: '1.0.0' },
      env: cleanHome(),
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::oci-push: .*registry\.invalid.* failed: (ENOTFOUND|EAI_AGAIN)/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('plain HTTP to a registry beyond this machine', async () => {
    const result = await run(fluxWorkspace(), { repository: 'registry.example.com/acme/manifests' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::oci-push: plain HTTP refused for registry\.example\.com/);
  });
});
