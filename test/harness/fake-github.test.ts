import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { faults, startFakeGitHub, type FakeGitHub } from './fake-github/index.js';
import { loadGitHubSpec } from './fake-github/spec.js';

const TOKEN = 'ghs_fake_installation_token';

let fake: FakeGitHub;
let mainSha: string;

beforeEach(async () => {
  fake = await startFakeGitHub();
  fake.seedRepo({ owner: 'o', repo: 'r', files: { 'env/prod/values.yaml': 'image:\n  tag: v1\n' } });
  mainSha = fake.refs('o', 'r')['refs/heads/main'] as string;
});

afterEach(async () => {
  try {
    fake.assertNoViolations();
  } finally {
    await fake.close();
  }
});

function client(options: { baseUrl?: string } = {}) {
  return getOctokit(TOKEN, { baseUrl: options.baseUrl ?? fake.url });
}

async function statusOf(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    const { status, message } = error as { status: number; message: string };
    return { status, message };
  }
  throw new Error('expected the request to fail');
}

describe('spec loading', () => {
  it('loads the dotcom description once per process and quickly', () => {
    const first = loadGitHubSpec();
    expect(loadGitHubSpec()).toBe(first);
    expect(Object.keys(first.document.paths).length).toBeGreaterThan(700);
    // Budget for a busy CI runner; locally it takes ~0.3-0.9 s.
    expect(first.loadMillis).toBeLessThan(5000);
  });
});

describe('git data', () => {
  it('creates a blob, tree, commit and branch, then fast-forwards main', async () => {
    const { rest } = client();
    const repo = { owner: 'o', repo: 'r' };
    const blob = await rest.git.createBlob({ ...repo, content: 'image:\n  tag: v2\n', encoding: 'utf-8' });
    const tree = await rest.git.createTree({
      ...repo,
      base_tree: (await rest.git.getCommit({ ...repo, commit_sha: mainSha })).data.tree.sha,
      tree: [
        { path: 'env/prod/values.yaml', mode: '100644', type: 'blob', sha: blob.data.sha },
        { path: 'env/staging/values.yaml', mode: '100644', type: 'blob', content: 'image:\n  tag: v2\n' },
      ],
    });
    const commit = await rest.git.createCommit({
      ...repo,
      message: 'Bump prod to v2',
      tree: tree.data.sha,
      parents: [mainSha],
      author: { name: 'Release Bot', email: 'bot@example.com', date: '2024-05-01T10:00:00Z' },
    });
    expect(commit.data.parents.map((parent) => parent.sha)).toEqual([mainSha]);
    expect(commit.data.author).toMatchObject({ name: 'Release Bot', date: '2024-05-01T10:00:00Z' });

    await rest.git.createRef({ ...repo, ref: 'refs/heads/bump', sha: commit.data.sha });
    const updated = await rest.git.updateRef({ ...repo, ref: 'heads/main', sha: commit.data.sha });

    expect(updated.data.object.sha).toBe(commit.data.sha);
    expect(fake.refs('o', 'r')).toEqual({
      'refs/heads/main': commit.data.sha,
      'refs/heads/bump': commit.data.sha,
    });
    expect(fake.fileAt('o', 'r', 'main', 'env/prod/values.yaml')).toBe('image:\n  tag: v2\n');
    expect(fake.fileAt('o', 'r', 'main', 'env/staging/values.yaml')).toBe('image:\n  tag: v2\n');
    const listed = await rest.git.getTree({ ...repo, tree_sha: tree.data.sha, recursive: '1' });
    expect(listed.data.tree.map((entry) => entry.path)).toEqual([
      'env',
      'env/prod',
      'env/prod/values.yaml',
      'env/staging',
      'env/staging/values.yaml',
    ]);
  });

  it('refuses a non-fast-forward ref update unless forced', async () => {
    const { rest } = client();
    const repo = { owner: 'o', repo: 'r' };
    const ahead = fake.seedCommit({ ...repo, branch: 'main', files: { 'a.txt': 'a' } });
    const sibling = await rest.git.createCommit({
      ...repo,
      message: 'diverged',
      tree: (await rest.git.getCommit({ ...repo, commit_sha: mainSha })).data.tree.sha,
      parents: [mainSha],
    });

    const refused = await statusOf(rest.git.updateRef({ ...repo, ref: 'heads/main', sha: sibling.data.sha }));
    expect(refused).toMatchObject({
      status: 422,
      message: expect.stringContaining('Update is not a fast forward'),
    });
    expect(fake.refs('o', 'r')['refs/heads/main']).toBe(ahead);

    await rest.git.updateRef({ ...repo, ref: 'heads/main', sha: sibling.data.sha, force: true });
    expect(fake.refs('o', 'r')['refs/heads/main']).toBe(sibling.data.sha);
  });

  it('edits trees with nested paths and deletions, and round-trips blob content', async () => {
    const { rest } = client();
    const repo = { owner: 'o', repo: 'r' };
    const baseTree = (await rest.git.getCommit({ ...repo, commit_sha: mainSha })).data.tree.sha;
    const binary = await rest.git.createBlob({
      ...repo,
      content: Buffer.from([0, 1, 2, 255]).toString('base64'),
      encoding: 'base64',
    });
    const tree = await rest.git.createTree({
      ...repo,
      base_tree: baseTree,
      tree: [
        { path: 'env/prod/values.yaml', mode: '100644', type: 'blob', sha: null },
        { path: 'charts/app/logo.bin', mode: '100644', type: 'blob', sha: binary.data.sha },
      ],
    });
    const listed = await rest.git.getTree({ ...repo, tree_sha: tree.data.sha, recursive: 'true' });
    // Deleting the only file under env/ removes the now-empty directories too.
    expect(listed.data.tree.map((entry) => entry.path)).toEqual([
      'charts',
      'charts/app',
      'charts/app/logo.bin',
    ]);
    const blob = await rest.git.getBlob({ ...repo, file_sha: binary.data.sha });
    expect(Buffer.from(blob.data.content, 'base64')).toEqual(Buffer.from([0, 1, 2, 255]));
    expect(blob.data.size).toBe(4);
    const invalid = await statusOf(
      rest.git.createTree({
        ...repo,
        tree: [{ path: 'x', mode: '100644', type: 'blob', sha: '0'.repeat(40) }],
      }),
    );
    expect(invalid.status).toBe(422);
  });

  it('lists matching refs and deletes a ref', async () => {
    const { rest } = client();
    const repo = { owner: 'o', repo: 'r' };
    await rest.git.createRef({ ...repo, ref: 'refs/heads/bump/a', sha: mainSha });
    await rest.git.createRef({ ...repo, ref: 'refs/heads/bump/b', sha: mainSha });
    const exists = await statusOf(rest.git.createRef({ ...repo, ref: 'refs/heads/bump/a', sha: mainSha }));
    expect(exists).toMatchObject({
      status: 422,
      message: expect.stringContaining('Reference already exists'),
    });

    const matching = await rest.git.listMatchingRefs({ ...repo, ref: 'heads/bump/' });
    expect(matching.data.map((ref) => ref.ref)).toEqual(['refs/heads/bump/a', 'refs/heads/bump/b']);
    await rest.git.deleteRef({ ...repo, ref: 'heads/bump/a' });
    expect(Object.keys(fake.refs('o', 'r'))).toEqual(['refs/heads/main', 'refs/heads/bump/b']);
  });

  it('reads refs whether the client escapes the slash or not', async () => {
    const octokit = client();
    const escaped = await octokit.rest.git.getRef({ owner: 'o', repo: 'r', ref: 'heads/main' });
    const literal = await octokit.request('GET /repos/o/r/git/ref/heads/main');
    expect(escaped.data.object.sha).toBe(mainSha);
    expect(literal.data.object.sha).toBe(mainSha);
    expect(
      await statusOf(octokit.rest.git.getRef({ owner: 'o', repo: 'r', ref: 'heads/missing' })),
    ).toMatchObject({
      status: 404,
    });
  });
});

describe('pull requests', () => {
  beforeEach(() => {
    fake.seedCommit({
      owner: 'o',
      repo: 'r',
      branch: 'bump/prod',
      files: { 'env/prod/values.yaml': 'image:\n  tag: v2\n' },
    });
  });

  it('opens a pull request and refuses a duplicate for the same head and base', async () => {
    const { rest } = client();
    const opened = await rest.pulls.create({
      owner: 'o',
      repo: 'r',
      title: 'Bump prod',
      head: 'bump/prod',
      base: 'main',
    });
    expect(opened.status).toBe(201);
    expect(opened.data).toMatchObject({
      number: 1,
      state: 'open',
      head: { ref: 'bump/prod' },
      base: { ref: 'main' },
    });
    expect(opened.data).toMatchObject({ commits: 1, changed_files: 1, additions: 1, deletions: 1 });

    const duplicate = await statusOf(
      rest.pulls.create({ owner: 'o', repo: 'r', title: 'Again', head: 'o:bump/prod', base: 'main' }),
    );
    expect(duplicate.status).toBe(422);
    expect(duplicate.message).toContain('A pull request already exists for o:bump/prod.');
    expect(fake.pulls('o', 'r')).toHaveLength(1);
  });

  it('lists pull requests filtered by head, base and state, and updates them', async () => {
    const { rest } = client();
    fake.seedCommit({ owner: 'o', repo: 'r', branch: 'bump/staging', files: { 'x.txt': 'x' } });
    await rest.pulls.create({ owner: 'o', repo: 'r', title: 'prod', head: 'bump/prod', base: 'main' });
    await rest.pulls.create({ owner: 'o', repo: 'r', title: 'staging', head: 'bump/staging', base: 'main' });

    const byHead = await rest.pulls.list({ owner: 'o', repo: 'r', head: 'o:bump/staging' });
    expect(byHead.data.map((pull) => pull.title)).toEqual(['staging']);
    // GitHub ignores a head filter without the owner prefix.
    expect((await rest.pulls.list({ owner: 'o', repo: 'r', head: 'bump/staging' })).data).toHaveLength(2);
    expect((await rest.pulls.list({ owner: 'o', repo: 'r', base: 'release' })).data).toHaveLength(0);

    await rest.pulls.update({
      owner: 'o',
      repo: 'r',
      pull_number: 1,
      title: 'prod v2',
      body: 'Bumps prod',
      state: 'closed',
    });
    const open = await rest.pulls.list({ owner: 'o', repo: 'r' });
    const closed = await rest.pulls.list({ owner: 'o', repo: 'r', state: 'closed' });
    expect(open.data.map((pull) => pull.number)).toEqual([2]);
    expect(closed.data).toMatchObject([{ number: 1, title: 'prod v2', body: 'Bumps prod', state: 'closed' }]);
    expect((await rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 1 })).data.closed_at).not.toBeNull();
  });

  it('follows the head branch when it moves', async () => {
    const { rest } = client();
    await rest.pulls.create({ owner: 'o', repo: 'r', title: 'prod', head: 'bump/prod', base: 'main' });
    const moved = fake.seedCommit({ owner: 'o', repo: 'r', branch: 'bump/prod', files: { 'b.txt': 'b' } });
    expect((await rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 1 })).data.head.sha).toBe(moved);
  });

  it('manages labels, requested reviewers and comments', async () => {
    const { rest } = client();
    const repo = { owner: 'o', repo: 'r' };
    await rest.pulls.create({ ...repo, title: 'prod', head: 'bump/prod', base: 'main' });

    await rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['gitops', 'env:prod'] });
    const afterRemove = await rest.issues.removeLabel({ ...repo, issue_number: 1, name: 'env:prod' });
    expect(afterRemove.data.map((label) => label.name)).toEqual(['gitops']);
    expect(
      (await rest.issues.listLabelsOnIssue({ ...repo, issue_number: 1 })).data.map((l) => l.name),
    ).toEqual(['gitops']);
    expect(fake.pulls('o', 'r')[0]?.labels).toEqual(['gitops']);

    await rest.issues.setLabels({ ...repo, issue_number: 1, labels: ['gitops', 'automerge'] });
    const repoLabels = await rest.issues.listLabelsForRepo(repo);
    expect(repoLabels.data.map((label) => label.name)).toEqual(['gitops', 'env:prod', 'automerge']);
    await rest.issues.removeLabel({ ...repo, issue_number: 1, name: 'automerge' });

    const requested = await rest.pulls.requestReviewers({
      ...repo,
      pull_number: 1,
      reviewers: ['alice'],
      team_reviewers: ['platform'],
    });
    expect(requested.data.requested_reviewers?.map((user) => user.login)).toEqual(['alice']);
    const reviewers = await rest.pulls.listRequestedReviewers({ ...repo, pull_number: 1 });
    expect(reviewers.data.teams.map((team) => team.slug)).toEqual(['platform']);
    const selfReview = await statusOf(
      rest.pulls.requestReviewers({ ...repo, pull_number: 1, reviewers: ['github-actions[bot]'] }),
    );
    expect(selfReview.status).toBe(422);

    const comment = await rest.issues.createComment({ ...repo, issue_number: 1, body: 'Plan: 1 change' });
    await rest.issues.updateComment({ ...repo, comment_id: comment.data.id, body: 'Plan: 2 changes' });
    await rest.issues.createComment({ ...repo, issue_number: 1, body: 'second' });
    const all = await client().paginate(rest.issues.listComments, { ...repo, issue_number: 1, per_page: 1 });
    expect(all.map((c) => c.body)).toEqual(['Plan: 2 changes', 'second']);
    await rest.issues.deleteComment({ ...repo, comment_id: comment.data.id });
    expect((await rest.issues.listComments({ ...repo, issue_number: 1 })).data).toHaveLength(1);
  });
});

describe('statuses and checks', () => {
  it('combines the latest status per context', async () => {
    const { rest } = client();
    const repo = { owner: 'o', repo: 'r' };
    await rest.repos.createCommitStatus({ ...repo, sha: mainSha, state: 'pending', context: 'deploy/prod' });
    await rest.repos.createCommitStatus({
      ...repo,
      sha: mainSha,
      state: 'success',
      context: 'deploy/prod',
      target_url: 'https://ci.example.com/1',
    });
    await rest.repos.createCommitStatus({ ...repo, sha: mainSha, state: 'success', context: 'lint' });

    const combined = await rest.repos.getCombinedStatusForRef({ ...repo, ref: 'main' });
    expect(combined.data).toMatchObject({ state: 'success', total_count: 2, sha: mainSha });
    await rest.repos.createCommitStatus({ ...repo, sha: mainSha, state: 'failure', context: 'lint' });
    expect((await rest.repos.getCombinedStatusForRef({ ...repo, ref: mainSha })).data.state).toBe('failure');
  });

  it('creates, updates and lists check runs with annotations', async () => {
    const { rest } = client();
    const repo = { owner: 'o', repo: 'r' };
    const created = await rest.checks.create({
      ...repo,
      name: 'plan-policy',
      head_sha: mainSha,
      status: 'in_progress',
      output: {
        title: 'Checking',
        summary: 'Running policies',
        annotations: [
          {
            path: 'env/prod/values.yaml',
            start_line: 2,
            end_line: 2,
            annotation_level: 'warning',
            message: 'tag is mutable',
          },
        ],
      },
    });
    const updated = await rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      conclusion: 'failure',
      output: {
        title: '1 violation',
        summary: 'Policy failed',
        text: 'details',
        annotations: [
          {
            path: 'env/prod/values.yaml',
            start_line: 1,
            end_line: 1,
            annotation_level: 'failure',
            message: 'no limits',
            title: 'limits',
          },
        ],
      },
    });
    expect(updated.data).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(updated.data.output).toMatchObject({
      title: '1 violation',
      text: 'details',
      annotations_count: 2,
    });

    const listed = await rest.checks.listForRef({ ...repo, ref: 'main', check_name: 'plan-policy' });
    expect(listed.data.total_count).toBe(1);
    const annotations = await rest.checks.listAnnotations({ ...repo, check_run_id: created.data.id });
    expect(annotations.data.map((a) => a.annotation_level)).toEqual(['warning', 'failure']);
    expect(
      (await rest.checks.get({ ...repo, check_run_id: created.data.id })).data.completed_at,
    ).not.toBeNull();
  });
});

describe('spec enforcement', () => {
  it('records a request to an endpoint GitHub does not have', async () => {
    const failure = await statusOf(
      client().request('GET /repos/{owner}/{repo}/nonexistent-thing', { owner: 'o', repo: 'r' }),
    );
    expect(failure.status).toBe(404);
    expect(fake.takeViolations()).toMatchObject([
      { kind: 'unknown-endpoint', method: 'GET', path: '/repos/o/r/nonexistent-thing' },
    ]);
  });

  it('records a request body the spec rejects and answers 422', async () => {
    const failure = await statusOf(
      client().request('POST /repos/{owner}/{repo}/pulls', {
        owner: 'o',
        repo: 'r',
        title: 5 as unknown as string,
        head: 'x',
        base: 'main',
      }),
    );
    expect(failure.status).toBe(422);
    const [violation] = fake.takeViolations();
    expect(violation).toMatchObject({ kind: 'invalid-request', operationId: 'pulls/create' });
    expect(violation?.problems).toContain('/body/title must be string');
  });

  it('records path parameters of the wrong type', async () => {
    const failure = await statusOf(client().request('GET /repos/o/r/pulls/first'));
    expect(failure.status).toBe(422);
    expect(fake.takeViolations()).toMatchObject([
      { kind: 'invalid-request', operationId: 'pulls/get', problems: ['/path/pull_number must be integer'] },
    ]);
  });

  it('records operations the spec has but the fake does not implement', async () => {
    const failure = await statusOf(client().rest.repos.listReleases({ owner: 'o', repo: 'r' }));
    expect(failure.status).toBe(501);
    expect(fake.takeViolations()).toMatchObject([
      { kind: 'unimplemented', operationId: 'repos/list-releases' },
    ]);
  });

  it('answers 404 for a missing repository, a response GitHub sends everywhere', async () => {
    const missing = await statusOf(client().rest.pulls.list({ owner: 'o', repo: 'missing' }));
    expect(missing).toMatchObject({ status: 404, message: expect.stringContaining('Not Found') });
  });

  it('records query parameters the operation does not define', async () => {
    await statusOf(
      client().request('GET /repos/{owner}/{repo}/pulls', { owner: 'o', repo: 'r', head_branch: 'x' }),
    );
    expect(fake.takeViolations()).toMatchObject([
      { kind: 'invalid-request', problems: ['query parameter "head_branch" is not defined by pulls/list'] },
    ]);
  });

  it('records a response that breaks the schema', async () => {
    fake.corruptNextResponse((body) => ({ ...(body as object), default_branch: 42 }), 'repos/get');
    await client().rest.repos.get({ owner: 'o', repo: 'r' });
    const [violation] = fake.takeViolations();
    expect(violation).toMatchObject({ kind: 'invalid-response', operationId: 'repos/get', status: 200 });
    expect(violation?.problems).toContain('/response/default_branch must be string');
  });

  it('records a body that is not JSON', async () => {
    const response = await fetch(`${fake.url}/repos/o/r/pulls`, {
      method: 'POST',
      headers: { authorization: `token ${TOKEN}` },
      body: '{"title":',
    });
    expect(response.status).toBe(400);
    expect(fake.takeViolations()).toMatchObject([
      { kind: 'invalid-request', problems: ['body is not JSON'] },
    ]);
  });

  it('reports a crash inside the fake as a violation and a 500', async () => {
    fake.corruptNextResponse(() => {
      throw new Error('broken hook');
    });
    const failure = await statusOf(client().request('GET /rate_limit'));
    expect(failure.status).toBe(500);
    const [violation] = fake.takeViolations();
    expect(violation).toMatchObject({ kind: 'fake-error', operationId: 'rate-limit/get' });
    expect(violation?.problems[0]).toContain('broken hook');
  });

  it('fails assertNoViolations with a readable report', async () => {
    await statusOf(client().request('GET /repos/o/r/nonexistent-thing'));
    expect(() => fake.assertNoViolations()).toThrow(/unknown-endpoint: GET \/repos\/o\/r\/nonexistent-thing/);
  });
});

describe('authentication and base URLs', () => {
  it('answers 401 without a token and records the tokens it saw', async () => {
    const anonymous = await fetch(`${fake.url}/repos/o/r`);
    expect(anonymous.status).toBe(401);
    await client().rest.repos.get({ owner: 'o', repo: 'r' });
    await fetch(`${fake.url}/repos/o/r`, { headers: { authorization: 'Bearer other-token' } });
    expect(fake.tokensSeen).toEqual([TOKEN, 'other-token']);
  });

  it('refuses tokens it was not told about', async () => {
    const strict = await startFakeGitHub({ tokens: { [TOKEN]: { login: 'release-bot', type: 'Bot' } } });
    try {
      strict.seedRepo({ owner: 'o', repo: 'r' });
      const bad = await statusOf(
        getOctokit('wrong', { baseUrl: strict.url }).rest.repos.get({ owner: 'o', repo: 'r' }),
      );
      expect(bad).toMatchObject({ status: 401, message: expect.stringContaining('Bad credentials') });
      const comment = await getOctokit(TOKEN, { baseUrl: strict.url }).rest.issues.createComment({
        owner: 'o',
        repo: 'r',
        issue_number: strict.seedIssue({ owner: 'o', repo: 'r', title: 'Tracking' }).number,
        body: 'hi',
      });
      expect(comment.data.user?.login).toBe('release-bot');
      strict.assertNoViolations();
    } finally {
      await strict.close();
    }
  });

  it('serves the same API under the GHES /api/v3 prefix', async () => {
    const repo = await client({ baseUrl: fake.ghesUrl }).rest.repos.get({ owner: 'o', repo: 'r' });
    expect(repo.data.url).toBe(`${fake.ghesUrl}/repos/o/r`);
    expect(repo.data.html_url).toBe(`${fake.url}/o/r`);
    expect(fake.requests.at(-1)).toMatchObject({ ghes: true, path: '/repos/o/r', operationId: 'repos/get' });
  });

  it('reports the rate limit it enforces in headers', async () => {
    const octokit = client();
    const first = await octokit.rest.repos.get({ owner: 'o', repo: 'r' });
    const limits = await octokit.rest.rateLimit.get();
    expect(Number(first.headers['x-ratelimit-remaining'])).toBe(4999);
    expect(limits.data.resources.core).toMatchObject({ limit: 5000, used: 1, remaining: 4999 });
  });
});

describe('fault injection', () => {
  function resilientClient(events: string[]) {
    return getOctokit(
      TOKEN,
      {
        baseUrl: fake.url,
        retry: { retryAfterBaseValue: 10 },
        throttle: {
          onRateLimit: (retryAfter: number) => {
            events.push(`primary ${retryAfter}`);
            return true;
          },
          onSecondaryRateLimit: (retryAfter: number) => {
            events.push(`secondary ${retryAfter}`);
            return true;
          },
        },
      },
      retry,
      throttling,
    );
  }

  it('lets the retry plugin recover from a 502', async () => {
    fake.injectFault({ method: 'GET', path: '/repos/{owner}/{repo}', ...faults.serverError(502) });
    const repo = await resilientClient([]).rest.repos.get({ owner: 'o', repo: 'r' });
    expect(repo.status).toBe(200);
    expect(fake.requests.map((request) => request.status)).toEqual([502, 200]);
  });

  it('waits out a secondary rate limit using retry-after', async () => {
    const events: string[] = [];
    fake.injectFault({ path: '/repos/o/r/pulls', ...faults.secondaryRateLimit({ retryAfter: 1 }) });
    const started = Date.now();
    const pulls = await resilientClient(events).rest.pulls.list({ owner: 'o', repo: 'r' });
    expect(pulls.status).toBe(200);
    expect(events).toEqual(['secondary 1']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(fake.requests.map((request) => request.status)).toEqual([403, 200]);
  });

  it('signals a primary rate limit with its reset time', async () => {
    const events: string[] = [];
    const fault = faults.primaryRateLimit({ resetInSeconds: 0 });
    fake.injectFault({ path: '/repos/*/*', ...fault });
    // The plugin waits until a second after the reset, counted from when it reads the answer:
    // 1 s, or 0 s once the clock has passed into the next second, so both ends are computed.
    const waitFrom = (now: number) =>
      Math.max(Math.ceil((Number(fault.headers?.['x-ratelimit-reset']) * 1000 - now) / 1000) + 1, 0);
    const latest = waitFrom(Date.now());
    await resilientClient(events).rest.repos.get({ owner: 'o', repo: 'r' });
    const earliest = waitFrom(Date.now());
    expect(events).toHaveLength(1);
    const [, wait] = /^primary (\d+)$/.exec(events[0]!) ?? [];
    expect(Number(wait)).toBeGreaterThanOrEqual(earliest);
    expect(Number(wait)).toBeLessThanOrEqual(latest);
    expect(fake.requests.map((request) => request.status)).toEqual([403, 200]);
  });

  it('consumes faults in order and only for matching requests', async () => {
    const { rest } = client();
    fake.injectFault({ method: 'PATCH', path: '/repos/{owner}/{repo}/git/refs/{ref}', ...faults.conflict() });
    fake.injectFault({ method: 'PATCH', times: 2, ...faults.unprocessable('Reference update failed') });
    const next = fake.seedCommit({ owner: 'o', repo: 'r', branch: 'main', files: { 'c.txt': 'c' } });
    const update = () => rest.git.updateRef({ owner: 'o', repo: 'r', ref: 'heads/main', sha: next });

    expect((await rest.repos.get({ owner: 'o', repo: 'r' })).status).toBe(200);
    expect((await statusOf(update())).status).toBe(409);
    expect((await statusOf(update())).status).toBe(422);
    expect(fake.unusedFaults).toMatchObject([{ status: 422, times: 1 }]);
    expect((await statusOf(update())).status).toBe(422);
    expect((await update()).status).toBe(200);
  });
});
