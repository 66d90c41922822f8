/** A request or response GitHub's OpenAPI description rejects, or a fake-side failure. */
export interface Violation {
  kind: 'unknown-endpoint' | 'invalid-request' | 'invalid-response' | 'unimplemented' | 'fake-error';
  method: string;
  path: string;
  operationId?: string;
  status?: number;
  problems: string[];
}

export function formatViolations(violations: readonly Violation[]): string {
  return violations
    .map((violation) => {
      const operation = violation.operationId ? ` (${violation.operationId})` : '';
      const status = violation.status === undefined ? '' : ` -> ${violation.status}`;
      const problems = violation.problems.map((problem) => `\n    - ${problem}`).join('');
      return `  ${violation.kind}: ${violation.method} ${violation.path}${operation}${status}${problems}`;
    })
    .join('\n');
}
