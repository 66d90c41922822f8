import { createGitHubClient, type GitHubClient } from '../../src/github/github-client.js';
import { silentLog, type Log } from '../../src/runtime/log.js';
import type { FakeGitHub } from '../harness/fake-github/index.js';

export const TOKEN = 'ghs_fake_installation_token';

/** The production client pointed at the fake, with the 5xx back-off shortened to keep tests fast. */
export function clientFor(
  fake: FakeGitHub,
  options: { apiUrl?: string; token?: string; log?: Log } = {},
): GitHubClient {
  return createGitHubClient({
    token: options.token ?? TOKEN,
    apiUrl: options.apiUrl ?? fake.url,
    log: options.log ?? silentLog,
    retryBaseDelayMs: 10,
  });
}

/** A log that keeps its warnings, for asserting what a degraded run said. */
export function recordingLog(): Log & { warnings: string[] } {
  const warnings: string[] = [];
  return { ...silentLog, warnings, warning: (message: string) => void warnings.push(message) };
}

/** The rejection of `promise`, failing the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}
