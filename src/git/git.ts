import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandOptions, CommandResult, CommandRunner } from '../exec/command.js';
import { CommandFailedError } from '../exec/command.js';
import { silentLog, type Log } from '../runtime/log.js';
import { UserError } from '../runtime/user-error.js';
import { authorizationHeader, gitAuthEnv, type GitAuth } from './auth-env.js';

export interface GitIdentity {
  name: string;
  email: string;
}

/** The identity GitHub shows with the Actions avatar; used only when git has none configured. */
export const GITHUB_ACTIONS_BOT: GitIdentity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

/** One line of `git status`: the two status letters, and the old path of a rename or copy. */
export interface StatusEntry {
  path: string;
  index: string;
  worktree: string;
  from?: string;
}

export type PushResult = { pushed: true } | { pushed: false; reason: string };

export type RebaseResult =
  /** `stashed`: files whose uncommitted edits clashed with upstream; they now match HEAD, the edits are in `git stash`. */
  { rebased: true; stashed: string[] } | { rebased: false; conflicts: string[] };

export interface GitOptions {
  /** Token for HTTPS remotes on that server; only network commands see it. */
  auth?: GitAuth;
  log?: Log;
}

// Rejections another push can cause between our fetch and push; anything else is not a race.
const RACE_REJECTION = /fetch first|non-fast-forward|stale info|cannot lock ref|incorrect old value/;
const AUTH_FAILURE =
  /Authentication failed|could not read Username|terminal prompts disabled|Permission to \S+ denied|returned error: 40[13]/i;
const PROTECTED_BRANCH = /GH006|protected branch/i;

/** Git in one working directory, through a CommandRunner; never touches the user's git config. */
export class Git {
  private readonly networkEnv: Record<string, string>;

  constructor(
    private readonly runner: CommandRunner,
    readonly cwd: string,
    options: GitOptions = {},
  ) {
    const log = options.log ?? silentLog;
    if (options.auth) {
      log.setSecret(options.auth.token);
      log.setSecret(authorizationHeader(options.auth.token));
    }
    this.networkEnv = options.auth ? gitAuthEnv(options.auth, process.env) : {};
  }

  async root(): Promise<string> {
    const result = await this.git(['rev-parse', '--show-toplevel'], { allowFailure: true });
    if (result.exitCode !== 0 && /not a git repository/i.test(result.stderr)) {
      throw new UserError(`${this.cwd} is not inside a git repository`, {
        hint: 'check out the repository with actions/checkout before this step',
      });
    }
    return this.succeeded(['rev-parse', '--show-toplevel'], result).stdout.trim();
  }

  async currentBranch(): Promise<string> {
    const args = ['symbolic-ref', '--quiet', '--short', 'HEAD'];
    const result = await this.git(args, { allowFailure: true });
    // symbolic-ref exits 1, silently with --quiet, exactly when HEAD is not a branch.
    if (result.exitCode === 1) {
      throw new UserError(
        'HEAD is detached; check out a branch (actions/checkout with ref: <branch>) or create one (git switch -c <branch>) before committing',
        {
          hint: 'tag and pull_request workflows check out a commit, not a branch; for a pull request use ref: ${{ github.head_ref }}',
        },
      );
    }
    return this.succeeded(args, result).stdout.trim();
  }

  async headSha(): Promise<string> {
    return (await this.git(['rev-parse', 'HEAD'])).stdout.trim();
  }

  /** The remote's URL without any credentials embedded in it, or undefined without that remote. */
  async remoteUrl(remote = 'origin'): Promise<string | undefined> {
    const result = await this.git(['remote', 'get-url', remote], { allowFailure: true });
    if (result.exitCode !== 0) return undefined;
    const url = result.stdout.trim();
    try {
      const parsed = new URL(url);
      parsed.username = '';
      parsed.password = '';
      return parsed.toString().replace(/\.git$/, '');
    } catch {
      // scp-like `git@github.com:acme/app.git` carries no secret.
      return url;
    }
  }

  async status(): Promise<StatusEntry[]> {
    const { stdout } = await this.git(['status', '--porcelain=v1', '-z', '--untracked-files=all']);
    return parsePorcelainStatus(stdout);
  }

  /** Every path with staged, unstaged or untracked changes. */
  async changedFiles(): Promise<string[]> {
    return (await this.status()).map((entry) => entry.path);
  }

  /** Stages additions, modifications and deletions of exactly these paths. */
  async add(paths: readonly string[]): Promise<void> {
    if (paths.length > 0) await this.git(['add', '--all', '--', ...paths]);
  }

  async hasStagedChanges(paths: readonly string[]): Promise<boolean> {
    const args = ['diff', '--cached', '--quiet', '--', ...paths];
    const result = await this.git(args, { allowFailure: true });
    if (result.exitCode === 1) return true;
    this.succeeded(args, result);
    return false;
  }

  /**
   * Commits and returns the new sha. With `paths`, only those paths are committed, whatever
   * else is staged; the message goes through stdin so its length and characters never matter.
   */
  async commit(
    message: string,
    options: { author?: GitIdentity; paths?: readonly string[] } = {},
  ): Promise<string> {
    const only = options.paths ? ['--only', '--', ...options.paths] : [];
    const env = {
      ...(await this.identityEnv()),
      ...(options.author ? identityEnv('AUTHOR', options.author) : {}),
    };
    await this.git(['commit', '--quiet', '--file=-', ...only], { input: message, env });
    return this.headSha();
  }

  /** Fetches one branch into its remote-tracking ref and returns that ref. */
  async fetch(remote: string, branch: string): Promise<string> {
    const tracking = `refs/remotes/${remote}/${branch}`;
    const args = ['fetch', '--no-tags', '--quiet', remote, `+refs/heads/${branch}:${tracking}`];
    const result = await this.git(args, { allowFailure: true, env: this.networkEnv });
    if (result.exitCode !== 0) throw networkFailure(`fetch ${branch} from ${remote}`, args, result);
    return tracking;
  }

  /**
   * Rebases the current branch onto `upstream`, carrying uncommitted edits across. On a conflict
   * the rebase is aborted, so the repository is never left mid-rebase, and the conflicting files
   * are returned.
   */
  async rebase(upstream: string): Promise<RebaseResult> {
    const args = ['rebase', '--autostash', upstream];
    const result = await this.git(args, { allowFailure: true, env: await this.identityEnv() });
    if (result.exitCode === 0) {
      // When re-applying the autostash clashes, git keeps the edits in the stash but leaves
      // conflict markers in the files; later steps must not read those, so restore HEAD's version.
      const stashed = await this.conflictedFiles();
      if (stashed.length > 0) await this.git(['checkout', 'HEAD', '--', ...stashed]);
      return { rebased: true, stashed };
    }
    if (!(await this.rebaseInProgress())) this.succeeded(args, result);
    const conflicts = await this.conflictedFiles();
    await this.git(['rebase', '--abort']);
    if (conflicts.length > 0) return { rebased: false, conflicts };
    throw new CommandFailedError('git', args, result);
  }

  /** How many commits HEAD has that `ref` does not. */
  async commitsAhead(ref: string): Promise<number> {
    return Number((await this.git(['rev-list', '--count', `${ref}..HEAD`])).stdout.trim());
  }

  /** Pushes HEAD to `branch`; a rejection caused by a concurrent push is returned, not thrown. */
  async push(remote: string, branch: string): Promise<PushResult> {
    const args = ['push', '--porcelain', remote, `HEAD:refs/heads/${branch}`];
    const result = await this.git(args, { allowFailure: true, env: this.networkEnv });
    if (result.exitCode === 0) return { pushed: true };
    // --porcelain reports each ref as "!<TAB>src:dst<TAB>[rejected] (reason)".
    const rejection = /^!\t[^\t]*\t\[(?:remote )?rejected\] \((.*)\)$/m.exec(result.stdout);
    const reason = rejection?.[1];
    if (reason !== undefined && RACE_REJECTION.test(reason)) return { pushed: false, reason };
    throw networkFailure(`push to ${remote}/${branch}`, args, result);
  }

  private async identityEnv(): Promise<Record<string, string>> {
    // useConfigOnly stops git guessing root@hostname, which would pass the check and make a commit nobody can trace.
    const configured = await this.git(['-c', 'user.useConfigOnly=true', 'var', 'GIT_COMMITTER_IDENT'], {
      allowFailure: true,
    });
    if (configured.exitCode === 0) return {};
    return { ...identityEnv('AUTHOR', GITHUB_ACTIONS_BOT), ...identityEnv('COMMITTER', GITHUB_ACTIONS_BOT) };
  }

  private async conflictedFiles(): Promise<string[]> {
    const { stdout } = await this.git(['diff', '--name-only', '--diff-filter=U', '-z']);
    return stdout.split('\0').filter((path) => path !== '');
  }

  private async rebaseInProgress(): Promise<boolean> {
    // Asked through git because the git directory may live elsewhere (worktrees, submodules).
    const { stdout } = await this.git([
      'rev-parse',
      '--git-path',
      'rebase-merge',
      '--git-path',
      'rebase-apply',
    ]);
    return stdout
      .split('\n')
      .filter((path) => path !== '')
      .some((path) => existsSync(resolve(this.cwd, path)));
  }

  private succeeded(args: readonly string[], result: CommandResult): CommandResult {
    if (result.exitCode !== 0) throw new CommandFailedError('git', args, result);
    return result;
  }

  private git(args: readonly string[], options: CommandOptions = {}): Promise<CommandResult> {
    // A missing credential must fail the step, not wait forever for someone to type a password.
    return this.runner.run('git', args, {
      ...options,
      cwd: this.cwd,
      env: { GIT_TERMINAL_PROMPT: '0', ...options.env },
    });
  }
}

function identityEnv(role: 'AUTHOR' | 'COMMITTER', identity: GitIdentity): Record<string, string> {
  return { [`GIT_${role}_NAME`]: identity.name, [`GIT_${role}_EMAIL`]: identity.email };
}

function networkFailure(action: string, args: readonly string[], result: CommandResult): Error {
  const cause = new CommandFailedError('git', args, result);
  if (AUTH_FAILURE.test(result.stderr)) {
    return new UserError(`git could not ${action}: the server refused the credentials.\n${cause.message}`, {
      hint: 'pass a token that can write to the repository (token input) and give the job permissions: contents: write',
      cause,
    });
  }
  if (PROTECTED_BRANCH.test(result.stderr)) {
    return new UserError(`git could not ${action}: the branch is protected.\n${cause.message}`, {
      hint: 'allow the token to bypass the branch protection, or commit to another branch and open a pull request',
      cause,
    });
  }
  return cause;
}

function parsePorcelainStatus(output: string): StatusEntry[] {
  const fields = output.split('\0');
  const entries: StatusEntry[] = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    if (!field) continue;
    const entry: StatusEntry = { index: field.charAt(0), worktree: field.charAt(1), path: field.slice(3) };
    // With -z a rename or copy is followed by its source path as a separate field.
    if (entry.index === 'R' || entry.index === 'C') entry.from = fields[++i];
    entries.push(entry);
  }
  return entries;
}
