import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packFluxArtifact, type FluxPackOptions } from '../../../src/oci/artifacts/flux-artifact.js';
import { PREFETCH_MAX_FILE, prefetchFiles } from '../../../src/oci/artifacts/file-prefetch.js';
import { GzipLayerWriter } from '../../../src/oci/artifacts/gzip-layer-writer.js';
import type { TreeEntry } from '../../../src/oci/artifacts/source-tree.js';
import { writeTar } from '../../../src/oci/artifacts/tar-layer.js';
import { UserError } from '../../../src/runtime/user-error.js';
import {
  expectedFiles,
  extractTarGzip,
  readTree,
  tempDir,
  toolAvailable,
  writeTree,
  type TreeSpec,
} from './tree-fixtures.js';

const options: FluxPackOptions = {
  source: 'https://github.com/acme/fleet',
  revision: 'main@sha1:0123456789abcdef0123456789abcdef01234567',
  reproducible: true,
};

/**
 * Enough files that most are read ahead by the worker (the first 256 are read inline), in
 * several batches, with a large file and executables among the read-ahead ones.
 */
function largeTree(): TreeSpec {
  const tree: TreeSpec = {};
  for (let i = 0; i < 900; i++) {
    const path = `team-${i % 7}/app-${String(i).padStart(4, '0')}.yaml`;
    tree[path] =
      i % 97 === 0 ? { content: `#!/bin/sh\necho ${i}\n`, mode: 0o755 } : `n: ${i}\n`.repeat(i % 40);
  }
  tree['team-6/zz-large.bin'] = 'L'.repeat(PREFETCH_MAX_FILE + 4097);
  tree['team-6/zz-straddles.txt'] = 'S'.repeat(PREFETCH_MAX_FILE - 3);
  tree['team-6/zz-empty.txt'] = '';
  return tree;
}

function fileEntries(paths: string[]): TreeEntry[] {
  return paths.map((source, i) => ({ path: `f-${i}`, type: 'file' as const, source }));
}

describe('files read ahead on a worker thread', () => {
  it('pack to the same archive content, modes included, for a tree of many files', async (context) => {
    if (!toolAvailable('tar', 'apt-get install tar')) return context.skip();
    const tree = largeTree();
    const root = writeTree(tempDir(), tree);
    const packed = await packFluxArtifact(root, options).pack();
    const layer = packed.blobs[1]?.bytes as Buffer;
    expect(readTree(extractTarGzip(layer))).toEqual(expectedFiles(tree));
  });

  it('give the same layer for copies written in another order', async () => {
    const tree = largeTree();
    const first = await packFluxArtifact(writeTree(tempDir(), tree), options).pack();
    const second = await packFluxArtifact(writeTree(tempDir(), tree, { reverse: true }), options).pack();
    expect(second.manifestBytes.equals(first.manifestBytes)).toBe(true);
  });

  it('hand large files and failures back to the main thread, in order', async () => {
    const root = writeTree(tempDir(), { 'small.txt': 'abc', 'large.bin': 'x'.repeat(PREFETCH_MAX_FILE + 1) });
    const paths = Array.from({ length: 300 }, () => join(root, 'small.txt'));
    paths[280] = join(root, 'missing.txt');
    paths[290] = join(root, 'large.bin');
    const seen: string[] = [];
    for await (const { entry, file } of prefetchFiles(fileEntries(paths))) {
      seen.push(`${entry.path}:${file?.kind ?? 'inline'}`);
      if (file?.kind === 'read') expect(file.bytes.toString()).toBe('abc');
      if (file?.kind === 'failed') expect(file.code).toBe('ENOENT');
    }
    expect(seen).toHaveLength(300);
    expect(seen.slice(254, 258)).toEqual(['f-254:inline', 'f-255:inline', 'f-256:read', 'f-257:read']);
    expect(seen[280]).toBe('f-280:failed');
    expect(seen[290]).toBe('f-290:large');
  });

  it('stop reading when packing stops early', async () => {
    const root = writeTree(tempDir(), { 'small.txt': 'abc' });
    const entries = fileEntries(Array.from({ length: 2000 }, () => join(root, 'small.txt')));
    let count = 0;
    for await (const _ of prefetchFiles(entries)) if (++count === 400) break;
    expect(count).toBe(400);
  });

  it('name a file that vanished before the worker read it', async () => {
    const root = writeTree(tempDir(), { 'a.txt': 'a' });
    const paths = Array.from({ length: 400 }, () => join(root, 'a.txt'));
    paths[350] = join(root, 'gone.txt');
    const tree = { root: 'deploy', entries: fileEntries(paths) };
    const failure = writeTar(tree, { directories: false }, new GzipLayerWriter({ compress: false }));
    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.toThrow('deploy/f-350 does not exist');
  });
});
