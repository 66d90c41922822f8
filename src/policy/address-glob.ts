/**
 * Globs over resource addresses, module sources, provider addresses, types and plan labels.
 * `*` matches any run of characters, `.`, `/`, `[` and `"` included, so `module.data.*` covers
 * `module.data["eu"].aws_s3_bucket.logs` and `registry.example.com/acme/*` covers every module of
 * that namespace; every other character is literal (addresses are full of `[`, `]` and `"`,
 * which path-oriented glob libraries such as picomatch would read as syntax).
 */
export type GlobMatcher = (value: string) => boolean;

const NEVER: GlobMatcher = () => false;

/** One matcher for a list of globs, compiled once: a set lookup for plain names, one RegExp for the rest. */
export function compileGlobs(patterns: readonly string[] | undefined): GlobMatcher {
  if (!patterns || patterns.length === 0) return NEVER;
  const exact = new Set(patterns.filter((pattern) => !pattern.includes('*')));
  const wild = patterns.filter((pattern) => pattern.includes('*'));
  if (wild.length === 0) return (value) => exact.has(value);
  const regexp = new RegExp(`^(?:${wild.map(globSource).join('|')})$`, 's');
  if (exact.size === 0) return (value) => regexp.test(value);
  return (value) => exact.has(value) || regexp.test(value);
}

export function compileGlob(pattern: string): GlobMatcher {
  return compileGlobs([pattern]);
}

function globSource(pattern: string): string {
  return pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\/-]/g, '\\$&'))
    .join('.*');
}

const INSTANCE_KEY = /\[(?:"(?:[^"\\]|\\.)*"|\d+)\]/g;

/**
 * Address globs also match the address without its instance keys, so `module.data.*` covers
 * `module.data["eu"].aws_s3_bucket.logs` and `aws_instance.web` covers `aws_instance.web[0]`,
 * as a reader of the policy expects; the keyed form still matches keyed globs exactly.
 */
export function compileAddressGlobs(patterns: readonly string[] | undefined): GlobMatcher {
  const matches = compileGlobs(patterns);
  if (matches === NEVER) return NEVER;
  return (address) =>
    matches(address) || (address.includes('[') && matches(address.replace(INSTANCE_KEY, '')));
}
