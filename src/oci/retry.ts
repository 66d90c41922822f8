import { setTimeout as sleep } from 'node:timers/promises';
import type { Log } from '../runtime/log.js';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Delay before the first retry; each later one doubles it, with full jitter. */
  baseDelayMs: number;
  /** Upper bound for any one wait, `Retry-After` included, so a registry cannot stall a job for hours. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 30_000 };

/** What `retrying` needs to know about a failure; RegistryError carries both. */
interface RetryableFailure extends Error {
  retryable: boolean;
  retryAfterMs: number | undefined;
}

function isRetryableFailure(error: unknown): error is RetryableFailure {
  return error instanceof Error && (error as RetryableFailure).retryable === true;
}

/**
 * Runs `operation` again after transient failures (429, 5xx, dropped connections), waiting the
 * registry's `Retry-After` when it sent one and otherwise exponential backoff with full jitter, so
 * that many runners hitting one registry spread out. Each try must start from scratch: an upload
 * restarts with a new POST rather than resuming a session the registry may have dropped.
 */
export async function retrying<T>(
  description: string,
  operation: () => Promise<T>,
  policy: RetryPolicy,
  log: Log,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= policy.attempts || !isRetryableFailure(error)) throw error;
      const backoff = Math.random() * policy.baseDelayMs * 2 ** (attempt - 1);
      const delay = Math.min(error.retryAfterMs ?? backoff, policy.maxDelayMs);
      log.debug(
        `${description}: ${error.message.split('\n')[0]}; retry ${attempt}/${policy.attempts - 1} in ${Math.round(delay)} ms`,
      );
      await sleep(delay);
    }
  }
}

/** `Retry-After` (RFC 9110 §10.2.3): delay seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
