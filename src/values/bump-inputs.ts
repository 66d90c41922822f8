import { parseImageReference } from '../image/image-reference.js';
import { InputError } from '../runtime/user-error.js';
import type { BumpRequest, MissingPolicy } from './bump-request.js';
import { parseYamlPath } from './yaml-path.js';

/** The bump action's inputs, as its schema declares them (kebab-case names). */
export interface BumpInputs {
  files: string[];
  image?: string;
  tag?: string;
  digest?: string;
  path?: string;
  value?: string;
  marker?: string;
  missing: MissingPolicy;
  'allow-downgrade': boolean;
  protected: boolean;
  'dry-run': boolean;
  'pin-digests': boolean;
  'plain-http': boolean;
  commit: boolean;
  'commit-message'?: string;
  token?: string;
}

/** Turns validated inputs into a request, checking the combinations a schema cannot express well. */
export function bumpRequest(inputs: BumpInputs): BumpRequest {
  if (!inputs.image && !inputs.marker && !inputs.path) {
    throw new InputError('nothing to bump: set image (with tag and/or digest), marker, or path and value', {
      hint: 'e.g. image: ghcr.io/acme/api and tag: 1.4.2, or path: image.tag and value: 1.4.2',
    });
  }
  if ((inputs.image || inputs.marker) && !inputs.tag && !inputs.digest) {
    throw new InputError(
      `'${inputs.image ? 'image' : 'marker'}' needs 'tag' and/or 'digest': the new version to write`,
    );
  }
  if (inputs['pin-digests'] && (!inputs.image || !inputs.tag || inputs.digest)) {
    throw new InputError("'pin-digests' needs 'image' and 'tag', and no 'digest': it looks the digest up");
  }
  if (!inputs.image && !inputs.marker && (inputs.tag || inputs.digest)) {
    throw new InputError("'tag' and 'digest' go with 'image' or 'marker'", {
      hint: 'for any other key use path and value',
    });
  }
  const image = inputs.image ? parseImageReference(inputs.image) : undefined;
  if (inputs.image && (!image || image.tag !== undefined || image.digest !== undefined)) {
    throw new InputError(`'image' must be a repository without tag or digest, got '${inputs.image}'`, {
      hint: "e.g. ghcr.io/acme/api; the new version goes in 'tag' or 'digest'",
    });
  }
  const version = { tag: inputs.tag, digest: inputs.digest };
  return {
    image: image ? { image, ...version } : undefined,
    marker: inputs.marker ? { policy: inputs.marker, image, ...version } : undefined,
    explicit:
      inputs.path !== undefined && inputs.value !== undefined
        ? { path: inputs.path, segments: parseYamlPath(inputs.path), value: inputs.value }
        : undefined,
    missing: inputs.missing,
    allowDowngrade: inputs['allow-downgrade'],
    protected: inputs.protected,
  };
}
