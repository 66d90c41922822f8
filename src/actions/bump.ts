import { NodeCommandRunner } from '../exec/node-command-runner.js';
import { resolveTagDigest } from '../oci/pin-digest.js';
import { commitAndPush } from '../git/commit-and-push.js';
import { Git } from '../git/git.js';
import type { ActionDefinition } from '../runtime/action.js';
import { AtomicWriteBatch } from '../values/atomic-write.js';
import { allChanges, bumpReport, defaultCommitMessage, logChanges } from '../values/bump-report.js';
import { bumpRequest, type BumpInputs } from '../values/bump-inputs.js';
import { planBump } from '../values/plan-bump.js';
import { resolveValueFiles, workspacePath } from '../values/value-files.js';

type BumpOutput = 'changed' | 'changed-files' | 'changes' | 'commit-sha';

const bump: ActionDefinition<BumpInputs, BumpOutput> = {
  async run(inputs, { log, github, env }) {
    const request = bumpRequest(inputs);
    if (inputs['pin-digests'] && request.image?.tag) {
      const { image, tag } = request.image;
      request.image.digest = await log.group(`Resolve ${image.original}:${tag}`, async () => {
        const digest = await resolveTagDigest(image.original, tag, {
          env,
          runner: new NodeCommandRunner(log),
          plainHttp: inputs['plain-http'],
          log,
        });
        log.info(`${image.original}:${tag} is ${digest}.`);
        return digest;
      });
    }
    const workspace = github.workspace;
    const files = await log.group('Find value files', async () => {
      const found = await resolveValueFiles(workspace, inputs.files);
      log.info(`${found.length} file(s) match.`);
      return found;
    });
    const plan = await log.group('Plan changes', () => planBump(workspace, files, request));
    logChanges(allChanges(plan), log);
    let commitSha = '';
    if (!inputs['dry-run'] && plan.bumps.length > 0) {
      await log.group('Write files', () => {
        const writes = new AtomicWriteBatch();
        for (const b of plan.bumps) writes.stage(workspacePath(workspace, b.file), b.after);
        return writes.commit();
      });
      if (inputs.commit) {
        commitSha = await log.group('Commit and push', async () => {
          const auth = inputs.token ? { serverUrl: github.serverUrl, token: inputs.token } : undefined;
          const git = new Git(new NodeCommandRunner(log), workspace, { auth, log });
          const paths = plan.bumps.map((b) => workspacePath(workspace, b.file));
          const message = inputs['commit-message'] ?? defaultCommitMessage(plan, request);
          return (await commitAndPush({ git, paths, message, log })).sha ?? '';
        });
      }
    }
    return {
      outputs: {
        changed: String(plan.bumps.length > 0),
        'changed-files': plan.bumps.map((b) => b.file).join('\n'),
        changes: JSON.stringify(
          allChanges(plan).map(({ file, line, path, from, to }) => ({ file, line, path, from, to })),
        ),
        'commit-sha': commitSha,
      },
      report: bumpReport(plan, { dryRun: inputs['dry-run'], commitSha }),
    };
  },
};

export default bump;
