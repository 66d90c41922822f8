// Generates each action's metadata from its schema, action-schemas/<name>.schema.json, the one
// source of truth: actions/<name>/action.yml and the README's generated input/output tables.
// Hand edits to either are overwritten; edit the schema, then run this script.
//
//   node scripts/sync-metadata.mjs          write the files
//   node scripts/sync-metadata.mjs --check  write nothing; list differences and exit 1 if any
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const author = 'gitops-actions contributors';
// GitHub Marketplace truncates and rejects longer action descriptions.
const maxDescription = 125;

// Marketplace badges: a Feather icon and a colour per action (enums in GitHub's metadata syntax).
const branding = {
  bump: { icon: 'arrow-up-circle', color: 'blue' },
  'oci-push': { icon: 'package', color: 'purple' },
  'plan-policy': { icon: 'shield', color: 'green' },
};

class SyncError extends Error {}

function actionSchemas() {
  const dir = join(root, 'action-schemas');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.schema.json'))
    .sort()
    .map((file) => ({
      name: file.slice(0, -'.schema.json'.length),
      schema: JSON.parse(readFileSync(join(dir, file), 'utf8')),
    }))
    .filter(({ schema }) => schema.properties?.inputs !== undefined);
}

// Mirrors actionYamlDefault() in src/runtime/action-schema.ts, which this plain script cannot
// import without a build; test/metadata checks the generated files against the real one.
function actionYamlDefault(input) {
  if (input['x-action-default'] !== undefined) return input['x-action-default'];
  if (input.default === undefined) return undefined;
  return Array.isArray(input.default) ? input.default.join('\n') : String(input.default);
}

/** The schema description if it fits; else its first sentence without parentheticals, cut at a word. */
function marketplaceDescription(text) {
  if (text.length <= maxDescription) return text;
  const sentence = /^.*?[.!?](?=\s|$)/s.exec(text)?.[0] ?? text;
  const short = sentence.replace(/\s*\([^()]*\)/g, '');
  if (short.length <= maxDescription) return short;
  const cut = short.slice(0, maxDescription - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

function actionYml(name, schema) {
  const badge = branding[name];
  if (!badge) {
    throw new SyncError(`no branding for ${name}: add it to the table in scripts/sync-metadata.mjs`);
  }
  const { inputs, outputs } = schema.properties;
  const required = new Set(inputs.required ?? []);
  const doc = new Document({
    name: schema.title,
    description: marketplaceDescription(schema.description),
    author,
    branding: badge,
    inputs: Object.fromEntries(
      Object.entries(inputs.properties).map(([input, spec]) => {
        const fallback = actionYamlDefault(spec);
        const entry = { description: spec.description, required: required.has(input) };
        return [input, fallback === undefined ? entry : { ...entry, default: fallback }];
      }),
    ),
    outputs: Object.fromEntries(
      Object.entries(outputs?.properties ?? {}).map(([output, spec]) => [
        output,
        { description: spec.description },
      ]),
    ),
    runs: { using: 'node24', main: `../../dist/${name}/index.js` },
  });
  doc.commentBefore =
    ` Generated from action-schemas/${name}.schema.json by scripts/sync-metadata.mjs.\n` +
    ' Edit the schema, then run the script; changes made here are overwritten.';
  // No line folding: one line per description keeps diffs and greps readable. Single quotes
  // match the repository's Prettier style, so `prettier --check .` accepts the output.
  return doc.toString({ lineWidth: 0, singleQuote: true });
}

// Descriptions are plain text (they also appear in action.yml and --help), so Markdown and HTML
// characters are escaped to render literally; pipes and newlines would break the table.
function prose(text) {
  return text.replace(/[\\`*_<>|]/g, '\\$&').replace(/\r?\n/g, '<br>');
}

function code(text) {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text.replace(/\|/g, '\\|')}${fence}`;
}

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function inputsTable(schema) {
  const { inputs } = schema.properties;
  const required = new Set(inputs.required ?? []);
  return table(
    ['input', 'required', 'default', 'description'],
    Object.entries(inputs.properties).map(([input, spec]) => {
      const fallback = actionYamlDefault(spec);
      return [
        code(input),
        required.has(input) ? 'yes' : 'no',
        fallback === undefined ? '' : fallback.split('\n').map(code).join('<br>'),
        prose(spec.description),
      ];
    }),
  );
}

function outputsTable(schema) {
  return table(
    ['output', 'description'],
    Object.entries(schema.properties.outputs?.properties ?? {}).map(([output, spec]) => [
      code(output),
      prose(spec.description),
    ]),
  );
}

const marker = (edge, name, kind) => `<!-- ${edge} GENERATED: ${name} ${kind} -->`;

function block(name, kind, body) {
  return `${marker('BEGIN', name, kind)}\n${body}\n${marker('END', name, kind)}`;
}

/** The README with each action's tables replaced; actions without markers get a new section. */
function readme(current, actions) {
  let text = current;
  for (const { name, schema } of actions) {
    const tables = { inputs: inputsTable(schema), outputs: outputsTable(schema) };
    const present = Object.keys(tables).filter((kind) => text.includes(marker('BEGIN', name, kind)));
    if (present.length === 0) {
      const section = `## ${name}\n\n${block(name, 'inputs', tables.inputs)}\n\n${block(name, 'outputs', tables.outputs)}\n`;
      text = text === '' ? section : `${text.replace(/\n*$/, '\n\n')}${section}`;
      continue;
    }
    for (const [kind, body] of Object.entries(tables)) {
      const begin = text.indexOf(marker('BEGIN', name, kind));
      const end = text.indexOf(marker('END', name, kind));
      if (begin === -1 || end < begin) {
        throw new SyncError(
          `README.md: expected ${marker('BEGIN', name, kind)} followed by ${marker('END', name, kind)}`,
        );
      }
      text = `${text.slice(0, begin)}${block(name, kind, body)}${text.slice(end + marker('END', name, kind).length)}`;
    }
  }
  return text;
}

/** Changed lines between two texts (longest common subsequence), numbered as in each text. */
function diffLines(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  const common = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const lines = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && (j === b.length || common[i + 1][j] >= common[i][j + 1])) {
      lines.push(`  - ${String(i + 1).padStart(4)}: ${a[i++]}`);
    } else {
      lines.push(`  + ${String(j + 1).padStart(4)}: ${b[j++]}`);
    }
  }
  return lines;
}

function expectedFiles(actions) {
  const files = new Map(
    actions.map(({ name, schema }) => [`actions/${name}/action.yml`, actionYml(name, schema)]),
  );
  const readmePath = join(root, 'README.md');
  files.set('README.md', readme(existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '', actions));
  return files;
}

/** action.yml files left behind by a removed schema: reported, never deleted behind anyone's back. */
function orphans(actions) {
  const known = new Set(actions.map(({ name }) => name));
  const dir = join(root, 'actions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !known.has(entry.name))
    .map((entry) => `actions/${entry.name}/action.yml`)
    .filter((path) => existsSync(join(root, path)));
}

function main(check) {
  const actions = actionSchemas();
  const problems = orphans(actions).map(
    (path) =>
      `${path}: no action schema generates it; delete it or add action-schemas/${path.split('/')[1]}.schema.json`,
  );
  const stale = [];
  for (const [path, content] of expectedFiles(actions)) {
    const file = join(root, path);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current === content) continue;
    stale.push(path);
    if (check) {
      problems.push(
        current === undefined
          ? `${path}: missing`
          : [`${path}: out of date`, ...diffLines(current, content)].join('\n'),
      );
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
  if (check && stale.length > 0) problems.push('Run `node scripts/sync-metadata.mjs` to regenerate.');
  if (!check) console.log(stale.length > 0 ? `updated ${stale.join(', ')}` : 'metadata up to date');
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}

try {
  const args = process.argv.slice(2);
  if (args.some((arg) => arg !== '--check'))
    throw new SyncError('usage: node scripts/sync-metadata.mjs [--check]');
  main(args.includes('--check'));
} catch (error) {
  if (!(error instanceof SyncError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
