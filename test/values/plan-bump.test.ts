import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseImageReference } from '../../src/image/image-reference.js';
import type { BumpRequest } from '../../src/values/bump-request.js';
import { planBump } from '../../src/values/plan-bump.js';
import { parseYamlPath } from '../../src/values/yaml-path.js';

let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'plan-bump-'));
  writeFileSync(join(workspace, 'api.yaml'), 'image:\n  repository: ghcr.io/acme/api\n  tag: 1.2.3\n');
  writeFileSync(join(workspace, 'web.yaml'), 'image: ghcr.io/acme/web:2.0.0\n');
  writeFileSync(join(workspace, 'old.yaml'), 'sidecar: ghcr.io/acme/api:9.0.0\n');
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

const base = { missing: 'error', allowDowngrade: false, protected: false } as const;
const image = (tag: string): BumpRequest => ({
  ...base,
  image: { image: parseImageReference('ghcr.io/acme/api')!, tag },
});

describe('planBump', () => {
  it('plans only the files that change; files about other images are fine', async () => {
    const plan = await planBump(workspace, ['api.yaml', 'web.yaml'], image('1.4.0'));
    expect(plan.bumps.map((b) => b.file)).toEqual(['api.yaml']);
    expect(plan.fileCount).toBe(2);
  });

  it('fails the whole run when any file has a problem, listing every problem', async () => {
    const attempt = planBump(workspace, ['api.yaml', 'old.yaml'], image('1.4.0'));
    await expect(attempt).rejects.toThrow(/old\.yaml:1: sidecar: refusing to downgrade 9\.0\.0 to 1\.4\.0/);
    writeFileSync(join(workspace, 'broken.yaml'), 'image: ghcr.io/acme/api:1.0.0\nx: [\n');
    await expect(planBump(workspace, ['old.yaml', 'broken.yaml'], image('1.4.0'))).rejects.toThrow(
      /2 problems, nothing was written:\n {2}- old\.yaml:1[\s\S]*\n {2}- broken\.yaml:\d+:\d+/,
    );
  });

  it('names the image and the images it saw when none matches', async () => {
    const request = { ...base, image: { image: parseImageReference('ghcr.io/acme/apii')!, tag: '1.0.0' } };
    await expect(planBump(workspace, ['api.yaml', 'web.yaml'], request)).rejects.toThrow(
      /image 'ghcr\.io\/acme\/apii' not found in any of 2 files; images seen: ghcr\.io\/acme\/api, ghcr\.io\/acme\/web/,
    );
  });

  it('requires an explicit path in every file listed, unless told to ignore', async () => {
    const request: BumpRequest = {
      ...base,
      explicit: { path: 'image.tag', segments: parseYamlPath('image.tag'), value: '2.0.0' },
    };
    await expect(planBump(workspace, ['api.yaml', 'web.yaml'], request)).rejects.toThrow(
      /web\.yaml: path 'image\.tag' not found/,
    );
    const ignoring = await planBump(workspace, ['api.yaml', 'web.yaml'], { ...request, missing: 'ignore' });
    expect(ignoring.bumps.map((b) => b.file)).toEqual(['api.yaml']);
  });

  it('refuses a floating tag for a protected environment before reading any file', async () => {
    await expect(planBump(workspace, ['nope.yaml'], { ...image('latest'), protected: true })).rejects.toThrow(
      /protected: tag 'latest' is not an exact version or digest/,
    );
  });
});
