import { compileGlobs } from '../address-glob.js';
import type { GlobMatcher } from '../address-glob.js';
import type { Finding } from '../finding.js';
import type { ModuleCall, ParsedPlan } from '../plan-model.js';
import { planFinding } from './rule.js';
import type { BuiltInRule, RuleSettings } from './rule.js';
import { isBounded, isExactVersion, parseVersionConstraint } from './version-constraint.js';

export interface ModuleSourcesConfig {
  /** Source globs that may be called (`registry.example.com/acme/*`); every source when absent. */
  allowed?: string[];
  /** What registry modules' `version` must be: `exact` (default), `bounded` (an upper bound) or `any`. */
  versions?: 'exact' | 'bounded' | 'any';
  'allow-local'?: boolean;
  'allow-unpinned-git'?: boolean;
}

interface ModuleSourcesOptions {
  allowed: GlobMatcher | undefined;
  versions: 'exact' | 'bounded' | 'any';
  allowLocal: boolean;
  allowUnpinnedGit: boolean;
}

type SourceKind = 'local' | 'registry' | 'git' | 'other';

const ID = 'module-sources';

export const moduleSources: BuiltInRule<ModuleSourcesConfig, ModuleSourcesOptions> = {
  description: {
    id: ID,
    title: 'Modules from approved sources, pinned',
    help:
      'Every module call must come from an allowed source (`allowed` globs) and be pinned: registry modules ' +
      'to an exact `version` (or a range with an upper bound under `versions: bounded`), git sources to a ' +
      'version tag or full commit sha with `?ref=`. Local paths are refused unless `allow-local`, except ' +
      'inside a registry or git module, whose package they are part of.',
  },
  prepare: (config) => ({
    allowed: config.allowed ? compileGlobs(config.allowed) : undefined,
    versions: config.versions ?? 'exact',
    allowLocal: config['allow-local'] ?? false,
    allowUnpinnedGit: config['allow-unpinned-git'] ?? false,
  }),
  check(plan: ParsedPlan, options: ModuleSourcesOptions, settings: RuleSettings): Finding[] {
    const byPath = new Map(plan.moduleCalls.map((call) => [call.path, call]));
    const findings: Finding[] = [];
    for (const call of plan.moduleCalls) {
      const problem = callProblem(call, byPath, options);
      if (problem) findings.push(planFinding(ID, settings, plan, call.path, `${call.path}: ${problem}`));
    }
    return findings;
  },
};

function callProblem(
  call: ModuleCall,
  byPath: ReadonlyMap<string, ModuleCall>,
  options: ModuleSourcesOptions,
): string | undefined {
  const source = call.source;
  if (source === undefined) return 'the plan does not record the module source, so it cannot be checked';
  const kind = sourceKind(source);
  if (kind === 'local') {
    if (options.allowLocal || insidePackagedModule(call, byPath)) return undefined;
    return `local module source '${source}' is not allowed (set allow-local: true to allow local modules)`;
  }
  if (options.allowed && !options.allowed(source))
    return `module source '${source}' is not in the allowed list`;
  if (kind === 'git') return options.allowUnpinnedGit ? undefined : gitPinProblem(source);
  if (kind === 'registry') return versionProblem(source, call.versionConstraint, options.versions);
  return undefined;
}

/** Local calls under a registry or git module resolve inside that module's package, pinned with it. */
function insidePackagedModule(call: ModuleCall, byPath: ReadonlyMap<string, ModuleCall>): boolean {
  let path = call.path;
  for (;;) {
    const cut = path.lastIndexOf('.module.');
    if (cut < 0) return false;
    path = path.slice(0, cut);
    const parent = byPath.get(path);
    if (parent?.source !== undefined && sourceKind(parent.source) !== 'local') return true;
  }
}

export function sourceKind(source: string): SourceKind {
  if (
    source.startsWith('./') ||
    source.startsWith('../') ||
    source.startsWith('.\\') ||
    source.startsWith('..\\')
  )
    return 'local';
  if (/^(git::|git@|github\.com\/|bitbucket\.org\/)/.test(source)) return 'git';
  // Registry addresses: [hostname/]namespace/name/provider, with an optional //subdirectory.
  if (!source.includes('::') && /^([a-z0-9.-]+(:\d+)?\/)?[\w-]+\/[\w-]+\/[\w-]+(\/\/.*)?$/i.test(source))
    return 'registry';
  return 'other';
}

/** A git ref pins when it is a version tag or a full commit sha; branches and short shas move or collide. */
function gitPinProblem(source: string): string | undefined {
  const query = source.indexOf('?');
  const ref = query < 0 ? null : new URLSearchParams(source.slice(query + 1)).get('ref');
  if (ref === null || ref === '')
    return `git source '${source}' has no ?ref= pin (pin a version tag or a full commit sha)`;
  if (/^[0-9a-f]{40}$|^[0-9a-f]{64}$/i.test(ref) || /^v?\d+(\.\d+){0,2}([-+][0-9A-Za-z.-]+)?$/.test(ref))
    return undefined;
  return `git source '${source}' pins ref '${ref}', which is not a version tag or a full commit sha`;
}

function versionProblem(
  source: string,
  constraint: string | undefined,
  versions: ModuleSourcesOptions['versions'],
): string | undefined {
  if (versions === 'any') return undefined;
  if (constraint === undefined || constraint.trim() === '')
    return `registry module '${source}' has no version; pin an exact version (version = "1.2.3")`;
  const parts = parseVersionConstraint(constraint);
  if (parts === undefined) return `version constraint '${constraint}' of '${source}' cannot be read`;
  if (isExactVersion(parts)) return undefined;
  if (versions === 'bounded') {
    return isBounded(parts)
      ? undefined
      : `version constraint '${constraint}' of '${source}' has no upper bound (use "~> 1.2" or ">= 1.0, < 2.0")`;
  }
  return `version constraint '${constraint}' of '${source}' is not an exact version (use "1.2.3")`;
}
