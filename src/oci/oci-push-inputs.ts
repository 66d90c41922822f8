import { LazyCommandRunner } from '../exec/lazy-command-runner.js';
import { Git } from '../git/git.js';
import type { GitHubContext } from '../runtime/github-context.js';
import type { Log } from '../runtime/log.js';
import { InputError } from '../runtime/user-error.js';
import { formatFluxRevision } from './artifacts/flux-artifact.js';
import { parseOciReference, type OciReference } from './oci-reference.js';
import type { ArtifactKind } from './package-artifact.js';

/** The oci-push action's inputs, as its schema declares them. */
export interface OciPushInputs {
  path: string;
  repository: string;
  tags: string[];
  kind: ArtifactKind;
  annotations?: string[];
  'ignore-paths'?: string[];
  'follow-symlinks': boolean;
  'semver-tags': boolean;
  overwrite: boolean;
  reproducible: boolean;
  source?: string;
  revision?: string;
  'module-tag-suffix': string;
  'mount-from'?: string;
  username?: string;
  password?: string;
  'plain-http': boolean;
  'dry-run': boolean;
}

/** Where to push, and where blobs may be mounted from: the same registry, no tag or digest. */
export function parseRepositories(inputs: OciPushInputs): {
  repository: OciReference;
  mountFrom?: OciReference;
} {
  const repository = parseOciReference(inputs.repository);
  if (repository.tag !== undefined || repository.digest !== undefined) {
    throw new InputError(`'repository' takes no tag or digest, got '${inputs.repository}'`, {
      hint: "put the tags in 'tags', one per line",
    });
  }
  const mountFrom = inputs['mount-from'] ? parseOciReference(inputs['mount-from']) : undefined;
  if (mountFrom && mountFrom.registry !== repository.registry) {
    throw new InputError(`'mount-from' must be on ${repository.registry}, got '${inputs['mount-from']}'`, {
      hint: 'registries mount blobs only between repositories they hold themselves',
    });
  }
  return { repository, mountFrom };
}

export function parseAnnotations(lines: readonly string[] = []): Record<string, string> {
  return Object.fromEntries(
    lines.map((line) => {
      const at = line.indexOf('=');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    }),
  );
}

/**
 * Where the content came from, for the source and revision annotations Flux shows: the inputs,
 * else the workflow's context, else the local checkout (CLI use). Flux needs both.
 */
export async function sourceAndRevision(
  inputs: OciPushInputs,
  github: GitHubContext,
  log: Log,
): Promise<{ source: string; revision: string }> {
  let source = inputs.source ?? (github.repository ? `${github.serverUrl}/${github.repository}` : undefined);
  let revision =
    inputs.revision ?? (github.sha ? formatFluxRevision({ ref: github.ref, sha: github.sha }) : undefined);
  if (source === undefined || revision === undefined) {
    const git = new Git(new LazyCommandRunner(log), github.workspace, { log });
    try {
      source ??= await git.remoteUrl();
      revision ??= formatFluxRevision({ ref: await currentRef(git), sha: await git.headSha() });
    } catch (error) {
      log.debug(`no git context: ${(error as Error).message}`);
    }
  }
  if (source === undefined || revision === undefined) {
    const missing = source === undefined ? "'source'" : "'revision'";
    const why =
      source === undefined
        ? "no GITHUB_REPOSITORY and no 'origin' remote"
        : 'no GITHUB_SHA and no git commit';
    throw new InputError(`${missing} is needed: ${why} in ${github.workspace}`, {
      hint: 'set source (e.g. https://github.com/acme/app) and revision (e.g. main@sha1:<commit>)',
    });
  }
  return { source, revision };
}

async function currentRef(git: Git): Promise<string | undefined> {
  try {
    return `refs/heads/${await git.currentBranch()}`;
  } catch {
    return undefined;
  }
}
