import { describe, expect, it } from 'vitest';
import { isDowngrade, isPinned } from '../../src/values/version-rules.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('isPinned: what a protected environment may receive', () => {
  it.each([
    ['1.4.2', true],
    ['v1.4.2', true],
    ['1.4.2-rc.1', true],
    [DIGEST, true],
    [`ghcr.io/acme/api:1.4.2`, true],
    [`ghcr.io/acme/api@${DIGEST}`, true],
    [`localhost:5000/api:main@${DIGEST}`, true],
    ['latest', false],
    ['main-3f2a1c', false],
    ['~1.4', false],
    ['>=1.0.0', false],
    ['1.x', false],
    ['sha256:abc', false],
    ['localhost:5000/api', false],
  ])('%s → %s', (value, pinned) => {
    expect(isPinned(value)).toBe(pinned);
  });
});

describe('isDowngrade', () => {
  it.each([
    ['1.4.2', '1.4.1', true],
    ['v1.10.0', 'v1.9.9', true],
    ['1.4.2', '1.4.2-rc.1', true],
    ['1.4.1', '1.4.2', false],
    ['1.4.2', '1.4.2', false],
    ['latest', '1.0.0', false],
    ['1.0.0', 'main-3f2a1c', false],
  ])('%s → %s: %s', (from, to, downgrade) => {
    expect(isDowngrade(from, to)).toBe(downgrade);
  });
});
