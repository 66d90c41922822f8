import { notFound, unprocessable } from './github-errors.js';
import { resolveCommitish } from './git-repo.js';
import { renderRepository } from './render-repos.js';
import { renderUser } from './render-users.js';
import { json, paginated, requireRepo, type RouteRequest, type RouteTable } from './routing.js';
import { commitOf, type RepoRecord, type StatusRecord, type StatusState } from './state.js';
import { nodeId } from './urls.js';

export const statusRoutes: RouteTable = {
  'repos/create-commit-status': (request) => {
    const repo = requireRepo(request);
    const sha = request.params['sha'] ?? '';
    if (!commitOf(repo, sha)) throw unprocessable(`No commit found for SHA: ${sha}`);
    const body = request.body as {
      state: StatusState;
      target_url?: string | null;
      description?: string | null;
      context?: string;
    };
    const status: StatusRecord = {
      id: request.store.nextId(),
      sha,
      state: body.state,
      context: body.context ?? 'default',
      description: body.description ?? null,
      targetUrl: body.target_url ?? null,
      creator: request.actor,
      createdAt: request.store.now(),
    };
    repo.statuses.push(status);
    return json(201, renderStatus(request, repo, status));
  },

  'repos/get-combined-status-for-ref': (request) => {
    const repo = requireRepo(request);
    const sha = resolveRef(repo, request.params['ref'] ?? '');
    const latest = new Map<string, StatusRecord>();
    for (const status of statusesFor(repo, sha))
      if (!latest.has(status.context)) latest.set(status.context, status);
    const statuses = [...latest.values()];
    return paginated(request, statuses, (page) => ({
      state: combinedState(statuses),
      statuses: page.map((status) => renderStatus(request, repo, status)),
      sha,
      total_count: statuses.length,
      repository: renderRepository(request.urls, repo),
      commit_url: request.urls.repoApi(repo, `/commits/${sha}`),
      url: request.urls.repoApi(repo, `/commits/${sha}/status`),
    }));
  },

  'repos/list-commit-statuses-for-ref': (request) => {
    const repo = requireRepo(request);
    const sha = resolveRef(repo, request.params['ref'] ?? '');
    return paginated(
      request,
      statusesFor(repo, sha).map((status) => renderStatus(request, repo, status)),
    );
  },
};

function resolveRef(repo: RepoRecord, ref: string): string {
  const sha = resolveCommitish(repo, ref);
  if (!sha) throw notFound();
  return sha;
}

/** Newest first, as GitHub lists them. */
function statusesFor(repo: RepoRecord, sha: string): StatusRecord[] {
  return repo.statuses.filter((status) => status.sha === sha).reverse();
}

function combinedState(statuses: StatusRecord[]): 'failure' | 'pending' | 'success' {
  if (statuses.some((status) => status.state === 'error' || status.state === 'failure')) return 'failure';
  if (statuses.length === 0 || statuses.some((status) => status.state === 'pending')) return 'pending';
  return 'success';
}

function renderStatus(request: RouteRequest, repo: RepoRecord, status: StatusRecord) {
  const creator = renderUser(request.urls, status.creator);
  return {
    url: request.urls.repoApi(repo, `/statuses/${status.sha}`),
    avatar_url: creator.avatar_url,
    id: status.id,
    node_id: nodeId('SC', status.id),
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.createdAt,
    creator,
  };
}
