// Benchmark: a `flux` artifact of about 50 MiB of generated Kubernetes manifests (~12,000 files)
// pushed to a new repository on a local docker-registry, through the bundled CLI, against the
// shell way in the same run: `tar --sort=name | gzip -n` into an OCI layout, then `skopeo copy`.
// Targets (issue 4): first push at most 1.0x the shell way; an unchanged re-push at most 0.5x a
// first push, uploading no blob.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const cli = join(root, 'dist/cli/index.js');
// The re-push target sits close to its ratio on a 2-core VM whose speed drifts: more runs, and
// ratios taken within each run (median of the per-run ratios), keep the figure steady.
const RUNS = 9;
const REVISION = 'main@sha1:6113728f27ae82c7b1a177c8d03f9e96e0adf246';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Deployments, Services and ConfigMaps of varied size: about 4.4 KiB a file on average. */
function writeManifests(dir, files = 12000) {
  for (let i = 0; i < files; i++) {
    const team = join(dir, `team-${i % 40}`, `app-${Math.floor(i / 40) % 100}`);
    mkdirSync(team, { recursive: true });
    const lines = [
      `apiVersion: v1`,
      `kind: ConfigMap`,
      `metadata:`,
      `  name: config-${i}`,
      `  namespace: team-${i % 40}`,
      `data:`,
    ];
    for (let k = 0; k < 63 + (i % 50); k++)
      lines.push(`  key_${k}: "value-${(i * 7919 + k * 104729) % 1000003}-${k}"`);
    writeFileSync(join(team, `manifest-${i}.yaml`), `${lines.join('\n')}\n`);
  }
}

async function startRegistry(storage) {
  const port = await freePort();
  const config = join(storage, 'config.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${storage}/data\nhttp:\n  addr: 127.0.0.1:${port}\n`,
  );
  const child = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/v2/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { host: `127.0.0.1:${port}`, stop: () => child.kill() };
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill();
  throw new Error('docker-registry did not start');
}

function timed(command, args, options) {
  spawnSync('sync');
  const start = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return { elapsed, stdout: result.stdout };
}

// The shell way of building the same kind of artifact: a layer, a config, a manifest in an OCI
// layout, then skopeo for the push.
const SHELL_PUSH = String.raw`
set -euo pipefail
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/layout/blobs/sha256"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -cf - -C "$TREE" . | gzip -n > "$work/layer"
layer=$(sha256sum "$work/layer" | cut -d' ' -f1); lsize=$(stat -c %s "$work/layer")
mv "$work/layer" "$work/layout/blobs/sha256/$layer"
printf '{}' > "$work/config"; config=$(sha256sum "$work/config" | cut -d' ' -f1)
mv "$work/config" "$work/layout/blobs/sha256/$config"
printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.cncf.flux.config.v1+json","digest":"sha256:%s","size":2},"layers":[{"mediaType":"application/vnd.cncf.flux.content.v1.tar+gzip","digest":"sha256:%s","size":%s}]}' "$config" "$layer" "$lsize" > "$work/manifest"
manifest=$(sha256sum "$work/manifest" | cut -d' ' -f1); msize=$(stat -c %s "$work/manifest")
mv "$work/manifest" "$work/layout/blobs/sha256/$manifest"
printf '{"imageLayoutVersion":"1.0.0"}' > "$work/layout/oci-layout"
printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%s,"annotations":{"org.opencontainers.image.ref.name":"1.0.0"}}]}' "$manifest" "$msize" > "$work/layout/index.json"
skopeo copy --quiet --dest-tls-verify=false "oci:$work/layout:1.0.0" "docker://$DEST:1.0.0"
`;

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-oci-'));
  const registry = await startRegistry(dir);
  try {
    const tree = join(dir, 'manifests');
    writeManifests(tree);
    const du = spawnSync('du', ['-sb', tree], { encoding: 'utf8' }).stdout.split('\t')[0];
    const first = [];
    const again = [];
    const shell = [];
    let uploadedAgain = '';
    for (let i = 0; i < RUNS; i++) {
      shell.push(
        timed('bash', ['-c', SHELL_PUSH], {
          env: { ...process.env, TREE: tree, DEST: `${registry.host}/bench/shell-${i}` },
        }).elapsed,
      );
      const args = [
        'oci-push',
        '--path',
        tree,
        '--repository',
        `${registry.host}/bench/ours-${i}`,
        '--tags',
        '1.0.0',
      ];
      args.push(
        '--source',
        'https://github.com/acme/gitops',
        '--revision',
        REVISION,
        '--plain-http',
        '--json',
      );
      first.push(timed(process.execPath, [cli, ...args]).elapsed);
      const repeat = timed(process.execPath, [cli, ...args, '--verbose']);
      again.push(repeat.elapsed);
      uploadedAgain = JSON.parse(repeat.stdout).operation;
    }
    const ours = median(first);
    const theirs = median(shell);
    const unchanged = median(again);
    const firstRatio = median(first.map((ms, run) => ms / shell[run]));
    const againRatio = median(again.map((ms, run) => ms / first[run]));
    return {
      name: `oci-push: flux artifact of ${(du / 1024 / 1024).toFixed(0)} MiB in 12,000 manifests to a local registry`,
      header: ['run', 'wall (median)', 'vs shell way'],
      rows: [
        [
          'gitops-actions oci-push, first push (dist/cli, node 24)',
          `${ours.toFixed(0)} ms`,
          `${firstRatio.toFixed(2)}x`,
        ],
        [
          'gitops-actions oci-push, unchanged re-push',
          `${unchanged.toFixed(0)} ms`,
          `${median(again.map((ms, run) => ms / shell[run])).toFixed(2)}x`,
        ],
        ['baseline: tar --sort=name | gzip -n, OCI layout, skopeo copy', `${theirs.toFixed(0)} ms`, '1.00x'],
      ],
      summary:
        `median of ${RUNS} runs, sync before each; ratios are medians of the per-run ratios; re-push reported '${uploadedAgain}'; ` +
        `first push ${firstRatio.toFixed(2)}x the shell way (target <= 1.0x: ${firstRatio <= 1 ? 'met' : 'MISSED'}); ` +
        `re-push ${againRatio.toFixed(2)}x a first push (target <= 0.5x: ${againRatio <= 0.5 ? 'met' : 'MISSED'})`,
    };
  } finally {
    registry.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
