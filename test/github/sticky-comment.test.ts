import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubApiError } from '../../src/github/github-error.js';
import { upsertStickyComment, type StickyCommentRequest } from '../../src/github/sticky-comment.js';
import { UserError } from '../../src/runtime/user-error.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github/index.js';
import type { CommentRecord, UserType } from '../harness/fake-github/state.js';
import { clientFor, rejectionOf } from './github-test-client.js';

const MARKER = '<!-- gitops-actions:plan-policy -->';
const BOT = 'github-actions[bot]';

let fake: FakeGitHub;
let issueNumber: number;

beforeEach(async () => {
  fake = await startFakeGitHub();
  fake.seedRepo({ owner: 'o', repo: 'r' });
  issueNumber = fake.seedIssue({ owner: 'o', repo: 'r', title: 'Plan for prod' }).number;
});

afterEach(async () => {
  try {
    fake.assertNoViolations();
  } finally {
    await fake.close();
  }
});

function request(overrides: Partial<StickyCommentRequest> = {}): StickyCommentRequest {
  return {
    owner: 'o',
    repo: 'r',
    issueNumber,
    marker: 'plan-policy',
    body: 'plan-policy: pass',
    behaviour: 'update',
    ...overrides,
  };
}

function comments(): CommentRecord[] {
  return [...fake.repo('o', 'r').comments.values()];
}

/** Straight into the fake's state: creating 150 comments through the API would take minutes of throttling. */
function seedComment(body: string, login = BOT, type: UserType = 'Bot'): CommentRecord {
  const { state } = fake;
  const now = state.now();
  const comment = {
    id: state.nextId(),
    issueNumber,
    body,
    author: state.user(login, type),
    createdAt: now,
    updatedAt: now,
  };
  fake.repo('o', 'r').comments.set(comment.id, comment);
  return comment;
}

describe('upsertStickyComment', () => {
  it('creates the comment, then edits the same one on the next run', async () => {
    const client = clientFor(fake);

    const first = await upsertStickyComment(client, request({ body: 'plan-policy: fail' }));
    const second = await upsertStickyComment(client, request({ body: 'plan-policy: pass' }));

    expect(first).toMatchObject({
      action: 'created',
      url: expect.stringContaining(`#issuecomment-${first.id}`),
    });
    expect(second).toEqual({ action: 'updated', id: first.id, url: first.url });
    expect(comments().map((comment) => comment.body)).toEqual([`${MARKER}\nplan-policy: pass`]);
    expect(fake.requests.map((call) => call.operationId)).toEqual([
      'issues/list-comments',
      'issues/create-comment',
      'issues/list-comments',
      'issues/update-comment',
    ]);
  });

  it("creates a second comment with 'new'", async () => {
    const client = clientFor(fake);
    await upsertStickyComment(client, request());

    const again = await upsertStickyComment(client, request({ behaviour: 'new', body: 'second run' }));

    expect(again.action).toBe('created');
    expect(comments().map((comment) => comment.body)).toEqual([
      `${MARKER}\nplan-policy: pass`,
      `${MARKER}\nsecond run`,
    ]);
    expect(fake.requests.filter((call) => call.operationId === 'issues/list-comments')).toHaveLength(1);
  });

  it("makes no request with 'off'", async () => {
    const result = await upsertStickyComment(clientFor(fake), request({ behaviour: 'off' }));

    expect(result).toEqual({ action: 'skipped' });
    expect(fake.requests).toEqual([]);
  });

  it('finds the newest marked comment beyond the first page of 100', async () => {
    seedComment(`${MARKER}\nold run`);
    for (let index = 0; index < 120; index += 1) seedComment(`chatter ${index}`, 'octocat', 'User');
    const newest = seedComment(`${MARKER}\nlast run`);
    seedComment(`> quoting the bot\n> ${MARKER}`, 'octocat', 'User');
    for (let index = 0; index < 20; index += 1) seedComment(`more chatter ${index}`, 'octocat', 'User');

    const result = await upsertStickyComment(clientFor(fake), request({ author: BOT, body: 'this run' }));

    expect(result).toMatchObject({ action: 'updated', id: newest.id });
    expect(comments().filter((comment) => comment.body === `${MARKER}\nthis run`)).toEqual([
      expect.objectContaining({ id: newest.id }),
    ]);
    expect(comments()).toHaveLength(143);
    const listed = fake.requests.filter((call) => call.operationId === 'issues/list-comments');
    expect(listed.map((call) => call.query)).toEqual([{ per_page: '100' }, { per_page: '100', page: '2' }]);
  });

  it("leaves a person's comment quoting the marker alone when the author is known", async () => {
    const quoted = seedComment(`> ${MARKER}\n> earlier report`, 'octocat', 'User');

    const result = await upsertStickyComment(clientFor(fake), request({ author: BOT }));

    expect(result.action).toBe('created');
    expect(fake.repo('o', 'r').comments.get(quoted.id)?.body).toBe(`> ${MARKER}\n> earlier report`);
  });

  it('truncates a long body to 65,536 characters, keeping the marker and whole emoji', async () => {
    const body = '🔥 finding\n'.repeat(8000);

    await upsertStickyComment(clientFor(fake), request({ body }));

    const [stored] = comments();
    expect(stored?.body.length).toBeLessThanOrEqual(65_536);
    expect(stored?.body.startsWith(`${MARKER}\n🔥 finding\n`)).toBe(true);
    expect(stored?.body).toMatch(/🔥 finding\n\n> \[!WARNING\]\n> This comment was truncated/);
    expect(stored?.body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('explains a token without pull-requests: write', async () => {
    fake.injectFault({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
    });

    const error = await rejectionOf(upsertStickyComment(clientFor(fake), request()));

    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).hint).toContain('`pull-requests: write`');
    expect(error.message).toContain(`comment on #${issueNumber} of o/r`);
  });

  it('names the pull request when GitHub answers 404', async () => {
    const error = await rejectionOf(upsertStickyComment(clientFor(fake), request({ issueNumber: 404 })));

    expect(error).toMatchObject({ failure: 'not-found' });
    expect((error as GitHubApiError).hint).toContain('pull request #404 of o/r exists');
  });

  it.each(['', 'plan policy', 'x-->', '-leading'])(
    'refuses the marker %j before any request',
    async (marker) => {
      const error = await rejectionOf(upsertStickyComment(clientFor(fake), request({ marker })));

      expect(error).toBeInstanceOf(UserError);
      expect(fake.requests).toEqual([]);
    },
  );
});
