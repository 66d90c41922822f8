import { silentLog, type Log } from '../runtime/log.js';
import { RegistrySession } from './auth/registry-session.js';
import { repositoryScope } from './auth/scopes.js';
import type { PasswordGrant } from './auth/token-request.js';
import type { RegistryCredentials } from './auth/credentials.js';
import { assertBlobMatchesDescriptor, uploadBlob, type BlobPushOutcome } from './blob-upload.js';
import type { Blob, Descriptor, PackedArtifact } from './content.js';
import { matchesDigest, sha256Digest } from './digest.js';
import { fetchManifest, findManifest, headManifest, putManifest, type FetchedManifest } from './manifests.js';
import { repositoryUrl, type RegistryApi } from './registry-api.js';
import { expectStatus, RegistryError } from './registry-error.js';
import { registryBaseUrl, type PlainHttpOptions } from './registry-endpoint.js';
import { DEFAULT_RETRY_POLICY, retrying, type RetryPolicy } from './retry.js';

export interface RegistryClientOptions extends PlainHttpOptions {
  /** Host and optional port, as `parseOciReference` gives it (`ghcr.io`, `localhost:5000`). */
  registry: string;
  /** None: anonymous, which registries allow for public pulls at most. */
  credentials?: RegistryCredentials;
  /** `oauth2-password` for token services that take only the OAuth2 POST; default: GET with Basic, as Docker does. */
  passwordGrant?: PasswordGrant;
  /** Blobs above this size are uploaded in chunks of this size. Default 32 MiB. */
  chunkSize?: number;
  retry?: Partial<RetryPolicy>;
  /** Per HTTP request, body included. Default 10 minutes, generous for a large blob on a slow link. */
  requestTimeoutMs?: number;
  log?: Log;
}

export interface BlobPushOptions {
  /** Another repository of the same registry that may hold the blob (cross-repository mount). */
  mountFrom?: string;
}

export interface ArtifactPushResult {
  /** Digest of the pushed manifest. */
  digest: string;
  uploaded: Descriptor[];
  mounted: Descriptor[];
  /** Already in the repository: nothing sent. */
  skipped: Descriptor[];
  tags: string[];
}

const DEFAULT_CHUNK_SIZE = 32 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * A client for one registry speaking the OCI distribution spec v1.1 over Node's fetch. Every
 * operation is retried as a whole on transient failures (see `retrying`), authentication is
 * negotiated per request (see RegistrySession), and content is verified against its digests.
 */
export class RegistryClient {
  readonly registry: string;
  readonly #api: RegistryApi;
  readonly #retry: RetryPolicy;
  readonly #chunkSize: number;
  readonly #log: Log;

  constructor(options: RegistryClientOptions) {
    this.registry = options.registry;
    this.#log = options.log ?? silentLog;
    this.#retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.#chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    const base = registryBaseUrl(options.registry, options);
    const session = new RegistrySession({
      registry: base,
      credentials: options.credentials,
      passwordGrant: options.passwordGrant ?? 'basic-get',
      allowPlainHttpBeyondLoopback: options.allowPlainHttpBeyondLoopback ?? false,
      timeoutMs: options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS,
      log: this.#log,
    });
    this.#api = { base, session };
  }

  blobExists(repository: string, digest: string): Promise<boolean> {
    return this.#retrying(`check ${repository}@${digest}`, () =>
      this.#headBlob(repository, digest, ['pull']),
    );
  }

  /** The blob's bytes, verified against its digest; registries may redirect to a storage backend. */
  fetchBlob(repository: string, digest: string): Promise<Buffer> {
    return this.#retrying(`fetch ${repository}@${digest}`, async () => {
      const request = {
        method: 'GET' as const,
        url: repositoryUrl(this.#api, repository, `blobs/${digest}`),
      };
      const response = await this.#api.session.send({
        ...request,
        scope: repositoryScope(repository, ['pull']),
      });
      expectStatus(request, response, 200);
      if (!matchesDigest(response.body, digest)) {
        throw new RegistryError(`${this.registry} answered ${repository}@${digest} with other content`, {
          retryable: true,
        });
      }
      return response.body;
    });
  }

  /** Pushes a blob unless the repository has it; a failed upload is retried from a fresh session. */
  async pushBlob(repository: string, blob: Blob, options: BlobPushOptions = {}): Promise<BlobPushOutcome> {
    assertBlobMatchesDescriptor(blob);
    const { digest } = blob.descriptor;
    return this.#retrying(`push ${repository}@${digest}`, async () => {
      // Checked with push scope, so the token fetched here also serves the upload that may follow.
      if (await this.#headBlob(repository, digest, ['pull', 'push'])) return 'skipped';
      const uploadOptions = { chunkSize: this.#chunkSize, ...options };
      return uploadBlob(this.#api, repository, blob, uploadOptions);
    });
  }

  /** PUTs manifest bytes exactly as given; returns their digest. */
  pushManifest(repository: string, reference: string, bytes: Buffer, mediaType: string): Promise<string> {
    return this.#retrying(`push manifest ${repository}:${reference}`, () =>
      putManifest(this.#api, repository, reference, bytes, mediaType),
    );
  }

  getManifest(repository: string, reference: string): Promise<FetchedManifest> {
    return this.#retrying(`fetch manifest ${repository}:${reference}`, () =>
      fetchManifest(this.#api, repository, reference),
    );
  }

  /** The manifest `tag` names, or undefined when the tag does not exist. */
  findManifest(repository: string, tag: string): Promise<FetchedManifest | undefined> {
    return this.#retrying(`fetch manifest ${repository}:${tag}`, () =>
      findManifest(this.#api, repository, tag),
    );
  }

  /** The digest `tag` points at, or undefined when the tag does not exist. */
  resolveTag(repository: string, tag: string): Promise<string | undefined> {
    return this.#retrying(`resolve ${repository}:${tag}`, () => headManifest(this.#api, repository, tag));
  }

  /**
   * Pushes an artifact: every blob first, then the manifest under each tag, so no tag ever points at
   * a missing blob. Without tags the manifest is pushed by digest only.
   */
  async pushArtifact(
    repository: string,
    packed: PackedArtifact,
    tags: readonly string[],
    options: BlobPushOptions = {},
  ): Promise<ArtifactPushResult> {
    assertAllBlobsPacked(packed);
    const result: ArtifactPushResult = {
      digest: sha256Digest(packed.manifestBytes),
      uploaded: [],
      mounted: [],
      skipped: [],
      tags: [...tags],
    };
    const seen = new Set<string>();
    for (const blob of packed.blobs) {
      if (seen.has(blob.descriptor.digest)) continue;
      seen.add(blob.descriptor.digest);
      const outcome = await this.pushBlob(repository, blob, options);
      this.#log.debug(`${repository}@${blob.descriptor.digest}: ${outcome}`);
      result[outcome].push(blob.descriptor);
    }
    const references = tags.length > 0 ? tags : [result.digest];
    for (const reference of references) {
      await this.pushManifest(repository, reference, packed.manifestBytes, packed.manifest.mediaType);
    }
    return result;
  }

  async #headBlob(repository: string, digest: string, actions: ('pull' | 'push')[]): Promise<boolean> {
    const request = { method: 'HEAD' as const, url: repositoryUrl(this.#api, repository, `blobs/${digest}`) };
    const response = await this.#api.session.send({
      ...request,
      scope: repositoryScope(repository, actions),
    });
    if (response.status === 404) return false;
    expectStatus(request, response, 200);
    return true;
  }

  #retrying<T>(description: string, operation: () => Promise<T>): Promise<T> {
    return retrying(description, operation, this.#retry, this.#log);
  }
}

/** A manifest whose config or layers are not among the blobs would be pushed pointing at nothing. */
function assertAllBlobsPacked(packed: PackedArtifact): void {
  const packedDigests = new Set(packed.blobs.map((blob) => blob.descriptor.digest));
  for (const descriptor of [packed.manifest.config, ...packed.manifest.layers]) {
    if (!packedDigests.has(descriptor.digest)) {
      throw new Error(`packed artifact lacks the blob ${descriptor.digest} its manifest refers to`);
    }
  }
}
