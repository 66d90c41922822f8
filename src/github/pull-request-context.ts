import { readFile } from 'node:fs/promises';
import type { GitHubContext } from '../runtime/github-context.js';
import { UserError } from '../runtime/user-error.js';

/** The commit (and pull request, if any) a run reports on. */
export interface PullRequestContext {
  owner: string;
  repo: string;
  eventName: string;
  /**
   * The commit check runs are attached to. For pull requests this is the head of the PR branch,
   * not GITHUB_SHA: GITHUB_SHA is the temporary merge commit (refs/pull/N/merge), which is not on
   * any branch, so a check run on it never appears on the pull request and branch protection,
   * which looks at the head commit, could never see it pass.
   */
  headSha: string;
  /** Undefined when the event is not about a pull request (push, merge_group, schedule, ...). */
  pullNumber: number | undefined;
}

/** Reads GITHUB_EVENT_PATH and works out the commit and pull request of this run. */
export async function readPullRequestContext(github: GitHubContext): Promise<PullRequestContext> {
  const eventName = github.eventName;
  if (!eventName) {
    throw new UserError('GITHUB_EVENT_NAME is not set, so the commit to report on is unknown', {
      hint: 'run inside a GitHub Actions workflow, or set GITHUB_EVENT_NAME, GITHUB_SHA and GITHUB_REPOSITORY',
    });
  }
  return pullRequestContextFromEvent(github, eventName, await readEvent(github.eventPath));
}

/** The pure part of {@link readPullRequestContext}: the event payload is already parsed. */
export function pullRequestContextFromEvent(
  github: GitHubContext,
  eventName: string,
  payload: unknown,
): PullRequestContext {
  const event = (payload ?? {}) as EventPayload;
  const { owner, repo } = repositoryOf(github, event);
  const pull = event.pull_request;
  // pull_request, pull_request_target, pull_request_review(_comment) all carry the PR object.
  if (pull) {
    return {
      owner,
      repo,
      eventName,
      headSha: required(pull.head?.sha, 'pull_request.head.sha'),
      pullNumber: required(pull.number, 'pull_request.number'),
    };
  }
  if (eventName === 'merge_group') {
    return {
      owner,
      repo,
      eventName,
      headSha: required(event.merge_group?.head_sha, 'merge_group.head_sha'),
      pullNumber: undefined,
    };
  }
  if (eventName === 'workflow_run' && event.workflow_run) {
    // GitHub lists only same-repository pull requests here; a fork's run has an empty list.
    const number = event.workflow_run.pull_requests?.[0]?.number;
    return {
      owner,
      repo,
      eventName,
      headSha: required(event.workflow_run.head_sha, 'workflow_run.head_sha'),
      pullNumber: number,
    };
  }
  if (!github.sha) {
    throw new UserError(
      `GITHUB_SHA is not set for the ${eventName} event, so the commit to report on is unknown`,
      {
        hint: 'run inside a GitHub Actions workflow, or set GITHUB_SHA',
      },
    );
  }
  return { owner, repo, eventName, headSha: github.sha, pullNumber: undefined };
}

interface EventPayload {
  pull_request?: { number?: number; head?: { sha?: string } };
  merge_group?: { head_sha?: string };
  workflow_run?: { head_sha?: string; pull_requests?: { number?: number }[] };
  repository?: { full_name?: string };
}

async function readEvent(path: string | undefined): Promise<unknown> {
  if (!path) return {};
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read the event payload ${path} (GITHUB_EVENT_PATH)`, {
      hint: 'the runner writes this file; outside a workflow, unset GITHUB_EVENT_PATH or point it at an event JSON',
      cause: error,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UserError(`the event payload ${path} (GITHUB_EVENT_PATH) is not JSON`, {
      hint: 'point GITHUB_EVENT_PATH at the webhook payload JSON GitHub sent for this run',
      cause: error,
    });
  }
}

function repositoryOf(github: GitHubContext, event: EventPayload): { owner: string; repo: string } {
  // GITHUB_REPOSITORY is the base repository even for fork pull requests: where the check belongs.
  const fullName = github.repository ?? event.repository?.full_name;
  const [owner, repo, extra] = (fullName ?? '').split('/');
  if (!owner || !repo || extra !== undefined) {
    throw new UserError(
      `cannot tell the repository: GITHUB_REPOSITORY is ${fullName ? `'${fullName}'` : 'not set'}`,
      {
        hint: 'GITHUB_REPOSITORY must be owner/name, as the runner sets it',
      },
    );
  }
  return { owner, repo };
}

function required<T>(value: T | undefined, field: string): T {
  if (value === undefined || value === null) {
    throw new UserError(`the event payload has no ${field}`, {
      hint: 'GITHUB_EVENT_PATH must hold the webhook payload of the event named by GITHUB_EVENT_NAME',
    });
  }
  return value;
}
