import { artifactTags } from './artifact-tags.js';
import { alreadyPacked } from './artifacts/artifact-manifest.js';
import { packFluxArtifact, type FluxPackOptions } from './artifacts/flux-artifact.js';
import type { OciReference } from './oci-reference.js';
import type { PublishTarget } from './publish-artifact.js';

export type ArtifactKind = 'flux' | 'opentofu-module' | 'helm-chart' | 'terraform-module';

export interface PackageRequest {
  kind: ArtifactKind;
  /** Absolute path of the directory (or, for flux, the file) to package. */
  path: string;
  repository: OciReference;
  tags: string[];
  /** terraform-module: the OpenTofu form goes under each tag with this suffix. */
  moduleTagSuffix: string;
  pack: FluxPackOptions;
}

/**
 * Packs the directory as its kind and says where each result goes: one target, or for
 * terraform-module the Flux form for tofu-controller and the OpenTofu form under suffixed tags.
 * A Helm chart goes where `helm push` puts it: `<repository>/<chart name>`, tagged with its
 * version besides the tags given. A Flux form is read only when published (see FluxPackage), so
 * that an unchanged re-push is found before anything is compressed. The other packers load with
 * their kind: a Flux push, the common one, needs neither the YAML parser (Chart.yaml) nor zip.
 */
export async function packageTargets(request: PackageRequest): Promise<PublishTarget[]> {
  const { repository, tags } = request;
  const at = (packed: PublishTarget['packed'], targetTags: string[], child?: string): PublishTarget => ({
    repository: child ? `${repository.repository}/${child}` : repository.repository,
    name: child ? `${repository.name}/${child}` : repository.name,
    tags: targetTags,
    packed,
  });
  switch (request.kind) {
    case 'flux':
      return [at(packFluxArtifact(request.path, request.pack), tags)];
    case 'opentofu-module': {
      const { packOpenTofuModule } = await import('./artifacts/opentofu-module.js');
      return [at(alreadyPacked(await packOpenTofuModule(request.path, request.pack)), tags)];
    }
    case 'helm-chart': {
      const { packHelmChart } = await import('./artifacts/helm-chart.js');
      const chart = await packHelmChart(request.path, request.pack);
      return [at(alreadyPacked(chart.artifact), [...new Set([chart.tag, ...tags])], chart.name)];
    }
    case 'terraform-module': {
      const { packTerraformModule } = await import('./artifacts/terraform-module.js');
      const forms = await packTerraformModule(request.path, request.pack);
      return [
        at(forms.flux, tags),
        at(
          alreadyPacked(forms.opentofu),
          artifactTags(
            tags.map((tag) => `${tag}${request.moduleTagSuffix}`),
            { semverTags: false },
          ),
        ),
      ];
    }
  }
}
