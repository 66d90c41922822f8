import { UserError } from '../runtime/user-error.js';
import type { HttpResponse } from './http-exchange.js';
import { parseRetryAfter } from './retry.js';

/** One entry of the error body every distribution endpoint answers with (spec "Error Codes"). */
export interface RegistryErrorEntry {
  code: string;
  message?: string;
  detail?: unknown;
}

/** The request an error is about, described without its query string (upload URLs may carry signatures). */
export interface FailedRequest {
  method: string;
  url: URL;
}

export interface RegistryErrorOptions {
  status?: number;
  errors?: RegistryErrorEntry[];
  retryable: boolean;
  retryAfterMs?: number;
  hint?: string;
  cause?: unknown;
}

/**
 * A registry answered with an error, or could not be reached. A user error: the registry, the
 * network or the credentials are at fault, never this code, so no stack trace is shown.
 */
export class RegistryError extends UserError {
  /** HTTP status; undefined when no response came (network or TLS failure). */
  readonly status: number | undefined;
  readonly errors: RegistryErrorEntry[];
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: RegistryErrorOptions) {
    super(message, { hint: options.hint, cause: options.cause });
    this.name = 'RegistryError';
    this.status = options.status;
    this.errors = options.errors ?? [];
    this.retryable = options.retryable;
    this.retryAfterMs = options.retryAfterMs;
  }
}

export function describeRequest({ method, url }: FailedRequest): string {
  return `${method} ${url.host}${url.pathname}`;
}

/** 429 and the gateway-style 5xx are transient; 501 and 505 will answer the same forever. */
function isTransientStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/** The error for an unexpected response; `hint` explains what the user can do about it. */
export function errorFromResponse(
  request: FailedRequest,
  response: HttpResponse,
  hint?: string,
): RegistryError {
  const errors = parseErrorBody(response.body);
  const reasons = errors.map(formatEntry).join('; ');
  const message = `${describeRequest(request)} answered ${response.status}${reasons ? `: ${reasons}` : ''}`;
  const options: RegistryErrorOptions = {
    status: response.status,
    errors,
    retryable: isTransientStatus(response.status),
  };
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  if (retryAfterMs !== undefined) options.retryAfterMs = retryAfterMs;
  if (hint !== undefined) options.hint = hint;
  return new RegistryError(message, options);
}

function parseErrorBody(body: Buffer): RegistryErrorEntry[] {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { errors?: unknown };
    if (!Array.isArray(parsed.errors)) return [];
    return parsed.errors.filter(
      (entry): entry is RegistryErrorEntry =>
        typeof entry === 'object' && entry !== null && typeof (entry as RegistryErrorEntry).code === 'string',
    );
  } catch {
    // Proxies and load balancers answer with HTML or nothing; the status alone must do.
    return [];
  }
}

const MAX_DETAIL_LENGTH = 200;

function formatEntry(entry: RegistryErrorEntry): string {
  const message = entry.message ? `: ${entry.message}` : '';
  if (entry.detail === undefined || entry.detail === null) return `${entry.code}${message}`;
  const detail = typeof entry.detail === 'string' ? entry.detail : JSON.stringify(entry.detail);
  const shortened = detail.length > MAX_DETAIL_LENGTH ? `${detail.slice(0, MAX_DETAIL_LENGTH)}…` : detail;
  return `${entry.code}${message} (${shortened})`;
}

/** Node's codes for a certificate the default store (plus NODE_EXTRA_CA_CERTS) does not trust. */
const UNTRUSTED_CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/** Failures that another try cannot fix: the name does not resolve, or the certificate is not trusted. */
const PERMANENT_NETWORK_CODES = new Set(['ENOTFOUND', ...UNTRUSTED_CERTIFICATE_CODES]);

/** The error for a request that got no response: fetch's TypeError hides the reason in `cause`. */
export function errorFromNetworkFailure(request: FailedRequest, error: unknown): RegistryError {
  const code = causeCode(error);
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  const message = `${describeRequest(request)} failed: ${reason}`;
  if (code !== undefined && UNTRUSTED_CERTIFICATE_CODES.has(code)) {
    return new RegistryError(message, {
      retryable: false,
      cause: error,
      hint: `the certificate of ${request.url.host} is not trusted; for a private CA set NODE_EXTRA_CA_CERTS to its PEM file (or run Node with --use-system-ca)`,
    });
  }
  if (code === 'ENOTFOUND') {
    return new RegistryError(message, {
      retryable: false,
      cause: error,
      hint: `the host name ${request.url.hostname} does not resolve; check the registry in the repository input`,
    });
  }
  return new RegistryError(message, {
    retryable: code === undefined || !PERMANENT_NETWORK_CODES.has(code),
    cause: error,
  });
}

function causeCode(error: unknown): string | undefined {
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string') return code;
    // AbortSignal.timeout() rejects with a DOMException named TimeoutError and no code.
    if (current.name === 'TimeoutError') return 'timeout';
  }
  return undefined;
}

/** Throws the registry's error unless the response has one of the `expected` statuses. */
export function expectStatus(request: FailedRequest, response: HttpResponse, ...expected: number[]): void {
  if (!expected.includes(response.status)) throw errorFromResponse(request, response);
}
