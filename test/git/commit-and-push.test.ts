import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommandOptions, CommandResult, CommandRunner } from '../../src/exec/command.js';
import { NodeCommandRunner } from '../../src/exec/node-command-runner.js';
import { commitAndPush } from '../../src/git/commit-and-push.js';
import { Git } from '../../src/git/git.js';
import { silentLog } from '../../src/runtime/log.js';
import { UserError } from '../../src/runtime/user-error.js';
import { git, GitRemote, gitTestsEnabled, isolateFromUserGitConfig } from '../harness/git-remote.js';

const runner = new NodeCommandRunner();

describe.skipIf(!gitTestsEnabled())('commitAndPush', () => {
  let remote: GitRemote;

  beforeEach(async () => {
    isolateFromUserGitConfig();
    remote = await GitRemote.create({
      'envs/prod/values.yaml': 'image:\n  tag: 1.0.0\n',
      'envs/staging/values.yaml': 'image:\n  tag: 1.0.0\n',
    });
  });

  afterEach(async () => {
    await remote.cleanup();
    vi.unstubAllEnvs();
  });

  const bumpProd = (tag: string) =>
    writeFile(join(remote.work, 'envs/prod/values.yaml'), `image:\n  tag: ${tag}\n`);

  it('commits the given paths and pushes them to the current branch', async () => {
    await bumpProd('1.1.0');
    await writeFile(join(remote.work, 'build-output.txt'), 'not ours to commit\n');

    const result = await commitAndPush({
      git: new Git(runner, remote.work),
      paths: ['envs/prod/values.yaml'],
      message: 'bump: prod to 1.1.0',
    });

    expect(result).toEqual({ sha: await remote.remoteHead(), attempts: 1 });
    expect(await remote.remoteFile('envs/prod/values.yaml')).toBe('image:\n  tag: 1.1.0\n');
    expect(await remote.remoteSubjects()).toEqual(['bump: prod to 1.1.0', 'initial commit']);
    expect(await git(remote.work, 'show', '--name-only', '--format=', 'HEAD')).toBe('envs/prod/values.yaml');
  });

  it('fetches, rebases and pushes again when the remote moved ahead on another file', async () => {
    const concurrent = await remote.pushConcurrentCommit(
      { 'envs/staging/values.yaml': 'image:\n  tag: 2.0.0\n' },
      'bump: staging to 2.0.0',
    );
    await bumpProd('1.1.0');
    const log: string[] = [];

    const result = await commitAndPush({
      git: new Git(runner, remote.work),
      paths: ['envs/prod/values.yaml'],
      message: 'bump: prod to 1.1.0',
      log: { ...silentLog, info: (message) => log.push(message) },
    });

    expect(result.attempts).toBe(2);
    expect(result.sha).toBe(await remote.remoteHead());
    expect(await remote.remoteSubjects()).toEqual([
      'bump: prod to 1.1.0',
      'bump: staging to 2.0.0',
      'initial commit',
    ]);
    expect(await git(remote.bare, 'rev-parse', `${result.sha}^`)).toBe(concurrent);
    expect(await remote.remoteFile('envs/staging/values.yaml')).toBe('image:\n  tag: 2.0.0\n');
    expect(await remote.remoteFile('envs/prod/values.yaml')).toBe('image:\n  tag: 1.1.0\n');
    expect(log.some((line) => line.includes('rejected (fetch first)'))).toBe(true);
  });

  it('rebases from a shallow clone, as actions/checkout leaves by default', async () => {
    await remote.pushConcurrentCommit({ 'envs/staging/values.yaml': 'image:\n  tag: 1.5.0\n' }, 'second');
    const shallow = await remote.clone({ depth: 1 });
    expect(await git(shallow, 'rev-parse', '--is-shallow-repository')).toBe('true');
    await remote.pushConcurrentCommit({ 'envs/staging/values.yaml': 'image:\n  tag: 2.0.0\n' }, 'third');
    await writeFile(join(shallow, 'envs/prod/values.yaml'), 'image:\n  tag: 1.1.0\n');

    const result = await commitAndPush({
      git: new Git(runner, shallow),
      paths: ['envs/prod/values.yaml'],
      message: 'bump: prod to 1.1.0',
    });

    expect(result).toEqual({ sha: await remote.remoteHead(), attempts: 2 });
    expect(await remote.remoteSubjects()).toEqual([
      'bump: prod to 1.1.0',
      'third',
      'second',
      'initial commit',
    ]);
  });

  it('keeps uncommitted edits to other files through the rebase', async () => {
    await remote.pushConcurrentCommit({ 'envs/dev/values.yaml': 'image:\n  tag: 2.0.0\n' });
    await bumpProd('1.1.0');
    await writeFile(join(remote.work, 'envs/staging/values.yaml'), 'image:\n  tag: local-edit\n');

    const result = await commitAndPush({
      git: new Git(runner, remote.work),
      paths: ['envs/prod/values.yaml'],
      message: 'bump: prod to 1.1.0',
    });

    expect(result.attempts).toBe(2);
    expect(await remote.remoteFile('envs/staging/values.yaml')).toBe('image:\n  tag: 1.0.0\n');
    expect(await readFile(join(remote.work, 'envs/staging/values.yaml'), 'utf8')).toBe(
      'image:\n  tag: local-edit\n',
    );
  });

  it('leaves no conflict markers when uncommitted edits clash with the remote, keeping them in the stash', async () => {
    await remote.pushConcurrentCommit({ 'envs/staging/values.yaml': 'image:\n  tag: 2.0.0\n' });
    await bumpProd('1.1.0');
    await writeFile(join(remote.work, 'envs/staging/values.yaml'), 'image:\n  tag: local-edit\n');
    const warnings: string[] = [];

    const result = await commitAndPush({
      git: new Git(runner, remote.work),
      paths: ['envs/prod/values.yaml'],
      message: 'bump: prod to 1.1.0',
      log: { ...silentLog, warning: (message) => warnings.push(message) },
    });

    expect(result).toEqual({ sha: await remote.remoteHead(), attempts: 2 });
    expect(await readFile(join(remote.work, 'envs/staging/values.yaml'), 'utf8')).toBe(
      'image:\n  tag: 2.0.0\n',
    );
    expect(await git(remote.work, 'status', '--porcelain')).toBe('');
    expect(await git(remote.work, 'stash', 'show', '-p')).toContain('+  tag: local-edit');
    expect(warnings).toEqual([expect.stringContaining('envs/staging/values.yaml')]);
  });

  it('stops with a clear error on a conflicting concurrent change, leaving the repository clean', async () => {
    await remote.pushConcurrentCommit({ 'envs/prod/values.yaml': 'image:\n  tag: 9.9.9\n' }, 'someone else');
    await bumpProd('1.1.0');

    const error = await commitAndPush({
      git: new Git(runner, remote.work),
      paths: ['envs/prod/values.yaml'],
      message: 'bump: prod to 1.1.0',
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UserError);
    const message = (error as Error).message;
    expect(message).toContain('Could not rebase onto origin/main');
    expect(message).toContain('envs/prod/values.yaml');
    expect(message).toContain('re-run the job');
    expect(await git(remote.work, 'status', '--porcelain')).toBe('');
    expect(existsSync(join(remote.work, '.git', 'rebase-merge'))).toBe(false);
    expect(existsSync(join(remote.work, '.git', 'rebase-apply'))).toBe(false);
    expect(await git(remote.work, 'symbolic-ref', '--short', 'HEAD')).toBe('main');
    expect(await remote.remoteSubjects()).toEqual(['someone else', 'initial commit']);
  });

  it('returns no sha and makes no commit when the files already hold the values', async () => {
    const before = await remote.remoteHead();
    const result = await commitAndPush({
      git: new Git(runner, remote.work),
      paths: ['envs/prod/values.yaml'],
      message: 'bump: nothing',
    });
    expect(result).toEqual({ sha: undefined, attempts: 0 });
    expect(await git(remote.work, 'rev-parse', 'HEAD')).toBe(before);
    expect(await remote.remoteHead()).toBe(before);
  });

  it('returns no sha when the remote already received the same change', async () => {
    const concurrent = await remote.pushConcurrentCommit({
      'envs/prod/values.yaml': 'image:\n  tag: 1.1.0\n',
    });
    await bumpProd('1.1.0');
    const result = await commitAndPush({
      git: new Git(runner, remote.work),
      paths: ['envs/prod/values.yaml'],
      message: 'bump: prod to 1.1.0',
    });
    expect(result).toEqual({ sha: undefined, attempts: 1 });
    expect(await remote.remoteHead()).toBe(concurrent);
  });

  it('refuses a detached HEAD before committing anything', async () => {
    await git(remote.work, 'checkout', '--quiet', '--detach');
    const before = await git(remote.work, 'rev-parse', 'HEAD');
    await bumpProd('1.1.0');

    const error = await commitAndPush({
      git: new Git(runner, remote.work),
      paths: ['envs/prod/values.yaml'],
      message: 'bump: prod to 1.1.0',
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('HEAD is detached; check out a branch');
    expect(await git(remote.work, 'rev-parse', 'HEAD')).toBe(before);
  });

  it('pushes a detached HEAD to an explicitly named branch', async () => {
    await git(remote.work, 'checkout', '--quiet', '--detach');
    await bumpProd('1.1.0');
    const result = await commitAndPush({
      git: new Git(runner, remote.work),
      paths: ['envs/prod/values.yaml'],
      message: 'bump: prod to 1.1.0',
      branch: 'main',
    });
    expect(result).toEqual({ sha: await remote.remoteHead(), attempts: 1 });
  });

  it('gives up after maxAttempts when the branch keeps moving', async () => {
    let pushes = 0;
    // Every push is preceded by another job's push, so each of ours arrives too late.
    const racing: CommandRunner = {
      async run(command: string, args: readonly string[], options?: CommandOptions): Promise<CommandResult> {
        if (args[0] === 'push') {
          pushes += 1;
          await remote.pushConcurrentCommit({ [`other-${pushes}.txt`]: `${pushes}\n` }, `other ${pushes}`);
        }
        return runner.run(command, args, options);
      },
    };
    await bumpProd('1.1.0');

    const error = await commitAndPush({
      git: new Git(racing, remote.work),
      paths: ['envs/prod/values.yaml'],
      message: 'bump: prod to 1.1.0',
      maxAttempts: 3,
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('Gave up pushing to origin/main after 3 attempts');
    expect(pushes).toBe(3);
    expect(await remote.remoteSubjects()).not.toContain('bump: prod to 1.1.0');
  });
});
