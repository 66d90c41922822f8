import { randomUUID, sign } from 'node:crypto';
import type { SigningCertificate } from './certificates.js';

/** One entry of the `access` claim: what the bearer may do to one resource. */
export interface ResourceAccess {
  type: string;
  name: string;
  actions: string[];
}

export interface RegistryTokenClaims {
  issuer: string;
  /** The registry's `auth.token.service`; distribution checks it against `aud`. */
  service: string;
  subject: string;
  access: ResourceAccess[];
  expiresInSeconds: number;
}

/**
 * Signs a JWT the way distribution 2.8 verifies it: ES256 over `header.claims`, the signature as
 * raw r||s, and the signer's certificate in `x5c` so the registry can chain it to `rootcertbundle`.
 */
export function signRegistryToken(
  claims: RegistryTokenClaims,
  signer: SigningCertificate,
  now: number,
): string {
  const issuedAt = Math.floor(now / 1000);
  const header = { typ: 'JWT', alg: 'ES256', x5c: [signer.certificateDer] };
  const payload = {
    iss: claims.issuer,
    sub: claims.subject,
    aud: claims.service,
    exp: issuedAt + claims.expiresInSeconds,
    nbf: issuedAt,
    iat: issuedAt,
    jti: randomUUID(),
    access: claims.access,
  };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  const signature = sign('sha256', Buffer.from(signingInput), {
    key: signer.privateKey,
    dsaEncoding: 'ieee-p1363',
  });
  return `${signingInput}.${base64url(signature)}`;
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}
