import { GitHubError, errorBody, notFound, validationFailed } from './github-errors.js';
import { renderComment, renderLabel } from './render-issues.js';
import { integerParam, json, paginated, requireRepo, type RouteRequest, type RouteTable } from './routing.js';
import { ensureLabel, type CommentRecord, type IssueRecord, type RepoRecord } from './state.js';

/** `add-labels` and `set-labels` accept three body shapes. */
type LabelsBody = string[] | { labels?: (string | { name: string })[] };

export const issueRoutes: RouteTable = {
  'issues/list-labels-for-repo': (request) => {
    const repo = requireRepo(request);
    return paginated(
      request,
      [...repo.labels.values()].map((label) => renderLabel(request.urls, repo, label)),
    );
  },

  'issues/create-label': (request) => {
    const repo = requireRepo(request);
    const body = request.body as { name: string; color?: string; description?: string };
    if (repo.labels.has(body.name.toLowerCase())) {
      throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
    }
    const label = ensureLabel(request.store, repo, body.name, body);
    return json(201, renderLabel(request.urls, repo, label));
  },

  'issues/get-label': (request) => {
    const repo = requireRepo(request);
    const label = repo.labels.get((request.params['name'] ?? '').toLowerCase());
    if (!label) throw notFound();
    return json(200, renderLabel(request.urls, repo, label));
  },

  'issues/list-labels-on-issue': (request) => {
    const repo = requireRepo(request);
    return paginated(request, issueLabels(request, repo, requireIssue(request, repo)));
  },

  'issues/add-labels': (request) => {
    const repo = requireRepo(request);
    const issue = requireIssue(request, repo);
    for (const name of labelNames(request.body as LabelsBody)) {
      const label = ensureLabel(request.store, repo, name);
      if (!issue.labels.some((existing) => existing.toLowerCase() === label.name.toLowerCase())) {
        issue.labels.push(label.name);
      }
    }
    touch(request, issue);
    return json(200, issueLabels(request, repo, issue));
  },

  'issues/set-labels': (request) => {
    const repo = requireRepo(request);
    const issue = requireIssue(request, repo);
    issue.labels = labelNames(request.body as LabelsBody).map(
      (name) => ensureLabel(request.store, repo, name).name,
    );
    touch(request, issue);
    return json(200, issueLabels(request, repo, issue));
  },

  'issues/remove-label': (request) => {
    const repo = requireRepo(request);
    const issue = requireIssue(request, repo);
    const name = (request.params['name'] ?? '').toLowerCase();
    const remaining = issue.labels.filter((label) => label.toLowerCase() !== name);
    if (remaining.length === issue.labels.length) {
      throw new GitHubError(404, errorBody(404, 'Label does not exist'));
    }
    issue.labels = remaining;
    touch(request, issue);
    return json(200, issueLabels(request, repo, issue));
  },

  'issues/remove-all-labels': (request) => {
    const repo = requireRepo(request);
    const issue = requireIssue(request, repo);
    issue.labels = [];
    touch(request, issue);
    return { status: 204 };
  },

  'issues/create-comment': (request) => {
    const repo = requireRepo(request);
    const issue = requireIssue(request, repo);
    const now = request.store.now();
    const comment: CommentRecord = {
      id: request.store.nextId(),
      issueNumber: issue.number,
      body: (request.body as { body: string }).body,
      author: request.actor,
      createdAt: now,
      updatedAt: now,
    };
    repo.comments.set(comment.id, comment);
    touch(request, issue);
    return json(201, renderComment(request.urls, repo, comment));
  },

  'issues/list-comments': (request) => {
    const repo = requireRepo(request);
    const issue = requireIssue(request, repo);
    const comments = [...repo.comments.values()].filter((comment) => comment.issueNumber === issue.number);
    return paginated(
      request,
      comments.map((comment) => renderComment(request.urls, repo, comment)),
    );
  },

  'issues/list-comments-for-repo': (request) => {
    const repo = requireRepo(request);
    return paginated(
      request,
      [...repo.comments.values()].map((comment) => renderComment(request.urls, repo, comment)),
    );
  },

  'issues/get-comment': (request) => {
    const repo = requireRepo(request);
    return json(200, renderComment(request.urls, repo, requireComment(request, repo)));
  },

  'issues/update-comment': (request) => {
    const repo = requireRepo(request);
    const comment = requireComment(request, repo);
    comment.body = (request.body as { body: string }).body;
    comment.updatedAt = request.store.now();
    return json(200, renderComment(request.urls, repo, comment));
  },

  'issues/delete-comment': (request) => {
    const repo = requireRepo(request);
    repo.comments.delete(requireComment(request, repo).id);
    return { status: 204 };
  },
};

function requireIssue(request: RouteRequest, repo: RepoRecord): IssueRecord {
  const issue = repo.issues.get(integerParam(request, 'issue_number'));
  if (!issue) throw notFound();
  return issue;
}

function requireComment(request: RouteRequest, repo: RepoRecord): CommentRecord {
  const comment = repo.comments.get(integerParam(request, 'comment_id'));
  if (!comment) throw notFound();
  return comment;
}

function labelNames(body: LabelsBody): string[] {
  const entries = Array.isArray(body) ? body : (body.labels ?? []);
  return entries.map((entry) => (typeof entry === 'string' ? entry : entry.name));
}

function issueLabels(request: RouteRequest, repo: RepoRecord, issue: IssueRecord) {
  return issue.labels.flatMap((name) => {
    const label = repo.labels.get(name.toLowerCase());
    return label ? [renderLabel(request.urls, repo, label)] : [];
  });
}

function touch(request: RouteRequest, issue: IssueRecord): void {
  issue.updatedAt = request.store.now();
}
