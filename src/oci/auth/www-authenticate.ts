/** One challenge of a `WWW-Authenticate` header (RFC 9110 §11.6.1): the scheme, lowercased, and its parameters. */
export interface Challenge {
  scheme: string;
  /** Parameter names lowercased (they are case-insensitive); values unquoted. */
  params: Record<string, string>;
}

/** What the registry token flow reads from a Bearer challenge (distribution "Token Authentication Specification"). */
export interface BearerChallenge {
  realm: string;
  service?: string;
  /** Space-separated resource scopes, e.g. `repository:acme/app:pull,push repository:acme/base:pull`. */
  scope?: string;
  /** `insufficient_scope` when a token was sent but lacks an action (RFC 6750 §3.1). */
  error?: string;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/;
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*(?=\s*(,|$))/;

/**
 * Parses every challenge of a header value. Quoted values may contain commas and escaped quotes, and
 * Headers.get() joins repeated headers with ", ", so one string can hold several challenges.
 */
export function parseWwwAuthenticate(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  let rest = header;
  const skip = (pattern: RegExp): void => {
    rest = rest.replace(pattern, '');
  };
  for (;;) {
    skip(/^[\s,]+/);
    const scheme = TOKEN.exec(rest)?.[0];
    if (scheme === undefined) break;
    rest = rest.slice(scheme.length);
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    skip(/^\s+/);
    const token68 = TOKEN68.exec(rest)?.[0];
    if (token68 !== undefined && !/^[^=]*=\s*[^=\s,]/.test(rest)) {
      rest = rest.slice(token68.length);
      continue;
    }
    // Parameters follow while the next token is a `name=`; a bare token starts the next challenge.
    for (;;) {
      skip(/^[\s,]+/);
      const param = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*/.exec(rest);
      if (!param?.[1]) break;
      rest = rest.slice(param[0].length);
      const value = readValue();
      if (value === undefined) return challenges;
      challenge.params[param[1].toLowerCase()] = value;
    }
  }
  return challenges;

  function readValue(): string | undefined {
    if (!rest.startsWith('"')) {
      // RFC 9110 allows only a token here; reading up to the next comma also accepts unquoted URLs.
      const token = /^[^\s,]*/.exec(rest)?.[0] ?? '';
      rest = rest.slice(token.length);
      return token;
    }
    let value = '';
    for (let i = 1; i < rest.length; i++) {
      const char = rest[i];
      if (char === '\\' && i + 1 < rest.length) value += rest[++i];
      else if (char === '"') {
        rest = rest.slice(i + 1);
        return value;
      } else value += char;
    }
    // An unterminated quoted string: nothing after it can be trusted.
    return undefined;
  }
}

/** The Bearer challenge in a header, if any and if it names a realm to ask for tokens. */
export function findBearerChallenge(header: string | null): BearerChallenge | undefined {
  const bearer = parseWwwAuthenticate(header ?? '').find((challenge) => challenge.scheme === 'bearer');
  const realm = bearer?.params.realm;
  if (!bearer || realm === undefined) return undefined;
  const { service, scope, error } = bearer.params;
  return {
    realm,
    ...(service !== undefined ? { service } : {}),
    ...(scope !== undefined ? { scope } : {}),
    ...(error !== undefined ? { error } : {}),
  };
}

/** Whether the header offers HTTP Basic (htpasswd-protected distribution, many self-hosted registries). */
export function offersBasic(header: string | null): boolean {
  return parseWwwAuthenticate(header ?? '').some((challenge) => challenge.scheme === 'basic');
}
