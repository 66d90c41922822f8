/** Error bodies shaped like GitHub's, thrown by route handlers and turned into responses. */

const DOCS_URL = 'https://docs.github.com/rest';

export interface ValidationErrorItem {
  resource: string;
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom';
  field?: string;
  message?: string;
}

export class GitHubError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(`${status} ${String(body['message'])}`);
  }
}

export function errorBody(status: number, message: string, extra: Record<string, unknown> = {}) {
  return { message, ...extra, documentation_url: DOCS_URL, status: String(status) };
}

export function notFound(): GitHubError {
  return new GitHubError(404, errorBody(404, 'Not Found'));
}

/** A 422 whose message is the whole story, e.g. "Update is not a fast forward". */
export function unprocessable(message: string): GitHubError {
  return new GitHubError(422, errorBody(422, message));
}

/** The "Validation Failed" 422 with an `errors` list. */
export function validationFailed(...errors: ValidationErrorItem[]): GitHubError {
  return new GitHubError(422, errorBody(422, 'Validation Failed', { errors }));
}
