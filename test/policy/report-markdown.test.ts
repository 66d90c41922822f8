import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { renderCheckRunSummary, renderPolicyMarkdown } from '../../src/policy/report-markdown.js';
import { finding, outcome, parsedPlan, planChange } from './report-builder.js';

const options = { maxChars: 65_535, checkName: 'plan-policy' };

function deleteChange(address: string, extra: Record<string, unknown> = {}) {
  return planChange({
    address,
    kind: 'delete',
    actions: ['delete'],
    before: { name: address, ...extra },
    after: null,
    afterSensitive: false,
  });
}

describe('renderPolicyMarkdown', () => {
  it('has the verdict, auto-approve reason, counts, findings and excepted findings', () => {
    const plans = [
      parsedPlan('stacks/a/plan.json', [
        deleteChange('aws_s3_bucket.a'),
        planChange({ address: 'aws_vpc.main' }),
      ]),
      parsedPlan('stacks/b/plan.json', [planChange({ address: 'aws_iam_role.x', kind: 'create' })]),
    ];
    const text = renderPolicyMarkdown(
      outcome({
        plans,
        findings: [
          finding({ plan: 'stacks/a/plan.json', address: 'aws_s3_bucket.a' }),
          finding({
            rule: 'no-replace',
            plan: 'stacks/b/plan.json',
            address: 'aws_iam_role.x',
            exception: { reason: 'migration ticket OPS-1', expires: '2030-01-01' },
          }),
        ],
      }),
      options,
    );
    expect(text).toContain('### ❌ plan-policy: fail');
    expect(text).toContain('**Auto-approve: no**: 1 blocking finding(s)');
    expect(text).toContain('| Plan | create | update | delete | replace |');
    expect(text).toContain('| `stacks/a/plan.json` | 0 | 1 | 1 | 0 |');
    expect(text).toContain('| **Total** | **1** | **1** | **1** | **0** |');
    expect(text).toContain('#### Findings (1)');
    expect(text).toContain('| `no-destroy` | deny, blocking | `stacks/a/plan.json` | `aws_s3_bucket.a` |');
    expect(text).toContain('#### Excepted findings (1)');
    expect(text).toContain('| migration ticket OPS-1 | `2030-01-01` |');
    // The blocked delete comes first among the changes.
    const details = text.indexOf('<details>');
    expect(text.indexOf('aws_s3_bucket.a', details)).toBeLessThan(text.indexOf('aws_vpc.main', details));
  });

  it('has no total row for a single plan, and says when auto-approve holds', () => {
    const text = renderPolicyMarkdown(outcome({ plans: [parsedPlan('p.json', [planChange()])] }), options);
    expect(text).toContain('**Auto-approve: yes**');
    expect(text).toContain('### ✅ plan-policy: pass');
    expect(text).not.toContain('**Total**');
  });

  it('warns about incomplete and errored plans', () => {
    const plan = { ...parsedPlan('p.json'), complete: false, errored: true, deferredChanges: 2 };
    expect(renderPolicyMarkdown(outcome({ plans: [plan] }), options)).toContain(
      '- `p.json`: the plan is incomplete (`complete: false`), the plan run errored part way, 2 deferred change(s)',
    );
  });

  it('escapes markdown and HTML from plan values and messages', () => {
    const hostile = 'a|b `tick` <script>alert(1)</script> **bold** [link](http://x)';
    const change = planChange({
      address: 'aws_s3_bucket.x',
      before: { tag: hostile },
      after: { tag: 'ok' },
    });
    const text = renderPolicyMarkdown(
      outcome({
        plans: [parsedPlan('p.json', [change])],
        findings: [finding({ plan: 'p.json', address: 'aws_s3_bucket.x', message: hostile })],
      }),
      options,
    );
    // Raw HTML only inside code spans, where it is literal text.
    expect(withoutCodeSpans(text)).not.toContain('<script');
    expect(text).toContain('&lt;script&gt;');
    expect(text).toContain('\\*\\*bold\\*\\* \\[link\\](http://x)');
    // Every row keeps its column count: pipes inside cells are escaped.
    const findingRow = text.split('\n').find((line) => line.startsWith('| `no-destroy`'))!;
    expect(cellCount(findingRow)).toBe(5);
    const attributeRow = text.split('\n').find((line) => line.startsWith('| `tag`'))!;
    expect(cellCount(attributeRow)).toBe(3);
    expect(attributeRow).toContain('``"a\\|b `tick` <script>');
  });

  it('escapes HTML in the summary of a details block', () => {
    const change = planChange({ address: 'aws_s3_bucket.x["<b>"]', before: { a: 1 }, after: { a: 2 } });
    const text = renderPolicyMarkdown(outcome({ plans: [parsedPlan('p.json', [change])] }), options);
    expect(text).toContain('<summary><code>aws_s3_bucket.x[&quot;&lt;b&gt;&quot;]</code> · update');
  });

  it('counts a finding on a deposed object under that object, not under the current one', () => {
    const current = planChange({ address: 'aws_instance.web', before: { ami: 'a' }, after: { ami: 'b' } });
    const deposed = { ...deleteChange('aws_instance.web'), deposed: '6f2a9c1e' };
    const text = renderPolicyMarkdown(
      outcome({
        plans: [parsedPlan('p.json', [current, deposed])],
        findings: [finding({ plan: 'p.json', address: 'aws_instance.web', deposed: '6f2a9c1e' })],
      }),
      options,
    );
    const summaries = text.split('\n').filter((line) => line.startsWith('<details>'));
    // The blocked object comes first; the current object is only an update.
    expect(summaries).toEqual([
      '<details><summary><code>aws_instance.web</code> · deposed object <code>6f2a9c1e</code> · delete · plan <code>p.json</code> · 1 finding(s)</summary>',
      '<details><summary><code>aws_instance.web</code> · update · plan <code>p.json</code></summary>',
    ]);
  });

  it('never shows sensitive values', () => {
    const change = planChange({
      before: { password: 'hunter2' },
      after: { password: 'hunter3' },
      beforeSensitive: { password: true },
      afterSensitive: { password: true },
    });
    const text = renderPolicyMarkdown(outcome({ plans: [parsedPlan('p.json', [change])] }), options);
    expect(text).toContain('| `password` | `(sensitive)` | `(sensitive)` |');
    expect(text).not.toMatch(/hunter/);
  });

  it('shows a create with an After column only, a delete with Before only', () => {
    const create = planChange({ address: 'a.b', kind: 'create', before: null, after: { n: 1 } });
    const remove = deleteChange('c.d');
    const text = renderPolicyMarkdown(outcome({ plans: [parsedPlan('p.json', [create, remove])] }), options);
    expect(text).toContain('| Attribute | After |\n| --- | --- |\n| `n` | `1` |');
    expect(text).toContain('| Attribute | Before |\n| --- | --- |\n| `name` | `"c.d"` |');
  });

  it('drops change details first when over the limit, saying how many', () => {
    const changes = Array.from({ length: 40 }, (_, i) =>
      deleteChange(`aws_s3_bucket.b${i}`, { blob: 'x'.repeat(60) }),
    );
    const full = renderPolicyMarkdown(outcome({ plans: [parsedPlan('p.json', changes)] }), {
      ...options,
      detailsLimit: 100,
    });
    const maxChars = Math.floor(bytes(full) / 2);
    const text = renderPolicyMarkdown(outcome({ plans: [parsedPlan('p.json', changes)] }), {
      ...options,
      maxChars,
      detailsLimit: 100,
    });
    expect(bytes(text)).toBeLessThanOrEqual(maxChars);
    const shown = text.split('<details>').length - 1;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(40);
    expect(text).toContain(`_${40 - shown} more changed resource(s) not shown in detail._`);
  });

  it('honours detailsLimit', () => {
    const changes = Array.from({ length: 5 }, (_, i) => deleteChange(`r.r${i}`));
    const text = renderPolicyMarkdown(outcome({ plans: [parsedPlan('p.json', changes)] }), {
      ...options,
      detailsLimit: 2,
    });
    expect(text.split('<details>').length - 1).toBe(2);
    expect(text).toContain('_3 more changed resource(s) not shown in detail._');
  });

  it('then drops finding rows, keeping the headline, within a small maxChars', () => {
    const findings = Array.from({ length: 200 }, (_, i) =>
      finding({ address: `aws_s3_bucket.b${i}`, message: `bucket ${i} would be destroyed`, plan: 'p.json' }),
    );
    const changes = findings.map((item) => deleteChange(item.address!));
    const maxChars = 3_000;
    const text = renderPolicyMarkdown(outcome({ plans: [parsedPlan('p.json', changes)], findings }), {
      ...options,
      maxChars,
    });
    expect(bytes(text)).toBeLessThanOrEqual(maxChars);
    expect(text).toContain('### ❌ plan-policy: fail');
    expect(text).not.toContain('<details>');
    const rows = text.split('\n').filter((line) => line.startsWith('| `no-destroy`')).length;
    expect(rows).toBeGreaterThan(0);
    expect(text).toContain(`_${200 - rows} more finding(s) not shown: the \`report\` output has them all._`);
    expect(text).toContain('_200 changed resource(s) not shown in detail._');
  });

  it('stays within a limit smaller than the headline', () => {
    const text = renderPolicyMarkdown(outcome({ findings: [finding()] }), { ...options, maxChars: 40 });
    expect(bytes(text)).toBeLessThanOrEqual(40);
    expect(text.endsWith('\n…\n')).toBe(true);
  });
});

describe('renderCheckRunSummary', () => {
  it('has the headline and counts, no findings table', () => {
    const text = renderCheckRunSummary(outcome({ findings: [finding()] }));
    expect(text).toContain('plan-policy: fail');
    expect(text).toContain('| Plan |');
    expect(text).not.toContain('#### Findings');
  });
});

function withoutCodeSpans(markdown: string): string {
  return markdown.replace(/(`+)[^`][\s\S]*?\1/g, '');
}

function bytes(text: string): number {
  return Buffer.byteLength(text);
}

/** Cells of a GFM table row: split on pipes not escaped with a backslash. */
function cellCount(row: string): number {
  return row.slice(1, -1).split(/(?<!\\)\|/).length;
}
