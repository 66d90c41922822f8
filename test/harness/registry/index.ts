export { startRegistry } from './start-registry.js';
export type {
  AnonymousRegistry,
  HtpasswdRegistry,
  RegistryOptions,
  RegistryVariant,
  RunningRegistry,
  TlsRegistry,
  TokenRegistry,
} from './start-registry.js';
export { missingRegistryTools, registryAvailable, registryTestsEnabled } from './tools.js';
export type { Credentials } from './htpasswd.js';
export type { IssuedToken, GrantType, TokenIssuer, TokenIssuerOptions } from './token-issuer.js';
export type { RepositoryAccess, RepositoryAction, TokenUser } from './token-policy.js';
export type { ResourceAccess } from './jwt.js';
export { send, json, type HttpResponse, type RequestOptions } from './http-client.js';
export {
  basicAuthorization,
  bearerAuthorization,
  getBlob,
  getManifest,
  ociManifestMediaType,
  parseBearerChallenge,
  pushBlob,
  putManifest,
  requestToken,
  sha256Digest,
  tinyOciManifest,
  type BearerChallenge,
  type RegistryTarget,
} from './oci-test-client.js';
