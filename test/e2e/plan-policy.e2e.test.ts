/**
 * `dist/plan-policy/index.js` run as the runner runs it, against the spec-validated fake GitHub on
 * a pull_request event whose head commit differs from GITHUB_SHA (the merge commit), as on GitHub.
 *
 * The Rego path runs through a fake `opa` (test/fixtures/rego/bin/opa): no real OPA binary can be
 * installed on these machines. The script checks its argv and prints the output shape OPA documents
 * for `opa eval --format json`.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicyReportJson } from '../../src/policy/policy-report.js';
import { opaAsset } from '../../src/policy/rego/opa-binary.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github/index.js';
import { runBundle, runCli, type ActionRun } from '../harness/run-action.js';
import { skipIntegration } from '../harness/skip-integration.js';

const SYNTHETIC = resolve(import.meta.dirname, '../fixtures/plans/synthetic');
const REGO = resolve(import.meta.dirname, '../fixtures/rego');
const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/plans');
const OWNER = 'acme';
const REPO = 'gitops';
const TOKEN = 'ghs_planPolicyE2eToken0123456789';
const NOT_ACCESSIBLE = {
  status: 403,
  body: {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest',
    status: '403',
  },
};
const FORK_HINT =
  ': add it under `permissions:` in the workflow or job. Pull requests from forks get a read-only ' +
  'GITHUB_TOKEN whatever the workflow asks for; report from a `workflow_run` or `pull_request_target` ' +
  'workflow instead';
/** The three synthetic plans of the failing case and the ten findings the default policy makes of them. */
const FAILING_PLANS = ['forget.json', 'iam.json', 'replace-delete-before-create.json'];
const FAILING_FINDINGS = [
  ['no-destroy', 'plans/forget.json', 'aws_s3_bucket.logs'],
  ['no-destroy', 'plans/iam.json', 'azurerm_role_assignment.ops'],
  ['no-direct-iam', 'plans/iam.json', 'aws_iam_role.ci'],
  ['no-direct-iam', 'plans/iam.json', 'module.roles.aws_iam_role.this["reader"]'],
  ['no-direct-iam', 'plans/iam.json', 'google_project_iam_member.ci_editor'],
  ['no-direct-iam', 'plans/iam.json', 'azurerm_role_assignment.ops'],
  ['no-direct-iam', 'plans/iam.json', 'kubernetes_cluster_role_binding.admins'],
  ['no-direct-iam', 'plans/iam.json', 'module.rbac.kubernetes_cluster_role_binding.this["viewers"]'],
  ['no-replace', 'plans/replace-delete-before-create.json', 'aws_db_instance.orders'],
  ['no-replace', 'plans/replace-delete-before-create.json', 'aws_instance.worker[0]'],
];
const NO_CHANGES = {
  create: 0,
  update: 0,
  delete: 0,
  replace: 0,
  forget: 0,
  'replace-forget': 0,
  read: 0,
  'no-op': 0,
  unknown: 0,
};

let workspace: string;
let fake: FakeGitHub;
let headSha: string;
let mergeSha: string;
let pullNumber: number;

beforeEach(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'plan-policy-e2e-'));
  fake = await startFakeGitHub();
  fake.seedRepo({ owner: OWNER, repo: REPO });
  headSha = fake.seedCommit({
    owner: OWNER,
    repo: REPO,
    branch: 'stack-network',
    files: { 'stacks/network/main.tf': 'resource "aws_s3_bucket" "assets" {}\n' },
  });
  // The runner checks out refs/pull/N/merge: GITHUB_SHA is that commit, never the PR head.
  mergeSha = fake.seedCommit({
    owner: OWNER,
    repo: REPO,
    branch: 'pull-merge',
    from: 'stack-network',
    files: {},
  });
  pullNumber = seedPullRequest();
});

afterEach(async () => {
  rmSync(workspace, { recursive: true, force: true });
  try {
    fake.assertNoViolations();
  } finally {
    await fake.close();
  }
});

/** An open pull request from stack-network into main, straight into the fake's state. */
function seedPullRequest(): number {
  const issue = fake.seedIssue({ owner: OWNER, repo: REPO, title: 'network: assets bucket and jobs queue' });
  issue.pull = {
    id: fake.state.nextId(),
    head: 'stack-network',
    headSha,
    base: 'main',
    draft: false,
    maintainerCanModify: true,
    merged: false,
    requestedReviewers: [],
    requestedTeams: [],
  };
  return issue.number;
}

/** A trimmed `pull_request` webhook payload with its fields in their real places. */
function pullRequestEvent(): object {
  const repository = {
    id: 1296269,
    name: REPO,
    full_name: `${OWNER}/${REPO}`,
    private: true,
    owner: { login: OWNER, id: 1, type: 'Organization' },
    default_branch: 'main',
    html_url: `https://github.com/${OWNER}/${REPO}`,
  };
  const user = { login: 'octocat', id: 583231, type: 'User' };
  return {
    action: 'synchronize',
    number: pullNumber,
    before: '9049f1265b7d61be4a8904a9a27120d2064dab3b',
    after: headSha,
    pull_request: {
      url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${pullNumber}`,
      id: 1934,
      number: pullNumber,
      state: 'open',
      locked: false,
      title: 'network: assets bucket and jobs queue',
      user,
      draft: false,
      merged: false,
      merge_commit_sha: mergeSha,
      head: { label: `${OWNER}:stack-network`, ref: 'stack-network', sha: headSha, user, repo: repository },
      base: {
        label: `${OWNER}:main`,
        ref: 'main',
        sha: fake.refs(OWNER, REPO)['refs/heads/main'],
        repo: repository,
      },
    },
    repository,
    sender: user,
  };
}

/** The bundle on a pull_request run whose API is the fake (dotcom layout unless `apiUrl` says otherwise). */
function runOnPullRequest(
  inputs: Record<string, string>,
  options: { apiUrl?: string; env?: Record<string, string> } = {},
): Promise<ActionRun> {
  return runBundle('plan-policy', {
    workspace,
    inputs: { token: TOKEN, ...inputs },
    eventName: 'pull_request',
    event: pullRequestEvent(),
    env: {
      GITHUB_API_URL: options.apiUrl ?? fake.url,
      GITHUB_SHA: mergeSha,
      GITHUB_REF: `refs/pull/${pullNumber}/merge`,
      GITHUB_REF_NAME: `${pullNumber}/merge`,
      GITHUB_HEAD_REF: 'stack-network',
      GITHUB_BASE_REF: 'main',
      ...options.env,
    },
  });
}

/** A plan of two creates, the kind of change auto-approve exists for. */
function writeCreateOnlyPlan(file = 'plans/network.json'): void {
  const resource = (type: string, name: string, after: object) => ({
    address: `${type}.${name}`,
    mode: 'managed',
    type,
    name,
    provider_name: 'registry.terraform.io/hashicorp/aws',
    change: {
      actions: ['create'],
      before: null,
      after,
      after_unknown: { arn: true, id: true },
      before_sensitive: false,
      after_sensitive: {},
    },
  });
  writePlan(file, {
    format_version: '1.2',
    terraform_version: '1.9.5',
    resource_changes: [
      resource('aws_s3_bucket', 'assets', { bucket: 'acme-prod-assets', tags: { Owner: 'platform' } }),
      resource('aws_sqs_queue', 'jobs', { name: 'acme-prod-jobs', tags: { Owner: 'platform' } }),
    ],
    configuration: { root_module: {} },
    applyable: true,
    complete: true,
    errored: false,
  });
}

function writePlan(file: string, plan: object): void {
  mkdirSync(dirname(join(workspace, file)), { recursive: true });
  writeFileSync(join(workspace, file), JSON.stringify(plan));
}

function copyPlans(names: readonly string[]): void {
  mkdirSync(join(workspace, 'plans'), { recursive: true });
  for (const name of names) copyFileSync(join(SYNTHETIC, name), join(workspace, 'plans', name));
}

function reportOf(run: ActionRun): PolicyReportJson {
  return JSON.parse(run.outputs.report ?? '') as PolicyReportJson;
}

const operations = () => fake.requests.map((request) => request.operationId);
const checkRuns = () => [...fake.repo(OWNER, REPO).checkRuns.values()];
const comments = () => [...fake.repo(OWNER, REPO).comments.values()];
const errorLines = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::error'));

describe('dist/plan-policy/index.js on a pull request', () => {
  it('passes a create-only plan: outputs, job summary, a check run on the PR head and one comment', async () => {
    writeCreateOnlyPlan();
    const run = await runOnPullRequest({ plans: 'plans/*.json', 'check-name': 'policy / network' });

    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs['auto-approve']).toBe('true');
    const counts = { ...NO_CHANGES, create: 2 };
    expect(reportOf(run)).toEqual({
      version: 1,
      verdict: 'pass',
      autoApprove: true,
      counts,
      plans: [{ plan: 'plans/network.json', tool: 'terraform', formatVersion: '1.2', counts }],
      findings: [],
      findingsOmitted: 0,
    });
    expect(run.outputs['sarif-file']).toBe('');
    expect(run.outputs['junit-file']).toBe('');
    expect(run.summary.split('\n')[0]).toBe('### ✅ policy / network: pass');
    expect(run.summary).toContain('| `plans/network.json` | 2 | 0 | 0 | 0 |');
    expect(run.summary).toContain('aws_sqs_queue.jobs');

    expect(operations()).toEqual(['checks/create', 'issues/list-comments', 'issues/create-comment']);
    expect(fake.tokensSeen).toEqual([TOKEN]);
    const [check, ...moreChecks] = checkRuns();
    expect(moreChecks).toEqual([]);
    expect(check).toMatchObject({
      name: 'policy / network',
      headSha,
      status: 'completed',
      conclusion: 'success',
      detailsUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/1658821493`,
      output: { title: 'no findings; auto-approve' },
    });
    expect(check?.headSha).not.toBe(mergeSha);
    expect(run.outputs['check-run-url']).toBe(`${fake.url}/${OWNER}/${REPO}/runs/${check?.id}`);
    const [comment, ...moreComments] = comments();
    expect(moreComments).toEqual([]);
    expect(comment?.issueNumber).toBe(pullNumber);
    expect(comment?.body.split('\n')[0]).toBe('<!-- gitops-actions:plan-policy:policy-network -->');
    expect(comment?.body).toContain('aws_s3_bucket.assets');
    expect(run.outputs['comment-url']).toMatch(
      new RegExp(`/pull/${pullNumber}#issuecomment-${comment?.id}$`),
    );
  });

  it('fails on delete, replace and IAM findings after writing every output, and updates its comment', async () => {
    copyPlans(FAILING_PLANS);
    const run = await runOnPullRequest({ plans: 'plans/*.json' });

    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual(['::error::plan-policy: 10 finding(s) fail the policy (fail-on: deny)']);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs['auto-approve']).toBe('false');
    const report = reportOf(run);
    expect(report.counts).toEqual({
      ...NO_CHANGES,
      create: 4,
      update: 1,
      delete: 1,
      replace: 2,
      forget: 1,
      read: 2,
      'no-op': 1,
    });
    expect(report.plans.map((plan) => plan.plan)).toEqual(FAILING_PLANS.map((name) => `plans/${name}`));
    expect(report.findings.map((f) => [f.rule, f.plan, f.address])).toEqual(FAILING_FINDINGS);
    expect(report.findings.every((f) => f.severity === 'deny' && f.exception === null)).toBe(true);
    expect(run.summary).toContain('aws_db_instance.orders');
    const [check] = checkRuns();
    expect(check).toMatchObject({ name: 'plan-policy', headSha, conclusion: 'failure' });
    expect(check?.output.title).toMatch(/^10 denied; no auto-approve: /);
    const [first] = comments();
    expect(first?.body).toContain('azurerm_role_assignment.ops');

    // The next push: only the forget is left. Same comment, edited; a new check run.
    rmSync(join(workspace, 'plans/iam.json'));
    rmSync(join(workspace, 'plans/replace-delete-before-create.json'));
    fake.requests.length = 0;
    const again = await runOnPullRequest({ plans: 'plans/*.json' });

    expect(again.exitCode).toBe(1);
    expect(errorLines(again)).toEqual(['::error::plan-policy: 1 finding(s) fail the policy (fail-on: deny)']);
    expect(operations()).toEqual(['checks/create', 'issues/list-comments', 'issues/update-comment']);
    expect(comments()).toHaveLength(1);
    const [updated] = comments();
    expect(updated?.id).toBe(first?.id);
    expect(updated?.body).toContain('aws_s3_bucket.logs');
    expect(updated?.body).not.toContain('azurerm_role_assignment.ops');
    expect(again.outputs['comment-url']).toBe(run.outputs['comment-url']);
    expect(checkRuns().map((c) => [c.name, c.conclusion, c.output.title])).toEqual([
      ['plan-policy', 'failure', check?.output.title],
      ['plan-policy', 'failure', expect.stringMatching(/^1 denied; no auto-approve: /)],
    ]);
  });

  it('comment: off asks nothing of the PR conversation', async () => {
    writeCreateOnlyPlan();
    const run = await runOnPullRequest({ plans: 'plans/network.json', comment: 'off' });

    expect(run.exitCode).toBe(0);
    expect(operations()).toEqual(['checks/create']);
    expect(comments()).toEqual([]);
    expect(run.outputs['comment-url']).toBe('');
    expect(run.outputs['check-run-url']).not.toBe('');
  });

  it('check-run: false creates no check run', async () => {
    writeCreateOnlyPlan();
    const run = await runOnPullRequest({ plans: 'plans/network.json', 'check-run': 'false' });

    expect(run.exitCode).toBe(0);
    expect(operations()).toEqual(['issues/list-comments', 'issues/create-comment']);
    expect(checkRuns()).toEqual([]);
    expect(run.outputs['check-run-url']).toBe('');
    expect(run.outputs['comment-url']).not.toBe('');
  });

  it('writes SARIF and JUnit where asked, and names them in the outputs', async () => {
    copyPlans(FAILING_PLANS);
    const run = await runOnPullRequest({
      plans: 'plans/*.json',
      sarif: 'reports/plan-policy.sarif',
      junit: 'reports/plan-policy.junit.xml',
      'check-run': 'false',
      comment: 'off',
    });

    expect(run.exitCode).toBe(1);
    expect(fake.requests).toEqual([]);
    const sarifFile = join(workspace, 'reports/plan-policy.sarif');
    const junitFile = join(workspace, 'reports/plan-policy.junit.xml');
    expect(run.outputs['sarif-file']).toBe(sarifFile);
    expect(run.outputs['junit-file']).toBe(junitFile);
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0]?.results).toHaveLength(FAILING_FINDINGS.length);
    expect(sarif.runs[0]?.results.map((result) => result.ruleId)).toEqual(
      FAILING_FINDINGS.map(([rule]) => rule),
    );
    const ruleIds = sarif.runs[0]?.tool.driver.rules.map((rule) => rule.id) ?? [];
    expect(ruleIds).toEqual(expect.arrayContaining(['no-destroy', 'no-direct-iam', 'no-replace']));
    const junit = readFileSync(junitFile, 'utf8');
    const suites = [...junit.matchAll(/<testsuite [^>]*name="([^"]*)"/g)].map((match) => match[1]);
    expect(suites).toEqual(FAILING_PLANS.map((name) => `plans/${name}`));
  });

  it('warns and still decides by the verdict when the token may not create check runs', async () => {
    writeCreateOnlyPlan();
    fake.injectFault({ method: 'POST', path: '/repos/{owner}/{repo}/check-runs', ...NOT_ACCESSIBLE });
    const run = await runOnPullRequest({ plans: 'plans/network.json' });

    expect(run.exitCode).toBe(0);
    expect(errorLines(run)).toEqual([]);
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning'));
    expect(warnings).toEqual([
      `::warning::GitHub refused to create check run "plan-policy" on ${OWNER}/${REPO}@${headSha.slice(0, 12)} ` +
        '(403 Resource not accessible by integration)%0A  hint: the token lacks `checks: write`' +
        FORK_HINT,
    ]);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs['check-run-url']).toBe('');
    expect(checkRuns()).toEqual([]);
    // The comment is a separate permission: it is still written.
    expect(comments()).toHaveLength(1);
    expect(fake.unusedFaults).toEqual([]);
  });

  it('fails by the verdict, not the refusal, when a failing run may not comment', async () => {
    copyPlans(['forget.json']);
    fake.injectFault({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      ...NOT_ACCESSIBLE,
    });
    const run = await runOnPullRequest({ plans: 'plans/forget.json' });

    expect(run.exitCode).toBe(1);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::warning'))).toEqual([
      `::warning::GitHub refused to comment on #${pullNumber} of ${OWNER}/${REPO} ` +
        '(403 Resource not accessible by integration)%0A  hint: the token lacks `pull-requests: write`' +
        FORK_HINT,
    ]);
    expect(errorLines(run)).toEqual(['::error::plan-policy: 1 finding(s) fail the policy (fail-on: deny)']);
    expect(run.outputs.verdict).toBe('fail');
    expect(checkRuns().map((check) => check.conclusion)).toEqual(['failure']);
    expect(comments()).toEqual([]);
  });

  it('works against a GitHub Enterprise Server API root', async () => {
    writeCreateOnlyPlan();
    const run = await runOnPullRequest({ plans: 'plans/network.json' }, { apiUrl: fake.ghesUrl });

    expect(run.exitCode).toBe(0);
    expect(fake.requests.map((request) => [request.operationId, request.ghes, request.status])).toEqual([
      ['checks/create', true, 201],
      ['issues/list-comments', true, 200],
      ['issues/create-comment', true, 201],
    ]);
    expect(checkRuns().map((check) => [check.headSha, check.conclusion])).toEqual([[headSha, 'success']]);
  });
});

describe('policy exceptions through the bundle', () => {
  const policyWith = (expires: string) =>
    [
      'version: 1',
      'exceptions:',
      '  - rule: no-destroy',
      '    address: aws_s3_bucket.logs',
      '    reason: CHG-42 the logs move to the central account',
      `    expires: ${expires}`,
      '',
    ].join('\n');

  const run = () =>
    runOnPullRequest({
      plans: 'plans/forget.json',
      policy: '.github/plan-policy.yml',
      'check-run': 'false',
      comment: 'off',
    });

  beforeEach(() => {
    copyPlans(['forget.json']);
    mkdirSync(join(workspace, '.github'));
  });

  it('an exception in force covers the finding and the verdict passes', async () => {
    writeFileSync(join(workspace, '.github/plan-policy.yml'), policyWith('2099-12-31'));
    const result = await run();

    expect(errorLines(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
    expect(reportOf(result).findings).toEqual([
      {
        rule: 'no-destroy',
        severity: 'deny',
        plan: 'plans/forget.json',
        address: 'aws_s3_bucket.logs',
        message: expect.stringContaining('aws_s3_bucket.logs'),
        blocksAutoApprove: true,
        exception: { reason: 'CHG-42 the logs move to the central account', expires: '2099-12-31' },
      },
    ]);
    expect(result.summary).toContain('Excepted findings (1)');
  });

  it('an expired exception covers nothing and is a blocking finding itself', async () => {
    writeFileSync(join(workspace, '.github/plan-policy.yml'), policyWith('2024-01-31'));
    const result = await run();

    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(result.outputs['auto-approve']).toBe('false');
    const findings = reportOf(result).findings;
    expect(findings.map((f) => [f.rule, f.severity, f.address, f.blocksAutoApprove, f.exception])).toEqual([
      ['no-destroy', 'deny', 'aws_s3_bucket.logs', true, null],
      ['exception-expired', 'deny', 'aws_s3_bucket.logs', true, null],
    ]);
    expect(findings[1]?.message).toContain('expired on 2024-01-31; remove it or renew it');
    expect(errorLines(result)).toEqual([
      '::error::plan-policy: 2 finding(s) fail the policy (fail-on: deny)',
    ]);
  });
});

describe('Rego policies through the bundle, with a fake opa on PATH', () => {
  let argvLog: string;
  beforeEach(() => {
    writeCreateOnlyPlan();
    cpSync(join(REGO, 'policy'), join(workspace, 'policy'), { recursive: true });
    argvLog = join(workspace, 'opa-argv.log');
  });

  const run = (inputs: Record<string, string> = {}) =>
    runOnPullRequest(
      {
        plans: 'plans/network.json',
        'rego-policies': 'policy',
        'check-run': 'false',
        comment: 'off',
        ...inputs,
      },
      {
        env: {
          PATH: `${join(REGO, 'bin')}${delimiter}${process.env.PATH ?? ''}`,
          FAKE_OPA_ARGV_LOG: argvLog,
        },
      },
    );

  it('merges the deny results as rego:main findings, which fail the verdict', async () => {
    const result = await run();

    expect(result.exitCode).toBe(1);
    expect(readFileSync(argvLog, 'utf8').split('\n')).toEqual([
      'version',
      `eval --format json --data ${join(workspace, 'policy')} --input ${join(workspace, 'plans/network.json')} data`,
      '',
    ]);
    expect(result.outputs.verdict).toBe('fail');
    expect(result.outputs['auto-approve']).toBe('false');
    expect(reportOf(result).findings).toEqual([
      {
        rule: 'rego:main',
        severity: 'deny',
        plan: 'plans/network.json',
        address: null,
        message: 'aws_s3_bucket.assets: buckets must carry a lifecycle rule',
        blocksAutoApprove: true,
        exception: null,
      },
    ]);
    expect(errorLines(result)).toEqual([
      '::error::plan-policy: 1 finding(s) fail the policy (fail-on: deny)',
    ]);
  });

  it('passes --v0-compatible with rego-v0: true', async () => {
    const result = await run({ 'rego-v0': 'true' });

    expect(result.outputs.verdict).toBe('fail');
    expect(readFileSync(argvLog, 'utf8').split('\n')[1]).toBe(
      `eval --format json --v0-compatible --data ${join(workspace, 'policy')} --input ${join(workspace, 'plans/network.json')} data`,
    );
  });
});

describe('bad inputs and files', () => {
  const expectNoStack = (run: ActionRun) => {
    expect(run.stdout).not.toContain('unexpected error');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  };

  it('names an invalid fail-on and writes no outputs', async () => {
    writeCreateOnlyPlan();
    const run = await runOnPullRequest({ plans: 'plans/network.json', 'fail-on': 'sometimes' });

    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("'fail-on' must be one of deny, warn, never (got 'sometimes')");
    expect(run.outputs).toEqual({});
    expect(fake.requests).toEqual([]);
    expectNoStack(run);
  });

  it('names a missing plan file', async () => {
    const run = await runOnPullRequest({ plans: 'plans/missing.json' });

    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toHaveLength(1);
    expect(errorLines(run)[0]).toMatch(
      /^::error file=plans\/missing\.json::plan-policy: cannot read the plan plans\/missing\.json: no such file%0A {2}hint: .*terraform show -json tfplan > plan\.json/,
    );
    expect(fake.requests).toEqual([]);
    expectNoStack(run);
  });

  it('refuses a state JSON from the corpus with a message saying what it is', async (context) => {
    const index = join(CORPUS, 'INDEX.tsv');
    if (!existsSync(index)) {
      skipIntegration(`${CORPUS} is absent: the corpus state JSON was not tried`);
      context.skip();
    }
    const state = readFileSync(index, 'utf8')
      .split('\n')
      .map((line) => line.split('\t'))
      .find((fields) => fields[13] === 'state')?.[0];
    if (state === undefined) throw new Error('INDEX.tsv lists no state JSON');
    mkdirSync(join(workspace, 'plans'));
    copyFileSync(join(CORPUS, state), join(workspace, 'plans/state.json'));
    const run = await runOnPullRequest({ plans: 'plans/state.json' });

    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toHaveLength(1);
    expect(errorLines(run)[0]).toMatch(
      new RegExp(
        '^::error file=plans/state\\.json::plan-policy: plans/state\\.json is a state JSON ' +
          '\\(`terraform show -json` without a plan file\\), not a plan JSON: it has no resource_changes' +
          '%0A  hint: write the plan to a file and convert it: `terraform plan -out=tfplan && terraform show -json tfplan > plan\\.json`',
      ),
    );
    expect(fake.requests).toEqual([]);
    expectNoStack(run);
  });
});

describe('the CLI', () => {
  it('prints the outputs as one JSON object and exits 1 on a failing plan, publishing nothing', async () => {
    copyPlans(['replace-delete-before-create.json']);
    const run = await runCli(
      ['plan-policy', '--plans', 'plans/replace-delete-before-create.json', '--json'],
      {
        cwd: workspace,
        // A token and an API root, but no workflow (no GITHUB_REPOSITORY): nothing is published.
        env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.url },
      },
    );

    expect(run.exitCode).toBe(1);
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    const outputs = JSON.parse(run.stdout) as Record<string, string>;
    expect(Object.keys(outputs)).toEqual([
      'verdict',
      'auto-approve',
      'report',
      'sarif-file',
      'junit-file',
      'check-run-url',
      'comment-url',
    ]);
    expect(outputs).toMatchObject({
      verdict: 'fail',
      'auto-approve': 'false',
      'check-run-url': '',
      'comment-url': '',
    });
    const report = JSON.parse(outputs.report ?? '') as PolicyReportJson;
    expect(report.findings.map((f) => [f.rule, f.address])).toEqual([
      ['no-replace', 'aws_db_instance.orders'],
      ['no-replace', 'aws_instance.worker[0]'],
    ]);
    expect(run.stderr).toContain('plan-policy: 2 finding(s) fail the policy (fail-on: deny)');
    expect(fake.requests).toEqual([]);
  });

  it('keeps stdout to the JSON when OPA is installed into the tool cache', async () => {
    // A mirror serving the fake opa as the release binary, with its published checksum.
    const opa = readFileSync(join(REGO, 'bin', 'opa'));
    const { asset: name } = opaAsset(process.platform, process.arch);
    const asset = `/v1.21.1/${name}`;
    const files = new Map([
      [asset, opa],
      [`${asset}.sha256`, Buffer.from(`${createHash('sha256').update(opa).digest('hex')}  ${name}\n`)],
    ]);
    const mirror = createServer((request, response) => {
      const body = files.get(request.url ?? '');
      response.writeHead(body ? 200 : 404).end(body);
    });
    await new Promise<void>((ready) => mirror.listen(0, '127.0.0.1', ready));
    try {
      writeCreateOnlyPlan();
      cpSync(join(REGO, 'policy'), join(workspace, 'policy'), { recursive: true });
      const { port } = mirror.address() as AddressInfo;
      const run = await runCli(
        [
          'plan-policy',
          '--plans',
          'plans/network.json',
          '--rego-policies',
          'policy',
          '--opa-version',
          '1.21.1',
          '--opa-download-url',
          `http://127.0.0.1:${port}`,
          '--json',
          '--verbose',
        ],
        {
          cwd: workspace,
          env: {
            RUNNER_TOOL_CACHE: join(workspace, 'tool-cache'),
            RUNNER_TEMP: join(workspace, 'runner-temp'),
            // No opa on PATH: the one from the mirror is installed and run.
            PATH: dirname(process.execPath) + delimiter + '/usr/bin' + delimiter + '/bin',
          },
        },
      );

      expect(run.stderr).toContain('Installed opa 1.21.1');
      // @actions/tool-cache reports through workflow commands; outside a workflow they go to the log.
      expect(run.stderr).toMatch(new RegExp(`^debug: Downloading http://127\\.0\\.0\\.1:\\d+${asset}$`, 'm'));
      expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
      expect(JSON.parse(run.stdout)).toMatchObject({ verdict: 'fail' });
      expect(run.exitCode).toBe(1);
    } finally {
      await new Promise((closed) => mirror.close(closed));
    }
  });

  it('exits with the verdict, quietly, when the reader of stdout stops early (| head)', async () => {
    copyPlans(['replace-delete-before-create.json']);
    const cli = resolve(import.meta.dirname, '../../dist/cli/index.js');
    const child = spawn(
      process.execPath,
      [cli, 'plan-policy', '--plans', 'plans/replace-delete-before-create.json', '--json'],
      {
        cwd: workspace,
        env: { PATH: process.env.PATH ?? '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    // The reader goes away before anything is written.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exitCode = await new Promise((exited) => child.on('close', exited));
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).toContain('plan-policy: 2 finding(s) fail the policy');
    expect(exitCode).toBe(1);
  });

  it('exits 0 on a passing plan', async () => {
    writeCreateOnlyPlan();
    const run = await runCli(['plan-policy', '--plans', 'plans/network.json', '--json'], { cwd: workspace });

    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ verdict: 'pass', 'auto-approve': 'true' });
  });
});
