/**
 * Token scopes (distribution "Token Scope Documentation"): `type:name:action[,action]`, several
 * separated by spaces. The type ends at the first colon and the actions start after the last one.
 */

export type RepositoryAction = 'pull' | 'push';

export function repositoryScope(repository: string, actions: readonly RepositoryAction[]): string {
  return `repository:${repository}:${actions.join(',')}`;
}

/**
 * The union of scope strings, in a canonical order (resources and actions sorted), so the result
 * is also the key under which a token for exactly this access is cached.
 */
export function mergeScopes(...scopes: readonly string[]): string {
  const actionsByResource = new Map<string, Set<string>>();
  for (const scope of scopes.flatMap((text) => text.split(' ')).filter((text) => text !== '')) {
    const last = scope.lastIndexOf(':');
    if (last <= scope.indexOf(':')) continue;
    const resource = scope.slice(0, last);
    const actions = actionsByResource.get(resource) ?? new Set<string>();
    for (const action of scope.slice(last + 1).split(',')) if (action !== '') actions.add(action);
    actionsByResource.set(resource, actions);
  }
  return [...actionsByResource]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([resource, actions]) => `${resource}:${[...actions].sort().join(',')}`)
    .join(' ');
}

/** `repository:acme/app:pull,push` as words for a message: `pull and push acme/app`. */
export function describeScope(scope: string): string {
  return mergeScopes(scope)
    .split(' ')
    .map((part) => {
      const last = part.lastIndexOf(':');
      const resource = part.slice(part.indexOf(':') + 1, last);
      return `${part
        .slice(last + 1)
        .split(',')
        .join(' and ')} ${resource}`;
    })
    .join(', ');
}
