import { createHash } from 'node:crypto';

/** The OCI content digest of `bytes` (image spec "Digests": `sha256:<64 lowercase hex>`). */
export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Algorithms the image spec registers; anything else cannot be verified, so it never matches. */
const VERIFIABLE_ALGORITHMS = new Set(['sha256', 'sha384', 'sha512']);

/** Whether `bytes` hash to `digest` under the digest's own algorithm. */
export function matchesDigest(bytes: Buffer, digest: string): boolean {
  const colon = digest.indexOf(':');
  const algorithm = digest.slice(0, colon);
  if (colon < 0 || !VERIFIABLE_ALGORITHMS.has(algorithm)) return false;
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}` === digest;
}
