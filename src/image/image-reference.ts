/**
 * Container image references as Docker/distribution reads them:
 * `[registry[:port]/]path[:tag][@digest]`. Names are compared after Docker Hub normalisation,
 * while rewrites keep the name exactly as the user wrote it.
 */

export interface ImageReference {
  /** Normalised registry host (lowercase, `docker.io` for Docker Hub), port included. */
  registry: string;
  /** Repository path without the registry (`library/nginx` for `nginx`). */
  repository: string;
  tag?: string;
  digest?: string;
  /** The name as written, without tag and digest (`nginx`, `localhost:5000/app`). */
  name: string;
  /** The whole text that was parsed. */
  original: string;
}

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', 'registry-1.docker.io']);
const MAX_NAME_LENGTH = 255;

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const REGISTRY = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`,
);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*):([0-9a-fA-F]{32,})$/;
/** Registered algorithms have a fixed length and, like go-digest, lowercase hex only. */
const DIGEST_HEX_LENGTH: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

export function isValidTag(tag: string): boolean {
  return TAG.test(tag);
}

export function isValidDigest(digest: string): boolean {
  const match = DIGEST.exec(digest);
  if (!match) return false;
  const [, algorithm = '', hex = ''] = match;
  const length = DIGEST_HEX_LENGTH[algorithm];
  return length === undefined || (hex.length === length && hex === hex.toLowerCase());
}

/**
 * Parses an image reference, or returns undefined for text that is not one (URLs, `key=value`,
 * uppercase repositories, sentences). A bare lowercase word such as `nginx` is a valid Docker Hub
 * reference, so callers that scan arbitrary strings need their own evidence that a value is an image.
 */
export function parseImageReference(text: string): ImageReference | undefined {
  const at = text.indexOf('@');
  const beforeDigest = at === -1 ? text : text.slice(0, at);
  const digest = at === -1 ? undefined : text.slice(at + 1);
  if (digest !== undefined && !isValidDigest(digest)) return undefined;

  const colon = beforeDigest.lastIndexOf(':');
  const hasTag = colon > beforeDigest.lastIndexOf('/');
  const name = hasTag ? beforeDigest.slice(0, colon) : beforeDigest;
  const tag = hasTag ? beforeDigest.slice(colon + 1) : undefined;
  if (tag !== undefined && !isValidTag(tag)) return undefined;
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) return undefined;

  const split = splitRegistry(name);
  if (!split) return undefined;
  const reference: ImageReference = { ...split, name, original: text };
  if (tag !== undefined) reference.tag = tag;
  if (digest !== undefined) reference.digest = digest;
  return reference;
}

function splitRegistry(name: string): { registry: string; repository: string } | undefined {
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  const registryText = hasRegistry ? first : DOCKER_HUB;
  const path = hasRegistry ? name.slice(slash + 1) : name;
  if (hasRegistry && !REGISTRY.test(registryText)) return undefined;
  if (!path.split('/').every((component) => PATH_COMPONENT.test(component))) return undefined;

  const registry = DOCKER_HUB_ALIASES.has(registryText.toLowerCase())
    ? DOCKER_HUB
    : registryText.toLowerCase();
  const repository = registry === DOCKER_HUB && !path.includes('/') ? `library/${path}` : path;
  return { registry, repository };
}

/** The fully qualified name used to compare images: `docker.io/library/nginx`. */
export function canonicalName(reference: ImageReference): string {
  return `${reference.registry}/${reference.repository}`;
}

export function sameRepository(a: ImageReference, b: ImageReference): boolean {
  return canonicalName(a) === canonicalName(b);
}

/**
 * The reference `originalText` with its tag and digest replaced by `tag` and `digest` (either may be
 * left out to drop it); the name keeps the user's spelling, so `nginx` does not become
 * `docker.io/library/nginx` and `localhost:5000/app` keeps its port.
 */
export function withTagAndDigest(originalText: string, tag?: string, digest?: string): string {
  const reference = parseImageReference(originalText);
  if (!reference) throw new Error(`not an image reference: ${JSON.stringify(originalText)}`);
  if (tag !== undefined && !isValidTag(tag)) throw new Error(`not an image tag: ${JSON.stringify(tag)}`);
  if (digest !== undefined && !isValidDigest(digest)) {
    throw new Error(`not an image digest: ${JSON.stringify(digest)}`);
  }
  return `${reference.name}${tag === undefined ? '' : `:${tag}`}${digest === undefined ? '' : `@${digest}`}`;
}
