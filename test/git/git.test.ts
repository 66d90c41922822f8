import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NodeCommandRunner } from '../../src/exec/node-command-runner.js';
import { GITHUB_ACTIONS_BOT, Git } from '../../src/git/git.js';
import { UserError } from '../../src/runtime/user-error.js';
import {
  git,
  GitRemote,
  gitTestsEnabled,
  isolateFromUserGitConfig,
  TEST_IDENTITY,
} from '../harness/git-remote.js';

const runner = new NodeCommandRunner();

describe.skipIf(!gitTestsEnabled())('Git', () => {
  let remote: GitRemote;
  let repo: Git;

  beforeEach(async () => {
    isolateFromUserGitConfig();
    remote = await GitRemote.create({ 'values.yaml': 'image:\n  tag: 1.0.0\n', 'README.md': '# app\n' });
    repo = new Git(runner, remote.work);
  });

  afterEach(async () => {
    await remote.cleanup();
    vi.unstubAllEnvs();
  });

  it('finds the repository root from a subdirectory', async () => {
    const nested = join(remote.work, 'deploy', 'prod');
    await mkdir(nested, { recursive: true });
    expect(await new Git(runner, nested).root()).toBe(remote.work);
  });

  it('says plainly when the directory is not a repository', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'not-a-repo-'));
    try {
      const error = await new Git(runner, outside).root().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toContain('is not inside a git repository');
      expect((error as Error).message).toContain('actions/checkout');
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('names the checked-out branch', async () => {
    expect(await repo.currentBranch()).toBe('main');
    await git(remote.work, 'switch', '--quiet', '-c', 'release/1.x');
    expect(await repo.currentBranch()).toBe('release/1.x');
  });

  it('refuses a detached HEAD with a message that says how to check out a branch', async () => {
    await git(remote.work, 'checkout', '--quiet', '--detach');
    const error = await repo.currentBranch().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(
      /^HEAD is detached; check out a branch \(actions\/checkout with ref: <branch>\)/,
    );
  });

  it('reports modified, untracked, deleted and renamed files', async () => {
    await writeFile(join(remote.work, 'values.yaml'), 'image:\n  tag: 2.0.0\n');
    await writeFile(join(remote.work, 'new file.yaml'), 'a: 1\n');
    await git(remote.work, 'mv', 'README.md', 'DOCS.md');
    expect(await repo.status()).toEqual(
      expect.arrayContaining([
        { index: ' ', worktree: 'M', path: 'values.yaml' },
        { index: '?', worktree: '?', path: 'new file.yaml' },
        { index: 'R', worktree: ' ', path: 'DOCS.md', from: 'README.md' },
      ]),
    );
    expect((await repo.changedFiles()).sort()).toEqual(['DOCS.md', 'new file.yaml', 'values.yaml']);
  });

  it('commits only the given paths and returns the new HEAD', async () => {
    await writeFile(join(remote.work, 'values.yaml'), 'image:\n  tag: 2.0.0\n');
    await writeFile(join(remote.work, 'README.md'), '# staged by someone else\n');
    await git(remote.work, 'add', 'README.md');
    await repo.add(['values.yaml']);
    expect(await repo.hasStagedChanges(['values.yaml'])).toBe(true);

    const sha = await repo.commit('bump: tag 2.0.0', { paths: ['values.yaml'] });

    expect(sha).toBe(await git(remote.work, 'rev-parse', 'HEAD'));
    expect(await repo.headSha()).toBe(sha);
    expect(await git(remote.work, 'show', '--name-only', '--format=%B', 'HEAD')).toBe(
      'bump: tag 2.0.0\n\n\nvalues.yaml',
    );
    expect(await repo.changedFiles()).toEqual(['README.md']);
    expect(await repo.hasStagedChanges(['values.yaml'])).toBe(false);
  });

  it('stages deletions of the given paths', async () => {
    await rm(join(remote.work, 'README.md'));
    await repo.add(['README.md']);
    await repo.commit('remove readme', { paths: ['README.md'] });
    expect(await git(remote.work, 'ls-files')).toBe('values.yaml');
  });

  it('commits with the configured identity', async () => {
    await writeFile(join(remote.work, 'values.yaml'), 'changed\n');
    await repo.add(['values.yaml']);
    await repo.commit('change');
    expect(await git(remote.work, 'log', '-1', '--format=%an <%ae>|%cn <%ce>')).toBe(
      `${TEST_IDENTITY.name} <${TEST_IDENTITY.email}>|${TEST_IDENTITY.name} <${TEST_IDENTITY.email}>`,
    );
  });

  it('falls back to github-actions[bot] when no identity is configured, without writing config', async () => {
    await git(remote.work, 'config', '--unset', 'user.name');
    await git(remote.work, 'config', '--unset', 'user.email');
    await writeFile(join(remote.work, 'values.yaml'), 'changed\n');
    await repo.add(['values.yaml']);
    await repo.commit('change');
    const bot = `${GITHUB_ACTIONS_BOT.name} <${GITHUB_ACTIONS_BOT.email}>`;
    expect(await git(remote.work, 'log', '-1', '--format=%an <%ae>|%cn <%ce>')).toBe(`${bot}|${bot}`);
    const config = await git(remote.work, 'config', '--list', '--local');
    expect(config).not.toContain('user.');
  });

  it('uses the given author and keeps the configured committer', async () => {
    await writeFile(join(remote.work, 'values.yaml'), 'changed\n');
    await repo.add(['values.yaml']);
    await repo.commit('change', { author: { name: 'Octo Cat', email: 'octo@example.com' } });
    expect(await git(remote.work, 'log', '-1', '--format=%an <%ae>|%cn <%ce>')).toBe(
      `Octo Cat <octo@example.com>|${TEST_IDENTITY.name} <${TEST_IDENTITY.email}>`,
    );
  });

  it('returns a rejected push when the remote moved ahead, and pushes after fetch and rebase', async () => {
    await remote.pushConcurrentCommit({ 'other.yaml': 'x: 1\n' });
    await writeFile(join(remote.work, 'values.yaml'), 'changed\n');
    await repo.add(['values.yaml']);
    await repo.commit('change');

    const rejected = await repo.push('origin', 'main');
    expect(rejected).toEqual({ pushed: false, reason: 'fetch first' });

    const upstream = await repo.fetch('origin', 'main');
    expect(upstream).toBe('refs/remotes/origin/main');
    expect(await repo.rebase(upstream)).toEqual({ rebased: true, stashed: [] });
    expect(await repo.commitsAhead(upstream)).toBe(1);
    expect(await repo.push('origin', 'main')).toEqual({ pushed: true });
    expect(await remote.remoteHead()).toBe(await repo.headSha());
  });

  it('aborts a conflicting rebase and names the conflicting files', async () => {
    await remote.pushConcurrentCommit({ 'values.yaml': 'image:\n  tag: 3.0.0\n' });
    await writeFile(join(remote.work, 'values.yaml'), 'image:\n  tag: 2.0.0\n');
    await repo.add(['values.yaml']);
    const local = await repo.commit('change');

    const result = await repo.rebase(await repo.fetch('origin', 'main'));

    expect(result).toEqual({ rebased: false, conflicts: ['values.yaml'] });
    expect(await repo.changedFiles()).toEqual([]);
    expect(await repo.headSha()).toBe(local);
    expect(await repo.currentBranch()).toBe('main');
  });

  it('throws, rather than reporting a race, when the remote refuses the push for another reason', async () => {
    await writeFile(
      join(remote.bare, 'hooks', 'pre-receive'),
      '#!/bin/sh\necho "refused by policy" >&2\nexit 1\n',
      {
        mode: 0o755,
      },
    );
    await writeFile(join(remote.work, 'values.yaml'), 'changed\n');
    await repo.add(['values.yaml']);
    await repo.commit('change');
    const error = await repo.push('origin', 'main').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('refused by policy');
  });

  it("explains GitHub's protected-branch refusal", async () => {
    // GitHub's wording for a push that branch protection refuses.
    const gh006 = 'error: GH006: Protected branch update failed for refs/heads/main.';
    await writeFile(join(remote.bare, 'hooks', 'pre-receive'), `#!/bin/sh\necho "${gh006}" >&2\nexit 1\n`, {
      mode: 0o755,
    });
    await writeFile(join(remote.work, 'values.yaml'), 'changed\n');
    await repo.add(['values.yaml']);
    await repo.commit('change');
    const error = await repo.push('origin', 'main').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('the branch is protected');
    expect((error as Error).message).toContain('GH006');
  });
});
