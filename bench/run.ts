/**
 * `npm run bench [-- SUITE ...]`: runs the benchmark suites in bench/suites (all by default) in one
 * process, one after another, each printing its own table of medians. Timings live here, never in
 * `npm test`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'suites');
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length > 0) {
  console.error(`bench: unknown suite(s) ${unknown.join(', ')}; suites: ${all.join(', ')}`);
  process.exit(2);
}
console.log(`kiez bench on node ${process.version}, ${new Date().toISOString()}`);
for (const name of wanted.length > 0 ? wanted : all) {
  console.log(`\n## ${name}\n`);
  const suite = (await import(join(dir, `${name}.ts`))) as { run: () => Promise<void> };
  await suite.run();
}
