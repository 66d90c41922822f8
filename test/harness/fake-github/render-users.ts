import type { FakeUser } from './state.js';
import { nodeId, type ApiUrls } from './urls.js';

export function renderUser(urls: ApiUrls, user: FakeUser) {
  const api = urls.api(`/users/${user.login}`);
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId('U', user.id),
    avatar_url: urls.web(`/avatars/u/${user.id}`),
    gravatar_id: '',
    url: api,
    html_url: urls.web(`/${user.login}`),
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** The app behind check runs created with an Actions token. */
export function renderActionsApp(urls: ApiUrls, owner: FakeUser) {
  const created = '2018-07-30T09:30:17Z';
  return {
    id: 15368,
    slug: 'github-actions',
    client_id: 'Iv1.05c79e9ad1f6bdfa',
    node_id: nodeId('A', 15368),
    owner: renderUser(urls, owner),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: urls.web('/features/actions'),
    html_url: urls.web('/apps/github-actions'),
    created_at: created,
    updated_at: created,
    permissions: {
      checks: 'write',
      contents: 'write',
      metadata: 'read',
      pull_requests: 'write',
      statuses: 'write',
    },
    events: ['check_run', 'check_suite', 'pull_request', 'push', 'status'],
  };
}
