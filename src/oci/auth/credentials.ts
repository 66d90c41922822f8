/** What a registry login consists of. Never logged, never put in argv, URLs or error messages. */
export type RegistryCredentials = PasswordCredentials | IdentityTokenCredentials;

export interface PasswordCredentials {
  username: string;
  /** A password or a personal access token; GitHub's `GITHUB_TOKEN` for ghcr.io. */
  password: string;
}

/**
 * An OAuth2 refresh token, as `docker login` stores it in `identitytoken` (Docker config) and
 * credential helpers return it with the username `<token>`: exchanged with grant_type=refresh_token.
 */
export interface IdentityTokenCredentials {
  identityToken: string;
  username?: string;
}

export function isIdentityToken(credentials: RegistryCredentials): credentials is IdentityTokenCredentials {
  return 'identityToken' in credentials;
}
