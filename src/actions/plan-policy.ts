import { resolve } from 'node:path';
import { checkPlans } from '../policy/check-plans.js';
import type { PlanPolicyInputs } from '../policy/plan-policy-inputs.js';
import { publishOutcome } from '../policy/publish-outcome.js';
import { renderPolicyMarkdown } from '../policy/report-markdown.js';
import { writeReports } from '../policy/report-files.js';
import { failsVerdict, reportJson } from '../policy/verdict.js';
import type { ActionDefinition } from '../runtime/action.js';

type PlanPolicyOutput =
  'verdict' | 'auto-approve' | 'report' | 'sarif-file' | 'junit-file' | 'check-run-url' | 'comment-url';

/** The job summary's limit is 1 MiB; the rest of the step's summary needs none of it. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024;

const planPolicy: ActionDefinition<PlanPolicyInputs, PlanPolicyOutput> = {
  async run(inputs, { log, github }) {
    const workspace = github.workspace;
    // Relative to the workspace; an absolute path stays as it is.
    const inWorkspace = (path: string) => resolve(workspace, path);
    const outcome = await checkPlans({
      workspace,
      plans: inputs.plans,
      policy: inputs.policy === undefined ? undefined : inWorkspace(inputs.policy),
      failOn: inputs['fail-on'],
      now: new Date(),
      rego: inputs['rego-policies']?.length
        ? {
            policyPaths: inputs['rego-policies'].map(inWorkspace),
            regoV0: inputs['rego-v0'],
            opa: {
              version: inputs['opa-version']?.replace(/^v/, ''),
              sha256: inputs['opa-sha256'],
              downloadBaseUrl: inputs['opa-download-url'],
              platform: process.platform,
              arch: process.arch,
              installer: new (await import('../runtime/tool-installer.js')).ActionsToolInstaller(),
            },
          }
        : undefined,
      log,
    });
    const files = await writeReports(outcome, {
      sarif: inputs.sarif === undefined ? undefined : inWorkspace(inputs.sarif),
      junit: inputs.junit === undefined ? undefined : inWorkspace(inputs.junit),
      failOn: inputs['fail-on'],
      log,
    });
    const checkName = inputs['check-name'];
    const published = await publishOutcome(outcome, {
      github,
      token: inputs.token,
      checkRun: inputs['check-run'],
      checkName,
      comment: inputs.comment,
      log,
    });
    return {
      outputs: {
        verdict: outcome.verdict,
        'auto-approve': String(outcome.autoApprove),
        report: reportJson(outcome),
        'sarif-file': files.sarif ?? '',
        'junit-file': files.junit ?? '',
        'check-run-url': published.checkRunUrl ?? '',
        'comment-url': published.commentUrl ?? '',
      },
      report: () => renderPolicyMarkdown(outcome, { maxChars: SUMMARY_LIMIT, checkName }),
      failure:
        outcome.verdict === 'fail'
          ? `${outcome.findings.filter((f) => failsVerdict(f, inputs['fail-on'])).length} finding(s) fail the policy (fail-on: ${inputs['fail-on']})`
          : undefined,
    };
  },
};

export default planPolicy;
