import type { RepoRecord } from './state.js';

/**
 * URLs in responses point back at the fake, under the API prefix the client
 * used (`/` for dotcom style, `/api/v3` for GitHub Enterprise Server style).
 */
export class ApiUrls {
  constructor(
    readonly apiBase: string,
    readonly webBase: string,
  ) {}

  api(path: string): string {
    return `${this.apiBase}${path}`;
  }

  web(path: string): string {
    return `${this.webBase}${path}`;
  }

  repoApi(repo: RepoRecord, suffix = ''): string {
    return this.api(`/repos/${repo.owner.login}/${repo.name}${suffix}`);
  }

  repoWeb(repo: RepoRecord, suffix = ''): string {
    return this.web(`/${repo.owner.login}/${repo.name}${suffix}`);
  }
}

/** Opaque GraphQL-style node id; only uniqueness and shape matter to clients. */
export function nodeId(kind: string, id: number | string): string {
  return `${kind}_${Buffer.from(`${kind}:${id}`).toString('base64url')}`;
}
