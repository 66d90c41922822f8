// Runs every test/bench/*.bench.mjs and writes the figures to test/bench/RESULTS.md.
// Benchmarks run the committed bundles, so build first when src/ changed.
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

const dir = new URL('../test/bench/', import.meta.url).pathname;
const only = process.argv[2];
const sections = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs') && (!only || f.includes(only)))
  .sort()) {
  const { run } = await import(join(dir, file));
  const result = await run();
  console.log(`\n${result.name}`);
  for (const row of result.rows) console.log(`  ${row.join('  |  ')}`);
  console.log(`  ${result.summary}`);
  sections.push(
    [
      `## ${result.name}`,
      '',
      `| ${result.header.join(' | ')} |`,
      `|${result.header.map(() => ' --- ').join('|')}|`,
      ...result.rows.map((row) => `| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`),
      '',
      result.summary,
      '',
    ].join('\n'),
  );
}
if (!only) {
  writeFileSync(
    join(dir, 'RESULTS.md'),
    [
      '# Benchmark results',
      '',
      `Latest \`npm run bench\`: ${new Date().toISOString().slice(0, 10)}, ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}).`,
      'Ratios compare against the baseline named in each table, measured in the same run.',
      '',
      ...sections,
    ].join('\n'),
  );
}
