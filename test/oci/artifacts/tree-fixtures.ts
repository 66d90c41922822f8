import { execFileSync } from 'node:child_process';
import {
  accessSync,
  constants,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { skipIntegration } from '../../harness/skip-integration.js';

/** A file's content, or content and mode; a key ending in `/` is an (empty) directory. */
export type TreeSpec = Record<string, string | { content: string; mode: number }>;

const created: string[] = [];
afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'oci-artifacts-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/**
 * Writes the tree in the given order with the given mtime, so two copies can differ in
 * creation order and timestamps while holding the same content.
 */
export function writeTree(
  root: string,
  spec: TreeSpec,
  options: { reverse?: boolean; mtime?: Date } = {},
): string {
  const paths = Object.keys(spec);
  if (options.reverse) paths.reverse();
  for (const path of paths) {
    const target = join(root, path);
    if (path.endsWith('/')) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    const file = spec[path] as TreeSpec[string];
    const { content, mode } = typeof file === 'string' ? { content: file, mode: 0o644 } : file;
    writeFileSync(target, content, { mode });
  }
  if (options.mtime) touchAll(root, options.mtime);
  return root;
}

function touchAll(dir: string, mtime: Date): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (lstatSync(path).isDirectory()) touchAll(path, mtime);
    utimesSync(path, mtime, mtime);
  }
  utimesSync(dir, mtime, mtime);
}

export interface ExtractedFile {
  content: string;
  mode: number;
}

/** Every file under `root` (paths relative, `/`-separated) with content and permission bits. */
export function readTree(root: string): Record<string, ExtractedFile> {
  const files: Record<string, ExtractedFile> = {};
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path, `${prefix}${name}/`);
      else files[`${prefix}${name}`] = { content: readFileSync(path, 'utf8'), mode: stat.mode & 0o777 };
    }
  };
  walk(root, '');
  return files;
}

/** What packing `spec` should yield: its files minus `left out`, with normalised modes. */
export function expectedFiles(
  spec: TreeSpec,
  leftOut: readonly string[] = [],
): Record<string, ExtractedFile> {
  const files: Record<string, ExtractedFile> = {};
  for (const [path, file] of Object.entries(spec)) {
    if (path.endsWith('/') || leftOut.includes(path)) continue;
    const { content, mode } = typeof file === 'string' ? { content: file, mode: 0o644 } : file;
    files[path] = { content, mode: mode & 0o100 ? 0o755 : 0o644 };
  }
  return files;
}

/** Unpacks a tar.gz with GNU tar, as a consumer would, keeping the archived modes (-p). */
export function extractTarGzip(bytes: Buffer): string {
  const dir = tempDir('oci-extract-');
  execFileSync('tar', ['-xzpf', '-', '-C', dir, '--no-same-owner'], { input: bytes });
  return dir;
}

/** `tar -tvzf` lines: mode, owner, size, date, name. */
export function listTarGzip(bytes: Buffer): string[] {
  return execFileSync('tar', ['-tvzf', '-', '--numeric-owner', '--utc'], { input: bytes, encoding: 'utf8' })
    .trim()
    .split('\n');
}

/**
 * Whether an integration tool may be used: a missing one skips its tests with a visible notice,
 * except under REQUIRE_INTEGRATION=1 (CI), where a silent skip would hide a broken setup.
 */
export function toolAvailable(tool: string, install: string): boolean {
  if (onPath(tool)) return true;
  const notice = `${tool} is not on PATH (${install})`;
  return skipIntegration(notice);
}

function onPath(tool: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, tool), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
