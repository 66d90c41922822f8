import { UserError } from '../../runtime/user-error.js';
import { isLoopbackHost } from '../registry-endpoint.js';

/**
 * Decides whether the token realm a registry named may receive the user's credentials. The realm
 * comes from a response header, so a compromised or spoofed registry could point it anywhere:
 * credentials go only over HTTPS, or over plain HTTP when both ends are this machine (test and
 * local registries), or to the registry's own host when the caller explicitly allowed plain HTTP.
 */
export function assertRealmMayReceiveCredentials(
  realm: URL,
  registry: URL,
  allowPlainHttpBeyondLoopback: boolean,
): void {
  if (realm.protocol === 'https:') return;
  if (realm.protocol === 'http:') {
    if (isLoopbackHost(realm.hostname) && isLoopbackHost(registry.hostname)) return;
    if (allowPlainHttpBeyondLoopback && realm.hostname === registry.hostname) return;
  }
  throw new UserError(
    `refusing to send credentials for ${registry.host} to the token service ${realm.protocol}//${realm.host}: it is not HTTPS`,
    {
      hint: 'the registry named an insecure token realm in its WWW-Authenticate header; ask its operator to serve the token endpoint over HTTPS',
    },
  );
}

/** Anonymous token requests carry no secret, but still only over HTTP(S). */
export function assertRealmIsHttp(realm: URL, registry: URL): void {
  if (realm.protocol === 'https:' || realm.protocol === 'http:') return;
  throw new UserError(`the registry ${registry.host} named an unusable token realm (${realm.protocol})`);
}
