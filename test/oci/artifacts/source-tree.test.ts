import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IgnoreRules } from '../../../src/oci/artifacts/ignore-rules.js';
import {
  explainFileError,
  listSourceTree,
  readSourceTree,
  type ReadTreeOptions,
} from '../../../src/oci/artifacts/source-tree.js';
import { UserError } from '../../../src/runtime/user-error.js';
import { tempDir, writeTree } from './tree-fixtures.js';

function entries(root: string, options: Partial<ReadTreeOptions> = {}): string[] {
  const tree = listSourceTree(readSourceTree(root, { ignore: new IgnoreRules([]), ...options }));
  return [...tree.entries].map((entry) => (entry.type === 'directory' ? `${entry.path}/` : entry.path));
}

describe('readSourceTree', () => {
  it('lists entries bytewise by archive name, each directory right before its contents', () => {
    const root = writeTree(tempDir(), { 'a/x': '', 'a-b': '', 'a.c': '', B: '', 'é.yaml': '', 'z/': '' });
    // '-' (0x2d) < '.' (0x2e) < '/' (0x2f); uppercase before lowercase; UTF-8 bytes last.
    expect(entries(root)).toEqual(['B', 'a-b', 'a.c', 'a/', 'a/x', 'z/', 'é.yaml']);
  });

  it('leaves ignored files out and does not descend into ignored directories', () => {
    const root = writeTree(tempDir(), {
      'keep.yaml': '',
      'build/out.yaml': '',
      'build/keep.yaml': '',
      'x.png': '',
    });
    const ignore = new IgnoreRules(['build/', '*.png', '!build/keep.yaml']);
    expect(entries(root, { ignore })).toEqual(['keep.yaml']);
  });

  it('walks lazily, so the same tree can be read twice', () => {
    const root = writeTree(tempDir(), { 'a.yaml': '' });
    const tree = readSourceTree(root, { ignore: new IgnoreRules([]) });
    expect([...tree.entries]).toEqual([...tree.entries]);
  });

  it('packs a single file when allowed', () => {
    const root = writeTree(tempDir(), { 'app.yaml': 'x' });
    const tree = readSourceTree(join(root, 'app.yaml'), {
      ignore: new IgnoreRules([]),
      allowSingleFile: true,
    });
    expect([...tree.entries]).toEqual([{ path: 'app.yaml', type: 'file', source: join(root, 'app.yaml') }]);
    expect(() => readSourceTree(join(root, 'app.yaml'), { ignore: new IgnoreRules([]) })).toThrow(
      /app\.yaml is not a directory/,
    );
  });

  describe('refuses bad input with the path and the fix', () => {
    it('a missing directory', () => {
      const missing = join(tempDir(), 'nope');
      expect(() => entries(missing)).toThrow(UserError);
      expect(() => entries(missing)).toThrow(`${missing} does not exist`);
    });

    it('an empty directory', () => {
      const root = tempDir();
      mkdirSync(join(root, 'only-dirs/inside'), { recursive: true });
      expect(() => entries(root)).toThrow(`nothing to package in ${root}: it contains no files`);
    });

    it('a directory whose files are all ignored, naming the rules', () => {
      const root = writeTree(tempDir(), { 'a.png': '', 'b/c.png': '' });
      const ignore = new IgnoreRules(['*.png']);
      expect(() => entries(root, { ignore })).toThrow(
        /every file in it is ignored \(2 paths matched\)[\s\S]*\*\.png/,
      );
    });

    it('a pipe', () => {
      const root = writeTree(tempDir(), { 'a.yaml': '' });
      execFileSync('mkfifo', [join(root, 'queue')]);
      expect(() => entries(root)).toThrow(`${root}/queue is not a regular file, directory or symlink`);
      expect(entries(root, { ignore: new IgnoreRules(['queue']) })).toEqual(['a.yaml']);
    });

    it('an unreadable directory, unless running as root', (context) => {
      if (process.getuid?.() === 0) return context.skip();
      const root = writeTree(tempDir(), { 'a.yaml': '', 'locked/b.yaml': '' });
      chmodSync(join(root, 'locked'), 0);
      try {
        expect(() => entries(root)).toThrow(`${root}/locked cannot be read (permission denied)`);
      } finally {
        chmodSync(join(root, 'locked'), 0o755);
      }
    });

    it('permission errors in words, whoever runs the tests', () => {
      const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      const explained = explainFileError(denied, 'deploy/secret.yaml');
      expect(explained).toBeInstanceOf(UserError);
      expect((explained as UserError).message).toMatch(
        /deploy\/secret\.yaml cannot be read \(permission denied\)/,
      );
      expect((explained as UserError).hint).toMatch(/chmod a\+r/);
      const other = new Error('EIO');
      expect(explainFileError(other, 'x')).toBe(other);
    });
  });

  describe('symlinks', () => {
    function linkedTree() {
      const root = writeTree(tempDir(), { 'base/app.yaml': 'app', 'base/more/extra.yaml': 'extra' });
      symlinkSync('base/app.yaml', join(root, 'app-link.yaml'));
      symlinkSync('base', join(root, 'base-link'));
      return root;
    }

    it('are refused by default, naming the link and its target', () => {
      const root = linkedTree();
      expect(() => entries(root)).toThrow(
        `symlink ${root}/app-link.yaml -> base/app.yaml is not packaged by default`,
      );
    });

    it('are left out like files when ignored', () => {
      const root = linkedTree();
      expect(entries(root, { ignore: new IgnoreRules(['*-link*']) })).toEqual([
        'base/',
        'base/app.yaml',
        'base/more/',
        'base/more/extra.yaml',
      ]);
    });

    it('are packed as their targets when they stay inside and following is allowed', () => {
      const root = linkedTree();
      const tree = listSourceTree(
        readSourceTree(root, { ignore: new IgnoreRules([]), symlinks: 'follow-inside' }),
      );
      const listed = [...tree.entries];
      // 'base-link/' sorts before 'base/' ('-' < '/').
      expect(listed.map((entry) => entry.path)).toEqual([
        'app-link.yaml',
        'base-link',
        'base-link/app.yaml',
        'base-link/more',
        'base-link/more/extra.yaml',
        'base',
        'base/app.yaml',
        'base/more',
        'base/more/extra.yaml',
      ]);
      expect(listed[0]).toMatchObject({ type: 'file', source: expect.stringMatching(/base\/app\.yaml$/) });
      expect(listed[1]).toMatchObject({ type: 'directory' });
    });

    it('are refused when they lead outside, even when following is allowed', () => {
      const outside = writeTree(tempDir(), { 'secret.txt': 'no' });
      const root = writeTree(tempDir(), { 'a.yaml': '' });
      symlinkSync(join(outside, 'secret.txt'), join(root, 'secret.txt'));
      expect(() => entries(root, { symlinks: 'follow-inside' })).toThrow(
        `symlink ${root}/secret.txt -> ${outside}/secret.txt leads outside ${root}`,
      );
    });

    it('are refused when they lead outside through ..', () => {
      const parent = writeTree(tempDir(), { 'pkg/a.yaml': '', 'other/b.yaml': '' });
      symlinkSync('../other', join(parent, 'pkg/other'));
      expect(() => entries(join(parent, 'pkg'), { symlinks: 'follow-inside' })).toThrow(/leads outside/);
    });

    it('are refused when dangling', () => {
      const root = writeTree(tempDir(), { 'a.yaml': '' });
      symlinkSync('missing.yaml', join(root, 'gone.yaml'));
      expect(() => entries(root, { symlinks: 'follow-inside' })).toThrow(
        `symlink ${root}/gone.yaml -> missing.yaml points at nothing`,
      );
    });

    it.each(['..', '.'])('are refused when they loop back to a directory containing them (%s)', (target) => {
      const root = writeTree(tempDir(), { 'a/b.yaml': '' });
      symlinkSync(target, join(root, 'a/loop'));
      expect(() => entries(root, { symlinks: 'follow-inside' })).toThrow(
        `symlink ${root}/a/loop -> ${target} points back at a directory that contains it`,
      );
    });
  });
});
