import { diffStats } from './git-repo.js';
import { authorAssociation, renderLabel, renderTeam } from './render-issues.js';
import { renderRepository } from './render-repos.js';
import { renderUser } from './render-users.js';
import type { FakeStore, IssueRecord, PullFields, RepoRecord } from './state.js';
import { nodeId, type ApiUrls } from './urls.js';

export interface PullContext {
  urls: ApiUrls;
  store: FakeStore;
  repo: RepoRecord;
}

/** Full `pull-request` shape; it is a superset of `pull-request-simple`, so lists use it too. */
export function renderPull({ urls, store, repo }: PullContext, issue: IssueRecord, pull: PullFields) {
  const api = urls.repoApi(repo, `/pulls/${issue.number}`);
  const web = urls.repoWeb(repo, `/pull/${issue.number}`);
  const issueApi = urls.repoApi(repo, `/issues/${issue.number}`);
  const baseSha = repo.refs.get(`refs/heads/${pull.base}`) ?? pull.headSha;
  const stats = diffStats(repo, baseSha, pull.headSha);
  const branch = (ref: string, sha: string) => ({
    label: `${repo.owner.login}:${ref}`,
    ref,
    sha,
    user: renderUser(urls, repo.owner),
    repo: renderRepository(urls, repo),
  });
  const link = (href: string) => ({ href });
  const commentCount = [...repo.comments.values()].filter((c) => c.issueNumber === issue.number).length;
  return {
    url: api,
    id: pull.id,
    node_id: nodeId('PR', pull.id),
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: issueApi,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: urls.repoApi(repo, '/pulls/comments{/number}'),
    comments_url: `${issueApi}/comments`,
    statuses_url: urls.repoApi(repo, `/statuses/${pull.headSha}`),
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: renderUser(urls, issue.author),
    body: issue.body,
    labels: issue.labels.flatMap((name) => {
      const label = repo.labels.get(name.toLowerCase());
      // The pull-request schema types label descriptions as non-nullable strings.
      return label ? [{ ...renderLabel(urls, repo, label), description: label.description ?? '' }] : [];
    }),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: pull.requestedReviewers.map((login) => renderUser(urls, store.user(login))),
    requested_teams: pull.requestedTeams.map((slug) => renderTeam(urls, repo, store.team(slug))),
    head: branch(pull.head, pull.headSha),
    base: branch(pull.base, baseSha),
    _links: {
      self: link(api),
      html: link(web),
      issue: link(issueApi),
      comments: link(`${issueApi}/comments`),
      review_comments: link(`${api}/comments`),
      review_comment: link(urls.repoApi(repo, '/pulls/comments{/number}')),
      commits: link(`${api}/commits`),
      statuses: link(urls.repoApi(repo, `/statuses/${pull.headSha}`)),
    },
    author_association: authorAssociation(repo, issue.author),
    auto_merge: null,
    draft: pull.draft,
    merged: pull.merged,
    mergeable: issue.state === 'open' ? true : null,
    rebaseable: issue.state === 'open' ? true : null,
    mergeable_state: issue.state === 'open' ? 'clean' : 'unknown',
    merged_by: null,
    comments: commentCount,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: stats.commits,
    additions: stats.additions,
    deletions: stats.deletions,
    changed_files: stats.changedFiles,
  };
}
