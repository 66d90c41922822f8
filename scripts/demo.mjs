// npm run demo: runs every action that exists on the sample GitOps repository in
// workflows-examples/sample-gitops-repo, copied to a temporary directory with a local bare
// remote. Offline; uses the committed bundles exactly as users get them.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist/cli/index.js');
const work = mkdtempSync(join(tmpdir(), 'gitops-actions-demo-'));
const repo = join(work, 'gitops');
const remote = join(work, 'gitops-remote.git');
const bold = (text) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);

function git(args, cwd = repo) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

const steps = [
  {
    title: 'Image mode: ghcr.io/acme/api to 1.4.2 everywhere in staging (Helm values, HelmRelease, Argo CD)',
    args: [
      '--files',
      'environments/staging/**/*.yaml',
      '--files',
      'clusters/staging/*.yaml',
      '--files',
      'argocd/*.yaml',
      '--image',
      'ghcr.io/acme/api',
      '--tag',
      '1.4.2',
    ],
  },
  {
    title: 'Explicit path: the Flux service-versions ConfigMap (a CRLF file)',
    args: [
      '--files',
      'clusters/staging/service-versions.yaml',
      '--path',
      'data.version_api',
      '--value',
      '1.4.2',
    ],
  },
  {
    title: 'Flux setter marker: the line marked {"$imagepolicy": "flux-system:worker"}',
    args: ['--files', 'clusters/staging/*.yaml', '--marker', 'flux-system:worker', '--tag', '0.9.1'],
  },
  {
    title: 'Kustomize images, dry run: report only',
    args: [
      '--files',
      'environments/staging/web/kustomization.yaml',
      '--image',
      'ghcr.io/acme/web',
      '--tag',
      '2.1.0',
      '--dry-run',
    ],
  },
  {
    title: 'Production is protected: a floating tag is refused',
    args: [
      '--files',
      'environments/prod-eu/**/*.yaml',
      '--image',
      'ghcr.io/acme/api',
      '--tag',
      'latest',
      '--protected',
    ],
    expectFailure: true,
  },
  {
    title: 'Production: a downgrade is refused',
    args: ['--files', 'environments/prod-eu/**/*.yaml', '--image', 'ghcr.io/acme/api', '--tag', '1.3.0'],
    expectFailure: true,
  },
  {
    title: 'Production: pinned version and digest, committed and pushed (JSON outputs)',
    args: [
      '--files',
      'environments/prod-eu/**/*.yaml',
      '--image',
      'ghcr.io/acme/api',
      '--tag',
      '1.4.2',
      '--digest',
      'sha256:3f1e0c7d5b2a4e6f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f',
      '--protected',
      '--commit',
      '--json',
    ],
  },
];

/** A throwaway docker-registry on loopback when Debian's package is installed, else none. */
async function startLocalRegistry() {
  if (spawnSync('docker-registry', ['--version']).error) return undefined;
  const port = await new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = server.address();
      server.close(() => resolve(free));
    });
  });
  const config = join(work, 'registry.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${work}/registry\nhttp:\n  addr: 127.0.0.1:${port}\n`,
  );
  const child = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/v2/`).then(
        (r) => r.ok,
        () => false,
      )
    ) {
      return { host: `127.0.0.1:${port}`, stop: () => child.kill() };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill();
  return undefined;
}

function ociPushSteps(registry) {
  const target = registry
    ? ['--repository', `${registry.host}/acme/staging-manifests`, '--plain-http']
    : ['--repository', 'ghcr.io/acme/staging-manifests', '--dry-run'];
  const where = registry
    ? `to a local docker-registry at ${registry.host}`
    : 'as a dry run (no docker-registry installed)';
  const push = {
    action: 'oci-push',
    title: `oci-push: the staging manifests as a Flux artifact, ${where}`,
    args: ['--path', 'environments/staging', ...target, '--tags', '1.4.2', '--semver-tags'],
  };
  const again = {
    action: 'oci-push',
    title: 'oci-push again: the registry already has this content, so nothing is pushed',
    args: ['--path', 'environments/staging', ...target, '--tags', '1.4.2', '--json'],
  };
  return registry ? [push, again] : [push];
}

// The two stacks of the sample repository's infra/: one the policy auto-approves, one it fails.
const planPolicySteps = [
  {
    action: 'plan-policy',
    title:
      'plan-policy: the network stack (a new subnet, an IAM role through the approved module) auto-approves',
    args: ['--plans', 'infra/plans/network.json', '--policy', 'infra/plan-policy.yml'],
  },
  {
    action: 'plan-policy',
    title:
      'plan-policy: the build stack fails (a destroy and a direct IAM role); the runner replace is excepted',
    args: ['--plans', 'infra/plans/build.json', '--policy', 'infra/plan-policy.yml'],
    expectFailure: true,
  },
];

// Run as on a laptop even inside a workflow: GITHUB_WORKSPACE would move relative paths, and
// GITHUB_REPOSITORY with a token would make plan-policy publish a check run for real.
const laptopEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.startsWith('GITHUB_')),
);

function runStep(number, step) {
  const action = step.action ?? 'bump';
  console.log(bold(`${number}. ${step.title}`));
  console.log(
    `$ gitops-actions ${action} ${step.args.map((a) => (/[\s*{}"]/.test(a) ? `'${a}'` : a)).join(' ')}`,
  );
  const result = spawnSync(process.execPath, [cli, action, ...step.args], {
    cwd: repo,
    encoding: 'utf8',
    env: laptopEnv,
  });
  // plan-policy's markdown report ends without a newline.
  process.stdout.write(
    result.stdout === '' || result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`,
  );
  process.stdout.write(result.stderr.replace(/^/gm, '  | ').replace(/ {2}\| $/, ''));
  const ok = step.expectFailure ? result.status === 1 : result.status === 0;
  console.log(`${ok ? 'as expected' : 'UNEXPECTED'}: exit ${result.status}\n`);
  return ok;
}

let failed = false;
let registry;
try {
  cpSync(join(root, 'workflows-examples/sample-gitops-repo'), repo, { recursive: true });
  git(['init', '--quiet', '--bare', '--initial-branch=main', remote], work);
  git(['init', '--quiet', '--initial-branch=main']);
  git(['config', 'user.name', 'Demo']);
  git(['config', 'user.email', 'demo@example.com']);
  git(['add', '.']);
  git(['commit', '--quiet', '-m', 'Sample GitOps repository']);
  git(['remote', 'add', 'origin', remote]);
  git(['push', '--quiet', '-u', 'origin', 'main']);
  console.log(`Sample repository: ${repo}\n`);

  registry = await startLocalRegistry();
  const gitopsSteps = [...steps, ...ociPushSteps(registry)];
  for (const [index, step] of gitopsSteps.entries()) if (!runStep(index + 1, step)) failed = true;

  console.log(bold('The working tree now differs from the last commit only in the bumped values:'));
  console.log(git(['diff', '--stat']));
  console.log(
    git(['diff', '--', 'environments/staging/api/values.yaml', 'clusters/staging/worker-release.yaml']),
  );
  console.log(bold('The remote received the production commit:'));
  console.log(git(['log', '--format=%h %s', '-n', '2', 'main'], remote));

  console.log(
    bold('The policy for the Terraform plans of infra/ (infra/plan-policy.yml), with a dated exception:'),
  );
  console.log(readFileSync(join(repo, 'infra/plan-policy.yml'), 'utf8'));
  for (const [index, step] of planPolicySteps.entries()) {
    if (!runStep(gitopsSteps.length + index + 1, step)) failed = true;
  }
} finally {
  registry?.stop();
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
