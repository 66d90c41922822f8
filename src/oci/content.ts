/**
 * OCI content as the packers produce it and the registry client pushes it (OCI image spec v1.1:
 * descriptors, manifests). Blobs carry their bytes: artifacts are compressed before they are
 * hashed, and a registry needs the digest before a monolithic upload.
 */

export interface Descriptor {
  mediaType: string;
  /** `sha256:<64 lowercase hex>` */
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  artifactType?: string;
}

export interface Blob {
  descriptor: Descriptor;
  bytes: Buffer;
}

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_EMPTY_CONFIG = 'application/vnd.oci.empty.v1+json';

export interface ImageManifest {
  schemaVersion: 2;
  mediaType: typeof OCI_MANIFEST;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

/** A manifest ready to push: the exact bytes that are hashed and sent, and its blobs. */
export interface PackedArtifact {
  manifest: ImageManifest;
  manifestBytes: Buffer;
  /** Config first, then layers, in manifest order. */
  blobs: Blob[];
  /** The files packed, as paths inside the artifact, in archive order (for reports). */
  files: string[];
}

/**
 * What a kind's config says about its content without any compression: for Flux, the config
 * holds the layer's diff ID (the digest of the uncompressed tar), so an existing manifest with
 * the same config, artifact type and layer media types holds the same files.
 */
export interface ContentIdentity {
  artifactType?: string;
  config: Descriptor;
  layerMediaTypes: string[];
}

/**
 * An artifact packed on demand, so that a push finding the content already in the registry can
 * stop before the expensive part (compressing the layers).
 */
export interface ArtifactPackage {
  /** The files packed, as paths inside the artifact, in archive order; filled as the tree is read. */
  readonly files: readonly string[];
  /** Only for kinds whose config pins the uncompressed layers (see ContentIdentity). */
  identify?(): Promise<ContentIdentity>;
  /**
   * Says the identity is all that is likely needed (the registry holds every tag already), so the
   * content need not be kept for compressing; `pack` still works, reading the tree again.
   */
  identityOnly?(): void;
  /** The complete artifact; called once or more, it packs once. */
  pack(): Promise<PackedArtifact>;
}
