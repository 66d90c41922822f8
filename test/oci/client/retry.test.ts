import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retrying } from '../../../src/oci/retry.js';
import { RegistryError } from '../../../src/oci/registry-error.js';
import { silentLog } from '../../../src/runtime/log.js';

const policy = { attempts: 4, baseDelayMs: 1, maxDelayMs: 50 };

function failingTimes(count: number, error: () => Error) {
  let calls = 0;
  const operation = async () => {
    calls++;
    if (calls <= count) throw error();
    return 'done';
  };
  return { operation, calls: () => calls };
}

describe('retrying', () => {
  it('retries transient failures up to the attempt limit', async () => {
    const transient = failingTimes(3, () => new RegistryError('503', { status: 503, retryable: true }));
    await expect(retrying('op', transient.operation, policy, silentLog)).resolves.toBe('done');
    expect(transient.calls()).toBe(4);

    const endless = failingTimes(10, () => new RegistryError('503', { status: 503, retryable: true }));
    await expect(retrying('op', endless.operation, policy, silentLog)).rejects.toThrow('503');
    expect(endless.calls()).toBe(4);
  });

  it('does not retry permanent failures or bugs', async () => {
    const denied = failingTimes(1, () => new RegistryError('401', { status: 401, retryable: false }));
    await expect(retrying('op', denied.operation, policy, silentLog)).rejects.toThrow('401');
    expect(denied.calls()).toBe(1);
    const bug = failingTimes(1, () => new TypeError('undefined is not a function'));
    await expect(retrying('op', bug.operation, policy, silentLog)).rejects.toThrow(TypeError);
    expect(bug.calls()).toBe(1);
  });

  it('caps a long Retry-After at the policy maximum', async () => {
    const throttled = failingTimes(
      1,
      () => new RegistryError('429', { status: 429, retryable: true, retryAfterMs: 3_600_000 }),
    );
    const started = Date.now();
    await retrying('op', throttled.operation, policy, silentLog);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads delay seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
