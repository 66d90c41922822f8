import { notFound, unprocessable, validationFailed } from './github-errors.js';
import { isAncestor } from './git-repo.js';
import { renderTeam } from './render-issues.js';
import { renderPull } from './render-pulls.js';
import { renderUser } from './render-users.js';
import { integerParam, json, paginated, requireRepo, type RouteRequest, type RouteTable } from './routing.js';
import { nextIssueNumber, type IssueRecord, type PullFields, type RepoRecord } from './state.js';

interface CreatePullBody {
  title?: string;
  head: string;
  base: string;
  body?: string;
  draft?: boolean;
  maintainer_can_modify?: boolean;
}

interface UpdatePullBody {
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
  base?: string;
  maintainer_can_modify?: boolean;
}

interface ReviewersBody {
  reviewers?: string[];
  team_reviewers?: string[];
}

type PullIssue = IssueRecord & { pull: PullFields };

export const pullRoutes: RouteTable = {
  'pulls/create': (request) => {
    const repo = requireRepo(request);
    const body = request.body as CreatePullBody;
    if (body.title === undefined) {
      throw validationFailed({ resource: 'PullRequest', code: 'missing_field', field: 'title' });
    }
    const head = headBranch(repo, body.head);
    const headSha = head === undefined ? undefined : repo.refs.get(`refs/heads/${head}`);
    if (head === undefined || !headSha) {
      throw validationFailed({ resource: 'PullRequest', code: 'invalid', field: 'head' });
    }
    const baseSha = repo.refs.get(`refs/heads/${body.base}`);
    if (!baseSha) throw validationFailed({ resource: 'PullRequest', code: 'invalid', field: 'base' });
    assertNoOpenDuplicate(repo, head, body.base);
    if (isAncestor(repo, headSha, baseSha)) {
      throw validationFailed({
        resource: 'PullRequest',
        code: 'custom',
        message: `No commits between ${body.base} and ${head}`,
      });
    }
    const now = request.store.now();
    const issue: PullIssue = {
      number: nextIssueNumber(repo),
      id: request.store.nextId(),
      title: body.title,
      body: body.body ?? null,
      author: request.actor,
      state: 'open',
      labels: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      pull: {
        id: request.store.nextId(),
        head,
        headSha,
        base: body.base,
        draft: body.draft ?? false,
        maintainerCanModify: body.maintainer_can_modify ?? true,
        merged: false,
        requestedReviewers: [],
        requestedTeams: [],
      },
    };
    repo.issues.set(issue.number, issue);
    return json(201, render(request, repo, issue));
  },

  'pulls/list': (request) => {
    const repo = requireRepo(request);
    const {
      state = 'open',
      head,
      base,
      sort = 'created',
      direction,
    } = request.query as Record<string, string>;
    // Without the `owner:` prefix GitHub silently ignores `head`, a classic client bug worth reproducing.
    const headFilter = head?.includes(':') ? head.split(':') : undefined;
    const pulls = pullsOf(repo).filter(
      (issue) =>
        (state === 'all' || issue.state === state) &&
        (base === undefined || issue.pull.base === base) &&
        (!headFilter ||
          (headFilter[0]?.toLowerCase() === repo.owner.login.toLowerCase() &&
            headFilter[1] === issue.pull.head)),
    );
    const key = sort === 'updated' ? 'updatedAt' : 'createdAt';
    const descending = (direction ?? (sort === 'created' ? 'desc' : 'asc')) === 'desc';
    pulls.sort((a, b) => (a[key].localeCompare(b[key]) || a.number - b.number) * (descending ? -1 : 1));
    return paginated(
      request,
      pulls.map((issue) => render(request, repo, issue)),
    );
  },

  'pulls/get': (request) => {
    const repo = requireRepo(request);
    return json(200, render(request, repo, requirePull(request, repo)));
  },

  'pulls/update': (request) => {
    const repo = requireRepo(request);
    const issue = requirePull(request, repo);
    const body = request.body as UpdatePullBody;
    if (body.base !== undefined && !repo.refs.has(`refs/heads/${body.base}`)) {
      throw validationFailed({ resource: 'PullRequest', code: 'invalid', field: 'base' });
    }
    if (body.state === 'open' && issue.state === 'closed') {
      assertNoOpenDuplicate(repo, issue.pull.head, body.base ?? issue.pull.base);
    }
    if (body.title !== undefined) issue.title = body.title;
    if (body.body !== undefined) issue.body = body.body;
    if (body.base !== undefined) issue.pull.base = body.base;
    if (body.maintainer_can_modify !== undefined) issue.pull.maintainerCanModify = body.maintainer_can_modify;
    const now = request.store.now();
    if (body.state !== undefined && body.state !== issue.state) {
      issue.state = body.state;
      issue.closedAt = body.state === 'closed' ? now : null;
    }
    issue.updatedAt = now;
    return json(200, render(request, repo, issue));
  },

  'pulls/request-reviewers': (request) => {
    const repo = requireRepo(request);
    const issue = requirePull(request, repo);
    const { reviewers = [], team_reviewers: teams = [] } = request.body as ReviewersBody;
    if (reviewers.some((login) => login.toLowerCase() === issue.author.login.toLowerCase())) {
      throw unprocessable('Review cannot be requested from pull request author.');
    }
    issue.pull.requestedReviewers = union(issue.pull.requestedReviewers, reviewers);
    issue.pull.requestedTeams = union(issue.pull.requestedTeams, teams);
    return json(201, render(request, repo, issue));
  },

  'pulls/list-requested-reviewers': (request) => {
    const repo = requireRepo(request);
    const { pull } = requirePull(request, repo);
    return json(200, {
      users: pull.requestedReviewers.map((login) => renderUser(request.urls, request.store.user(login))),
      teams: pull.requestedTeams.map((slug) => renderTeam(request.urls, repo, request.store.team(slug))),
    });
  },

  'pulls/remove-requested-reviewers': (request) => {
    const repo = requireRepo(request);
    const issue = requirePull(request, repo);
    const { reviewers = [], team_reviewers: teams = [] } = request.body as ReviewersBody;
    const removed = (current: string[], names: string[]) =>
      current.filter((name) => !names.some((other) => other.toLowerCase() === name.toLowerCase()));
    issue.pull.requestedReviewers = removed(issue.pull.requestedReviewers, reviewers);
    issue.pull.requestedTeams = removed(issue.pull.requestedTeams, teams);
    return json(200, render(request, repo, issue));
  },
};

function render(request: RouteRequest, repo: RepoRecord, issue: PullIssue) {
  return renderPull({ urls: request.urls, store: request.store, repo }, issue, issue.pull);
}

function pullsOf(repo: RepoRecord): PullIssue[] {
  return [...repo.issues.values()].filter((issue): issue is PullIssue => issue.pull !== undefined);
}

function requirePull(request: RouteRequest, repo: RepoRecord): PullIssue {
  const issue = repo.issues.get(integerParam(request, 'pull_number'));
  if (!issue?.pull) throw notFound();
  return issue as PullIssue;
}

/** `head` is `branch` or `owner:branch`; only same-repository branches exist in the fake. */
function headBranch(repo: RepoRecord, head: string): string | undefined {
  const colon = head.indexOf(':');
  if (colon === -1) return head;
  const owner = head.slice(0, colon);
  return owner.toLowerCase() === repo.owner.login.toLowerCase() ? head.slice(colon + 1) : undefined;
}

function assertNoOpenDuplicate(repo: RepoRecord, head: string, base: string): void {
  const duplicate = pullsOf(repo).some(
    (issue) => issue.state === 'open' && issue.pull.head === head && issue.pull.base === base,
  );
  if (duplicate) {
    throw validationFailed({
      resource: 'PullRequest',
      code: 'custom',
      message: `A pull request already exists for ${repo.owner.login}:${head}.`,
    });
  }
}

function union(current: string[], added: string[]): string[] {
  const known = new Set(current.map((name) => name.toLowerCase()));
  return [...current, ...added.filter((name) => !known.has(name.toLowerCase()))];
}
