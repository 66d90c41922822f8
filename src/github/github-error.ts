import { UserError } from '../runtime/user-error.js';

/** What a call was for, so a refusal can say what to change. */
export interface GitHubOperation {
  /** What was attempted, for the message: `create check run "plan-policy" on o/r`. */
  action: string;
  /** The workflow `permissions:` entry the call needs, e.g. `checks: write`. */
  permission: string;
  /** What a 404 means here: `repository o/r`, `pull request #12 of o/r`. */
  target: string;
}

export type GitHubFailure = 'bad-credentials' | 'missing-permission' | 'not-found' | 'rate-limited';

/**
 * A refusal the workflow's author can fix. `failure` lets a caller degrade instead of failing, for
 * example warn when a pull request from a fork gets a read-only token.
 */
export class GitHubApiError extends UserError {
  constructor(
    message: string,
    readonly status: number,
    readonly failure: GitHubFailure,
    options: { hint: string; cause: unknown },
  ) {
    super(message, options);
    this.name = 'GitHubApiError';
  }
}

/** GitHub's messages for the cases below, matched exactly rather than by scattered substrings. */
const BAD_CREDENTIALS = 'Bad credentials';
const NOT_ACCESSIBLE_MESSAGES = [
  'Resource not accessible by integration',
  'Resource not accessible by personal access token',
];
const RATE_LIMIT_MESSAGE = /\brate limit\b/i;

/** Runs one API call and turns the refusals a user can fix into a {@link GitHubApiError}. */
export async function callGitHub<T>(operation: GitHubOperation, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw explainGitHubError(error, operation);
  }
}

/** The user error for a known refusal; anything else is returned unchanged, stack and all. */
export function explainGitHubError(error: unknown, operation: GitHubOperation): unknown {
  const refusal = asRequestError(error);
  if (!refusal) return error;
  const { status, apiMessage } = refusal;
  const failed = `GitHub refused to ${operation.action} (${status} ${apiMessage})`;
  const fail = (failure: GitHubFailure, hint: string) =>
    new GitHubApiError(failed, status, failure, { hint, cause: error });

  if (status === 401 && apiMessage === BAD_CREDENTIALS) {
    return fail(
      'bad-credentials',
      'the token is invalid or expired; pass a current token (the default is the workflow GITHUB_TOKEN)',
    );
  }
  if (status === 403 && NOT_ACCESSIBLE_MESSAGES.includes(apiMessage)) {
    return fail(
      'missing-permission',
      `the token lacks \`${operation.permission}\`: add it under \`permissions:\` in the workflow or job. ` +
        'Pull requests from forks get a read-only GITHUB_TOKEN whatever the workflow asks for; ' +
        'report from a `workflow_run` or `pull_request_target` workflow instead',
    );
  }
  if ((status === 403 || status === 429) && RATE_LIMIT_MESSAGE.test(apiMessage)) {
    return fail(
      'rate-limited',
      'the token ran out of API requests and the reset is too far away to wait for; re-run the job later',
    );
  }
  if (status === 404) {
    return fail(
      'not-found',
      `check the ${operation.target} exists; GitHub also answers 404 when the token cannot see a private repository`,
    );
  }
  return error;
}

interface RequestErrorShape {
  status: number;
  apiMessage: string;
}

/** Octokit's RequestError, recognised by shape so no module identity or extra dependency is needed. */
function asRequestError(error: unknown): RequestErrorShape | undefined {
  if (!(error instanceof Error)) return undefined;
  const { status, response } = error as Error & { status?: unknown; response?: { data?: unknown } };
  if (typeof status !== 'number') return undefined;
  const data = response?.data;
  const apiMessage =
    typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string'
      ? (data as { message: string }).message
      : error.message;
  return { status, apiMessage };
}
