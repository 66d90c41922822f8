import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { skipIntegration } from '../../harness/skip-integration.js';

const run = promisify(execFile);

/**
 * Whether skopeo can read pushed content back. Missing, it skips those checks with a visible notice,
 * except under REQUIRE_INTEGRATION=1 (CI), where a silent skip would hide a broken setup.
 */
export function skopeoEnabled(): boolean {
  if (spawnSync('skopeo', ['--version']).status === 0) return true;
  const notice =
    'skopeo is not installed: reading pushed content back with skopeo is skipped (apt-get install skopeo)';
  return skipIntegration(notice);
}

export interface SkopeoAccess {
  /** A containers auth.json (same format as Docker's config.json `auths`); credentials never go in argv. */
  authfile?: string;
  /** A directory with the CA as `*.crt`, for HTTPS registries with a private CA. */
  certDir?: string;
}

/** `skopeo inspect --raw`: the manifest bytes exactly as the registry serves them. */
export async function skopeoInspectRaw(reference: string, access: SkopeoAccess = {}): Promise<Buffer> {
  const tls = access.certDir ? ['--cert-dir', access.certDir] : ['--tls-verify=false'];
  const auth = access.authfile ? ['--authfile', access.authfile] : ['--no-creds'];
  const { stdout } = await run('skopeo', ['inspect', '--raw', ...tls, ...auth, `docker://${reference}`], {
    encoding: 'buffer',
  });
  return stdout;
}

/**
 * `skopeo copy docker://<reference> oci:<layoutDir>:<tag>`: the artifact as an OCI image layout on
 * disk, digests preserved, so tests can open its blobs with ordinary tools.
 */
export async function skopeoCopyToOciLayout(
  reference: string,
  layoutDir: string,
  tag: string,
  access: SkopeoAccess = {},
): Promise<void> {
  const tls = access.certDir ? ['--src-cert-dir', access.certDir] : ['--src-tls-verify=false'];
  const auth = access.authfile ? ['--src-authfile', access.authfile] : ['--src-no-creds'];
  await run(
    'skopeo',
    [
      'copy',
      '--quiet',
      '--preserve-digests',
      ...tls,
      ...auth,
      `docker://${reference}`,
      `oci:${layoutDir}:${tag}`,
    ],
    { encoding: 'buffer' },
  );
}
