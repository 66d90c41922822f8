import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRegistry, registryTestsEnabled } from '../harness/registry/index.js';
import { runBundle, runCli } from '../harness/run-action.js';
import { skopeoEnabled, skopeoInspectRaw } from '../oci/client/skopeo.js';

const sample = resolve(import.meta.dirname, '../../workflows-examples/sample-gitops-repo');
const enabled = registryTestsEnabled();

let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'oci-push-e2e-'));
  cpSync(sample, workspace, { recursive: true });
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

describe.runIf(enabled)('dist/oci-push/index.js against a real registry', () => {
  let registry: Awaited<ReturnType<typeof startRegistry>>;
  beforeAll(async () => {
    registry = await startRegistry({ variant: 'anonymous' });
  });
  afterAll(() => registry?.stop());

  const push = (inputs: Record<string, string>) =>
    runBundle('oci-push', { workspace, inputs: { path: 'environments', 'plain-http': 'true', ...inputs } });

  it('pushes a Flux artifact with the git context, then finds it unchanged', async () => {
    const repository = `${registry.host}/acme/staging-manifests`;
    const run = await push({ repository, tags: '1.4.2', 'semver-tags': 'true' });
    expect(run.stdout).not.toContain('::error');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.operation).toBe('pushed');
    expect(run.outputs.tags!.split('\n')).toEqual(['1.4.2', '1.4', '1']);
    expect(run.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run.outputs.ref).toBe(`${repository}@${run.outputs.digest}`);
    expect(run.outputs.url).toBe(`oci://${repository}:1.4.2`);
    expect(run.summary).toContain('| Artifact | Tags | Digest | Result | Size |');
    expect(run.summary).toContain('- `staging/api/values.yaml`');

    if (skopeoEnabled()) {
      const manifest = JSON.parse((await skopeoInspectRaw(`${repository}:1`)).toString());
      expect(manifest.config.mediaType).toBe('application/vnd.cncf.flux.config.v1+json');
      expect(manifest.layers.map((l: { mediaType: string }) => l.mediaType)).toEqual([
        'application/vnd.cncf.flux.content.v1.tar+gzip',
      ]);
      expect(manifest.annotations['org.opencontainers.image.source']).toBe('https://github.com/acme/gitops');
      expect(manifest.annotations['org.opencontainers.image.revision']).toBe(
        'main@sha1:6113728f27ae82c7b1a177c8d03f9e96e0adf246',
      );
    }

    const again = await push({ repository, tags: '1.4.2' });
    expect(again.exitCode).toBe(0);
    expect(again.outputs.operation).toBe('unchanged');
    expect(again.outputs.digest).toBe(run.outputs.digest);
  });

  it('refuses new content under a released version unless overwrite, and moves latest freely', async () => {
    const repository = `${registry.host}/acme/immutable`;
    expect((await push({ repository, tags: '2.0.0\nlatest' })).exitCode).toBe(0);
    writeFileSync(join(workspace, 'environments/staging/extra.yaml'), 'kind: ConfigMap\n');
    const refused = await push({ repository, tags: '2.0.0' });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toMatch(
      /::error::oci-push: refusing to change released versions: .*immutable:2\.0\.0/,
    );
    expect((await push({ repository, tags: 'latest' })).outputs.operation).toBe('pushed');
    expect((await push({ repository, tags: '2.0.0', overwrite: 'true' })).outputs.operation).toBe('pushed');
  });

  it('goes through an HTTP proxy when NODE_USE_ENV_PROXY asks Node to read HTTP_PROXY', async () => {
    // A forward proxy: requests arrive in absolute form and are passed on to the registry.
    const seen: string[] = [];
    const proxy = createServer((request, response) => {
      seen.push(`${request.method} ${request.url}`);
      const upstream = httpRequest(
        request.url ?? '',
        { method: request.method, headers: request.headers },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      upstream.on('error', () => response.writeHead(502).end());
      request.pipe(upstream);
    });
    await new Promise<void>((ready) => proxy.listen(0, '127.0.0.1', ready));
    try {
      const { port } = proxy.address() as AddressInfo;
      const repository = `${registry.host}/acme/proxied`;
      const run = await runBundle('oci-push', {
        workspace,
        inputs: { path: 'environments', 'plain-http': 'true', repository, tags: '1.0.0' },
        env: { NODE_USE_ENV_PROXY: '1', HTTP_PROXY: `http://127.0.0.1:${port}`, NO_PROXY: '' },
      });
      expect(run.stdout).not.toContain('::error');
      expect(run.outputs.operation).toBe('pushed');
      expect(seen).toContain(`PUT http://${registry.host}/v2/acme/proxied/manifests/1.0.0`);
    } finally {
      proxy.closeAllConnections();
      await new Promise((closed) => proxy.close(closed));
    }
  });

  it('mounts blobs from another repository of the registry instead of uploading them', async () => {
    const staging = `${registry.host}/acme/promote-staging`;
    expect((await push({ repository: staging, tags: '3.0.0' })).outputs.operation).toBe('pushed');
    const production = await push({
      repository: `${registry.host}/acme/promote-production`,
      tags: '3.0.0',
      'mount-from': staging,
    });
    expect(production.exitCode).toBe(0);
    expect(production.summary).toContain('pushed: 0 blob(s) uploaded, 2 mounted, 0 already there');
    const elsewhere = await push({
      repository: `${registry.host}/acme/x`,
      tags: '3.0.0',
      'mount-from': 'ghcr.io/acme/x',
    });
    expect(elsewhere.exitCode).toBe(1);
    expect(elsewhere.stdout).toContain(`'mount-from' must be on ${registry.host}`);
  });

  it('pushes a Terraform module in both forms, the OpenTofu one under suffixed tags', async () => {
    mkdirSync(join(workspace, 'module'));
    writeFileSync(join(workspace, 'module/main.tf'), 'variable "name" {}\n');
    const repository = `${registry.host}/acme/modules/network`;
    const run = await push({ path: 'module', repository, tags: '0.3.0', kind: 'terraform-module' });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('`0.3.0-tofu`');
    if (skopeoEnabled()) {
      const tofu = JSON.parse((await skopeoInspectRaw(`${repository}:0.3.0-tofu`)).toString());
      expect(tofu.artifactType).toBe('application/vnd.opentofu.modulepkg');
      expect(tofu.layers[0].mediaType).toBe('archive/zip');
    }
  });
});

describe('oci-push through the CLI, without a registry', () => {
  const cli = (args: string[]) =>
    runCli(
      [
        'oci-push',
        '--repository',
        'ghcr.io/acme/manifests',
        '--source',
        'https://github.com/acme/gitops',
        ...args,
      ],
      {
        cwd: workspace,
        env: { GITHUB_SHA: '6113728f27ae82c7b1a177c8d03f9e96e0adf246', GITHUB_REF: 'refs/heads/main' },
      },
    );

  it('gives the same digest for the same tree on any copy with --reproducible --dry-run', async () => {
    const first = await cli([
      '--path',
      'environments',
      '--tags',
      '1.0.0',
      '--reproducible',
      '--dry-run',
      '--json',
    ]);
    expect(first.exitCode).toBe(0);
    const copy = mkdtempSync(join(tmpdir(), 'oci-push-copy-'));
    try {
      cpSync(join(workspace, 'environments'), join(copy, 'environments'), { recursive: true });
      utimesSync(
        join(copy, 'environments/staging/api/values.yaml'),
        new Date(2001, 1, 1),
        new Date(2001, 1, 1),
      );
      const second = await runCli(
        [
          'oci-push',
          '--path',
          join(copy, 'environments'),
          '--repository',
          'ghcr.io/acme/manifests',
          '--tags',
          '1.0.0',
        ].concat(
          [
            '--source',
            'https://github.com/acme/gitops',
            '--revision',
            'main@sha1:6113728f27ae82c7b1a177c8d03f9e96e0adf246',
          ],
          ['--reproducible', '--dry-run', '--json'],
        ),
        { cwd: copy },
      );
      expect(JSON.parse(second.stdout).digest).toBe(JSON.parse(first.stdout).digest);
      expect(JSON.parse(first.stdout).operation).toBe('dry-run');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it.each([
    [['--path', 'environments', '--tags', 'x'.repeat(129)], 2, /tags: 'x+' is not a valid tag/],
    [['--path', 'environments', '--tags', '1.0.0+build.1'], 2, /contains '\+'[\s\S]*1\.0\.0_build\.1/],
    [['--path', 'nowhere', '--tags', '1.0.0', '--dry-run'], 1, /nowhere/],
    [['--path', 'environments', '--tags', '1.0.0', '--kind', 'terraform-module', '--dry-run'], 1, /\.tf/],
  ])('explains bad input: %j', async (args, exitCode, message) => {
    const run = await cli(args);
    expect(run.exitCode).toBe(exitCode);
    expect(run.stderr).toMatch(message);
  });
});

describe('oci-push symlinks and hosts, through the CLI', () => {
  const args = [
    'oci-push',
    '--path',
    'environments',
    '--tags',
    '1.0.0',
    '--source',
    'https://github.com/acme/gitops',
  ];
  const env = { GITHUB_SHA: '6113728f27ae82c7b1a177c8d03f9e96e0adf246' };

  it('refuses a symlink by default and packages its target with --follow-symlinks', async () => {
    symlinkSync('api/values.yaml', join(workspace, 'environments/staging/values-link.yaml'));
    const refused = await runCli([...args, '--repository', 'ghcr.io/acme/m', '--dry-run'], {
      cwd: workspace,
      env,
    });
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toMatch(
      /symlink .*values-link\.yaml -> api\/values\.yaml is not packaged by default[\s\S]*follow-symlinks/,
    );
    const followed = await runCli(
      [...args, '--repository', 'ghcr.io/acme/m', '--dry-run', '--follow-symlinks'],
      {
        cwd: workspace,
        env,
      },
    );
    expect(followed.exitCode).toBe(0);
    expect(followed.stdout).toContain('- `staging/values-link.yaml`');
  });

  it('says plainly when the registry host does not resolve', async () => {
    const run = await runCli([...args, '--repository', 'registry.invalid/acme/m'], { cwd: workspace, env });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('the host name registry.invalid does not resolve');
  });
});

describe.runIf(enabled)('oci-push with wrong credentials', () => {
  let registry: Extract<Awaited<ReturnType<typeof startRegistry>>, { variant: 'htpasswd' }>;
  beforeAll(async () => {
    registry = await startRegistry({ variant: 'htpasswd' });
  });
  afterAll(() => registry?.stop());

  it('fails with a clear 401 message that never shows the password', async () => {
    const password = 'not-the-right-password-4711';
    const run = await runBundle('oci-push', {
      workspace,
      inputs: {
        path: 'environments',
        repository: `${registry.host}/acme/private`,
        tags: '1.0.0',
        'plain-http': 'true',
        username: registry.credentials.username,
        password,
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::oci-push: .*(401|credentials|unauthorized)/i);
    expect(run.stdout.replaceAll(`::add-mask::${password}`, '')).not.toContain(password);
  });
});
