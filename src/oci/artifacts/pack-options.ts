import { InputError } from '../../runtime/user-error.js';
import type { SymlinkPolicy } from './source-tree.js';

/** What every packer accepts. */
export interface PackOptions {
  /** Gitignore-syntax patterns relative to the packed directory, applied after the kind's defaults. */
  ignorePaths?: readonly string[];
  /** Default `refuse`. */
  symlinks?: SymlinkPolicy;
  /**
   * Sets `org.opencontainers.image.created` to the Unix epoch, so the manifest digest depends
   * on the content only. The layer digests are reproducible either way.
   */
  reproducible?: boolean;
  /** Extra manifest annotations; they win over the ones the packer sets. */
  annotations?: Readonly<Record<string, string>>;
  /** The clock for `created` when not reproducible. */
  now?: () => Date;
}

export const ANNOTATION_CREATED = 'org.opencontainers.image.created';
export const ANNOTATION_SOURCE = 'org.opencontainers.image.source';
export const ANNOTATION_REVISION = 'org.opencontainers.image.revision';

/** RFC 3339 in UTC to the second, as Flux and Helm write it. */
export function createdTimestamp(options: PackOptions): string {
  const date = options.reproducible ? new Date(0) : (options.now ?? (() => new Date()))();
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The packer's annotations with the user's on top; empty keys are refused. */
export function withUserAnnotations(
  own: Readonly<Record<string, string>>,
  options: PackOptions,
): Record<string, string> {
  const user = options.annotations ?? {};
  for (const key of Object.keys(user)) {
    if (key.trim() === '')
      throw new InputError('an annotation has an empty key', { hint: 'write annotations as key=value' });
  }
  return { ...own, ...user };
}
