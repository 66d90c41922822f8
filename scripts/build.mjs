// Builds every action bundle and the CLI: tsc compiles src/ to build/, then ncc bundles one
// entry per actions/<name>/action.yml (generated here, so adding an action needs no build edit).
// Bundling compiled JavaScript instead of TypeScript keeps ncc's own TypeScript loader out of it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const build = join(root, 'build');
const dist = join(root, 'dist');

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

rmSync(build, { recursive: true, force: true });
run([join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']);

const actions = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'actions', entry.name, 'action.yml')))
  .map((entry) => entry.name)
  .sort();

const entries = join(build, 'entries');
mkdirSync(entries, { recursive: true });
const bundles = actions.map((name) => {
  const entry = join(entries, `${name}.js`);
  writeFileSync(
    entry,
    [
      `import { runOnRunner } from '../src/runtime/runner.js';`,
      `import action from '../src/actions/${name}.js';`,
      `await runOnRunner(action);`,
      '',
    ].join('\n'),
  );
  return { name, entry };
});
bundles.push({ name: 'cli', entry: join(build, 'src/cli/index.js') });

rmSync(dist, { recursive: true, force: true });
for (const { name, entry } of bundles) {
  run([
    join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
    'build',
    entry,
    '-o',
    join(dist, name),
    '--quiet',
    '--target',
    'es2023',
  ]);
}
console.log(`built ${bundles.map((b) => `dist/${b.name}`).join(', ')}`);
