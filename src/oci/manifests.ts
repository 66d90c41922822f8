import { repositoryScope } from './auth/scopes.js';
import { OCI_INDEX, OCI_MANIFEST } from './content.js';
import { matchesDigest, sha256Digest } from './digest.js';
import type { ResponseHeaders } from './http-exchange.js';
import { repositoryUrl, type RegistryApi } from './registry-api.js';
import { expectStatus, RegistryError } from './registry-error.js';

const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';

/**
 * Sent on every manifest HEAD and GET: without it, registries answer with the Docker v2 schema 1
 * fallback or refuse OCI content (distribution spec "Pulling manifests": the client SHOULD send Accept).
 */
const MANIFEST_ACCEPT = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST].join(', ');

export interface FetchedManifest {
  /** Exactly the bytes the registry stored; the digest is over these, never over re-serialised JSON. */
  bytes: Buffer;
  mediaType: string;
  digest: string;
}

/** PUTs a manifest under a tag or digest and returns its digest, checked against the registry's. */
export async function putManifest(
  api: RegistryApi,
  repository: string,
  reference: string,
  bytes: Buffer,
  mediaType: string,
): Promise<string> {
  assertMediaTypeMatchesBody(bytes, mediaType);
  const digest = sha256Digest(bytes);
  const request = { method: 'PUT' as const, url: repositoryUrl(api, repository, `manifests/${reference}`) };
  const response = await api.session.send({
    ...request,
    scope: repositoryScope(repository, ['pull', 'push']),
    // The image spec: Content-Type must equal the manifest's own mediaType, or the registry may reject it.
    headers: { 'content-type': mediaType },
    body: bytes,
  });
  expectStatus(request, response, 201);
  const answered = response.headers.get('docker-content-digest');
  if (answered !== null && answered !== digest) {
    throw new RegistryError(
      `${request.url.host} stored the manifest as ${answered}, but its digest is ${digest}`,
      {
        retryable: false,
      },
    );
  }
  return digest;
}

/** GETs a manifest; fetched by digest, the bytes are verified against it. */
export async function fetchManifest(
  api: RegistryApi,
  repository: string,
  reference: string,
): Promise<FetchedManifest> {
  return (await requestManifest(api, repository, reference, { missing: 'error' })) as FetchedManifest;
}

/** GETs the manifest a tag names, or undefined when the tag does not exist: one round trip, not a HEAD and a GET. */
export function findManifest(
  api: RegistryApi,
  repository: string,
  tag: string,
): Promise<FetchedManifest | undefined> {
  return requestManifest(api, repository, tag, { missing: 'undefined' });
}

async function requestManifest(
  api: RegistryApi,
  repository: string,
  reference: string,
  options: { missing: 'error' | 'undefined' },
): Promise<FetchedManifest | undefined> {
  const request = { method: 'GET' as const, url: repositoryUrl(api, repository, `manifests/${reference}`) };
  const response = await api.session.send({
    ...request,
    scope: repositoryScope(repository, ['pull']),
    headers: { accept: MANIFEST_ACCEPT },
  });
  if (response.status === 404 && options.missing === 'undefined') return undefined;
  expectStatus(request, response, 200);
  const bytes = response.body;
  const byDigest = reference.includes(':');
  const digest = byDigest
    ? reference
    : (response.headers.get('docker-content-digest') ?? sha256Digest(bytes));
  if (!matchesDigest(bytes, digest)) {
    throw new RegistryError(
      `${request.url.host} answered ${repository}@${reference} with content of another digest`,
      {
        retryable: true,
      },
    );
  }
  return { bytes, mediaType: mediaTypeOf(response.headers, bytes), digest };
}

/** HEADs a tag: its manifest digest, or undefined when the tag does not exist. */
export async function headManifest(
  api: RegistryApi,
  repository: string,
  tag: string,
): Promise<string | undefined> {
  const request = { method: 'HEAD' as const, url: repositoryUrl(api, repository, `manifests/${tag}`) };
  const response = await api.session.send({
    ...request,
    scope: repositoryScope(repository, ['pull']),
    headers: { accept: MANIFEST_ACCEPT },
  });
  if (response.status === 404) return undefined;
  expectStatus(request, response, 200);
  // The header is a SHOULD for HEAD; without it, the digest comes from the content itself.
  return response.headers.get('docker-content-digest') ?? (await fetchManifest(api, repository, tag)).digest;
}

function mediaTypeOf(headers: ResponseHeaders, bytes: Buffer): string {
  const header = headers.get('content-type')?.split(';')[0]?.trim();
  if (header && header !== 'application/json' && header !== 'application/octet-stream') return header;
  return declaredMediaType(bytes) ?? header ?? 'application/octet-stream';
}

function declaredMediaType(bytes: Buffer): string | undefined {
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown };
    return typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
  } catch {
    return undefined;
  }
}

/** A manifest whose body names another mediaType than its Content-Type is a bug of the caller. */
function assertMediaTypeMatchesBody(bytes: Buffer, mediaType: string): void {
  const declared = declaredMediaType(bytes);
  if (declared !== undefined && declared !== mediaType) {
    throw new Error(`manifest declares mediaType ${declared} but is pushed as ${mediaType}`);
  }
}
