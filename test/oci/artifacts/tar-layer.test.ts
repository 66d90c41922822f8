import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packFluxArtifact, type FluxPackOptions } from '../../../src/oci/artifacts/flux-artifact.js';
import { CHUNK_LENGTH } from '../../../src/oci/artifacts/chunked-stream.js';
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

/** Files enough for several 1 MiB chunks, with executables, an empty file and ones larger than a chunk. */
function largeTree(): TreeSpec {
  const tree: TreeSpec = {};
  for (let i = 0; i < 900; i++) {
    const path = `team-${i % 7}/app-${String(i).padStart(4, '0')}.yaml`;
    tree[path] =
      i % 97 === 0 ? { content: `#!/bin/sh\necho ${i}\n`, mode: 0o755 } : `n: ${i}\n`.repeat(i % 40);
  }
  tree['team-6/zz-large.bin'] = 'L'.repeat(CHUNK_LENGTH + 4097);
  tree['team-6/zz-straddles.txt'] = 'S'.repeat(CHUNK_LENGTH - 3);
  tree['team-6/zz-empty.txt'] = '';
  return tree;
}

function fileEntries(paths: string[]): TreeEntry[] {
  return paths.map((source, i) => ({ path: `f-${i}`, type: 'file' as const, source }));
}

describe('tar layers of many files', () => {
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

  // sysfs reports 4096 bytes for a file that reads shorter: a file that shrank, without a race.
  const SHORTER_THAN_STATED = '/sys/devices/system/cpu/online';

  it.skipIf(!existsSync(SHORTER_THAN_STATED)).each([
    ['with room left in the chunk', 0],
    ['at the end of a chunk', CHUNK_LENGTH - 1024],
  ])('name a file that shrank while it was read, %s', async (_, filler) => {
    const root = writeTree(tempDir(), { 'filler.bin': 'f'.repeat(filler) });
    const tree = {
      root: 'deploy',
      entries: [
        { path: 'filler.bin', type: 'file' as const, source: join(root, 'filler.bin') },
        { path: 'online', type: 'file' as const, source: SHORTER_THAN_STATED },
      ],
    };
    const failure = writeTar(tree, { directories: false }, new GzipLayerWriter({ compress: false }));
    await expect(failure).rejects.toThrow('deploy/online shrank while it was being packaged');
  });

  it('name a file that vanished while the tree was packed', async () => {
    const root = writeTree(tempDir(), { 'a.txt': 'a' });
    const paths = Array.from({ length: 400 }, () => join(root, 'a.txt'));
    paths[350] = join(root, 'gone.txt');
    const tree = { root: 'deploy', entries: fileEntries(paths) };
    const failure = writeTar(tree, { directories: false }, new GzipLayerWriter({ compress: false }));
    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.toThrow('deploy/f-350 does not exist');
  });
});
