import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import ignorePackage from 'ignore';
import { describe, expect, it } from 'vitest';
import { FLUX_DEFAULT_IGNORE, IgnoreRules } from '../../../src/oci/artifacts/ignore-rules.js';
import { UserError } from '../../../src/runtime/user-error.js';
import { tempDir, toolAvailable } from './tree-fixtures.js';

const ignore = ignorePackage.default;

interface Case {
  rule: string;
  patterns: string[];
  path: string;
  directory?: boolean;
  ignored: boolean;
}

const cases: Case[] = [
  { rule: 'unanchored glob matches at the top', patterns: ['*.png'], path: 'logo.png', ignored: true },
  { rule: 'unanchored glob matches at any depth', patterns: ['*.png'], path: 'img/logo.png', ignored: true },
  { rule: 'negation re-includes', patterns: ['*.png', '!keep.png'], path: 'keep.png', ignored: false },
  {
    rule: 'negation re-includes at depth',
    patterns: ['*.png', '!keep.png'],
    path: 'a/keep.png',
    ignored: false,
  },
  { rule: 'negation leaves others ignored', patterns: ['*.png', '!keep.png'], path: 'x.png', ignored: true },
  {
    rule: 'the last matching pattern wins',
    patterns: ['*.log', '!a.log', 'a.log'],
    path: 'a.log',
    ignored: true,
  },
  {
    rule: 'no re-including inside an ignored directory',
    patterns: ['build/', '!build/keep.txt'],
    path: 'build/keep.txt',
    ignored: true,
  },
  {
    rule: 'directory pattern matches a directory',
    patterns: ['build/'],
    path: 'build',
    directory: true,
    ignored: true,
  },
  { rule: 'directory pattern skips a file', patterns: ['build/'], path: 'build', ignored: false },
  {
    rule: 'directory pattern at depth',
    patterns: ['build/'],
    path: 'src/build',
    directory: true,
    ignored: true,
  },
  { rule: 'leading slash anchors', patterns: ['/build'], path: 'build', directory: true, ignored: true },
  {
    rule: 'anchored pattern not at depth',
    patterns: ['/build'],
    path: 'src/build',
    directory: true,
    ignored: false,
  },
  { rule: 'a middle slash anchors', patterns: ['docs/*.md'], path: 'docs/a.md', ignored: true },
  {
    rule: 'a middle slash anchors (not at depth)',
    patterns: ['docs/*.md'],
    path: 'x/docs/a.md',
    ignored: false,
  },
  { rule: '* stops at a slash', patterns: ['a/*.txt'], path: 'a/b/c.txt', ignored: false },
  { rule: 'leading **/ matches at the top', patterns: ['**/tmp'], path: 'tmp', ignored: true },
  { rule: 'leading **/ matches at depth', patterns: ['**/tmp'], path: 'a/b/tmp', ignored: true },
  { rule: 'middle /**/ matches zero directories', patterns: ['a/**/b'], path: 'a/b', ignored: true },
  { rule: 'middle /**/ matches several directories', patterns: ['a/**/b'], path: 'a/x/y/b', ignored: true },
  { rule: 'middle /**/ stays anchored', patterns: ['a/**/b'], path: 'c/a/b', ignored: false },
  { rule: 'trailing /** matches the contents', patterns: ['logs/**'], path: 'logs/x.txt', ignored: true },
  {
    rule: 'trailing /** spares the directory',
    patterns: ['logs/**'],
    path: 'logs',
    directory: true,
    ignored: false,
  },
  { rule: '? is one character', patterns: ['file?.txt'], path: 'file1.txt', ignored: true },
  { rule: '? is not two characters', patterns: ['file?.txt'], path: 'file10.txt', ignored: false },
  { rule: 'character ranges', patterns: ['file[0-9].txt'], path: 'file5.txt', ignored: true },
  { rule: 'matching is case-sensitive', patterns: ['*.PNG'], path: 'a.png', ignored: false },
  { rule: 'a # line is a comment', patterns: ['#notes'], path: '#notes', ignored: false },
  { rule: 'an escaped # is a pattern', patterns: ['\\#notes'], path: '#notes', ignored: true },
  { rule: 'trailing spaces are trimmed', patterns: ['notes.txt  '], path: 'notes.txt', ignored: true },
  { rule: 'several patterns in one input line', patterns: ['a.txt\nb.txt'], path: 'b.txt', ignored: true },
  {
    rule: 'Flux ignores .git/',
    patterns: [...FLUX_DEFAULT_IGNORE],
    path: '.git',
    directory: true,
    ignored: true,
  },
  {
    rule: 'Flux ignores archives',
    patterns: [...FLUX_DEFAULT_IGNORE],
    path: 'x/bundle.tar.gz',
    ignored: true,
  },
  {
    rule: 'Flux keeps .github/',
    patterns: [...FLUX_DEFAULT_IGNORE],
    path: '.github',
    directory: true,
    ignored: false,
  },
  { rule: 'Flux keeps .tgz', patterns: [...FLUX_DEFAULT_IGNORE], path: 'chart.tgz', ignored: false },
  { rule: 'a name pattern matches a parent', patterns: ['build/'], path: 'build/x.txt', ignored: true },
  { rule: 'a plain name matches a parent', patterns: ['vendor'], path: 'a/vendor/x.txt', ignored: true },
  { rule: 'a suffix matches a parent', patterns: ['*.zip'], path: 'a.zip/x.yaml', ignored: true },
  { rule: 'a directory suffix skips a file', patterns: ['*.d/'], path: 'conf.d', ignored: false },
  { rule: 'a directory suffix matches a parent', patterns: ['*.d/'], path: 'conf.d/x', ignored: true },
  { rule: 'a suffix is not a prefix', patterns: ['*.yaml'], path: 'yaml.txt', ignored: false },
  { rule: 'a name is whole', patterns: ['app'], path: 'my-app', ignored: false },
  {
    rule: 'name and path patterns together',
    patterns: ['*.png', 'docs/*.md'],
    path: 'docs/a.md',
    ignored: true,
  },
  {
    rule: 'user negation after the Flux defaults',
    patterns: [...FLUX_DEFAULT_IGNORE, '!logo.png'],
    path: 'logo.png',
    ignored: false,
  },
];

describe('IgnoreRules', () => {
  it.each(cases)('$rule: $path', ({ patterns, path, directory, ignored }) => {
    expect(new IgnoreRules(patterns).ignores(path, directory ?? false)).toBe(ignored);
  });

  it('agrees with git check-ignore on every case', (context) => {
    if (!toolAvailable('git', 'apt-get install git')) return context.skip();
    const disagreements = cases.filter(({ patterns, path, directory, ignored }) => {
      const repo = tempDir('oci-ignore-git-');
      spawnSync('git', ['init', '-q', repo]);
      writeFileSync(join(repo, '.gitignore'), `${patterns.join('\n')}\n`);
      const target = join(repo, path);
      if (directory) mkdirSync(target, { recursive: true });
      else {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, '');
      }
      const result = spawnSync('git', ['-C', repo, 'check-ignore', '-q', '--no-index', path]);
      return (result.status === 0) !== ignored;
    });
    expect(disagreements.map((c) => c.rule)).toEqual([]);
  });

  it('answers plain name patterns as the general matcher does', () => {
    const segment = fc.constantFrom('a', 'b.png', '.git', 'x.tar.gz', 'build', 'c.d', 'img');
    fc.assert(
      fc.property(
        fc.subarray(['*.png', '.git/', '*.tar.gz', 'build/', 'build', '*.d/', 'img', 'a/*.png', '**/c.d']),
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (patterns, segments, directory) => {
          const path = segments.join('/');
          const general = ignore({ ignorecase: false }).add(patterns);
          expect(new IgnoreRules(patterns).ignores(path, directory)).toBe(
            general.ignores(directory ? `${path}/` : path),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('answers for a child of kept directories as for its whole path, negations included', () => {
    const segment = fc.constantFrom('a', 'b.png', '.git', 'x.tar.gz', 'build', 'c.d', 'img', 'keep.png');
    fc.assert(
      fc.property(
        fc.subarray(['*.png', '.git/', 'build/', 'img', 'a/*.png', '**/c.d', '!keep.png', '!a/b.png']),
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (patterns, segments, directory) => {
          const rules = new IgnoreRules(patterns);
          // A walk only asks about entries of directories it entered.
          const parentsKept = segments
            .slice(0, -1)
            .every((_, i) => !rules.ignores(segments.slice(0, i + 1).join('/'), true));
          fc.pre(parentsKept);
          const path = segments.join('/');
          expect(rules.ignoresChild(segments.at(-1) as string, path, directory)).toBe(
            rules.ignores(path, directory),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each(['./docs/', '../secrets', '!./keep.txt'])(
    'refuses "%s", which git would never match',
    (pattern) => {
      expect(() => new IgnoreRules([pattern])).toThrow(UserError);
      expect(() => new IgnoreRules([pattern])).toThrow(/relative to the packed directory/);
    },
  );
});
