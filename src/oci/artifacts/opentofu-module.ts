import type { PackedArtifact } from '../content.js';
import { assembleArtifact, blobOf, EMPTY_CONFIG } from './artifact-manifest.js';
import { IgnoreRules, MODULE_DEFAULT_IGNORE } from './ignore-rules.js';
import {
  ANNOTATION_CREATED,
  createdTimestamp,
  withUserAnnotations,
  type PackOptions,
} from './pack-options.js';
import { readSourceTree, recordingFiles, type SourceTree } from './source-tree.js';
import { writeZip } from './zip-archive.js';

/**
 * OpenTofu's module package (docs: "Module Packages in OCI Registries"): an image manifest with
 * this artifactType and exactly one `archive/zip` layer whose root is the module root, so
 * `source = "oci://registry/repo?tag=1.2.0"` installs it and `//subdir` selects a module inside.
 * The config is the OCI empty descriptor, as `oras push --artifact-type` writes it.
 */
export const OPENTOFU_MODULE_ARTIFACT_TYPE = 'application/vnd.opentofu.modulepkg';
export const OPENTOFU_MODULE_LAYER_MEDIA_TYPE = 'archive/zip';

export async function packOpenTofuModule(directory: string, options: PackOptions): Promise<PackedArtifact> {
  const ignore = new IgnoreRules([...MODULE_DEFAULT_IGNORE, ...(options.ignorePaths ?? [])]);
  return openTofuModuleFromTree(readSourceTree(directory, { ignore, symlinks: options.symlinks }), options);
}

/** The OpenTofu form of an already opened tree (the terraform-module packer shares one walk). */
export async function openTofuModuleFromTree(
  tree: SourceTree,
  options: PackOptions,
): Promise<PackedArtifact> {
  const recorded = recordingFiles(tree);
  const zip = await writeZip(recorded.tree);
  return assembleArtifact({
    files: recorded.files,
    artifactType: OPENTOFU_MODULE_ARTIFACT_TYPE,
    config: EMPTY_CONFIG,
    layers: [blobOf(OPENTOFU_MODULE_LAYER_MEDIA_TYPE, zip)],
    annotations: withUserAnnotations({ [ANNOTATION_CREATED]: createdTimestamp(options) }, options),
  });
}
