import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishCheckRun, type CheckAnnotation, type CheckRunRequest } from '../../src/github/check-runs.js';
import { GitHubApiError } from '../../src/github/github-error.js';
import { faults, startFakeGitHub, type FakeGitHub } from '../harness/fake-github/index.js';
import { clientFor, recordingLog, rejectionOf } from './github-test-client.js';

let fake: FakeGitHub;
let headSha: string;

beforeEach(async () => {
  fake = await startFakeGitHub();
  fake.seedRepo({ owner: 'o', repo: 'r' });
  headSha = fake.seedCommit({ owner: 'o', repo: 'r', branch: 'feature', files: { 'main.tf': '' } });
});

afterEach(async () => {
  try {
    fake.assertNoViolations();
  } finally {
    await fake.close();
  }
});

function request(overrides: Partial<CheckRunRequest> = {}): CheckRunRequest {
  return {
    owner: 'o',
    repo: 'r',
    headSha,
    name: 'plan-policy',
    conclusion: 'failure',
    title: '1 blocking finding',
    summary: '| create | delete |\n| --- | --- |\n| 2 | 1 |\n',
    ...overrides,
  };
}

function annotations(count: number): CheckAnnotation[] {
  return Array.from({ length: count }, (_, index) => ({
    path: 'plans/prod.json',
    startLine: index + 1,
    endLine: index + 1,
    level: index % 2 === 0 ? 'failure' : 'warning',
    message: `finding ${index}`,
  }));
}

function storedRun(id: number) {
  const run = fake.repo('o', 'r').checkRuns.get(id);
  if (!run) throw new Error(`no check run ${id} in the fake`);
  return run;
}

describe('publishCheckRun', () => {
  it('creates a completed run on the head sha with its conclusion and output', async () => {
    const published = await publishCheckRun(
      clientFor(fake),
      request({ text: 'details', detailsUrl: 'https://ci.example.com/1', externalId: 'plan-policy:1' }),
    );

    const run = storedRun(published.id);
    expect(run).toMatchObject({
      name: 'plan-policy',
      headSha,
      status: 'completed',
      conclusion: 'failure',
      detailsUrl: 'https://ci.example.com/1',
      externalId: 'plan-policy:1',
      output: { title: '1 blocking finding', summary: request().summary, text: 'details' },
    });
    expect(run.completedAt).not.toBeNull();
    expect(published.url).toBe(`${fake.url}/o/r/runs/${published.id}`);
    expect(fake.requests.map((call) => call.operationId)).toEqual(['checks/create']);
  });

  it('sends more than 50 annotations in batches of 50, in order', async () => {
    const many = annotations(120);
    const published = await publishCheckRun(clientFor(fake), request({ annotations: many }));

    expect(fake.requests.map((call) => [call.operationId, annotationCount(call.body)])).toEqual([
      ['checks/create', 50],
      ['checks/update', 50],
      ['checks/update', 20],
    ]);
    expect(storedRun(published.id).annotations.map((annotation) => annotation.message)).toEqual(
      many.map((annotation) => annotation.message),
    );
  });

  it('drops columns from an annotation spanning lines, which GitHub would refuse', async () => {
    const published = await publishCheckRun(
      clientFor(fake),
      request({
        annotations: [
          {
            path: 'a.json',
            startLine: 3,
            endLine: 3,
            startColumn: 2,
            endColumn: 9,
            level: 'notice',
            message: 'one',
          },
          {
            path: 'a.json',
            startLine: 4,
            endLine: 6,
            startColumn: 2,
            endColumn: 9,
            level: 'notice',
            message: 'two',
          },
        ],
      }),
    );
    const [oneLine, spanning] = storedRun(published.id).annotations;
    expect(oneLine).toMatchObject({ start_column: 2, end_column: 9 });
    expect(spanning).not.toHaveProperty('start_column');
    expect(spanning).not.toHaveProperty('end_column');
  });

  it('truncates summary and text to 65,535 bytes without splitting a character, and says so', async () => {
    const summary = '| 🔥 | déjà vu |\n'.repeat(5000);
    const text = '€'.repeat(30_000);
    expect(Buffer.byteLength(summary)).toBeGreaterThan(65_535);

    const published = await publishCheckRun(clientFor(fake), request({ summary, text }));

    const { output } = storedRun(published.id);
    for (const field of [output.summary ?? '', output.text ?? '']) {
      expect(Buffer.byteLength(field)).toBeLessThanOrEqual(65_535);
      expect(field).not.toContain('\uFFFD');
      expect(field).toContain('was truncated');
    }
    expect(output.summary).toMatch(/^(\| 🔥 \| déjà vu \|\n)*\| 🔥 \| déjà vu \|\n\n> \[!WARNING\]/);
    expect(output.text?.startsWith('€'.repeat(21_000))).toBe(true);
  });

  it('works against a GitHub Enterprise Server API root', async () => {
    const published = await publishCheckRun(clientFor(fake, { apiUrl: fake.ghesUrl }), request());

    expect(fake.requests).toMatchObject([{ ghes: true, path: '/repos/o/r/check-runs', status: 201 }]);
    expect(storedRun(published.id).headSha).toBe(headSha);
  });

  it('retries a 502 from GitHub', async () => {
    fake.injectFault({
      method: 'POST',
      path: '/repos/{owner}/{repo}/check-runs',
      ...faults.serverError(502),
    });

    await publishCheckRun(clientFor(fake), request());

    expect(fake.requests.map((call) => call.status)).toEqual([502, 201]);
    expect(fake.repo('o', 'r').checkRuns.size).toBe(1);
  });

  it('explains a token without checks: write', async () => {
    fake.injectFault({
      method: 'POST',
      path: '/repos/{owner}/{repo}/check-runs',
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
        status: '403',
      },
    });

    const error = await rejectionOf(publishCheckRun(clientFor(fake), request()));

    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ status: 403, failure: 'missing-permission' });
    expect((error as GitHubApiError).hint).toContain('`checks: write`');
    expect(error.message).toContain('create check run "plan-policy" on o/r');
    expect(fake.requests).toHaveLength(1);
  });

  it('names the repository when GitHub answers 404', async () => {
    const error = await rejectionOf(publishCheckRun(clientFor(fake), request({ repo: 'missing' })));

    expect(error).toMatchObject({ status: 404, failure: 'not-found' });
    expect((error as GitHubApiError).hint).toContain('repository o/missing exists');
  });

  it('reports bad credentials as a user error', async () => {
    const strict = await startFakeGitHub({ tokens: { good: { login: 'release-bot', type: 'Bot' } } });
    try {
      strict.seedRepo({ owner: 'o', repo: 'r' });
      const error = await rejectionOf(publishCheckRun(clientFor(strict, { token: 'expired' }), request()));
      expect(error).toMatchObject({ status: 401, failure: 'bad-credentials' });
      expect((error as GitHubApiError).hint).toContain('token is invalid or expired');
      strict.assertNoViolations();
    } finally {
      await strict.close();
    }
  });

  it('gives up on a rate limit that resets too late to wait for, with a warning', async () => {
    const log = recordingLog();
    fake.injectFault({ path: '/repos/*/*/check-runs', ...faults.primaryRateLimit({ resetInSeconds: 3600 }) });

    const error = await rejectionOf(publishCheckRun(clientFor(fake, { log }), request()));

    expect(error).toMatchObject({ status: 403, failure: 'rate-limited' });
    expect(log.warnings).toEqual([expect.stringMatching(/^GitHub primary rate limit on POST .*: giving up/)]);
  });

  it('waits out a short secondary rate limit and succeeds', async () => {
    const log = recordingLog();
    fake.injectFault({ path: '/repos/*/*/check-runs', ...faults.secondaryRateLimit({ retryAfter: 1 }) });

    await publishCheckRun(clientFor(fake, { log }), request());

    expect(fake.requests.map((call) => call.status)).toEqual([403, 201]);
    expect(log.warnings).toEqual([expect.stringMatching(/secondary rate limit .*: retrying in 1 s$/)]);
  });
});

function annotationCount(body: unknown): number {
  return (body as { output?: { annotations?: unknown[] } }).output?.annotations?.length ?? 0;
}
