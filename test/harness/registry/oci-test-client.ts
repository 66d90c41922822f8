import { createHash } from 'node:crypto';
import type { Credentials } from './htpasswd.js';
import { send, type HttpResponse } from './http-client.js';

/** Where and how to reach a registry: its base URL, the CA to trust, the Authorization header. */
export interface RegistryTarget {
  url: string;
  ca?: string;
  authorization?: string;
}

export interface BearerChallenge {
  realm: string;
  service?: string;
  scope?: string;
  error?: string;
}

export const ociManifestMediaType = 'application/vnd.oci.image.manifest.v1+json';

export function sha256Digest(content: Buffer | string): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}

export function basicAuthorization({ username, password }: Credentials): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

export function bearerAuthorization(token: string): string {
  return `Bearer ${token}`;
}

/**
 * Pushes a blob with a monolithic upload: POST opens the session, PUT with `?digest=` sends
 * everything and commits. Returns the first response that is not the expected 202/201.
 */
export async function pushBlob(
  target: RegistryTarget,
  repository: string,
  content: Buffer,
): Promise<HttpResponse> {
  const opened = await send(`${target.url}/v2/${repository}/blobs/uploads/`, {
    method: 'POST',
    headers: headers(target),
    ca: target.ca,
  });
  if (opened.status !== 202) return opened;
  const location = new URL(String(opened.headers.location), target.url);
  location.searchParams.set('digest', sha256Digest(content));
  return send(location, {
    method: 'PUT',
    headers: headers(target, { 'content-type': 'application/octet-stream' }),
    body: content,
    ca: target.ca,
  });
}

export function putManifest(
  target: RegistryTarget,
  repository: string,
  reference: string,
  manifest: Buffer,
): Promise<HttpResponse> {
  return send(`${target.url}/v2/${repository}/manifests/${reference}`, {
    method: 'PUT',
    headers: headers(target, { 'content-type': ociManifestMediaType }),
    body: manifest,
    ca: target.ca,
  });
}

export function getManifest(
  target: RegistryTarget,
  repository: string,
  reference: string,
): Promise<HttpResponse> {
  return send(`${target.url}/v2/${repository}/manifests/${reference}`, {
    headers: headers(target, { accept: ociManifestMediaType }),
    ca: target.ca,
  });
}

export function getBlob(target: RegistryTarget, repository: string, digest: string): Promise<HttpResponse> {
  return send(`${target.url}/v2/${repository}/blobs/${digest}`, { headers: headers(target), ca: target.ca });
}

/** The smallest valid OCI image: an empty JSON config and one layer, both already pushed. */
export function tinyOciManifest(config: Buffer, layer: Buffer): Buffer {
  const descriptor = (mediaType: string, content: Buffer) => ({
    mediaType,
    digest: sha256Digest(content),
    size: content.length,
  });
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: ociManifestMediaType,
      config: descriptor('application/vnd.oci.image.config.v1+json', config),
      layers: [descriptor('application/vnd.oci.image.layer.v1.tar', layer)],
    }),
  );
}

/** Parses `Bearer realm="...",service="...",scope="..."`; quoted values may contain commas. */
export function parseBearerChallenge(header: string | undefined): BearerChallenge {
  const match = /^Bearer\s+(.*)$/i.exec(header ?? '');
  if (!match?.[1]) throw new Error(`not a Bearer challenge: ${JSON.stringify(header)}`);
  const params: Record<string, string> = {};
  for (const [, key, value] of match[1].matchAll(/(\w+)="([^"]*)"/g)) {
    if (key !== undefined && value !== undefined) params[key.toLowerCase()] = value;
  }
  if (params.realm === undefined) throw new Error(`Bearer challenge without realm: ${header}`);
  return { realm: params.realm, service: params.service, scope: params.scope, error: params.error };
}

/** Asks a token issuer for a token the Docker way: GET with the challenge's service and scope. */
export function requestToken(
  challenge: BearerChallenge,
  credentials?: Credentials,
  scope = challenge.scope,
): Promise<HttpResponse> {
  const url = new URL(challenge.realm);
  if (challenge.service) url.searchParams.set('service', challenge.service);
  if (scope) url.searchParams.set('scope', scope);
  return send(url, { headers: credentials ? { authorization: basicAuthorization(credentials) } : {} });
}

function headers(target: RegistryTarget, extra: Record<string, string> = {}): Record<string, string> {
  return target.authorization ? { ...extra, authorization: target.authorization } : extra;
}
