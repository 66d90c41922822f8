import { notFound, unprocessable, validationFailed } from './github-errors.js';
import { resolveCommitish } from './git-repo.js';
import { renderActionsApp } from './render-users.js';
import { integerParam, json, paginated, requireRepo, type RouteRequest, type RouteTable } from './routing.js';
import { commitOf, type AnnotationRecord, type CheckRunRecord, type RepoRecord } from './state.js';
import { nodeId } from './urls.js';

interface CheckRunBody {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: CheckRunRecord['status'];
  conclusion?: string;
  started_at?: string;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: AnnotationRecord[] };
}

export const checkRoutes: RouteTable = {
  'checks/create': (request) => {
    const repo = requireRepo(request);
    const body = request.body as CheckRunBody & { name: string; head_sha: string };
    if (!commitOf(repo, body.head_sha)) throw unprocessable(`No commit found for SHA: ${body.head_sha}`);
    const run: CheckRunRecord = {
      id: request.store.nextId(),
      checkSuiteId: request.store.nextId(),
      name: body.name,
      headSha: body.head_sha,
      status: 'queued',
      conclusion: null,
      detailsUrl: null,
      externalId: null,
      startedAt: request.store.now(),
      completedAt: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
    };
    applyCheckRunBody(request, run, body);
    repo.checkRuns.set(run.id, run);
    return json(201, renderCheckRun(request, repo, run));
  },

  'checks/update': (request) => {
    const repo = requireRepo(request);
    const run = requireCheckRun(request, repo);
    applyCheckRunBody(request, run, request.body as CheckRunBody);
    return json(200, renderCheckRun(request, repo, run));
  },

  'checks/get': (request) => {
    const repo = requireRepo(request);
    return json(200, renderCheckRun(request, repo, requireCheckRun(request, repo)));
  },

  'checks/list-annotations': (request) => {
    const repo = requireRepo(request);
    const run = requireCheckRun(request, repo);
    return paginated(
      request,
      run.annotations.map((annotation) => ({
        path: annotation.path,
        blob_href: request.urls.repoWeb(repo, `/blob/${run.headSha}/${annotation.path}`),
        start_line: annotation.start_line,
        end_line: annotation.end_line,
        start_column: annotation.start_column ?? null,
        end_column: annotation.end_column ?? null,
        annotation_level: annotation.annotation_level,
        title: annotation.title ?? null,
        message: annotation.message,
        raw_details: annotation.raw_details ?? null,
      })),
    );
  },

  'checks/list-for-ref': (request) => {
    const repo = requireRepo(request);
    const sha = resolveCommitish(repo, request.params['ref'] ?? '');
    if (!sha) throw unprocessable(`No commit found for SHA: ${request.params['ref'] ?? ''}`);
    const {
      check_name: name,
      status,
      filter = 'latest',
    } = request.query as Record<string, string | undefined>;
    const newestFirst = [...repo.checkRuns.values()].filter((run) => run.headSha === sha).reverse();
    const seen = new Set<string>();
    const runs = newestFirst.filter((run) => {
      if (name !== undefined && run.name !== name) return false;
      if (status !== undefined && run.status !== status) return false;
      if (filter === 'all') return true;
      if (seen.has(run.name)) return false;
      seen.add(run.name);
      return true;
    });
    return paginated(request, runs, (page) => ({
      total_count: runs.length,
      check_runs: page.map((run) => renderCheckRun(request, repo, run)),
    }));
  },
};

function requireCheckRun(request: RouteRequest, repo: RepoRecord): CheckRunRecord {
  const run = repo.checkRuns.get(integerParam(request, 'check_run_id'));
  if (!run) throw notFound();
  return run;
}

/** Shared by create and update: GitHub appends annotations and completes runs given a conclusion. */
function applyCheckRunBody(request: RouteRequest, run: CheckRunRecord, body: CheckRunBody): void {
  if (body.status === 'completed' && body.conclusion === undefined && run.conclusion === null) {
    throw validationFailed({ resource: 'CheckRun', code: 'missing_field', field: 'conclusion' });
  }
  if (body.name !== undefined) run.name = body.name;
  if (body.details_url !== undefined) run.detailsUrl = body.details_url;
  if (body.external_id !== undefined) run.externalId = body.external_id;
  if (body.started_at !== undefined) run.startedAt = body.started_at;
  if (body.status !== undefined) run.status = body.status;
  if (body.conclusion !== undefined) {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed')
    run.completedAt = body.completed_at ?? run.completedAt ?? request.store.now();
  if (body.output) {
    run.output = {
      title: body.output.title ?? run.output.title,
      summary: body.output.summary ?? run.output.summary,
      text: body.output.text ?? run.output.text,
    };
    run.annotations.push(...(body.output.annotations ?? []));
  }
}

function renderCheckRun(request: RouteRequest, repo: RepoRecord, run: CheckRunRecord) {
  const { urls, store } = request;
  const api = urls.repoApi(repo, `/check-runs/${run.id}`);
  const pulls = [...repo.issues.values()].filter(
    (issue) => issue.state === 'open' && issue.pull?.headSha === run.headSha,
  );
  const branch = (ref: string, sha: string) => ({
    ref,
    sha,
    repo: { id: repo.id, url: urls.repoApi(repo), name: repo.name },
  });
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: nodeId('CR', run.id),
    external_id: run.externalId,
    url: api,
    html_url: urls.repoWeb(repo, `/runs/${run.id}`),
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      ...run.output,
      annotations_count: run.annotations.length,
      annotations_url: `${api}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.checkSuiteId },
    app: renderActionsApp(urls, store.user('github', 'Organization')),
    pull_requests: pulls.flatMap((issue) =>
      issue.pull
        ? [
            {
              id: issue.pull.id,
              number: issue.number,
              url: urls.repoApi(repo, `/pulls/${issue.number}`),
              head: branch(issue.pull.head, issue.pull.headSha),
              base: branch(
                issue.pull.base,
                repo.refs.get(`refs/heads/${issue.pull.base}`) ?? issue.pull.headSha,
              ),
            },
          ]
        : [],
    ),
  };
}
