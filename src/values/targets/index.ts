import type { YamlFile } from '../model.js';
import { findArgoCdApplicationImages } from './argocd-application.js';
import { findFluxMarkers } from './flux-markers.js';
import { findImageBlocks } from './image-blocks.js';
import { findImageStrings } from './image-strings.js';
import { findKustomizeImages } from './kustomize-images.js';
import type { ImageQuery, MarkerQuery, TargetFindings } from './target.js';

export type {
  ImageQuery,
  MarkerQuery,
  MissingEntry,
  MissingKey,
  MissingTarget,
  Target,
  TargetFindings,
  TargetKind,
} from './target.js';

/**
 * Every place in `file` that pins `query.image`, in file order. The structured finders run first so
 * that a scalar they also find as a plain image string keeps their kind.
 */
export function findImageTargets(file: YamlFile, query: ImageQuery): TargetFindings {
  const all = [findImageBlocks, findKustomizeImages, findArgoCdApplicationImages, findImageStrings].map(
    (find) => find(file, query),
  );
  const seen = new Set<object>();
  return {
    targets: all
      .flatMap((findings) => findings.targets)
      .filter((target) => !seen.has(target.node) && seen.add(target.node))
      .sort((a, b) => a.node.span.start - b.node.span.start),
    missing: all.flatMap((findings) => findings.missing),
    candidates: [...new Set(all.flatMap((findings) => findings.candidates))],
  };
}

export function findMarkerTargets(file: YamlFile, query: MarkerQuery): TargetFindings {
  const findings = findFluxMarkers(file, query);
  return { ...findings, candidates: [...new Set(findings.candidates)] };
}
