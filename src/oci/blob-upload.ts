import type { Blob } from './content.js';
import { repositoryScope } from './auth/scopes.js';
import { matchesDigest } from './digest.js';
import type { HttpResponse } from './http-exchange.js';
import { locationOf, repositoryUrl, type RegistryApi } from './registry-api.js';
import { describeRequest, expectStatus, RegistryError, type FailedRequest } from './registry-error.js';

export type BlobPushOutcome = 'uploaded' | 'mounted' | 'skipped';

export interface UploadOptions {
  /** A repository on the same registry that holds the blob; the registry may link it instead of a transfer. */
  mountFrom?: string;
  /** Blobs larger than this go up in PATCH chunks of this size instead of one PUT. */
  chunkSize: number;
}

/**
 * Uploads one blob (distribution spec "Pushing blobs"): POST opens a session (or mounts the blob from
 * another repository), then a monolithic PUT with `?digest=`, or PATCH chunks and a closing PUT.
 * Any failure leaves the session behind: a retry starts over with a new POST.
 */
export async function uploadBlob(
  api: RegistryApi,
  repository: string,
  blob: Blob,
  options: UploadOptions,
): Promise<'uploaded' | 'mounted'> {
  const started = await startUpload(api, repository, blob, options.mountFrom);
  if (started.mounted) return 'mounted';
  const minimum = Number(started.response.headers.get('oci-chunk-min-length') ?? 0);
  const chunkSize = Math.max(options.chunkSize, Number.isSafeInteger(minimum) ? minimum : 0);
  let location = started.location;
  const { bytes } = blob;
  if (bytes.length > chunkSize) {
    for (let start = 0; start < bytes.length; start += chunkSize) {
      const chunk = bytes.subarray(start, Math.min(start + chunkSize, bytes.length));
      location = await sendChunk(api, repository, location, chunk, start);
    }
  }
  const url = withDigest(location, blob.descriptor.digest);
  const body = bytes.length > chunkSize ? Buffer.alloc(0) : bytes;
  const request = { method: 'PUT' as const, url };
  const response = await api.session.send({
    ...request,
    scope: pushScope(repository),
    headers: { 'content-type': 'application/octet-stream' },
    body,
  });
  expectStatus(request, response, 201);
  checkDigestHeader(request, response, blob.descriptor.digest);
  return 'uploaded';
}

type StartedUpload = { mounted: true } | { mounted: false; location: URL; response: HttpResponse };

async function startUpload(
  api: RegistryApi,
  repository: string,
  blob: Blob,
  mountFrom: string | undefined,
): Promise<StartedUpload> {
  const url = repositoryUrl(api, repository, 'blobs/uploads/');
  if (mountFrom !== undefined && mountFrom !== repository) {
    const mountUrl = new URL(url);
    mountUrl.searchParams.set('mount', blob.descriptor.digest);
    mountUrl.searchParams.set('from', mountFrom);
    const request = { method: 'POST' as const, url: mountUrl };
    try {
      const response = await api.session.send({
        ...request,
        scope: `${pushScope(repository)} ${repositoryScope(mountFrom, ['pull'])}`,
      });
      expectStatus(request, response, 201, 202);
      if (response.status === 201) {
        checkDigestHeader(request, response, blob.descriptor.digest);
        return { mounted: true };
      }
      // 202: the registry does not mount (or the blob is not there) and opened a plain upload instead.
      return { mounted: false, location: locationOf(response.headers, request), response };
    } catch (error) {
      // No pull access to the source repository is no reason to fail: upload the bytes instead.
      if (!(error instanceof RegistryError) || (error.status !== 401 && error.status !== 403)) throw error;
    }
  }
  const request = { method: 'POST' as const, url };
  const response = await api.session.send({ ...request, scope: pushScope(repository) });
  expectStatus(request, response, 202);
  return { mounted: false, location: locationOf(response.headers, request), response };
}

async function sendChunk(
  api: RegistryApi,
  repository: string,
  location: URL,
  chunk: Buffer,
  start: number,
): Promise<URL> {
  const request = { method: 'PATCH' as const, url: location };
  const response = await api.session.send({
    ...request,
    scope: pushScope(repository),
    headers: {
      'content-type': 'application/octet-stream',
      // Spec "Pushing a blob in chunks": inclusive byte range, without the RFC 9110 `bytes ` unit.
      'content-range': `${start}-${start + chunk.length - 1}`,
    },
    body: chunk,
  });
  expectStatus(request, response, 202);
  return locationOf(response.headers, request);
}

function pushScope(repository: string): string {
  return repositoryScope(repository, ['pull', 'push']);
}

/**
 * Appends `digest` to an upload URL, keeping its query verbatim: re-encoding it through
 * URLSearchParams could alter a signed `_state` or a storage backend's signature.
 */
function withDigest(location: URL, digest: string): URL {
  const url = new URL(location);
  const parameter = `digest=${encodeURIComponent(digest)}`;
  url.search = url.search === '' ? `?${parameter}` : `${url.search}&${parameter}`;
  return url;
}

/** A registry that stored something else than what was sent must not be trusted silently. */
function checkDigestHeader(request: FailedRequest, response: HttpResponse, expected: string): void {
  const answered = response.headers.get('docker-content-digest');
  if (answered !== null && answered !== expected) {
    throw new RegistryError(`${describeRequest(request)} stored ${answered}, but ${expected} was sent`, {
      retryable: true,
    });
  }
}

/** Refuses a blob whose bytes do not hash to its descriptor: pushing it would corrupt the artifact. */
export function assertBlobMatchesDescriptor(blob: Blob): void {
  const { digest, size } = blob.descriptor;
  if (blob.bytes.length !== size || !matchesDigest(blob.bytes, digest)) {
    throw new Error(`blob bytes do not match their descriptor ${digest} (${size} bytes)`);
  }
}
