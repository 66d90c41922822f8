import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderJUnit } from '../../src/policy/report-junit.js';
import { finding, outcome, parsedPlan } from './report-builder.js';

const HOSTILE = `<&>"' \u0000\u0008\u001b\uFFFE \uD800 tab\there\r\nnext`;

function sample() {
  return outcome({
    plans: [parsedPlan('stacks/a/plan.json'), parsedPlan('stacks/b/plan.json')],
    findings: [
      finding({ plan: 'stacks/a/plan.json', address: 'aws_s3_bucket.a', message: HOSTILE }),
      finding({
        plan: 'stacks/a/plan.json',
        rule: 'required-tags',
        severity: 'warn',
        blocksAutoApprove: false,
      }),
      finding({
        plan: 'stacks/b/plan.json',
        rule: 'no-replace',
        exception: { reason: `ticket <OPS-1> & "more"`, expires: '2030-01-01' },
      }),
    ],
  });
}

describe('renderJUnit', () => {
  it('has a suite per plan and a case per rule, with consistent counts', () => {
    const root = parseXml(renderJUnit(sample()));
    expect(root.name).toBe('testsuites');
    const suites = root.children;
    expect(suites.map((suite) => suite.attrs.name)).toEqual(['stacks/a/plan.json', 'stacks/b/plan.json']);
    for (const suite of suites) {
      const cases = suite.children;
      expect(cases.map((item) => item.attrs.name)).toEqual(['no-destroy', 'no-replace', 'required-tags']);
      expect(cases.every((item) => item.attrs.classname === suite.attrs.name)).toBe(true);
      expect(Number(suite.attrs.tests)).toBe(cases.length);
      expect(Number(suite.attrs.failures)).toBe(cases.filter((item) => child(item, 'failure')).length);
      expect(Number(suite.attrs.skipped)).toBe(cases.filter((item) => child(item, 'skipped')).length);
      expect(suite.attrs.errors).toBe('0');
    }
    expect(root.attrs).toMatchObject({ tests: '6', failures: '1', skipped: '1', errors: '0' });
  });

  it('fails deny findings, reports warn in system-out, skips rules with only excepted findings', () => {
    const [a, b] = parseXml(renderJUnit(sample())).children;
    const [noDestroy, , requiredTags] = a!.children;
    expect(child(noDestroy!, 'failure')!.attrs.type).toBe('deny');
    expect(child(requiredTags!, 'failure')).toBeUndefined();
    expect(child(requiredTags!, 'system-out')!.text).toContain('warn: aws_s3_bucket.logs:');
    const noReplace = b!.children[1]!;
    expect(child(noReplace, 'skipped')!.attrs.message).toBe('excepted: ticket <OPS-1> & "more"');
  });

  it.each([
    ['warn', 2],
    ['never', 0],
  ] as const)('counts failures the way fail-on %s does', (failOn, failures) => {
    const root = parseXml(renderJUnit(sample(), { failOn }));
    expect(Number(root.attrs.failures)).toBe(failures);
  });

  it('escapes markup and replaces characters XML 1.0 cannot hold', () => {
    const xml = renderJUnit(sample());
    const failure = child(parseXml(xml).children[0]!.children[0]!, 'failure')!;
    expect(failure.attrs.message).toBe(
      `1 finding(s): <&>"' \uFFFD\uFFFD\uFFFD\uFFFD \uFFFD tab\there\r\nnext`,
    );
    expect(failure.text).toContain(`<&>"' \uFFFD`);
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE]/);
  });

  it('is accepted by xmllint when it is installed', () => {
    const found = spawnSync('sh', ['-c', 'command -v xmllint']).status === 0;
    if (!found) {
      console.warn('xmllint not installed: well-formedness checked by the parser in this test only');
      return;
    }
    expect(() => execFileSync('xmllint', ['--noout', '-'], { input: renderJUnit(sample()) })).not.toThrow();
  });
});

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((item) => item.name === name);
}

/**
 * A strict parser for the subset JUnit reports use (declaration, elements, attributes, text, the
 * five entities and numeric references): it throws on anything not well-formed in XML 1.0.
 */
function parseXml(xml: string): XmlElement {
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(xml))
    throw new Error('character not allowed');
  let rest = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (rest.length > 0) {
    if (rest.startsWith('</')) {
      const match = /^<\/([\w-]+)>/.exec(rest);
      const open = stack.pop();
      if (!match || !open || open.name !== match[1]) throw new Error(`bad end tag at ${rest.slice(0, 30)}`);
      rest = rest.slice(match[0].length);
    } else if (rest.startsWith('<')) {
      const match = /^<([\w-]+)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>/.exec(rest);
      if (!match) throw new Error(`bad start tag at ${rest.slice(0, 30)}`);
      const element: XmlElement = { name: match[1]!, attrs: {}, children: [], text: '' };
      for (const [, name, value] of match[2]!.matchAll(/([\w-]+)="([^"]*)"/g)) {
        if (name! in element.attrs) throw new Error(`duplicate attribute ${name}`);
        element.attrs[name!] = decode(value!);
      }
      if (stack.length > 0) stack.at(-1)!.children.push(element);
      else if (root) throw new Error('second root element');
      else root = element;
      if (match[3] !== '/') stack.push(element);
      rest = rest.slice(match[0].length);
    } else {
      const end = rest.indexOf('<');
      const raw = end === -1 ? rest : rest.slice(0, end);
      if (raw.includes('>')) throw new Error('raw > in text');
      const text = decode(raw);
      if (stack.length > 0) stack.at(-1)!.text += text;
      else if (text.trim()) throw new Error('text outside the root');
      rest = end === -1 ? '' : rest.slice(end);
    }
  }
  if (!root || stack.length > 0) throw new Error('unclosed element');
  return root;
}

function decode(text: string): string {
  return text.replace(/&([^;]*);|&/g, (whole, entity: string | undefined) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity === undefined) throw new Error('bare &');
    if (entity in named) return named[entity]!;
    const numeric = /^#(\d+)$/.exec(entity);
    if (numeric) return String.fromCodePoint(Number(numeric[1]));
    throw new Error(`unknown entity ${whole}`);
  });
}
