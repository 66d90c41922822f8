import { limitUtf8Bytes } from './field-limits.js';
import type { GitHubClient } from './github-client.js';
import { callGitHub, type GitHubOperation } from './github-error.js';

/**
 * GitHub's limits for check run output. The docs say "characters" but the API counts UTF-8 bytes
 * ("summary exceeds a maximum bytesize of 65535", github/docs#35252), so bytes it is.
 */
export const CHECK_OUTPUT_MAX_BYTES = 65_535;
/** Annotations accepted per create or update request; later requests append to the run. */
export const ANNOTATIONS_PER_REQUEST = 50;

export type CheckConclusion =
  'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

export interface CheckAnnotation {
  /** Repository-relative path of the file the annotation points at. */
  path: string;
  startLine: number;
  endLine: number;
  /** Kept only when the annotation is on one line: GitHub refuses columns across lines. */
  startColumn?: number;
  endColumn?: number;
  level: AnnotationLevel;
  message: string;
  title?: string;
  rawDetails?: string;
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  /** The pull request head, not the merge commit (see PullRequestContext.headSha). */
  headSha: string;
  name: string;
  conclusion: CheckConclusion;
  title: string;
  /** Markdown. */
  summary: string;
  /** Markdown shown below the summary. */
  text?: string;
  annotations?: readonly CheckAnnotation[];
  detailsUrl?: string;
  externalId?: string;
}

export interface PublishedCheckRun {
  id: number;
  url: string;
}

/**
 * Creates a completed check run, then appends the annotations beyond the first batch. A re-run
 * creates a new run rather than finding the old one: GitHub shows the newest run of a name per
 * commit, which is what branch protection reads, so this is idempotent where it matters.
 */
export async function publishCheckRun(
  client: GitHubClient,
  request: CheckRunRequest,
): Promise<PublishedCheckRun> {
  const { owner, repo } = request;
  const operation: GitHubOperation = {
    action: `create check run "${request.name}" on ${owner}/${repo}@${request.headSha.slice(0, 12)}`,
    permission: 'checks: write',
    target: `repository ${owner}/${repo}`,
  };
  const output = {
    title: limitUtf8Bytes(request.title, CHECK_OUTPUT_MAX_BYTES, 'title'),
    summary: limitUtf8Bytes(request.summary, CHECK_OUTPUT_MAX_BYTES, 'summary'),
    ...(request.text !== undefined ? { text: limitUtf8Bytes(request.text, CHECK_OUTPUT_MAX_BYTES) } : {}),
  };
  const [first = [], ...rest] = batches((request.annotations ?? []).map(toApiAnnotation));

  const created = await callGitHub(operation, () =>
    client.request('POST /repos/{owner}/{repo}/check-runs', {
      owner,
      repo,
      name: request.name,
      head_sha: request.headSha,
      status: 'completed',
      conclusion: request.conclusion,
      completed_at: new Date().toISOString(),
      ...(request.detailsUrl !== undefined ? { details_url: request.detailsUrl } : {}),
      ...(request.externalId !== undefined ? { external_id: request.externalId } : {}),
      output: { ...output, ...(first.length > 0 ? { annotations: first } : {}) },
    }),
  );
  const id = Number(created.data.id);
  for (const annotations of rest) {
    // Each update appends its annotations; title and summary are required, so they are resent.
    await callGitHub({ ...operation, action: `add annotations to check run ${id}` }, () =>
      client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        owner,
        repo,
        check_run_id: id,
        output: { title: output.title, summary: output.summary, annotations },
      }),
    );
  }
  return { id, url: created.data.html_url ?? created.data.url };
}

interface ApiAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: AnnotationLevel;
  message: string;
  title?: string;
  raw_details?: string;
}

function toApiAnnotation(annotation: CheckAnnotation): ApiAnnotation {
  const oneLine = annotation.startLine === annotation.endLine;
  return {
    path: annotation.path,
    start_line: annotation.startLine,
    end_line: annotation.endLine,
    ...(oneLine && annotation.startColumn !== undefined ? { start_column: annotation.startColumn } : {}),
    ...(oneLine && annotation.endColumn !== undefined ? { end_column: annotation.endColumn } : {}),
    annotation_level: annotation.level,
    // GitHub caps message and raw_details at 64 KB each.
    message: limitUtf8Bytes(annotation.message, CHECK_OUTPUT_MAX_BYTES, 'message'),
    ...(annotation.title !== undefined ? { title: annotation.title } : {}),
    ...(annotation.rawDetails !== undefined
      ? { raw_details: limitUtf8Bytes(annotation.rawDetails, CHECK_OUTPUT_MAX_BYTES, 'detail') }
      : {}),
  };
}

function batches<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += ANNOTATIONS_PER_REQUEST) {
    result.push(items.slice(start, start + ANNOTATIONS_PER_REQUEST));
  }
  return result;
}
