import { stringify } from 'yaml';

export interface RegistryConfigInput {
  port: number;
  storageDir: string;
  /** Signs upload state; a fixed value per registry keeps distribution from warning about a random one. */
  httpSecret: string;
  tls?: { certificatePath: string; keyPath: string };
  htpasswdPath?: string;
  token?: { realm: string; service: string; issuer: string; rootCertBundlePath: string };
  /** `http.relativeurls`: Location headers without scheme and host, which clients must resolve. */
  relativeUrls?: boolean;
}

/** The YAML configuration of distribution 2.8 for one harness registry. */
export function registryConfigYaml(input: RegistryConfigInput): string {
  const auth = {
    ...(input.htpasswdPath ? { htpasswd: { realm: 'gitops-actions-test', path: input.htpasswdPath } } : {}),
    ...(input.token
      ? {
          token: {
            realm: input.token.realm,
            service: input.token.service,
            issuer: input.token.issuer,
            rootcertbundle: input.token.rootCertBundlePath,
          },
        }
      : {}),
  };
  const config = {
    version: '0.1',
    // Warnings and errors only: the log exists to explain a failed startup, not to trace requests.
    log: { level: 'warn', formatter: 'text', accesslog: { disabled: true } },
    storage: {
      filesystem: { rootdirectory: input.storageDir },
      delete: { enabled: true },
    },
    http: {
      addr: `127.0.0.1:${input.port}`,
      secret: input.httpSecret,
      ...(input.relativeUrls ? { relativeurls: true } : {}),
      ...(input.tls ? { tls: { certificate: input.tls.certificatePath, key: input.tls.keyPath } } : {}),
    },
    ...(Object.keys(auth).length > 0 ? { auth } : {}),
  };
  return stringify(config);
}
