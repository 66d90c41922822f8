import { randomBytes } from 'node:crypto';
import {
  OCI_EMPTY_CONFIG,
  OCI_MANIFEST,
  type Blob,
  type ImageManifest,
  type PackedArtifact,
} from '../../../src/oci/content.js';
import { sha256Digest } from '../../../src/oci/digest.js';

export const LAYER_MEDIA_TYPE = 'application/vnd.oci.image.layer.v1.tar+gzip';
export const ARTIFACT_TYPE = 'application/vnd.gitops-actions.test.v1';

export function blobOf(bytes: Buffer, mediaType = LAYER_MEDIA_TYPE): Blob {
  return { descriptor: { mediaType, digest: sha256Digest(bytes), size: bytes.length }, bytes };
}

/** An OCI artifact as the packers build it: the empty config and layers of random bytes of the given sizes. */
export function sampleArtifact(...layerSizes: number[]): PackedArtifact {
  const config = blobOf(Buffer.from('{}'), OCI_EMPTY_CONFIG);
  const layers = layerSizes.map((size) => blobOf(randomBytes(size)));
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: ARTIFACT_TYPE,
    config: config.descriptor,
    layers: layers.map((layer) => layer.descriptor),
  };
  return {
    manifest,
    manifestBytes: Buffer.from(JSON.stringify(manifest)),
    blobs: [config, ...layers],
    files: [],
  };
}
