import { resolve } from 'node:path';
import { LazyCommandRunner } from '../exec/lazy-command-runner.js';
import { artifactTags } from '../oci/artifact-tags.js';
import { connectRegistry } from '../oci/connect-registry.js';
import {
  parseAnnotations,
  parseRepositories,
  sourceAndRevision,
  type OciPushInputs,
} from '../oci/oci-push-inputs.js';
import { packageTargets } from '../oci/package-artifact.js';
import { publishArtifact, type PublishOutcome } from '../oci/publish-artifact.js';
import { pushReport } from '../oci/push-report.js';
import type { ActionDefinition } from '../runtime/action.js';

type OciPushOutput = 'digest' | 'ref' | 'url' | 'tags' | 'operation' | 'size';

const ociPush: ActionDefinition<OciPushInputs, OciPushOutput> = {
  async run(inputs, { log, github, env }) {
    const { repository, mountFrom } = parseRepositories(inputs);
    const tags = artifactTags(inputs.tags, { semverTags: inputs['semver-tags'] });
    const { source, revision } = await sourceAndRevision(inputs, github, log);
    const targets = await log.group(`Package ${inputs.path} as ${inputs.kind}`, () =>
      packageTargets({
        kind: inputs.kind,
        path: resolve(github.workspace, inputs.path),
        repository,
        tags,
        moduleTagSuffix: inputs['module-tag-suffix'],
        pack: {
          source,
          revision,
          reproducible: inputs.reproducible,
          annotations: parseAnnotations(inputs.annotations),
          ignorePaths: inputs['ignore-paths'],
          symlinks: inputs['follow-symlinks'] ? 'follow-inside' : 'refuse',
        },
      }),
    );
    const client = inputs['dry-run']
      ? undefined
      : await connectRegistry(repository.registry, {
          explicit: inputs.password
            ? { username: inputs.username ?? 'oauth2', password: inputs.password }
            : undefined,
          env,
          runner: new LazyCommandRunner(log),
          plainHttp: inputs['plain-http'],
          log,
        });
    const outcomes: PublishOutcome[] = [];
    for (const target of targets) {
      outcomes.push(
        await log.group(`Push ${target.name}:${target.tags.join(',')}`, () =>
          publishArtifact(client, target, {
            overwrite: inputs.overwrite,
            log,
            mountFrom: mountFrom?.repository,
          }),
        ),
      );
    }
    const [main] = outcomes as [PublishOutcome];
    return {
      outputs: {
        digest: main.digest,
        ref: `${main.target.name}@${main.digest}`,
        url: `oci://${main.target.name}:${main.target.tags[0]}`,
        tags: main.target.tags.join('\n'),
        operation: outcomes.every((o) => o.operation === 'unchanged') ? 'unchanged' : main.operation,
        size: String(main.size),
      },
      report: pushReport(outcomes, inputs.kind),
    };
  },
};

export default ociPush;
