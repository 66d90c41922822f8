import { renderUser } from './render-users.js';
import type { CommentRecord, FakeUser, LabelRecord, RepoRecord, TeamRecord } from './state.js';
import { nodeId, type ApiUrls } from './urls.js';

export function authorAssociation(repo: RepoRecord, user: FakeUser): 'OWNER' | 'CONTRIBUTOR' {
  return user.id === repo.owner.id ? 'OWNER' : 'CONTRIBUTOR';
}

export function renderLabel(urls: ApiUrls, repo: RepoRecord, label: LabelRecord) {
  return {
    id: label.id,
    node_id: nodeId('LA', label.id),
    url: urls.repoApi(repo, `/labels/${encodeURIComponent(label.name)}`),
    name: label.name,
    description: label.description,
    color: label.color,
    default: label.default,
  };
}

export function renderComment(urls: ApiUrls, repo: RepoRecord, comment: CommentRecord) {
  const pull = repo.issues.get(comment.issueNumber)?.pull;
  const page = pull ? 'pull' : 'issues';
  return {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url: urls.repoApi(repo, `/issues/comments/${comment.id}`),
    html_url: urls.repoWeb(repo, `/${page}/${comment.issueNumber}#issuecomment-${comment.id}`),
    body: comment.body,
    user: renderUser(urls, comment.author),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: urls.repoApi(repo, `/issues/${comment.issueNumber}`),
    author_association: authorAssociation(repo, comment.author),
    performed_via_github_app: null,
  };
}

export function renderTeam(urls: ApiUrls, repo: RepoRecord, team: TeamRecord) {
  const org = repo.owner.login;
  const api = urls.api(`/organizations/${repo.owner.id}/team/${team.id}`);
  return {
    id: team.id,
    node_id: nodeId('T', team.id),
    url: api,
    html_url: urls.web(`/orgs/${org}/teams/${team.slug}`),
    name: team.slug,
    slug: team.slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${api}/members{/member}`,
    repositories_url: `${api}/repos`,
    type: 'organization',
    parent: null,
  };
}
