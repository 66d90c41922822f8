import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPullRequestContext } from '../../src/github/pull-request-context.js';
import { githubContextFromEnv, type GitHubContext } from '../../src/runtime/github-context.js';
import { UserError } from '../../src/runtime/user-error.js';
import { rejectionOf } from './github-test-client.js';

const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const MERGE = 'ffffeeee0000111122223333444455556666aaaa';

/** Trimmed webhook payloads: the fields real events carry around the ones read, in their real places. */
const pullRequestPayload = {
  action: 'synchronize',
  number: 42,
  pull_request: {
    number: 42,
    state: 'open',
    merge_commit_sha: MERGE,
    head: { ref: 'feature', sha: HEAD, repo: { full_name: 'fork-owner/r' } },
    base: { ref: 'main', sha: '0000000000000000000000000000000000000001', repo: { full_name: 'o/r' } },
  },
  repository: { full_name: 'o/r', name: 'r', owner: { login: 'o' } },
  sender: { login: 'octocat' },
};

const CASES: [string, string, unknown, { headSha: string; pullNumber: number | undefined }][] = [
  [
    'pull request: the PR head, not the merge commit',
    'pull_request',
    pullRequestPayload,
    { headSha: HEAD, pullNumber: 42 },
  ],
  ['pull_request_target', 'pull_request_target', pullRequestPayload, { headSha: HEAD, pullNumber: 42 }],
  [
    'a review on a pull request',
    'pull_request_review',
    { ...pullRequestPayload, review: { state: 'approved' } },
    { headSha: HEAD, pullNumber: 42 },
  ],
  [
    'merge queue',
    'merge_group',
    {
      action: 'checks_requested',
      merge_group: {
        head_sha: HEAD,
        head_ref: 'refs/heads/gh-readonly-queue/main/pr-42-abc',
        base_sha: MERGE,
      },
      repository: { full_name: 'o/r' },
    },
    { headSha: HEAD, pullNumber: undefined },
  ],
  [
    'push: GITHUB_SHA',
    'push',
    {
      ref: 'refs/heads/main',
      before: '0000000000000000000000000000000000000002',
      after: MERGE,
      repository: { full_name: 'o/r' },
    },
    { headSha: MERGE, pullNumber: undefined },
  ],
  [
    'workflow_run of a same-repository pull request',
    'workflow_run',
    { action: 'completed', workflow_run: { head_sha: HEAD, pull_requests: [{ number: 7 }] } },
    { headSha: HEAD, pullNumber: 7 },
  ],
  [
    'workflow_run of a fork pull request (GitHub lists no PR)',
    'workflow_run',
    { action: 'completed', workflow_run: { head_sha: HEAD, pull_requests: [] } },
    { headSha: HEAD, pullNumber: undefined },
  ],
  [
    'workflow_dispatch: GITHUB_SHA',
    'workflow_dispatch',
    { inputs: {}, ref: 'refs/heads/main' },
    { headSha: MERGE, pullNumber: undefined },
  ],
];

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pr-context-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function contextFor(
  eventName: string,
  payload: unknown,
  env: NodeJS.ProcessEnv = {},
): Promise<GitHubContext> {
  const eventPath = join(dir, 'event.json');
  await writeFile(eventPath, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return githubContextFromEnv(
    {
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_SHA: MERGE,
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      ...env,
    },
    dir,
  );
}

describe('readPullRequestContext', () => {
  it.each(CASES)('%s', async (_title, eventName, payload, expected) => {
    const context = await readPullRequestContext(await contextFor(eventName, payload));

    expect(context).toEqual({ owner: 'o', repo: 'r', eventName, ...expected });
  });

  it('takes the repository from the payload when GITHUB_REPOSITORY is unset', async () => {
    const github = await contextFor('pull_request', pullRequestPayload, { GITHUB_REPOSITORY: '' });

    expect(await readPullRequestContext(github)).toMatchObject({ owner: 'o', repo: 'r' });
  });

  it('uses GITHUB_SHA when there is no event file', async () => {
    const github = githubContextFromEnv(
      { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: MERGE, GITHUB_EVENT_NAME: 'push' },
      dir,
    );

    expect(await readPullRequestContext(github)).toMatchObject({ headSha: MERGE, pullNumber: undefined });
  });

  it.each<[string, () => Promise<GitHubContext>, RegExp]>([
    ['no event name', () => contextFor('', {}, { GITHUB_EVENT_NAME: '' }), /GITHUB_EVENT_NAME is not set/],
    [
      'an unreadable event file',
      () => contextFor('push', {}, { GITHUB_EVENT_PATH: join(dir, 'gone.json') }),
      /cannot read the event payload .*gone\.json/,
    ],
    [
      'an event file that is not JSON',
      () => contextFor('push', '{"ref":'),
      /event\.json \(GITHUB_EVENT_PATH\) is not JSON/,
    ],
    [
      'a pull request without a head sha',
      () => contextFor('pull_request', { pull_request: { number: 1, head: {} } }),
      /no pull_request\.head\.sha/,
    ],
    [
      'a merge group without a head sha',
      () => contextFor('merge_group', { merge_group: {} }),
      /no merge_group\.head_sha/,
    ],
    [
      'a push without GITHUB_SHA',
      () => contextFor('push', {}, { GITHUB_SHA: '' }),
      /GITHUB_SHA is not set for the push event/,
    ],
    [
      'no repository at all',
      () => contextFor('push', {}, { GITHUB_REPOSITORY: '' }),
      /GITHUB_REPOSITORY is not set/,
    ],
    [
      'a malformed repository',
      () => contextFor('push', {}, { GITHUB_REPOSITORY: 'o/r/x' }),
      /GITHUB_REPOSITORY is 'o\/r\/x'/,
    ],
  ])('refuses %s with a user error', async (_title, github, message) => {
    const error = await rejectionOf(readPullRequestContext(await github()));

    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(message);
  });
});
