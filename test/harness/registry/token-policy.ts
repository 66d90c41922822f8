import type { ResourceAccess } from './jwt.js';

export type RepositoryAction = 'pull' | 'push' | 'delete';

/** Repository name to the actions allowed on it; repositories not listed get nothing. */
export type RepositoryAccess = Record<string, RepositoryAction[]>;

export interface TokenUser {
  username: string;
  password: string;
  access: RepositoryAccess;
}

/**
 * Parses Docker scopes such as `repository:team/app:pull,push`. Only the type and the actions are
 * delimited by the first and last colon, because names may contain colons (`registry:5000/app`).
 */
export function parseScopes(scopes: readonly string[]): ResourceAccess[] {
  return scopes
    .flatMap((scope) => scope.split(' '))
    .filter((scope) => scope !== '')
    .map((scope) => {
      const first = scope.indexOf(':');
      const last = scope.lastIndexOf(':');
      if (first < 0 || last === first) throw new Error(`malformed scope ${JSON.stringify(scope)}`);
      const actions = scope.slice(last + 1).split(',');
      return { type: scope.slice(0, first), name: scope.slice(first + 1, last), actions };
    });
}

/** Narrows each requested scope to what the policy allows, dropping scopes left with no action. */
export function grantAccess(
  requested: readonly ResourceAccess[],
  allowed: RepositoryAccess,
): ResourceAccess[] {
  return requested.flatMap((scope) => {
    const permitted: readonly string[] = scope.type === 'repository' ? (allowed[scope.name] ?? []) : [];
    const actions = scope.actions.filter((action) => permitted.includes(action));
    return actions.length > 0 ? [{ ...scope, actions }] : [];
  });
}
