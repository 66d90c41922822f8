/**
 * publishOutcome in process against the spec-validated fake GitHub. Octokit's throttling spaces
 * writes about a second apart, so each test makes at most two.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicyOutcome } from '../../src/policy/policy-report.js';
import { checkTitle, publishOutcome, type PublishRequest } from '../../src/policy/publish-outcome.js';
import type { GitHubContext } from '../../src/runtime/github-context.js';
import { silentLog } from '../../src/runtime/log.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github/index.js';
import { recordingLog, rejectionOf } from '../github/github-test-client.js';
import { finding, outcome, parsedPlan, planChange } from './report-builder.js';

const TOKEN = 'ghs_publishOutcomeToken';
const NOT_ACCESSIBLE = {
  status: 403,
  body: {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest',
    status: '403',
  },
};

let fake: FakeGitHub;
let dir: string;
let headSha: string;
let pushedSha: string;
let pullNumber: number;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'publish-outcome-'));
  fake = await startFakeGitHub();
  fake.seedRepo({ owner: 'o', repo: 'r' });
  headSha = fake.seedCommit({ owner: 'o', repo: 'r', branch: 'feature', files: { 'main.tf': '' } });
  pushedSha = fake.seedCommit({ owner: 'o', repo: 'r', branch: 'main', files: { 'other.tf': '' } });
  pullNumber = fake.seedIssue({ owner: 'o', repo: 'r', title: 'Plan for prod' }).number;
});

afterEach(async () => {
  rmSync(dir, { recursive: true, force: true });
  try {
    fake.assertNoViolations();
  } finally {
    await fake.close();
  }
});

/** The runner's context for an event whose payload is written to a file, as GITHUB_EVENT_PATH. */
function githubContext(
  eventName: string | undefined,
  payload: object,
  overrides: Partial<GitHubContext> = {},
) {
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  return {
    serverUrl: 'https://github.example.com',
    apiUrl: fake.url,
    repository: 'o/r',
    sha: pushedSha,
    ref: 'refs/heads/main',
    refName: 'main',
    headRef: undefined,
    eventName,
    eventPath,
    actor: 'octocat',
    runId: '42',
    workspace: dir,
    ...overrides,
  } satisfies GitHubContext;
}

const pullRequestEvent = () => ({
  action: 'synchronize',
  number: pullNumber,
  pull_request: {
    number: pullNumber,
    head: { ref: 'feature', sha: headSha },
    base: { ref: 'main' },
    merge_commit_sha: pushedSha,
  },
  repository: { full_name: 'o/r' },
});

const pushEvent = () => ({ ref: 'refs/heads/main', after: pushedSha, repository: { full_name: 'o/r' } });

function publishRequest(github: GitHubContext, overrides: Partial<PublishRequest> = {}): PublishRequest {
  return {
    github,
    token: TOKEN,
    checkRun: true,
    checkName: 'plan-policy',
    comment: 'update',
    log: silentLog,
    ...overrides,
  };
}

const failing = (): PolicyOutcome =>
  outcome({
    plans: [parsedPlan('stacks/app/plan.json', [planChange({ kind: 'delete', actions: ['delete'] })])],
    findings: [finding()],
  });

const operations = () => fake.requests.map((request) => request.operationId);
const checkRuns = () => [...fake.repo('o', 'r').checkRuns.values()];
const comments = () => [...fake.repo('o', 'r').comments.values()];

describe('publishOutcome', () => {
  it('publishes nothing outside a workflow (no repository), whatever the token', async () => {
    const log = recordingLog();
    const published = await publishOutcome(
      failing(),
      publishRequest(githubContext('pull_request', pullRequestEvent(), { repository: undefined }), { log }),
    );

    expect(published).toEqual({ checkRunUrl: undefined, commentUrl: undefined });
    expect(fake.requests).toEqual([]);
    expect(log.warnings).toEqual([]);
  });

  it('publishes nothing without an event name', async () => {
    const published = await publishOutcome(
      failing(),
      publishRequest(githubContext(undefined, pullRequestEvent())),
    );

    expect(published).toEqual({ checkRunUrl: undefined, commentUrl: undefined });
    expect(fake.requests).toEqual([]);
  });

  it('warns without a token', async () => {
    const log = recordingLog();
    const published = await publishOutcome(
      failing(),
      publishRequest(githubContext('pull_request', pullRequestEvent()), { token: '', log }),
    );

    expect(published).toEqual({ checkRunUrl: undefined, commentUrl: undefined });
    expect(log.warnings).toEqual([
      'No token: no check run or PR comment. Pass token (the default is github.token).',
    ]);
    expect(fake.requests).toEqual([]);
  });

  it('neither warns nor calls when nothing is wanted', async () => {
    const log = recordingLog();
    const published = await publishOutcome(
      failing(),
      publishRequest(githubContext('pull_request', pullRequestEvent()), {
        checkRun: false,
        comment: 'off',
        token: undefined,
        log,
      }),
    );

    expect(published).toEqual({ checkRunUrl: undefined, commentUrl: undefined });
    expect(log.warnings).toEqual([]);
    expect(fake.requests).toEqual([]);
  });

  it('on a push, puts the check run on GITHUB_SHA and writes no comment', async () => {
    const published = await publishOutcome(failing(), publishRequest(githubContext('push', pushEvent())));

    expect(operations()).toEqual(['checks/create']);
    const [run] = checkRuns();
    expect(run).toMatchObject({
      name: 'plan-policy',
      headSha: pushedSha,
      conclusion: 'failure',
      detailsUrl: 'https://github.example.com/o/r/actions/runs/42',
      output: { title: '1 denied; no auto-approve: 1 blocking finding(s)' },
    });
    expect(published).toEqual({ checkRunUrl: `${fake.url}/o/r/runs/${run?.id}`, commentUrl: undefined });
    expect(comments()).toEqual([]);
  });

  it('on a pull request, puts the check run on the head and the report in a marked comment', async () => {
    const published = await publishOutcome(
      outcome(),
      publishRequest(githubContext('pull_request', pullRequestEvent()), { checkName: 'policy / prod' }),
    );

    expect(operations()).toEqual(['checks/create', 'issues/list-comments', 'issues/create-comment']);
    expect(checkRuns().map((run) => [run.name, run.headSha, run.conclusion])).toEqual([
      ['policy / prod', headSha, 'success'],
    ]);
    const [comment] = comments();
    expect(comment?.issueNumber).toBe(pullNumber);
    expect(comment?.body.split('\n')[0]).toBe('<!-- gitops-actions:plan-policy:policy-prod -->');
    expect(published.commentUrl).toMatch(new RegExp(`#issuecomment-${comment?.id}$`));
  });

  it('warns when the token may not create check runs, and still comments', async () => {
    fake.injectFault({ method: 'POST', path: '/repos/{owner}/{repo}/check-runs', ...NOT_ACCESSIBLE });
    const log = recordingLog();
    const published = await publishOutcome(
      failing(),
      publishRequest(githubContext('pull_request', pullRequestEvent()), { log }),
    );

    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(
      /^GitHub refused to create check run "plan-policy" on o\/r@[0-9a-f]{12} \(403 Resource not accessible by integration\)\n {2}hint: the token lacks `checks: write`/,
    );
    expect(published.checkRunUrl).toBeUndefined();
    expect(published.commentUrl).toContain('#issuecomment-');
    expect(comments()).toHaveLength(1);
  });

  it('fails on refusals other than a missing permission', async () => {
    const error = await rejectionOf(
      publishOutcome(
        failing(),
        publishRequest(githubContext('push', pushEvent(), { repository: 'o/missing' }), { comment: 'off' }),
      ),
    );

    expect(error).toMatchObject({ status: 404, failure: 'not-found' });
  });
});

describe('checkTitle', () => {
  it.each([
    { case: 'nothing found', findings: [], title: 'no findings; auto-approve' },
    {
      case: 'denies and warnings',
      findings: [
        finding(),
        finding({ address: 'aws_s3_bucket.b' }),
        finding({ severity: 'warn', blocksAutoApprove: false }),
      ],
      title: '2 denied, 1 warning(s); no auto-approve: 2 blocking finding(s)',
    },
    {
      case: 'excepted findings do not count',
      findings: [finding({ exception: { reason: 'CHG-1', expires: '2099-01-01' } })],
      title: 'no findings; auto-approve',
    },
    {
      case: 'info only',
      findings: [finding({ severity: 'info', blocksAutoApprove: false })],
      title: 'no findings; auto-approve',
    },
  ])('$case', ({ findings, title }) => {
    expect(checkTitle(outcome({ findings }))).toBe(title);
  });
});
