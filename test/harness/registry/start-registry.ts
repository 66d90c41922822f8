import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServerCertificates, createSigningCertificate } from './certificates.js';
import { cleanUpOnExit } from './exit-cleanup.js';
import { freePort } from './free-port.js';
import { htpasswdLine, type Credentials } from './htpasswd.js';
import { registryConfigYaml, type RegistryConfigInput } from './registry-config.js';
import { spawnRegistry, type RegistryProcess } from './registry-process.js';
import { startTokenIssuer, type TokenIssuer, type TokenIssuerOptions } from './token-issuer.js';
import { waitUntilAnswering } from './wait-until-answering.js';

export type RegistryOptions = (
  | { variant: 'anonymous' }
  | { variant: 'htpasswd'; credentials?: Credentials }
  /** HTTPS with a throwaway CA, plus htpasswd auth since credentials are what TLS protects. */
  | { variant: 'tls'; credentials?: Credentials }
  | { variant: 'token'; token: TokenIssuerOptions }
) & {
  /** Answer with relative `Location` headers (distribution's `http.relativeurls`). */
  relativeUrls?: boolean;
};

export type RegistryVariant = RegistryOptions['variant'];

interface RegistryBase {
  /** `http://127.0.0.1:port` or `https://127.0.0.1:port`, without a trailing slash. */
  url: string;
  /** `127.0.0.1:port`, the registry part of an image reference. */
  host: string;
  stop(): Promise<void>;
}

export interface AnonymousRegistry extends RegistryBase {
  variant: 'anonymous';
}

export interface HtpasswdRegistry extends RegistryBase {
  variant: 'htpasswd';
  credentials: Credentials;
}

export interface TlsRegistry extends RegistryBase {
  variant: 'tls';
  credentials: Credentials;
  /** PEM of the CA that issued the server certificate; clients must trust it explicitly. */
  caCert: string;
  caCertPath: string;
}

export interface TokenRegistry extends RegistryBase {
  variant: 'token';
  tokenIssuer: TokenIssuer;
}

export type RunningRegistry = AnonymousRegistry | HtpasswdRegistry | TlsRegistry | TokenRegistry;

const portAttempts = 3;

/**
 * Starts a real distribution registry on 127.0.0.1 with storage in a fresh temp dir and resolves
 * once `/v2/` answers. Always `stop()` it (e.g. in `afterAll`); an exit hook is only the backstop.
 */
export async function startRegistry<O extends RegistryOptions>(
  options: O,
): Promise<Extract<RunningRegistry, { variant: O['variant'] }>> {
  const dir = mkdtempSync(join(tmpdir(), 'registry-harness-'));
  const removeDir = (): void => rmSync(dir, { recursive: true, force: true });
  const forgetDir = cleanUpOnExit(removeDir);
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async (): Promise<void> => {
    await Promise.allSettled(stops.map((stop) => stop()));
    removeDir();
    forgetDir();
  };
  try {
    const setup = await prepare(options, dir, stops);
    const { registry, url } = await launch(dir, setup);
    stops.push(() => registry.kill());
    const running = {
      ...setup.details,
      variant: options.variant,
      url,
      host: new URL(url).host,
      stop: stopAll,
    };
    return running as Extract<RunningRegistry, { variant: O['variant'] }>;
  } catch (error) {
    await stopAll();
    throw error;
  }
}

interface Setup {
  config: Omit<RegistryConfigInput, 'port'>;
  ca?: string;
  details: Partial<Omit<TlsRegistry, keyof RegistryBase | 'variant'>> & { tokenIssuer?: TokenIssuer };
}

async function prepare(
  options: RegistryOptions,
  dir: string,
  stops: (() => Promise<void>)[],
): Promise<Setup> {
  const storageDir = join(dir, 'storage');
  mkdirSync(storageDir);
  const config = {
    storageDir,
    httpSecret: randomBytes(24).toString('hex'),
    ...(options.relativeUrls ? { relativeUrls: true } : {}),
  };
  switch (options.variant) {
    case 'anonymous':
      return { config, details: {} };
    case 'htpasswd': {
      const credentials = options.credentials ?? generatedCredentials();
      return {
        config: { ...config, htpasswdPath: await writeHtpasswd(dir, credentials) },
        details: { credentials },
      };
    }
    case 'tls': {
      const credentials = options.credentials ?? generatedCredentials();
      const certificates = await createServerCertificates(dir);
      return {
        config: {
          ...config,
          htpasswdPath: await writeHtpasswd(dir, credentials),
          tls: { certificatePath: certificates.certificatePath, keyPath: certificates.keyPath },
        },
        ca: certificates.caCert,
        details: { credentials, caCert: certificates.caCert, caCertPath: certificates.caCertPath },
      };
    }
    case 'token': {
      const signer = await createSigningCertificate(dir);
      const tokenIssuer = await startTokenIssuer(signer, options.token);
      stops.push(() => tokenIssuer.stop());
      const { realm, service, issuer } = tokenIssuer;
      return {
        config: { ...config, token: { realm, service, issuer, rootCertBundlePath: signer.certificatePath } },
        details: { tokenIssuer },
      };
    }
  }
}

async function launch(dir: string, setup: Setup): Promise<{ registry: RegistryProcess; url: string }> {
  const configPath = join(dir, 'config.yml');
  const logPath = join(dir, 'registry.log');
  const scheme = setup.config.tls ? 'https' : 'http';
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    writeFileSync(configPath, registryConfigYaml({ ...setup.config, port }));
    const registry = spawnRegistry(configPath, logPath);
    const url = `${scheme}://127.0.0.1:${port}`;
    const log = (): string => readFileSync(logPath, 'utf8');
    try {
      await waitUntilAnswering(url, registry, { ca: setup.ca, diagnostics: log });
      return { registry, url };
    } catch (error) {
      await registry.kill();
      // freePort() cannot reserve the port, so another process may have taken it meanwhile.
      if (attempt < portAttempts && log().includes('address already in use')) continue;
      throw error;
    }
  }
}

async function writeHtpasswd(dir: string, credentials: Credentials): Promise<string> {
  const path = join(dir, 'htpasswd');
  writeFileSync(path, `${await htpasswdLine(credentials)}\n`);
  return path;
}

function generatedCredentials(): Credentials {
  return { username: 'gitops-tester', password: randomBytes(18).toString('base64url') };
}
