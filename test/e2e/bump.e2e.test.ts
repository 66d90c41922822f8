import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { git, gitHttpTestsEnabled, GitRemote, serveOverHttp } from '../harness/git-remote.js';
import { registryTestsEnabled, startRegistry } from '../harness/registry/index.js';
import { runBundle, runCli } from '../harness/run-action.js';

const sample = resolve(import.meta.dirname, '../../workflows-examples/sample-gitops-repo');
const stagingValues = 'environments/staging/api/values.yaml';

let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'bump-e2e-'));
  cpSync(sample, workspace, { recursive: true });
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

const read = (file: string) => readFileSync(join(workspace, file), 'utf8');

describe('dist/bump/index.js as the runner runs it', () => {
  it('bumps an image in every format, writes outputs and a summary table', async () => {
    const before = read(stagingValues);
    const run = await runBundle('bump', {
      workspace,
      inputs: {
        files: 'environments/staging/**/*.yaml\nclusters/staging/*.yaml\nargocd/*.yaml',
        image: 'ghcr.io/acme/api',
        tag: '1.4.2',
      },
    });
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.changed).toBe('true');
    expect(run.outputs['changed-files']!.split('\n')).toEqual([
      'argocd/api-staging.yaml',
      'clusters/staging/worker-release.yaml',
      stagingValues,
    ]);
    const changes = JSON.parse(run.outputs.changes!);
    expect(changes).toContainEqual({
      file: stagingValues,
      line: 9,
      path: 'image.tag',
      from: '1.4.1',
      to: '1.4.2',
    });
    expect(changes).toContainEqual({
      file: 'clusters/staging/worker-release.yaml',
      line: 26,
      path: 'spec.values.sidecar.image',
      from: 'ghcr.io/acme/api:1.4.1',
      to: 'ghcr.io/acme/api:1.4.2',
    });
    expect(run.outputs['commit-sha']).toBe('');
    expect(read(stagingValues)).toBe(before.replace('tag: "1.4.1"', 'tag: "1.4.2"'));
    expect(run.summary).toContain('| File | Location | From | To |');
    expect(run.summary).toContain(`| \`${stagingValues}:9\` | \`image.tag\` | \`1.4.1\` | \`1.4.2\` |`);
  });

  it('fails with the missing input named and writes no outputs', async () => {
    const run = await runBundle('bump', { workspace, inputs: {} });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("::error::bump: Invalid input: 'files' is required");
    expect(run.outputs).toEqual({});
  });

  it('validates with the validator compiled into the bundle: every bad input, by name', async () => {
    const run = await runBundle('bump', {
      workspace,
      inputs: { files: stagingValues, missing: 'sometimes', digest: 'sha256:abc', 'dry-run': 'yes' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("'dry-run' must be true or false, got 'yes'");
    const again = await runBundle('bump', {
      workspace,
      inputs: { files: stagingValues, missing: 'sometimes', digest: 'sha256:abc' },
    });
    expect(again.stdout).toContain("'missing' must be one of error, ignore, create (got 'sometimes')");
    expect(again.stdout).toContain(
      "'digest' must be a digest such as sha256:<64 hex characters> (got 'sha256:abc')",
    );
  });

  it('leaves every file as it was, and no temporary file, when a later file fails', async () => {
    const before = read(stagingValues);
    writeFileSync(
      join(workspace, 'environments/staging/zz-broken.yaml'),
      'image: ghcr.io/acme/api:1.0.0\nx: [\n',
    );
    const run = await runBundle('bump', {
      workspace,
      inputs: { files: 'environments/staging/**/*.yaml', image: 'ghcr.io/acme/api', tag: '1.5.0' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error file=environments\/staging\/zz-broken\.yaml,line=\d+/);
    expect(read(stagingValues)).toBe(before);
    const leftovers = readdirSync(join(workspace, 'environments/staging'), { recursive: true }).filter(
      (name) => String(name).endsWith('.tmp'),
    );
    expect(leftovers).toEqual([]);
  });

  it('dry-run reports without writing', async () => {
    const before = read(stagingValues);
    const run = await runBundle('bump', {
      workspace,
      inputs: { files: stagingValues, path: 'image.tag', value: '2.0.0', 'dry-run': 'true' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.changed).toBe('true');
    expect(read(stagingValues)).toBe(before);
    expect(run.summary).toContain('bump (dry run)');
  });

  it('refuses a downgrade with the file and line, writing nothing', async () => {
    const before = read('environments/prod-eu/api/values.yaml');
    const run = await runBundle('bump', {
      workspace,
      inputs: { files: 'environments/prod-eu/**/*.yaml', image: 'ghcr.io/acme/api', tag: '1.3.0' },
    });
    expect(run.exitCode).toBe(1);
    // One error, annotated on the file and line so it shows in the pull request's diff.
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^::error file=environments\/prod-eu\/api\/values.yaml,line=4,col=\d+::bump: .*refusing to downgrade 1\.3\.9 to 1\.3\.0/,
    );
    expect(read('environments/prod-eu/api/values.yaml')).toBe(before);
  });

  it.runIf(gitHttpTestsEnabled())(
    'commits and pushes over HTTPS auth when the remote moved ahead, token never in argv or logs',
    async () => {
      const files = { [stagingValues]: read(stagingValues), 'README.md': 'environments\n' };
      const remote = await GitRemote.create(files);
      const token = 'ghs_e2eSecretToken0123456789';
      const server = await serveOverHttp(remote, token);
      try {
        await git(remote.work, 'remote', 'set-url', 'origin', server.repositoryUrl);
        await remote.pushConcurrentCommit({ 'README.md': 'environments, moved ahead\n' });
        const run = await runBundle('bump', {
          workspace: remote.work,
          inputs: { files: stagingValues, image: 'ghcr.io/acme/api', tag: '1.5.0', commit: 'true', token },
          env: {
            GITHUB_SERVER_URL: server.serverUrl,
            GIT_CONFIG_NOSYSTEM: '1',
            GIT_CONFIG_GLOBAL: '/dev/null',
          },
        });
        expect(run.stdout).not.toContain('::error::');
        expect(run.exitCode).toBe(0);
        expect(run.outputs['commit-sha']).toBe(await remote.remoteHead());
        expect(await remote.remoteSubjects()).toEqual([
          'bump: ghcr.io/acme/api to 1.5.0',
          'concurrent change',
          'initial commit',
        ]);
        expect(await remote.remoteFile(stagingValues)).toContain('tag: "1.5.0"');
        const output = run.stdout + run.stderr;
        expect(output.indexOf(`::add-mask::${token}`)).toBeLessThan(output.indexOf('::group::'));
        const masked = output.replaceAll(`::add-mask::${token}`, '');
        expect(masked).not.toContain(token);
        expect(server.authorizations.length).toBeGreaterThan(0);
      } finally {
        await server.close();
        await remote.cleanup();
      }
    },
  );
});

describe('dist/cli/index.js', () => {
  it('prints exactly one JSON object of outputs with --json', async () => {
    const run = await runCli(
      ['bump', '--files', stagingValues, '--path', 'image.tag', '--value', '9.9.9', '--json'],
      {
        cwd: workspace,
      },
    );
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      changed: 'true',
      'changed-files': stagingValues,
      changes: JSON.stringify([
        { file: stagingValues, line: 9, path: 'image.tag', from: '1.4.1', to: '9.9.9' },
      ]),
      'commit-sha': '',
    });
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(await readFile(join(workspace, stagingValues), 'utf8')).toContain('tag: "9.9.9"');
  });

  it('prints the report without --json and reads INPUT_* variables too', async () => {
    const run = await runCli(['bump', '--path', 'image.tag', '--value', '9.9.9'], {
      cwd: workspace,
      env: { INPUT_FILES: stagingValues },
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`| \`${stagingValues}:9\` | \`image.tag\` | \`1.4.1\` | \`9.9.9\` |`);
  });

  it.each([
    [['bump', '--nope', 'x'], /unknown flag '--nope'/],
    [
      ['bump', '--files', 'a.yaml', '--missing', 'sometimes', '--path', 'a', '--value', 'b'],
      /'missing' must be one of error, ignore, create \(got 'sometimes'\)/,
    ],
    [['deploy'], /unknown action 'deploy'; known actions: bump/],
  ])('exits 2 on usage errors: %j', async (args, message) => {
    const run = await runCli(args, { cwd: workspace });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('exits 1 when the action fails, naming the file and the closest keys', async () => {
    const run = await runCli(['bump', '--files', stagingValues, '--path', 'image.tga', '--value', '1.0.0'], {
      cwd: workspace,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${stagingValues}.*image\\.tga.*not found.*image\\.tag`));
  });

  it('lists inputs from the schema in --help', async () => {
    const run = await runCli(['bump', '--help'], { cwd: workspace });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('--allow-downgrade');
    expect(run.stdout).toContain('falls back to $GITHUB_TOKEN');
    const general = await runCli(['--help'], { cwd: workspace });
    expect(general.stdout).toMatch(/bump\s+Change image tags/);
  });
});

describe.runIf(registryTestsEnabled())('dist/bump/index.js with pin-digests against a real registry', () => {
  let registry: Awaited<ReturnType<typeof startRegistry>>;
  beforeAll(async () => {
    registry = await startRegistry({ variant: 'anonymous' });
  });
  afterAll(() => registry?.stop());

  it('writes the digest the tag names, and refuses a tag the registry does not have', async () => {
    const image = `${registry.host}/acme/api`;
    const pushed = await runCli(
      [
        'oci-push',
        '--path',
        'environments',
        '--repository',
        image,
        '--tags',
        '1.5.0',
        '--plain-http',
        '--json',
      ],
      {
        cwd: workspace,
        env: { GITHUB_SHA: '6113728f27ae82c7b1a177c8d03f9e96e0adf246', GITHUB_REPOSITORY: 'acme/gitops' },
      },
    );
    expect(pushed.exitCode).toBe(0);
    const { digest } = JSON.parse(pushed.stdout) as { digest: string };
    writeFileSync(join(workspace, 'pinned.yaml'), `image: ${image}:1.4.0 # pinned by CI\n`);

    const run = await runBundle('bump', {
      workspace,
      inputs: {
        files: 'pinned.yaml',
        image,
        tag: '1.5.0',
        'pin-digests': 'true',
        'plain-http': 'true',
        protected: 'true',
      },
    });
    expect(run.stdout).not.toContain('::error');
    expect(read('pinned.yaml')).toBe(`image: ${image}:1.5.0@${digest} # pinned by CI\n`);

    const missing = await runBundle('bump', {
      workspace,
      inputs: { files: 'pinned.yaml', image, tag: '9.9.9', 'pin-digests': 'true', 'plain-http': 'true' },
    });
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toContain(`pin-digests: ${image}:9.9.9 does not exist in the registry`);
  });
});
