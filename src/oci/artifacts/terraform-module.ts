import { UserError } from '../../runtime/user-error.js';
import type { ArtifactPackage, PackedArtifact } from '../content.js';
import { fluxArtifactFromTree, type FluxPackOptions } from './flux-artifact.js';
import { IgnoreRules, MODULE_DEFAULT_IGNORE } from './ignore-rules.js';
import { openTofuModuleFromTree } from './opentofu-module.js';
import { listSourceTree, readSourceTree, type SourceTree } from './source-tree.js';

export interface TerraformModuleArtifacts {
  /** For Flux's OCIRepository feeding a Terraform/OpenTofu controller. */
  flux: ArtifactPackage;
  /** For `module "x" { source = "oci://..." }` in OpenTofu. */
  opentofu: PackedArtifact;
}

/** Configuration files OpenTofu reads from a module directory. */
const CONFIGURATION_FILE = /\.(?:tf|tofu)(?:\.json)?$/;

/**
 * Packs a Terraform/OpenTofu module in both forms from one walk of the directory, so both hold
 * the same files: the module ignore list (repository, .terraform/, state) plus `ignorePaths` —
 * not Flux's image and archive list, which would drop a module's zipped function code from one
 * form only. Both share one `created` time.
 */
export async function packTerraformModule(
  directory: string,
  options: FluxPackOptions,
): Promise<TerraformModuleArtifacts> {
  const ignore = new IgnoreRules([...MODULE_DEFAULT_IGNORE, ...(options.ignorePaths ?? [])]);
  const tree = listSourceTree(readSourceTree(directory, { ignore, symlinks: options.symlinks }));
  assertModuleRoot(tree);
  const created = (options.now ?? (() => new Date()))();
  const shared = { ...options, now: () => created };
  return {
    flux: fluxArtifactFromTree(tree, shared),
    opentofu: await openTofuModuleFromTree(tree, shared),
  };
}

function assertModuleRoot(tree: SourceTree): void {
  const topLevel = [...tree.entries].filter((entry) => !entry.path.includes('/'));
  if (topLevel.some((entry) => entry.type === 'file' && CONFIGURATION_FILE.test(entry.path))) return;
  const found = topLevel.map((entry) => (entry.type === 'directory' ? `${entry.path}/` : entry.path));
  throw new UserError(
    `${tree.root} is not a Terraform module: it has no .tf or .tofu files at its top level`,
    {
      hint: `point the path input at the module directory (the one with main.tf); found ${found.slice(0, 8).join(', ')}${found.length > 8 ? ', …' : ''}`,
    },
  );
}
