import { setTimeout as sleep } from 'node:timers/promises';
import { silentLog, type Log } from '../runtime/log.js';
import { UserError } from '../runtime/user-error.js';
import type { Git, GitIdentity } from './git.js';

export interface CommitAndPushOptions {
  git: Git;
  /** Only these paths are staged and committed, whatever else the working tree holds. */
  paths: readonly string[];
  message: string;
  /** Branch to push to; defaults to the checked-out branch (a detached HEAD is refused). */
  branch?: string;
  remote?: string;
  /** Push attempts, counting the first, before giving up on a branch that keeps moving. */
  maxAttempts?: number;
  author?: GitIdentity;
  log?: Log;
}

export interface CommitAndPushResult {
  /** The commit now on the remote branch; undefined when there was nothing to commit, or the remote already had it. */
  sha: string | undefined;
  /** Push attempts made. */
  attempts: number;
}

const FIRST_RETRY_DELAY_MS = 200;

/**
 * Commits the paths and pushes them to the branch. When another job pushed first, fetches,
 * rebases onto the remote branch and tries again, so concurrent bumps of different files all land.
 */
export async function commitAndPush(options: CommitAndPushOptions): Promise<CommitAndPushResult> {
  const { git, paths, message, remote = 'origin', maxAttempts = 5, log = silentLog } = options;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be a positive integer, got ${maxAttempts}`);
  }
  // Resolved before committing so a detached HEAD fails without leaving a stray commit behind.
  const branch = options.branch ?? (await git.currentBranch());

  await git.add(paths);
  if (paths.length === 0 || !(await git.hasStagedChanges(paths))) {
    log.info('Nothing to commit: the files already hold these values.');
    return { sha: undefined, attempts: 0 };
  }
  let sha = await git.commit(message, { author: options.author, paths });
  log.info(`Committed ${sha}.`);

  for (let attempt = 1; ; attempt++) {
    const push = await git.push(remote, branch);
    if (push.pushed) {
      log.info(`Pushed ${sha} to ${remote}/${branch}.`);
      return { sha, attempts: attempt };
    }
    if (attempt === maxAttempts) {
      throw new UserError(
        `Gave up pushing to ${remote}/${branch} after ${attempt} attempts: other pushes kept moving the branch (${push.reason}).`,
        {
          hint: 'serialise the jobs that push to this branch with a concurrency group, or re-run the job',
        },
      );
    }
    log.info(
      `Push to ${remote}/${branch} was rejected (${push.reason}); rebasing onto it and retrying (attempt ${attempt + 1} of ${maxAttempts}).`,
    );
    // Jitter keeps concurrent jobs that were rejected together from colliding again in lockstep.
    await sleep(FIRST_RETRY_DELAY_MS * 2 ** (attempt - 1) * (0.5 + Math.random()));
    const upstream = await git.fetch(remote, branch);
    const rebase = await git.rebase(upstream);
    if (!rebase.rebased) {
      throw new UserError(
        `Could not rebase onto ${remote}/${branch}: a commit pushed meanwhile changed the same lines in ${rebase.conflicts.join(', ')}. The rebase was aborted, leaving the local commit and working tree as they were.`,
        {
          hint: 're-run the job so it starts from the new state of the branch; if jobs often race on these files, serialise them with a concurrency group',
        },
      );
    }
    if (rebase.stashed.length > 0) {
      log.warning(
        `Uncommitted edits to ${rebase.stashed.join(', ')} clashed with ${remote}/${branch}; those files now match it and the edits are kept in git stash.`,
      );
    }
    if ((await git.commitsAhead(upstream)) === 0) {
      log.info(`${remote}/${branch} already has this change; nothing left to push.`);
      return { sha: undefined, attempts: attempt };
    }
    sha = await git.headSha();
  }
}
