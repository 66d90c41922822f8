import type { Target } from './target.js';

interface TagDigestQuery {
  tag?: string;
  digest?: string;
}

/**
 * The new value of a separate digest field, or undefined when it stays. A digest pins the old
 * image and takes precedence over the tag (Helm charts and Kustomize alike), so a tag-only bump
 * empties it; otherwise the bump would change nothing that is deployed.
 */
export function digestFieldValue(query: TagDigestQuery, current: string): string | undefined {
  if (query.digest !== undefined) return query.digest;
  if (query.tag !== undefined && current !== '') return '';
  return undefined;
}

/**
 * The tag and digest of a reference written in one string (`name:tag@digest`) after the bump.
 * A tag-only bump drops the old digest for the same reason as {@link digestFieldValue}.
 */
export function inlineTagAndDigest(
  query: TagDigestQuery,
  current: TagDigestQuery,
): { tag: string | undefined; digest: string | undefined } {
  return {
    tag: query.tag ?? current.tag,
    digest: query.digest ?? (query.tag === undefined ? current.digest : undefined),
  };
}

/** The version fields of a target whose tag goes from `from` to `to`; empty when it is no tag change. */
export function versionChange(
  from: string | undefined,
  to: string | undefined,
): Pick<Target, 'fromVersion' | 'toVersion'> {
  if (to === undefined) return {};
  return from === undefined || from === '' ? { toVersion: to } : { fromVersion: from, toVersion: to };
}
