import { GitHubApiError } from '../github/github-error.js';
import type { PullRequestContext } from '../github/pull-request-context.js';
import { COMMENT_BODY_MAX_CHARACTERS, type CommentBehaviour } from '../github/sticky-comment.js';
import type { GitHubContext } from '../runtime/github-context.js';
import type { Log } from '../runtime/log.js';
import type { PolicyOutcome } from './policy-report.js';
import { CHECK_RUN_TEXT_LIMIT, renderCheckRunSummary, renderPolicyMarkdown } from './report-markdown.js';

export interface PublishRequest {
  github: GitHubContext;
  token: string | undefined;
  checkRun: boolean;
  checkName: string;
  comment: CommentBehaviour;
  log: Log;
}

export interface Published {
  checkRunUrl: string | undefined;
  commentUrl: string | undefined;
}

/**
 * The check run (on the pull request head, so branch protection can require it) and the sticky
 * PR comment. Outside a workflow (the CLI on a laptop) there is nothing to publish to. A token
 * without the permission, as pull requests from forks get, degrades to a warning: the verdict,
 * outputs and job summary still stand.
 */
export async function publishOutcome(outcome: PolicyOutcome, request: PublishRequest): Promise<Published> {
  const { github, log } = request;
  const none: Published = { checkRunUrl: undefined, commentUrl: undefined };
  const wanted = request.checkRun || request.comment !== 'off';
  if (!wanted) return none;
  if (!github.repository || !github.eventName) {
    log.debug('Not in a GitHub workflow run: no check run or comment.');
    return none;
  }
  if (!request.token) {
    log.warning('No token: no check run or PR comment. Pass token (the default is github.token).');
    return none;
  }
  // Loaded only here: Octokit is most of this action's start-up cost.
  const { createGitHubClient } = await import('../github/github-client.js');
  const { readPullRequestContext } = await import('../github/pull-request-context.js');
  const client = createGitHubClient({ token: request.token, apiUrl: github.apiUrl, log });
  const context = await readPullRequestContext(github);
  const published = { ...none };
  if (request.checkRun) {
    published.checkRunUrl = await degraded(log, () => createCheckRun(client, context, outcome, request));
  }
  if (request.comment !== 'off' && context.pullNumber !== undefined) {
    published.commentUrl = await degraded(log, () => writeComment(client, context, outcome, request));
  }
  return published;
}

type Client = ReturnType<typeof import('../github/github-client.js').createGitHubClient>;

async function createCheckRun(
  client: Client,
  context: PullRequestContext,
  outcome: PolicyOutcome,
  request: PublishRequest,
): Promise<string> {
  const { publishCheckRun } = await import('../github/check-runs.js');
  const run = await request.log.group(`Check run "${request.checkName}"`, async () => {
    const created = await publishCheckRun(client, {
      owner: context.owner,
      repo: context.repo,
      headSha: context.headSha,
      name: request.checkName,
      conclusion: outcome.verdict === 'pass' ? 'success' : 'failure',
      title: checkTitle(outcome),
      summary: renderCheckRunSummary(outcome, request.checkName),
      text: renderPolicyMarkdown(outcome, { maxChars: CHECK_RUN_TEXT_LIMIT, checkName: request.checkName }),
      detailsUrl: runUrl(request.github),
    });
    request.log.info(`Check run ${created.url}`);
    return created;
  });
  return run.url;
}

async function writeComment(
  client: Client,
  context: PullRequestContext,
  outcome: PolicyOutcome,
  request: PublishRequest,
): Promise<string | undefined> {
  const { upsertStickyComment } = await import('../github/sticky-comment.js');
  return request.log.group(`Comment on #${context.pullNumber}`, async () => {
    const result = await upsertStickyComment(client, {
      owner: context.owner,
      repo: context.repo,
      issueNumber: context.pullNumber as number,
      marker: `plan-policy:${request.checkName.replace(/[^A-Za-z0-9._:-]+/g, '-')}`,
      body: renderPolicyMarkdown(outcome, {
        // Room for the hidden marker line the comment starts with.
        maxChars: COMMENT_BODY_MAX_CHARACTERS - 200,
        checkName: request.checkName,
      }),
      // Matched by marker alone: who the token acts as is unknown (the workflow token, an app, a PAT).
      behaviour: request.comment,
    });
    request.log.info(`Comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
    return result.url;
  });
}

/** One line for the checks list: what a reviewer decides on. */
export function checkTitle(outcome: PolicyOutcome): string {
  const open = outcome.findings.filter((finding) => !finding.exception);
  const denies = open.filter((finding) => finding.severity === 'deny').length;
  const warns = open.filter((finding) => finding.severity === 'warn').length;
  const findings = [denies && `${denies} denied`, warns && `${warns} warning(s)`].filter(Boolean).join(', ');
  const approve = outcome.autoApprove ? 'auto-approve' : `no auto-approve: ${outcome.autoApproveReason}`;
  return `${findings || 'no findings'}; ${approve}`;
}

function runUrl(github: GitHubContext): string | undefined {
  if (!github.repository || !github.runId) return undefined;
  return `${github.serverUrl}/${github.repository}/actions/runs/${github.runId}`;
}

async function degraded<T>(log: Log, publish: () => Promise<T>): Promise<T | undefined> {
  try {
    return await publish();
  } catch (error) {
    if (error instanceof GitHubApiError && error.failure === 'missing-permission') {
      log.warning(error.message);
      return undefined;
    }
    throw error;
  }
}
