// Benchmark: plan-policy with the default policy over synthetic plan JSONs of about 5 MB and 60 MB
// (about 88,000 resource changes), built by replicating the resource changes of the real corpus
// plans in ../shared/corpus/plans, each copy under its own `module.copy_<n>` call so addresses stay
// unique. Some creates and updates are turned into deletes and replaces so that the default rules
// have findings besides the corpus's own IAM resources. Baseline, same run: a node process that
// reads the file and `JSON.parse`s it, nothing else. Targets (issue 5), process start included:
// under 100 ms for 5 MB; under 1.5 s and under 600 MB peak RSS for 60 MB.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const cli = join(root, 'dist/cli/index.js');
const reporter = join(root, 'test/bench/max-rss-reporter.mjs');
const corpus = join(root, '../shared/corpus/plans');
const fallback = join(root, 'test/fixtures/plans/synthetic');
const SIZES = [
  // The 5 MB runs also time a one-change plan: the difference is what the plan itself costs. A
  // run is about 0.1 s and this machine's speed drifts by half over minutes, so the median needs
  // many of them.
  { name: '5 MB', bytes: 5_000_000, runs: 21, target: { ms: 100 }, marginal: true },
  { name: '60 MB', bytes: 60_000_000, runs: 3, target: { ms: 1500, mb: 600 } },
];
// 60 MB over about 88,000 changes (issue 5): the bytes each change averages.
const BYTES_PER_CHANGE = 60_000_000 / 88_000;
const FLOOR = "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))";

function median(values) {
  return quantile(values, 0.5);
}

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.round(q * (sorted.length - 1))];
}

/** Every plan of the corpus (kind=plan rows of INDEX.tsv) with resource changes, or the fixtures. */
function sourcePlans() {
  if (existsSync(join(corpus, 'INDEX.tsv'))) {
    const [header, ...rows] = readFileSync(join(corpus, 'INDEX.tsv'), 'utf8').trim().split('\n');
    const columns = header.split('\t');
    const file = columns.indexOf('file');
    const kind = columns.indexOf('kind');
    const files = rows.map((row) => row.split('\t')).filter((row) => row[kind] === 'plan');
    return { from: 'corpus', plans: withChanges(files.map((row) => join(corpus, row[file]))) };
  }
  const files = readdirSync(fallback).filter((name) => name.endsWith('.json'));
  return { from: 'fixtures', plans: withChanges(files.map((name) => join(fallback, name))) };
}

function withChanges(paths) {
  return paths
    .map((path) => JSON.parse(readFileSync(path, 'utf8')))
    .filter((plan) => Array.isArray(plan.resource_changes) && plan.resource_changes.length > 0)
    .map((plan) => ({
      changes: plan.resource_changes,
      moduleCalls: configuredCalls(plan.configuration?.root_module),
      bytes: JSON.stringify(plan.resource_changes).length,
    }));
}

/** The module call tree only (source, version, nested calls): what the rules read of `configuration`. */
function configuredCalls(module) {
  const calls = {};
  for (const [name, call] of Object.entries(module?.module_calls ?? {})) {
    calls[name] = {
      source: call.source,
      ...(call.version_constraint === undefined ? {} : { version_constraint: call.version_constraint }),
      module: { module_calls: configuredCalls(call.module) },
    };
  }
  return calls;
}

/**
 * A plan of about `bytes`, copies of the source plans taken so that the bytes per change stay
 * near the ratio: the next copy comes from the heavier plans while the average is below
 * it, from the lighter ones while above.
 */
function syntheticPlan(sources, bytes) {
  const light = sources.plans.filter((plan) => plan.bytes / plan.changes.length <= BYTES_PER_CHANGE);
  const heavy = sources.plans.filter((plan) => plan.bytes / plan.changes.length > BYTES_PER_CHANGE);
  const changes = [];
  const moduleCalls = {};
  const taken = new Map([
    [light, 0],
    [heavy, 0],
  ]);
  let written = 0;
  for (let copy = 0; written < bytes; copy++) {
    const pool =
      heavy.length > 0 && (light.length === 0 || written < changes.length * BYTES_PER_CHANGE) ? heavy : light;
    const source = pool[taken.get(pool) % pool.length];
    taken.set(pool, taken.get(pool) + 1);
    const call = `copy_${copy}`;
    moduleCalls[call] = {
      source: `registry.example.com/acme/copy-${copy % 7}/aws`,
      version_constraint: '1.0.0',
      module: { module_calls: source.moduleCalls },
    };
    written += JSON.stringify(moduleCalls[call]).length + call.length + 4;
    for (const change of source.changes) {
      const copied = renamed(change, call, changes.length);
      written += JSON.stringify(copied).length + 1;
      changes.push(copied);
    }
  }
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.8',
    resource_changes: changes,
    configuration: { root_module: { module_calls: moduleCalls } },
  });
}

/** The change under `module.<call>`; one in 40 creates or updates becomes a delete, one in 60 a replace. */
function renamed(change, call, index) {
  const prefix = `module.${call}`;
  const copied = {
    ...change,
    address: `${prefix}.${change.address}`,
    module_address: change.module_address ? `${prefix}.${change.module_address}` : prefix,
    ...(change.previous_address ? { previous_address: `${prefix}.${change.previous_address}` } : {}),
  };
  const actions = change.change?.actions?.join(',');
  if (change.mode === 'data' || (actions !== 'create' && actions !== 'update')) return copied;
  const values = change.change.before ?? change.change.after;
  if (index % 40 === 0) {
    copied.change = { ...change.change, actions: ['delete'], before: values, after: null };
    copied.action_reason = 'delete_because_no_resource_config';
  } else if (index % 60 === 0) {
    copied.change = { ...change.change, actions: ['delete', 'create'], before: values };
    copied.action_reason = 'replace_because_cannot_update';
    copied.replace_paths = [['tags']];
  }
  return copied;
}

function measured(args, cwd) {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', reporter, ...args], {
    cwd,
    encoding: 'utf8',
    env: cleanEnv(),
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - start;
  const mb = Number(/max-rss-kb=(\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
  return { ms, mb, result };
}

/** Outside a workflow run: nothing to publish to, so the timing is the CLI's own work. */
function cleanEnv() {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(GITHUB_|RUNNER_|INPUT_|ACTIONS_)/.test(key)),
  );
}

const ONE_CHANGE = JSON.stringify({
  format_version: '1.2',
  resource_changes: [
    {
      address: 'aws_s3_bucket.logs',
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: 'logs',
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: { actions: ['create'], before: null, after: { bucket: 'logs' } },
    },
  ],
  configuration: { root_module: {} },
});

function measure(dir, file, runs, marginal) {
  const ours = [];
  const floor = [];
  const small = [];
  let outcome;
  for (let run = 0; run < runs; run++) {
    // Interleaved, so both see the same machine and page cache.
    const parse = measured(['-e', FLOOR, file], dir);
    if (parse.result.status !== 0) throw new Error(`JSON.parse baseline failed: ${parse.result.stderr}`);
    floor.push(parse);
    const check = measured([cli, 'plan-policy', '--plans', file, '--json'], dir);
    // Exit 1 is the verdict `fail` (the plans have findings), not a failed run.
    if (check.result.status !== 0 && check.result.status !== 1) {
      throw new Error(`plan-policy failed (${check.result.status}): ${check.result.stderr}`);
    }
    ours.push(check);
    if (marginal) {
      const one = measured([cli, 'plan-policy', '--plans', 'plan-one-change.json', '--json'], dir);
      if (one.result.status !== 0) throw new Error(`plan-policy on one change failed: ${one.result.stderr}`);
      small.push(one);
    }
    if (!check.result.stdout.trim()) throw new Error(`plan-policy gave no outputs: ${check.result.stderr}`);
    const report = JSON.parse(JSON.parse(check.result.stdout).report);
    outcome = {
      verdict: report.verdict,
      findings: report.findings.length + report.findingsOmitted,
      changes: total(report.counts),
    };
  }
  return {
    ms: median(ours.map((r) => r.ms)),
    mb: median(ours.map((r) => r.mb)),
    floorMs: median(floor.map((r) => r.ms)),
    // Each run and the floor run before it saw the same machine: their ratio is steadier than
    // the ratio of two medians when the machine's speed drifts.
    ratio: median(ours.map((r, run) => r.ms / floor[run].ms)),
    spread: `${range(ours)} (floor ${range(floor)})`,
    floorMb: median(floor.map((r) => r.mb)),
    smallMs: marginal ? median(small.map((r) => r.ms)) : undefined,
    ...outcome,
  };
}

/** The middle half of the runs' wall times. */
function range(runs) {
  const ms = runs.map((r) => r.ms);
  return `${quantile(ms, 0.25).toFixed(0)}-${quantile(ms, 0.75).toFixed(0)} ms`;
}

function total(counts) {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

export function run() {
  const sources = sourcePlans();
  const dir = mkdtempSync(join(tmpdir(), 'bench-plan-policy-'));
  const rows = [];
  const verdicts = [];
  try {
    for (const size of SIZES) {
      const file = `plan-${size.name.replace(' ', '')}.json`;
      writeFileSync(join(dir, file), syntheticPlan(sources, size.bytes));
      const mbFile = statSync(join(dir, file)).size / 1e6;
      if (size.marginal) writeFileSync(join(dir, 'plan-one-change.json'), ONE_CHANGE);
      const m = measure(dir, file, size.runs, size.marginal);
      const { ratio } = m;
      const met = [
        `< ${size.target.ms} ms (${m.ms < size.target.ms ? 'met' : 'MISSED'})`,
        ...(size.target.mb ? [`< ${size.target.mb} MB (${m.mb < size.target.mb ? 'met' : 'MISSED'})`] : []),
      ];
      rows.push(
        [
          `gitops-actions plan-policy, ${mbFile.toFixed(1)} MB, ${m.changes} changes (dist/cli, node 24)`,
          `${m.ms.toFixed(0)} ms`,
          `${m.mb.toFixed(0)} MB peak RSS`,
          `${ratio.toFixed(2)}x`,
        ],
        [
          `baseline: node reading and JSON.parse-ing the ${size.name} file`,
          `${m.floorMs.toFixed(0)} ms`,
          `${m.floorMb.toFixed(0)} MB peak RSS`,
          '1.00x',
        ],
      );
      const marginal =
        m.smallMs === undefined
          ? ''
          : ` (a one-change plan took ${m.smallMs.toFixed(0)} ms, so the ${size.name} plan itself cost ${(m.ms - m.smallMs).toFixed(0)} ms beyond start-up)`;
      verdicts.push(
        `${size.name}: ${m.findings} findings, verdict ${m.verdict}, ${ratio.toFixed(2)}x the floor, ` +
          `middle half of runs ${m.spread}, ${met.join(', ')}${marginal}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const runs = SIZES.map((size) => `${size.runs} (${size.name})`).join(' and ');
  return {
    name: 'plan-policy: synthetic plans of 5 MB and 60 MB, default policy',
    header: ['run', 'wall (median)', 'memory', 'vs JSON.parse'],
    rows,
    summary:
      `median of ${runs} interleaved runs, process start included; ratios are medians of each run's ratio to the floor run beside it; plans replicate the resource changes of ` +
      `${sources.plans.length} ${sources.from === 'corpus' ? 'corpus plans (../shared/corpus/plans)' : 'synthetic fixtures (../shared absent)'} ` +
      `under one module call per copy, 1 in 40 creates/updates made deletes and 1 in 60 replaces; ${verdicts.join('; ')}`,
  };
}
