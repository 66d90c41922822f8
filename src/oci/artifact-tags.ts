// The two functions only: the package's index also loads ranges and comparators (88 KB bundled),
// which cost a push 10-25 ms of start-up.
import parseVersion from 'semver/functions/parse.js';
import validVersion from 'semver/functions/valid.js';
import { isValidTag } from '../image/image-reference.js';
import { InputError } from '../runtime/user-error.js';

/** `1.2.3` or `v1.2.3`: a release version, which an artifact tag may only ever name once. */
export function isExactVersionTag(tag: string): boolean {
  return validVersion(tag.replace(/^v(?=\d)/, '')) !== null;
}

/**
 * The tags to push: as given, checked against the distribution spec's tag grammar, plus with
 * `semverTags` the floating `1.2` and `1` of each release version (`v` kept), never of a
 * prerelease, which must not move a release line.
 */
export function artifactTags(tags: readonly string[], options: { semverTags: boolean }): string[] {
  const result: string[] = [];
  for (const tag of tags) {
    if (tag.includes('+')) {
      throw new InputError(`tags: '${tag}' contains '+', which OCI tags cannot`, {
        hint: `write it with '_' instead: '${tag.replace(/\+/g, '_')}' (what Helm does for chart versions)`,
      });
    }
    if (!isValidTag(tag)) {
      throw new InputError(`tags: '${tag}' is not a valid tag`, {
        hint: "a tag has at most 128 letters, digits, '_', '.' and '-', and does not start with '.' or '-'",
      });
    }
    result.push(tag);
    const version = options.semverTags ? parseVersion(tag.replace(/^v(?=\d)/, '')) : null;
    if (version && version.prerelease.length === 0) {
      const prefix = tag.startsWith('v') ? 'v' : '';
      result.push(`${prefix}${version.major}.${version.minor}`, `${prefix}${version.major}`);
    }
  }
  return [...new Set(result)];
}
