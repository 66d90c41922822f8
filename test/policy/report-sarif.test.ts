import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  FINGERPRINT_KEY,
  MAX_RESULTS,
  SARIF_SCHEMA,
  fingerprint,
  renderSarif,
} from '../../src/policy/report-sarif.js';
import { finding, outcome } from './report-builder.js';

const options = { toolVersion: '0.1.0', informationUri: 'https://github.com/example/gitops-actions' };

function sample() {
  return outcome({
    findings: [
      finding({ severity: 'deny', plan: 'stacks/app/plan.json', address: 'aws_s3_bucket.a' }),
      finding({
        rule: 'required-tags',
        severity: 'warn',
        address: 'aws_s3_bucket.b',
        message: 'missing owner',
      }),
      finding({
        rule: 'rego:terraform.deny',
        severity: 'info',
        address: undefined,
        message: 'plan-wide note',
      }),
      finding({
        rule: 'no-replace',
        address: 'aws_instance.web',
        exception: { reason: 'AMI rollout OPS-7', expires: '2030-06-30' },
      }),
    ],
  });
}

describe('renderSarif', () => {
  it('is a SARIF 2.1.0 log with one run and the tool named', () => {
    const log = renderSarif(sample(), options);
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: 'gitops-actions plan-policy', version: '0.1.0' });
    expect(driver.informationUri).toBe(options.informationUri);
  });

  it('lists every rule that ran, plus rules only findings name, with help and a level', () => {
    const rules = renderSarif(sample(), options).runs[0]!.tool.driver.rules!;
    expect(rules.map((rule) => rule.id)).toEqual([
      'no-destroy',
      'no-replace',
      'required-tags',
      'rego:terraform.deny',
    ]);
    expect(rules[0]).toMatchObject({
      name: 'NoDestroy',
      shortDescription: { text: 'Resources must not be destroyed' },
      fullDescription: { text: 'Deletes need a person.' },
      help: {
        text: 'Deletes need a person.\n\nAdd an exception.',
        markdown: 'Deletes need a person.\n\nAdd an exception.',
      },
      defaultConfiguration: { level: 'error' },
    });
    expect(rules[2]!.defaultConfiguration!.level).toBe('warning');
    expect(rules[3]).toMatchObject({ name: 'RegoTerraformDeny', defaultConfiguration: { level: 'note' } });
  });

  it('points every result at its rule, with levels, locations and message text', () => {
    const run = renderSarif(sample(), options).runs[0]!;
    for (const result of run.results!) {
      expect(run.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
      expect(result.message.text).toBeTruthy();
      expect(result.locations![0]!.physicalLocation).toEqual({
        artifactLocation: { uri: 'stacks/app/plan.json', uriBaseId: '%SRCROOT%' },
        region: { startLine: 1 },
      });
    }
    expect(run.results!.map((result) => [result.ruleId, result.level])).toEqual([
      ['no-destroy', 'error'],
      ['no-replace', 'error'],
      ['required-tags', 'warning'],
      ['rego:terraform.deny', 'note'],
    ]);
    expect(run.results![0]!.locations![0]!.logicalLocations).toEqual([
      { fullyQualifiedName: 'aws_s3_bucket.a', kind: 'resource' },
    ]);
    expect(run.results![3]!.locations![0]!.logicalLocations).toBeUndefined();
  });

  it('suppresses excepted findings with their reason', () => {
    const results = renderSarif(sample(), options).runs[0]!.results!;
    const excepted = results.filter((result) => result.suppressions);
    expect(excepted).toHaveLength(1);
    expect(excepted[0]!.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'AMI rollout OPS-7 (expires 2030-06-30)' },
    ]);
  });

  it('keeps fingerprints stable across runs and messages, distinct across findings', () => {
    const first = renderSarif(sample(), options).runs[0]!.results!;
    const reworded = sample();
    reworded.findings = reworded.findings.map((item) => ({ ...item, message: `${item.message} (again)` }));
    const second = renderSarif(reworded, { toolVersion: '0.2.0' }).runs[0]!.results!;
    const prints = first.map((result) => result.partialFingerprints![FINGERPRINT_KEY]);
    expect(second.map((result) => result.partialFingerprints![FINGERPRINT_KEY])).toEqual(prints);
    expect(new Set(prints).size).toBe(prints.length);
    expect(prints[0]).toMatch(/^[0-9a-f]{32}$/);
  });

  it('tells a deposed object from the current object at its address, and keeps the others as they were', () => {
    const current = finding({ rule: 'no-destroy', address: 'aws_instance.web' });
    const deposed = { ...current, deposed: '6f2a9c1e' };
    expect(fingerprint(deposed)).not.toBe(fingerprint(current));
    // Fingerprints written before deposed objects were told apart still match.
    expect(fingerprint(current)).toBe(
      createHash('sha256')
        .update('no-destroy\0stacks/app/plan.json\0aws_instance.web')
        .digest('hex')
        .slice(0, 32),
    );
  });

  it('encodes plan labels as relative URIs', () => {
    const log = renderSarif(
      outcome({ findings: [finding({ plan: './stacks/my app/plan#1.json' })] }),
      options,
    );
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({
      uri: 'stacks/my%20app/plan%231.json',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('gives a result text even when a finding has no message', () => {
    const log = renderSarif(outcome({ findings: [finding({ message: '  ' })] }), options);
    expect(log.runs[0]!.results![0]!.message.text).toBe('no-destroy on aws_s3_bucket.logs');
  });

  it('keeps within the results code scanning accepts, saying so', () => {
    const findings = Array.from({ length: MAX_RESULTS + 3 }, (_, i) => finding({ address: `r.r${i}` }));
    const run = renderSarif(outcome({ findings }), options).runs[0]!;
    expect(run.results).toHaveLength(MAX_RESULTS);
    expect(run.invocations![0]!.toolExecutionNotifications![0]!.message.text).toContain('3 of 25003');
  });

  it('is valid JSON with no undefined left behind', () => {
    const log = renderSarif(sample(), options);
    expect(JSON.parse(JSON.stringify(log))).toEqual(log);
  });
});
