import type { CommandRunner } from '../exec/command.js';
import type { Log } from '../runtime/log.js';
import { UserError } from '../runtime/user-error.js';
import { connectRegistry } from './connect-registry.js';
import { parseOciReference } from './oci-reference.js';

/**
 * The digest a tag names right now, so that an environment can be pinned to exactly what was
 * verified: a tag can move, a digest cannot. Credentials as for a push (Docker config, then
 * GITHUB_TOKEN for ghcr.io); public images need none.
 */
export async function resolveTagDigest(
  image: string,
  tag: string,
  options: { env: NodeJS.ProcessEnv; runner: CommandRunner; plainHttp: boolean; log: Log },
): Promise<string> {
  const reference = parseOciReference(image);
  const client = await connectRegistry(reference.registry, options);
  const digest = await client.resolveTag(reference.repository, tag);
  if (digest === undefined) {
    throw new UserError(`pin-digests: ${image}:${tag} does not exist in the registry`, {
      hint: 'push the image first, or check the tag; bump pins only tags that exist',
    });
  }
  return digest;
}
