import type { ImageReference } from '../../image/image-reference.js';
import type { PathKey, ScalarNode } from '../model.js';

export type TargetKind =
  'image-block' | 'image-string' | 'kustomize' | 'argocd-kustomize' | 'argocd-helm-parameter' | 'flux-marker';

/** One scalar to replace with `newValue`. */
export interface Target {
  /** 0-based index of the document in the file. */
  document: number;
  node: ScalarNode;
  /** Path from the document root to `node`. */
  keys: PathKey[];
  newValue: string;
  /** The tag before and after, for semver downgrade checks; unset when the edit is not a tag. */
  fromVersion?: string;
  toVersion?: string;
  kind: TargetKind;
}

/** A matched image block or Kustomize entry that lacks the `key` the bump has to set. */
export interface MissingKey {
  missing: 'key';
  kind: 'image-block' | 'kustomize';
  document: number;
  /** Path to the map that should receive `key`. */
  parentKeys: PathKey[];
  key: string;
  value: string;
}

/** A Kustomization with no entry for the image: a new item for the sequence at `parentKeys`. */
export interface MissingEntry {
  missing: 'entry';
  kind: 'kustomize';
  document: number;
  /** Path to the `images` sequence; it may not exist yet. */
  parentKeys: PathKey[];
  /** The new item's keys, in the order they should be written. */
  entry: { name: string; newTag?: string; digest?: string };
}

export type MissingTarget = MissingKey | MissingEntry;

/** What a finder saw in one file. */
export interface TargetFindings {
  targets: Target[];
  missing: MissingTarget[];
  /** Names the finder recognised (image names, policies), for "closest candidates" errors. */
  candidates: string[];
}

/** Image mode: set the tag and/or digest of every reference to `image`'s repository. */
export interface ImageQuery {
  /** Only the repository counts; a tag or digest on it is ignored. */
  image: ImageReference;
  tag?: string;
  digest?: string;
}

/** Flux setter mode: update the values marked with `{"$imagepolicy": "<namespace>:<policy>[:field]"}`. */
export interface MarkerQuery {
  /** `namespace:policy`, or `policy` to match that policy in any namespace. */
  policy: string;
  image?: ImageReference;
  tag?: string;
  digest?: string;
}
