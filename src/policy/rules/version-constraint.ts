/**
 * Terraform version constraints (`= 1.2.3`, `~> 1.2`, `>= 1.0, < 2.0`), read as Terraform reads
 * module `version` arguments (hashicorp/go-version): comma-separated parts of an operator and a
 * version of one to three numbers with an optional pre-release. `semver` ranges use another
 * grammar (`~1.2`, `1.x`, `||`), so it does not read these.
 */
export interface ConstraintPart {
  operator: '=' | '!=' | '>' | '>=' | '<' | '<=' | '~>';
  /** Numeric segments as written: `~> 1` and `~> 1.0` differ. */
  segments: number[];
}

const PART = /^\s*(=|!=|>=|<=|>|<|~>)?\s*v?(\d+(?:\.\d+){0,2})(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?\s*$/;

export function parseVersionConstraint(constraint: string): ConstraintPart[] | undefined {
  const parts: ConstraintPart[] = [];
  for (const text of constraint.split(',')) {
    const match = PART.exec(text);
    if (!match) return undefined;
    parts.push({
      operator: (match[1] ?? '=') as ConstraintPart['operator'],
      segments: (match[2] as string).split('.').map(Number),
    });
  }
  return parts;
}

/** One `=` part: the only constraint that names a single version. */
export function isExactVersion(parts: readonly ConstraintPart[]): boolean {
  return parts.length === 1 && parts[0]?.operator === '=';
}

/**
 * Whether the constraint caps the version. `~> 1.2` caps below 2.0, but `~> 1` (one segment)
 * lets every later version through in go-version, so it caps nothing.
 */
export function isBounded(parts: readonly ConstraintPart[]): boolean {
  return parts.some(
    (part) =>
      part.operator === '=' ||
      part.operator === '<' ||
      part.operator === '<=' ||
      (part.operator === '~>' && part.segments.length > 1),
  );
}
