// Builds every action bundle and the CLI: tsc compiles src/ to build/, then ncc bundles one
// entry per actions/<name>/action.yml and one for the CLI, generated here with each action's
// input validator compiled ahead of time, so adding an action needs no build edit.
// Bundling compiled JavaScript instead of TypeScript keeps ncc's own TypeScript loader out of it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const build = join(root, 'build');
const dist = join(root, 'dist');

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build failed: ${args.map((a) => a.replace(root, '')).join(' ')}`);
    process.exit(result.status ?? 1);
  }
}

rmSync(build, { recursive: true, force: true });
run([join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']);

const actions = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'actions', entry.name, 'action.yml')))
  .map((entry) => entry.name)
  .sort();

// Every action.yml needs an entry in the registry the runner and the CLI load actions from.
const { actions: registered } = await import(join(build, 'src/actions/index.js'));
const unregistered = actions.filter((name) => !(name in registered));
if (unregistered.length > 0) {
  console.error(`actions without an entry in src/actions/index.ts: ${unregistered.join(', ')}`);
  process.exit(1);
}

// Input validators compiled now, with the options the runtime would use, so that a bundle
// neither loads ajv nor compiles a schema at start-up.
const { INPUT_VALIDATION_OPTIONS } = await import(join(build, 'src/runtime/inputs.js'));
const { Ajv } = await import('ajv');
const { default: standaloneCode } = await import('ajv/dist/standalone/index.js');
const entries = join(build, 'entries');
mkdirSync(entries, { recursive: true });
const bundles = actions.map((name) => {
  const ajv = new Ajv({ ...INPUT_VALIDATION_OPTIONS, code: { source: true, esm: true } });
  const validate = ajv.compile(registered[name].schema.properties.inputs);
  writeFileSync(join(entries, `${name}.validate.js`), asEsm(standaloneCode(ajv, validate)));
  const entry = join(entries, `${name}.js`);
  writeFileSync(
    entry,
    [
      // Only this action's schema and code, not the registry: a bundle carries one action.
      `import { runOnRunner } from '../src/runtime/runner.js';`,
      `import schema from '../action-schemas/${name}.schema.json' with { type: 'json' };`,
      `import validate from './${name}.validate.js';`,
      `const load = async () => (await import('../src/actions/${name}.js')).default;`,
      `await runOnRunner(${JSON.stringify(name)}, { schema, load, validate });`,
      '',
    ].join('\n'),
  );
  return { name, entry };
});
const cliEntry = join(entries, 'cli.js');
writeFileSync(
  cliEntry,
  [
    '#!/usr/bin/env node',
    `import { runCli } from '../src/cli/main.js';`,
    `const validators = { ${actions.map((name) => `${JSON.stringify(name)}: async () => (await import('./${name}.validate.js')).default`).join(', ')} };`,
    'process.exitCode = await runCli(process.argv.slice(2), process.env, validators);',
    '',
  ].join('\n'),
);
bundles.push({ name: 'cli', entry: cliEntry });

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

// ajv's standalone output `require`s its small runtime helpers (ucs2length for minLength) even
// with `esm: true`, and a module with both `require` and top-level await is rejected by Node.
function asEsm(code) {
  const imports = [];
  const body = code.replace(/require\("([^"]+)"\)/g, (_, specifier) => {
    const local = `runtime${imports.length}`;
    imports.push(`import * as ${local} from ${JSON.stringify(`${specifier}.js`)};`);
    return `(${local}.default?.default ? ${local}.default : ${local})`;
  });
  return [...imports, body].join('\n');
}
