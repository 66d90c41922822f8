// The functions only, not the package index: that loads ranges and comparators too (see artifact-tags.ts).
import lessThan from 'semver/functions/lt.js';
import parseVersion from 'semver/functions/parse.js';
import type { SemVer } from 'semver';
import { isValidDigest } from '../image/image-reference.js';

/**
 * A semver version as tags are usually written (`1.4.2`, `v1.4.2`, `1.4.2-rc.1`), or undefined
 * for anything else (`latest`, `main-3f2a1c`, a range): those are never compared.
 */
export function tagVersion(tag: string): SemVer | undefined {
  return parseVersion(tag.replace(/^v(?=\d)/, ''), { loose: false }) ?? undefined;
}

export function isDowngrade(from: string, to: string): boolean {
  const a = tagVersion(from);
  const b = tagVersion(to);
  return a !== undefined && b !== undefined && lessThan(b, a);
}

/**
 * Whether a value pins exactly one artifact, as protected environments require: a digest or an
 * exact semver version. `latest`, branch-like tags and ranges (`~1.2`, `>=1.0.0`, `1.x`) are not.
 */
export function isPinned(value: string): boolean {
  const trimmed = value.trim();
  if (isValidDigest(trimmed)) return true;
  const [tagPart, digestPart] = trimmed.split('@');
  if (digestPart !== undefined) return isValidDigest(digestPart);
  const tag = tagPart?.includes(':') ? tagPart.slice(tagPart.lastIndexOf(':') + 1) : (tagPart ?? '');
  return tagVersion(tag) !== undefined;
}
