// Shared by the finder tests: build queries and reduce findings to what a reader checks.
import { parseImageReference } from '../../../src/image/image-reference.js';
import type { ImageReference } from '../../../src/image/image-reference.js';
import type { ImageQuery, Target } from '../../../src/values/targets/target.js';

export const SHA_OLD = 'sha256:1111111111111111111111111111111111111111111111111111111111111111';
export const SHA_NEW = 'sha256:2222222222222222222222222222222222222222222222222222222222222222';

export function image(text: string): ImageReference {
  const reference = parseImageReference(text);
  if (!reference) throw new Error(`fixture is not an image: ${text}`);
  return reference;
}

export function imageQuery(text: string, tag?: string, digest?: string): ImageQuery {
  return {
    image: image(text),
    ...(tag === undefined ? {} : { tag }),
    ...(digest === undefined ? {} : { digest }),
  };
}

/** `document/path: old -> new`, plus the versions when the target carries them. */
export function describeTarget(target: Target): string {
  const versions =
    target.toVersion === undefined ? '' : ` (${target.fromVersion ?? '∅'} => ${target.toVersion})`;
  return `${target.document}/${target.keys.join('.')}: ${target.node.value} -> ${target.newValue}${versions}`;
}
