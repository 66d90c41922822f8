import { parseImageReference } from '../image/image-reference.js';
import { UserError } from '../runtime/user-error.js';

/** Where an artifact lives: what the distribution API needs, plus the name as the user wrote it. */
export interface OciReference {
  /** Host the API is called on, port included; Docker Hub is `registry-1.docker.io`. */
  registry: string;
  /** Repository path for `/v2/<repository>/...`; Docker Hub's official images get `library/`. */
  repository: string;
  tag?: string;
  digest?: string;
  /** The name as written (without `oci://`, tag and digest), for messages and outputs. */
  name: string;
}

const OCI_SCHEME = 'oci://';
/** Docker Hub is named `docker.io` in references but serves the API on another host. */
const DOCKER_HUB_API = 'registry-1.docker.io';

/**
 * Parses `[oci://]registry[:port]/repository[:tag][@digest]` with the grammar bump uses for image
 * references (distribution's reference package), so both actions accept the same names.
 */
export function parseOciReference(text: string): OciReference {
  const bare = text.startsWith(OCI_SCHEME) ? text.slice(OCI_SCHEME.length) : text;
  const parsed = parseImageReference(bare);
  if (!parsed) {
    throw new UserError(`not an OCI reference: ${JSON.stringify(text)}`, {
      hint: 'write registry/repository[:tag][@sha256:digest], e.g. ghcr.io/acme/app-manifests:1.2.0 (lowercase repository)',
    });
  }
  const reference: OciReference = {
    registry: parsed.registry === 'docker.io' ? DOCKER_HUB_API : parsed.registry,
    repository: parsed.repository,
    name: parsed.name,
  };
  if (parsed.tag !== undefined) reference.tag = parsed.tag;
  if (parsed.digest !== undefined) reference.digest = parsed.digest;
  return reference;
}
