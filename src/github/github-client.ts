import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Log } from '../runtime/log.js';

/**
 * Composed once per process: retry (5xx and network errors, with quadratic back-off), throttling
 * (GitHub's one-write-per-second guidance, and waits on rate limits) and pagination. Importing this
 * module loads Octokit, so callers that only sometimes need the API import it dynamically.
 */
const ResilientOctokit = Octokit.plugin(paginateRest, retry, throttling);

export type GitHubClient = InstanceType<typeof ResilientOctokit>;

export interface GitHubClientOptions {
  /**
   * The caller registers it with `log.setSecret` first: Octokit never prints it, but an error or a
   * debug line that echoes a request must not be able to leak it.
   */
  token: string;
  /** REST root: `https://api.github.com`, or `https://ghes.example.com/api/v3` on GitHub Enterprise Server. */
  apiUrl: string;
  log: Log;
  userAgent?: string;
  /** Retries of a rate-limited request before it fails (default 2). */
  rateLimitRetries?: number;
  /** First back-off of the retry plugin after a 5xx, in ms (default 1000); tests shorten it. */
  retryBaseDelayMs?: number;
}

/**
 * A rate limit that resets later than this fails the call instead of holding the job: waiting out
 * an exhausted hourly quota would burn runner minutes for nothing.
 */
const LONGEST_RATE_LIMIT_WAIT_SECONDS = 120;

interface LimitedRequest {
  method: string;
  url: string;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { log } = options;
  const retries = options.rateLimitRetries ?? 2;
  const onLimit =
    (kind: 'primary' | 'secondary') =>
    (retryAfter: number, request: LimitedRequest, _octokit: unknown, retryCount: number): boolean => {
      const what = `GitHub ${kind} rate limit on ${request.method} ${request.url}`;
      if (retryCount >= retries || retryAfter > LONGEST_RATE_LIMIT_WAIT_SECONDS) {
        log.warning(`${what}: giving up (retry after ${retryAfter} s, ${retryCount} retries so far)`);
        return false;
      }
      log.warning(`${what}: retrying in ${retryAfter} s`);
      return true;
    };
  return new ResilientOctokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'gitops-actions',
    log: {
      debug: (message: string) => log.debug(message),
      info: (message: string) => log.debug(message),
      warn: (message: string) => log.warning(message),
      error: (message: string) => log.error(message),
    },
    retry: { retryAfterBaseValue: options.retryBaseDelayMs ?? 1000 },
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
  });
}
