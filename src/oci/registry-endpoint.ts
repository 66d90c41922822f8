import { isIP } from 'node:net';
import { UserError } from '../runtime/user-error.js';

export interface PlainHttpOptions {
  /** Talk `http://` instead of `https://`. Allowed for loopback registries (local and test ones). */
  plainHttp?: boolean;
  /**
   * Also allow plain HTTP to a registry on another host. Credentials and tokens then cross the
   * network readable by anyone on the path, so the caller must ask for it explicitly.
   */
  allowPlainHttpBeyondLoopback?: boolean;
}

/** Whether `hostname` (as URL.hostname gives it, IPv6 in brackets) names this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1' || bare === '0:0:0:0:0:0:0:1';
}

/**
 * The base URL of a registry's API. HTTPS unless plain HTTP was asked for; plain HTTP beyond
 * loopback is refused unless explicitly allowed, because a typo in a workflow must not send a
 * GitHub token in clear text across the internet.
 */
export function registryBaseUrl(registry: string, options: PlainHttpOptions = {}): URL {
  const base = parseUrl(`${options.plainHttp ? 'http' : 'https'}://${registry}`);
  if (!base || base.pathname !== '/' || base.search !== '' || base.hash !== '' || base.username !== '') {
    throw new UserError(`not a registry host: ${JSON.stringify(registry)}`, {
      hint: 'give the host and optional port only, e.g. ghcr.io or localhost:5000',
    });
  }
  if (options.plainHttp && !options.allowPlainHttpBeyondLoopback && !isLoopbackHost(base.hostname)) {
    throw new UserError(
      `plain HTTP refused for ${registry}: only loopback registries may be reached without TLS`,
      {
        hint: 'use HTTPS, or allow plain HTTP beyond loopback explicitly if the network path is trusted',
      },
    );
  }
  return base;
}

/** URL.parse() needs Node 22; engines still admits Node 20. */
function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
