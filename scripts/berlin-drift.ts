/**
 * Berlin from the observed start with no lever: D of foreigners and of residents with a migration
 * background against the rest, at each LOR scale, every year for five years (60 ticks), over
 * several seeds, at the scale the scenario file gives (berlin-quick: 1:10). A Markdown table.
 *
 *   npx tsx scripts/berlin-drift.ts [scenario.json] [--seeds 3]
 */
import { loadScenarioFile } from '../cli/files.ts';
import { CityModel } from '../sim/city/model.ts';
import { setDissimilarity } from '../sim/city/real/set-dissimilarity.ts';

const args = process.argv.slice(2);
const path = args.find((a) => a.endsWith('.json')) ?? 'scenarios/berlin-quick.json';
const seedsAt = args.indexOf('--seeds');
const seeds = seedsAt >= 0 ? Number(args[seedsAt + 1]) : 3;
const scenario = loadScenarioFile(path);
const SCALES = ['quarter', 'bzr', 'pgr', 'district'];
const SETS = {
  foreigners: ['eu', 'thirdcountry'],
  'migration background': ['germanmb', 'eu', 'thirdcountry'],
};
const YEARS = [0, 1, 2, 3, 4, 5];

// values[set][scale][year] = D per seed
const values: Record<string, number[][][]> = {};
for (const set of Object.keys(SETS)) values[set] = SCALES.map(() => YEARS.map(() => []));
for (let seed = 1; seed <= seeds; seed++) {
  const m = new CityModel(scenario, seed);
  for (const year of YEARS) {
    while (m.tick < year * 12) m.step();
    const inputs = m.measureInputs();
    for (const [set, members] of Object.entries(SETS)) {
      for (const [k, sc] of SCALES.entries())
        values[set]![k]![year]!.push(setDissimilarity(inputs, 'origin', members, sc));
    }
  }
  process.stderr.write(`seed ${seed} done (population ${m.metrics()['population']})\n`);
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) =>
  Math.sqrt(xs.reduce((a, b) => a + (b - mean(xs)) ** 2, 0) / Math.max(1, xs.length - 1));
console.log(`${scenario.name}, 1:${scenario.city.scale}, ${seeds} seeds: mean D (sd over seeds)\n`);
for (const set of Object.keys(SETS)) {
  console.log(`| ${set} | ${YEARS.map((y) => `year ${y}`).join(' | ')} |`);
  console.log(`| --- | ${YEARS.map(() => '---').join(' | ')} |`);
  SCALES.forEach((sc, k) => {
    const cells = YEARS.map(
      (y) => `${mean(values[set]![k]![y]!).toFixed(3)} (${sd(values[set]![k]![y]!).toFixed(3)})`,
    );
    console.log(`| ${sc} | ${cells.join(' | ')} |`);
  });
  console.log('');
}
