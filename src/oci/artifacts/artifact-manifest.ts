import { createHash } from 'node:crypto';
import { OCI_EMPTY_CONFIG, OCI_MANIFEST } from '../content.js';
import type { ArtifactPackage, Blob, Descriptor, ImageManifest, PackedArtifact } from '../content.js';
import { compareUtf8 } from './utf8-order.js';

/** The OCI empty descriptor's content (image-spec v1.1, "Guidance for an Empty Descriptor"). */
export const EMPTY_CONFIG: Blob = blobOf(OCI_EMPTY_CONFIG, Buffer.from('{}'));

export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function blobOf(mediaType: string, bytes: Buffer, digest = sha256Digest(bytes)): Blob {
  return { descriptor: { mediaType, digest, size: bytes.length }, bytes };
}

export interface ArtifactParts {
  artifactType?: string;
  config: Blob;
  layers: Blob[];
  annotations: Readonly<Record<string, string>>;
  files: string[];
}

/**
 * The manifest and the exact bytes to push. The bytes are built field by field in the order of
 * image-spec's Go structs, with annotation keys sorted, so the same parts always give the same
 * manifest digest (JSON.stringify alone would move integer-like keys first).
 */
export function assembleArtifact(parts: ArtifactParts): PackedArtifact {
  const annotations = Object.keys(parts.annotations).length > 0 ? { ...parts.annotations } : undefined;
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    ...(parts.artifactType !== undefined && { artifactType: parts.artifactType }),
    config: parts.config.descriptor,
    layers: parts.layers.map((layer) => layer.descriptor),
    ...(annotations && { annotations }),
  };
  return {
    manifest,
    manifestBytes: Buffer.from(manifestJson(manifest)),
    blobs: [parts.config, ...parts.layers],
    files: parts.files,
  };
}

/** A package for an artifact packed already: kinds without a content identity pack up front. */
export function alreadyPacked(packed: PackedArtifact): ArtifactPackage {
  return { files: packed.files, pack: () => Promise.resolve(packed) };
}

function manifestJson(manifest: ImageManifest): string {
  return jsonObject([
    ['schemaVersion', String(manifest.schemaVersion)],
    ['mediaType', JSON.stringify(manifest.mediaType)],
    ['artifactType', optionalString(manifest.artifactType)],
    ['config', descriptorJson(manifest.config)],
    ['layers', `[${manifest.layers.map(descriptorJson).join(',')}]`],
    ['annotations', manifest.annotations && annotationsJson(manifest.annotations)],
  ]);
}

function descriptorJson(descriptor: Descriptor): string {
  return jsonObject([
    ['mediaType', JSON.stringify(descriptor.mediaType)],
    ['digest', JSON.stringify(descriptor.digest)],
    ['size', String(descriptor.size)],
    ['annotations', descriptor.annotations && annotationsJson(descriptor.annotations)],
    ['artifactType', optionalString(descriptor.artifactType)],
  ]);
}

function annotationsJson(annotations: Record<string, string>): string {
  return jsonObject(
    Object.keys(annotations)
      .sort(compareUtf8)
      .map((key) => [key, JSON.stringify(annotations[key])]),
  );
}

/** Members whose JSON is undefined are left out, as Go's `omitempty` does. */
function jsonObject(members: [string, string | undefined][]): string {
  const present = members.filter((member): member is [string, string] => member[1] !== undefined);
  return `{${present.map(([key, json]) => `${JSON.stringify(key)}:${json}`).join(',')}}`;
}

function optionalString(value: string | undefined): string | undefined {
  return value === undefined ? undefined : JSON.stringify(value);
}
