import { InputError } from '../../runtime/user-error.js';
import type { ArtifactPackage, Blob, ContentIdentity, PackedArtifact } from '../content.js';
import { assembleArtifact, blobOf } from './artifact-manifest.js';
import { FLUX_DEFAULT_IGNORE, IgnoreRules } from './ignore-rules.js';
import {
  ANNOTATION_CREATED,
  ANNOTATION_REVISION,
  ANNOTATION_SOURCE,
  createdTimestamp,
  withUserAnnotations,
  type PackOptions,
} from './pack-options.js';
import { readSourceTree, recordingFiles, type SourceTree } from './source-tree.js';
import { GzipLayerWriter } from './gzip-layer-writer.js';
import { writeTar } from './tar-layer.js';

/** Flux's media types (RFC-0003), as `flux push artifact` writes them. */
export const FLUX_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.flux.config.v1+json';
export const FLUX_CONTENT_MEDIA_TYPE = 'application/vnd.cncf.flux.content.v1.tar+gzip';

export interface FluxPackOptions extends PackOptions {
  /** Where the content comes from, e.g. the repository URL: `org.opencontainers.image.source`. */
  source: string;
  /** `<branch|tag>@sha1:<commit>` (see formatFluxRevision): `org.opencontainers.image.revision`. */
  revision: string;
}

/**
 * Packs a directory of manifests (or one file) for a Flux OCIRepository: Flux's default ignore
 * list plus `ignorePaths`, one tar+gzip layer with directory entries (as Flux's own builder
 * writes them), and the config Flux writes. Nothing is read until the package is asked for.
 */
export function packFluxArtifact(path: string, options: FluxPackOptions): ArtifactPackage {
  const ignore = new IgnoreRules([...FLUX_DEFAULT_IGNORE, ...(options.ignorePaths ?? [])]);
  const tree = readSourceTree(path, { ignore, symlinks: options.symlinks, allowSingleFile: true });
  return fluxArtifactFromTree(tree, options);
}

/** The Flux form of an already opened tree (the terraform-module packer shares one walk). */
export function fluxArtifactFromTree(tree: SourceTree, options: FluxPackOptions): ArtifactPackage {
  for (const [name, value] of [
    ['source', options.source],
    ['revision', options.revision],
  ] as const) {
    if (value.trim() === '') {
      throw new InputError(`a Flux artifact needs a ${name}`, {
        hint: 'Flux shows the source and revision annotations in `flux get sources oci`',
      });
    }
  }
  const annotations = withUserAnnotations(
    {
      [ANNOTATION_SOURCE]: options.source,
      [ANNOTATION_REVISION]: options.revision,
      [ANNOTATION_CREATED]: createdTimestamp(options),
    },
    options,
  );
  return new FluxPackage(tree, annotations);
}

const TAR_OPTIONS = { directories: true };

/**
 * The tree is read once. `identify` starts reading without compressing (the tar kept in memory)
 * and answers with the config as soon as the diff ID is known; `pack` compresses, from the start
 * or from wherever the reading has got to, so a caller may start `identify`, learn that nothing
 * needs comparing, and `pack` without having waited. The bytes are the same either way.
 */
class FluxPackage implements ArtifactPackage {
  readonly files: string[];
  readonly #tree: SourceTree;
  /** The same tree without recording, for a second reading after `identityOnly`. */
  readonly #unrecorded: SourceTree;
  #layer: { writer: GzipLayerWriter; diffId: Promise<string> } | undefined;
  #packed: Promise<PackedArtifact> | undefined;

  constructor(
    tree: SourceTree,
    private readonly annotations: Record<string, string>,
  ) {
    const recorded = recordingFiles(tree);
    this.files = recorded.files;
    this.#tree = recorded.tree;
    this.#unrecorded = tree;
  }

  identityOnly(): void {
    this.#layer?.writer.keepNothing();
  }

  async identify(): Promise<ContentIdentity> {
    const diffId = await this.#written({ compress: false }).diffId;
    return { config: fluxConfig(diffId).descriptor, layerMediaTypes: [FLUX_CONTENT_MEDIA_TYPE] };
  }

  pack(): Promise<PackedArtifact> {
    return (this.#packed ??= this.#assemble());
  }

  async #assemble(): Promise<PackedArtifact> {
    // After identityOnly nothing was kept: the content changed after all, so read it again.
    if (this.#layer?.writer.keepsNothing) this.#layer = this.#writing(this.#unrecorded, { compress: true });
    const { writer, diffId } = this.#written({ compress: true });
    writer.compress();
    await diffId;
    const layer = await writer.compressed();
    return assembleArtifact({
      files: this.files,
      config: fluxConfig(layer.diffId),
      layers: [blobOf(FLUX_CONTENT_MEDIA_TYPE, layer.bytes, layer.digest)],
      annotations: this.annotations,
    });
  }

  /** Starts writing the tar on first use. */
  #written(options: { compress: boolean }) {
    this.#layer ??= this.#writing(this.#tree, options);
    return this.#layer;
  }

  #writing(tree: SourceTree, options: { compress: boolean }) {
    const writer = new GzipLayerWriter(options);
    return { writer, diffId: writeTar(tree, TAR_OPTIONS, writer).then(() => writer.endStream()) };
  }
}

/**
 * `flux push artifact` starts from go-containerregistry's empty image and appends the layer, so
 * its config is that library's image config with zero times and the layer's diff ID — 233
 * bytes. Written the same here, so tools comparing configs see a Flux artifact; source-controller
 * itself never reads it.
 */
function fluxConfig(diffId: string): Blob {
  const zeroTime = '0001-01-01T00:00:00Z';
  return blobOf(
    FLUX_CONFIG_MEDIA_TYPE,
    Buffer.from(
      `{"architecture":"","created":"${zeroTime}","history":[{"created":"${zeroTime}"}],"os":"",` +
        `"rootfs":{"type":"layers","diff_ids":["${diffId}"]},"config":{}}`,
    ),
  );
}

export interface GitContext {
  /** The full ref, e.g. `refs/heads/main`, `refs/tags/v1.2.0`, `refs/pull/7/merge`; empty when detached. */
  ref?: string;
  /** The commit: 40 hex digits (SHA-1) or 64 (SHA-256 repositories). */
  sha: string;
}

/**
 * Flux's revision format (RFC-0005): `main@sha1:<sha>` for a branch, `v1.2.0@sha1:<sha>` for a
 * tag, the full ref for any other (`refs/pull/7/merge@sha1:<sha>`), `sha1:<sha>` without one.
 */
export function formatFluxRevision(git: GitContext): string {
  const sha = git.sha.toLowerCase();
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) {
    throw new InputError(`"${git.sha}" is not a full commit hash`, {
      hint: 'pass the 40-character commit SHA',
    });
  }
  const digest = `${sha.length === 40 ? 'sha1' : 'sha256'}:${sha}`;
  const ref = git.ref ?? '';
  const name = ref.replace(/^refs\/(?:heads|tags)\//, '');
  return name === '' ? digest : `${name}@${digest}`;
}
