/**
 * Child process for the TLS tests: Node reads NODE_EXTRA_CA_CERTS only at start-up, so trusting
 * the harness CA the way users do needs a fresh process. Reads a TlsPushJob on stdin (credentials
 * stay out of argv), pushes a sample artifact and prints a TlsPushOutcome on stdout.
 */
import { RegistryClient } from '../../../src/oci/registry-client.js';
import { RegistryError } from '../../../src/oci/registry-error.js';
import { UserError } from '../../../src/runtime/user-error.js';
import { sampleArtifact } from './sample-artifact.js';

export interface TlsPushJob {
  registry: string;
  credentials: { username: string; password: string };
  repository: string;
  tag: string;
}

export type TlsPushOutcome =
  | { pushed: true; digest: string; resolved: string | undefined; manifest: string }
  | {
      pushed: false;
      name: string;
      message: string;
      hint: string | undefined;
      retryable: boolean | undefined;
    };

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const job = JSON.parse(Buffer.concat(chunks).toString('utf8')) as TlsPushJob;

let outcome: TlsPushOutcome;
try {
  const client = new RegistryClient({ registry: job.registry, credentials: job.credentials });
  const packed = sampleArtifact(64);
  const { digest } = await client.pushArtifact(job.repository, packed, [job.tag]);
  const resolved = await client.resolveTag(job.repository, job.tag);
  outcome = { pushed: true, digest, resolved, manifest: packed.manifestBytes.toString('base64') };
} catch (error) {
  const failure = error as Error;
  outcome = {
    pushed: false,
    name: failure.name,
    message: failure.message,
    hint: error instanceof UserError ? error.hint : undefined,
    retryable: error instanceof RegistryError ? error.retryable : undefined,
  };
}
process.stdout.write(JSON.stringify(outcome));
