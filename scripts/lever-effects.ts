/**
 * What each lever preset does to the main indices of the baseline city: every preset and the
 * baseline over the same seeds (common random numbers), a Markdown table of each outcome's mean and
 * spread (standard deviation) over the seeds, and the mean paired difference to the baseline,
 * its 95 % interval (Student's t over the paired seeds), starred where the interval excludes 0.
 *
 *   npx tsx scripts/lever-effects.ts [--seeds 5] [--ticks 120] [--jobs 2] [--out FILE.md]
 *     [--city PRESET] [PRESET ...]
 *
 * `--city seminar-town` runs every scenario on that preset's city (its `city` section replaces the
 * baseline's), for a quick reading on a small town.
 * The runs are spread over child processes (`--jobs`); each run computes the indices only at its
 * last tick, so the table costs little beyond the runs themselves.
 */
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileLoader, PRESET_DIR, readDocument, writeFileAtomic } from '../cli/files.ts';
import { formatProblem } from '../sim/params/validate.ts';
import { loadScenario } from '../sim/scenario/resolve.ts';
import type { Scenario } from '../sim/scenario/spec.ts';
import { createSimulation } from '../sim/simulation.ts';

const LEVER_PRESETS = [
  'cap-social-housing',
  'cap-quarter',
  'social-housing-concentrated',
  'social-housing-dispersed',
  'social-housing-new-developments',
  'arrival-quarter-support',
  'anti-discrimination',
  'school-investment',
  'image-campaign',
  'ownership-subsidy',
  'asylum-dispersal',
  'asylum-obligation-ends',
  'integrated-arrival-programme',
  'cap-with-social-housing',
  'upgrading-with-protection',
];

/** One column of the tables: a name and how to read it from a finished run. */
interface Column {
  readonly label: string;
  readonly digits: number;
  read(r: RunResult): number;
}

interface RunResult {
  readonly preset: string;
  readonly seed: number;
  /** Metrics at the last tick. */
  readonly last: Record<string, number>;
  /** Metrics summed over every tick. */
  readonly summed: Record<string, number>;
}

function presetDocument(name: string): { path: string; value: Record<string, unknown> } {
  const path = join(PRESET_DIR, `${name}.json`);
  const doc = readDocument(path);
  if ('problem' in doc) throw new Error(`${path}: ${formatProblem(doc.problem)}`);
  return { path, value: doc.value as Record<string, unknown> };
}

function presetScenario(name: string, ticks: number, city?: string): Scenario {
  const { path, value } = presetDocument(name);
  const town = city ? presetDocument(city).value['city'] : undefined;
  const s = loadScenario(town ? { ...value, city: town } : value, { source: path, load: fileLoader });
  return {
    ...s,
    ticks,
    measures: {
      ...s.measures,
      every: ticks,
      indices: 'D,H,isolation',
      dimensions: 'origin,income',
      scales: 'quarter',
    },
    outcomes: { ...s.outcomes, every: ticks },
  };
}

function runOne(preset: string, seed: number, ticks: number, city?: string): RunResult {
  const sim = createSimulation(presetScenario(preset, ticks, city), seed);
  const summed: Record<string, number> = {};
  let last: Record<string, number> = {};
  sim.advance(ticks, (m) => {
    for (const [k, v] of Object.entries(m)) if (k.startsWith('refusals.')) summed[k] = (summed[k] ?? 0) + v;
    summed['searchTicks'] =
      (summed['searchTicks'] ?? 0) + (m['meanSearchTicks'] ?? 0) * (m['searchesEnded'] ?? 0);
    summed['searchesEnded'] = (summed['searchesEnded'] ?? 0) + (m['searchesEnded'] ?? 0);
    summed['displacements'] = (summed['displacements'] ?? 0) + (m['displacements'] ?? 0);
    summed['displacements.rentRise'] =
      (summed['displacements.rentRise'] ?? 0) + (m['displacements.rentRise'] ?? 0);
    last = m;
  });
  return { preset, seed, last, summed };
}

function refusals(reason: string): (r: RunResult) => number {
  const prefix = `refusals.${reason}.`;
  return (r) => Object.entries(r.summed).reduce((a, [k, v]) => (k.startsWith(prefix) ? a + v : a), 0);
}

function columns(largestMigrantGroup: string): { segregation: Column[]; access: Column[] } {
  const at = (key: string) => (r: RunResult) => r.last[key] ?? Number.NaN;
  return {
    segregation: [
      { label: 'D origin', digits: 4, read: at('D.origin.quarter') },
      { label: 'H origin', digits: 4, read: at('H.origin.quarter') },
      { label: 'D income', digits: 4, read: at('D.income.quarter') },
      { label: 'H income', digits: 4, read: at('H.income.quarter') },
      {
        label: `isolation ${largestMigrantGroup}`,
        digits: 4,
        read: at(`isolation.origin=${largestMigrantGroup}.quarter`),
      },
      { label: 'disadvantaged quarters', digits: 1, read: at('disadvantage.quarters') },
    ],
    access: [
      { label: 'refusals cap', digits: 0, read: refusals('cap') },
      { label: 'refusals discrimination', digits: 0, read: refusals('discrimination') },
      { label: 'refusals affordability', digits: 0, read: refusals('affordability') },
      { label: 'unhoused', digits: 1, read: at('unhoused') },
      {
        label: 'mean search (ticks)',
        digits: 2,
        read: (r) =>
          r.summed['searchesEnded']! > 0 ? r.summed['searchTicks']! / r.summed['searchesEnded']! : 0,
      },
      { label: 'displacements', digits: 0, read: (r) => r.summed['displacements'] ?? 0 },
      { label: 'displaced by rent rise', digits: 0, read: (r) => r.summed['displacements.rentRise'] ?? 0 },
      { label: 'springboard gained', digits: 4, read: at('springboard.gained') },
      { label: 'gained, moved on', digits: 4, read: at('springboard.gainedLeft') },
      { label: 'stuck', digits: 4, read: at('springboard.stuck') },
      { label: 'D low income school', digits: 4, read: at('D.income=low.school') },
      { label: 'D low income catchment', digits: 4, read: at('D.income=low.catchment') },
      { label: 'rent burden', digits: 4, read: at('meanRentBurden') },
    ],
  };
}

/** Two-sided 95 % quantile of Student's t with df degrees of freedom (paired differences over seeds). */
function tQuantile975(df: number): number {
  const table = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
    2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
  ];
  if (df < 1) return Number.NaN;
  return df <= table.length ? table[df - 1]! : 1.96;
}

const meanOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sdOf = (xs: readonly number[]) => {
  if (xs.length < 2) return 0;
  const m = meanOf(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
};

function table(cols: Column[], presets: string[], bySeed: Map<string, RunResult[]>): string {
  const lines = [
    `| scenario | ${cols.map((c) => c.label).join(' | ')} |`,
    `| --- | ${cols.map(() => '---').join(' | ')} |`,
  ];
  const base = bySeed.get('baseline')!;
  for (const preset of ['baseline', ...presets]) {
    const runs = bySeed.get(preset)!;
    const cells = cols.map((c) => {
      const xs = runs.map(c.read);
      const cell = `${meanOf(xs).toFixed(c.digits)} ± ${sdOf(xs).toFixed(c.digits)}`;
      if (preset === 'baseline') return cell;
      const diffs = runs.map((r, i) => c.read(r) - c.read(base[i]!));
      const d = meanOf(diffs);
      const se = sdOf(diffs) / Math.sqrt(diffs.length);
      const half = tQuantile975(diffs.length - 1) * se;
      const clear = Math.abs(d) > half && d !== 0;
      const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(c.digits)}`;
      return `${cell} (${signed(d)} [${signed(d - half)}, ${signed(d + half)}]${clear ? '*' : ''})`;
    });
    lines.push(`| ${preset} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

interface Options {
  seeds: number;
  ticks: number;
  jobs: number;
  out: string | undefined;
  city: string | undefined;
  presets: string[];
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    seeds: 5,
    ticks: 120,
    jobs: Math.min(4, availableParallelism()),
    out: undefined,
    city: undefined,
    presets: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a}: a value is needed`);
      return v;
    };
    const whole = (v: string, least: number) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < least)
        throw new Error(`${a}: ${v}: a whole number of at least ${least}`);
      return n;
    };
    if (a === '--seeds') o.seeds = whole(next(), 1);
    else if (a === '--ticks') o.ticks = whole(next(), 1);
    else if (a === '--jobs') o.jobs = whole(next(), 1);
    else if (a === '--out') o.out = next();
    else if (a === '--city') o.city = next();
    else if (a.startsWith('--'))
      throw new Error(`${a}: unknown option (--seeds, --ticks, --jobs, --out, --city)`);
    else o.presets.push(a);
  }
  if (o.presets.length === 0) o.presets = LEVER_PRESETS;
  return o;
}

/** Child process: run the jobs it is sent, send back each result. */
function child(): void {
  process.on('message', (msg: { preset: string; seed: number; ticks: number; city?: string } | 'done') => {
    if (msg === 'done') process.exit(0);
    process.send!(runOne(msg.preset, msg.seed, msg.ticks, msg.city));
  });
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const names = ['baseline', ...o.presets];
  for (const n of names) presetScenario(n, o.ticks, o.city); // refuse a bad name before any run
  const queue = names.flatMap((preset) =>
    Array.from({ length: o.seeds }, (_, i) => ({ preset, seed: i + 1 })),
  );
  const total = queue.length;
  const results: RunResult[] = [];
  const started = Date.now();
  await Promise.all(
    Array.from(
      { length: Math.min(o.jobs, total) },
      () =>
        new Promise<void>((done, fail) => {
          const worker = fork(process.argv[1]!, ['--child'], { execArgv: process.execArgv });
          const feed = () => {
            const job = queue.shift();
            worker.send(job ? { ...job, ticks: o.ticks, city: o.city } : 'done');
          };
          worker.on('message', (r: RunResult) => {
            results.push(r);
            process.stderr.write(
              `\r${results.length}/${total} runs, ${Math.round((Date.now() - started) / 1000)} s`,
            );
            feed();
          });
          worker.on('exit', (code) => (code === 0 ? done() : fail(new Error(`a run failed (exit ${code})`))));
          feed();
        }),
    ),
  );
  process.stderr.write('\n');
  const bySeed = new Map<string, RunResult[]>();
  for (const n of names) {
    bySeed.set(
      n,
      results.filter((r) => r.preset === n).sort((a, b) => a.seed - b.seed),
    );
  }
  const base = presetScenario('baseline', o.ticks);
  const natives = base.outcomes.nativeGroups.split(',').map((s) => s.trim());
  const largest = base.households.groups
    .filter((g) => !natives.includes(g.name))
    .sort((a, b) => b.share - a.share)[0];
  const cols = columns(largest?.name ?? base.households.groups[0]!.name);
  const text = [
    `# Lever effects on the baseline city`,
    '',
    `${o.seeds} seeds (1-${o.seeds}) x ${o.ticks} ticks per scenario${o.city ? `, on the city of ${o.city}` : ''}, the same seeds for every scenario. Indices at quarter scale at the last tick; refusals (households refused at least once in a month for the reason, summed over the months: household-months, not looks), displacements and search time summed over the run. Each cell: mean ± standard deviation over the seeds, then (mean difference to the baseline, paired by seed, [its 95 % interval, Student's t]), starred when the interval excludes 0.`,
    '',
    '## Segregation',
    '',
    table(cols.segregation, o.presets, bySeed),
    '',
    '## Access and outcomes',
    '',
    table(cols.access, o.presets, bySeed),
    '',
  ].join('\n');
  if (o.out) writeFileAtomic(o.out, text);
  process.stdout.write(text);
}

if (process.argv.includes('--child')) child();
else
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  });
