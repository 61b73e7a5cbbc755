/**
 * What each lever preset does to the city, against the baseline over the same seeds (common random
 * numbers): for every lever and measure, the mean paired difference with its 95 % interval
 * (Student's t over the seeds), and "no clear effect" where the interval holds 0. Runs start from the
 * base scenario's own start (the baseline: settled, with its burn-in), so levers act on a city in
 * its equilibrium.
 *
 *   npm run levers -- [--seeds 10] [--ticks 120] [--size DWELLINGS] [--base PRESET] [--radius 2]
 *                     [--jobs N] [--out FILE.md] [--json FILE.json] [PRESET[@key=value,...] ...]
 *
 * `--base seminar-town --seeds 3` runs it small: each preset's policies on the seminar town, with
 * social housing programmes' units scaled to the city's size; `--size` sets the dwellings (quarters
 * keep the base's number, at least 250 dwellings each). `PRESET@dispersal=rentalStock` runs a
 * preset with a field of its levers changed. Runs are spread over child processes (`--jobs`); each
 * computes the indices only at its last tick.
 */
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileLoader, PRESET_DIR, readDocument, writeFileAtomic } from '../cli/files.ts';
import { comparePaired, type Comparison } from '../sim/batch/stats.ts';
import { formatProblem } from '../sim/params/validate.ts';
import { loadScenario, scenarioForOutput } from '../sim/scenario/resolve.ts';
import type { Scenario } from '../sim/scenario/spec.ts';
import { createSimulation } from '../sim/simulation.ts';
import { addTick, type Measure, measures, type RunTotals } from './lever-measures.ts';

const LEVER_PRESETS = [
  'cap-social-housing',
  'cap-quarter',
  'social-housing-concentrated',
  'social-housing-dispersed',
  'social-housing-dispersed@dispersal=rentalStock',
  'social-housing-dispersed@dispersal=maxShare',
  'social-housing-new-developments',
  'arrival-quarter-support',
  'anti-discrimination',
  'school-investment',
  'catchment-enforcement',
  'image-campaign',
  'ownership-subsidy',
  'asylum-dispersal',
  'asylum-obligation-ends',
  'integrated-arrival-programme',
  'cap-with-social-housing',
  'upgrading-with-protection',
];

interface Options {
  seeds: number;
  ticks: number;
  jobs: number;
  size: number | undefined;
  base: string;
  radius: number;
  out: string | undefined;
  json: string | undefined;
  presets: string[];
}

type Settings = Pick<Options, 'ticks' | 'size' | 'base' | 'radius'>;

function readPreset(name: string): Scenario {
  const path = join(PRESET_DIR, `${name}.json`);
  const doc = readDocument(path);
  if ('problem' in doc) throw new Error(`${path}: ${formatProblem(doc.problem)}`);
  return loadScenario(doc.value, { source: path, load: fileLoader });
}

/** A field override `key=value` (a number, true/false, or text). */
function parseValue(v: string): unknown {
  if (v === 'true' || v === 'false') return v === 'true';
  const n = Number(v);
  return v.trim() !== '' && Number.isFinite(n) ? n : v;
}

/**
 * The scenario of a lever spec (`PRESET` or `PRESET@key=value,...`, or "baseline"): the preset's
 * policies on the base city, sized and measured as the options say.
 */
function leverScenario(spec: string, o: Settings): Scenario {
  const [name, overrides = ''] = spec.split('@');
  const preset = readPreset(name!);
  const base = readPreset(o.base);
  const dwellings = o.size ?? base.city.dwellings;
  const quarters = Math.max(1, Math.round(base.city.dwellings / base.city.dwellingsPerQuarter));
  const perQuarter = Math.max(250, Math.round(dwellings / quarters));
  const scale = dwellings / preset.city.dwellings;
  const changes = overrides
    .split(',')
    .filter((s) => s.includes('='))
    .map((s) => s.split('=') as [string, string]);
  const policies = (name === 'baseline' ? [] : preset.policies).map((p) => {
    const q: Record<string, unknown> = { ...p };
    if (p.type === 'socialHousing') q['units'] = Math.max(1, Math.round(p.units * scale));
    for (const [k, v] of changes) {
      if (!Object.hasOwn(q, k)) throw new Error(`${spec}: the levers of ${name} have no field "${k}"`);
      q[k] = parseValue(v);
    }
    return q;
  });
  const doc = {
    ...JSON.parse(JSON.stringify(scenarioForOutput(base))),
    ticks: o.ticks,
    city: { ...base.city, dwellings, dwellingsPerQuarter: Math.min(dwellings, perQuarter) },
    policies,
    measures: {
      ...base.measures,
      every: o.ticks,
      indices: 'D,Dgroup,H',
      dimensions: 'origin,income',
      scales: `quarter,r${o.radius}`,
    },
    outcomes: { ...base.outcomes, every: o.ticks },
  };
  return loadScenario(doc);
}

function groupsOf(s: Scenario): { natives: string[]; migrants: string[] } {
  const natives = s.outcomes.nativeGroups.split(',').map((x) => x.trim());
  const names = s.households.groups.map((g) => g.name);
  return {
    natives: names.filter((g) => natives.includes(g)),
    migrants: names.filter((g) => !natives.includes(g)),
  };
}

interface Job {
  readonly spec: string;
  readonly seed: number;
}

interface Result extends Job {
  readonly values: Record<string, number>;
}

function runOne(job: Job, o: Settings): Result {
  const s = leverScenario(job.spec, o);
  const { natives, migrants } = groupsOf(s);
  const groups = [...natives, ...migrants];
  const totals: RunTotals = { last: {}, summed: {} };
  createSimulation(s, job.seed).advance(s.ticks, (m) => addTick(totals, m, groups));
  const values: Record<string, number> = {};
  for (const list of Object.values(measures(`r${o.radius}`, natives, migrants))) {
    for (const m of list) values[m.label] = m.read(totals);
  }
  return { ...job, values };
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    seeds: 10,
    ticks: 120,
    jobs: Math.min(4, availableParallelism()),
    size: undefined,
    base: 'baseline',
    radius: 2,
    out: undefined,
    json: undefined,
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
    if (a === '--seeds') o.seeds = whole(next(), 2);
    else if (a === '--ticks') o.ticks = whole(next(), 1);
    else if (a === '--jobs') o.jobs = whole(next(), 1);
    else if (a === '--size') o.size = whole(next(), 500);
    else if (a === '--radius') o.radius = whole(next(), 1);
    else if (a === '--base') o.base = next();
    else if (a === '--out') o.out = next();
    else if (a === '--json') o.json = next();
    else if (a.startsWith('--')) {
      throw new Error(
        `${a}: unknown option (--seeds, --ticks, --size, --base, --radius, --jobs, --out, --json)`,
      );
    } else o.presets.push(a);
  }
  if (o.presets.length === 0) o.presets = LEVER_PRESETS;
  return o;
}

/** A difference and its interval, e.g. `+0.0123 [+0.0040, +0.0206]`. */
function signed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`;
}

const clear = (c: Comparison) => Number.isFinite(c.low) && (c.low > 0 || c.high < 0);

function leverTable(
  list: Measure[],
  spec: string,
  comparisons: Map<string, Map<string, Comparison>>,
): string[] {
  const rows = [
    '| measure | baseline | lever | difference [95 % interval] | |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const m of list) {
    const c = comparisons.get(spec)!.get(m.label)!;
    rows.push(
      `| ${m.label} | ${c.meanA.toFixed(m.digits)} | ${c.meanB.toFixed(m.digits)} | ${signed(c.difference, m.digits)} [${signed(c.low, m.digits)}, ${signed(c.high, m.digits)}] | ${clear(c) ? 'clear' : 'no clear effect'} |`,
    );
  }
  return rows;
}

function overview(
  list: Measure[],
  specs: string[],
  comparisons: Map<string, Map<string, Comparison>>,
): string[] {
  const rows = [
    `| lever | ${list.map((m) => m.label).join(' | ')} |`,
    `| --- | ${list.map(() => '---').join(' | ')} |`,
  ];
  for (const spec of specs) {
    const cells = list.map((m) => {
      const c = comparisons.get(spec)!.get(m.label)!;
      return `${signed(c.difference, m.digits)}${clear(c) ? '*' : ''}`;
    });
    rows.push(`| ${spec} | ${cells.join(' | ')} |`);
  }
  return rows;
}

/** Child process: run the jobs it is sent, send back each result. */
function child(): void {
  process.on('message', (msg: { job: Job; settings: Settings } | 'done') => {
    if (msg === 'done') process.exit(0);
    process.send!(runOne(msg.job, msg.settings));
  });
}

async function runAll(o: Options, specs: string[]): Promise<Result[]> {
  const queue: Job[] = specs.flatMap((spec) =>
    Array.from({ length: o.seeds }, (_, i) => ({ spec, seed: i + 1 })),
  );
  const total = queue.length;
  const results: Result[] = [];
  const started = Date.now();
  const settings: Settings = { ticks: o.ticks, size: o.size, base: o.base, radius: o.radius };
  await Promise.all(
    Array.from(
      { length: Math.min(o.jobs, total) },
      () =>
        new Promise<void>((done, fail) => {
          const worker = fork(process.argv[1]!, ['--child'], { execArgv: process.execArgv });
          const feed = () => {
            const job = queue.shift();
            worker.send(job ? { job, settings } : 'done');
          };
          worker.on('message', (r: Result) => {
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
  return results;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const specs = ['baseline', ...o.presets];
  const settings: Settings = { ticks: o.ticks, size: o.size, base: o.base, radius: o.radius };
  for (const spec of specs) leverScenario(spec, settings); // refuse a bad name or field before any run
  const base = leverScenario('baseline', settings);
  const { natives, migrants } = groupsOf(base);
  const tables = measures(`r${o.radius}`, natives, migrants);
  const results = await runAll(o, specs);
  const bySeed = (spec: string) => results.filter((r) => r.spec === spec).sort((a, b) => a.seed - b.seed);
  const baseline = bySeed('baseline');
  const comparisons = new Map<string, Map<string, Comparison>>();
  for (const spec of o.presets) {
    const runs = bySeed(spec);
    const byMeasure = new Map<string, Comparison>();
    for (const list of Object.values(tables)) {
      for (const m of list) {
        byMeasure.set(
          m.label,
          comparePaired(
            baseline.map((r) => r.values[m.label]!),
            runs.map((r) => r.values[m.label]!),
          ),
        );
      }
    }
    comparisons.set(spec, byMeasure);
  }
  const c = base.city;
  const text = [
    '# Lever effects',
    '',
    `Base \`${o.base}\`: ${c.dwellings.toLocaleString('en')} dwellings in quarters of ${c.dwellingsPerQuarter.toLocaleString('en')}, start "${c.start}"${c.start === 'settled' ? ` (burn-in ${c.burnIn} ticks before tick 0)` : ''}; ${o.ticks} ticks; seeds 1-${o.seeds}, the same for every lever (paired). Indices at quarter scale and radius ${o.radius} at the last tick; springboard figures at the last tick; refusals are households refused at least once in a month for the reason, summed over the months (household-months, not looks); displacements, dwellings lost and search time over the run. Each difference is the lever's run minus the baseline's with the same seed, averaged over the seeds, with its 95 % interval (Student's t, ${o.seeds - 1} degrees of freedom); "no clear effect" where the interval holds 0. Social housing units are scaled to the city's size.`,
    '',
    '## Overview (mean difference; * = the 95 % interval excludes 0)',
    '',
    ...overview([...tables.segregation, ...tables.springboard], o.presets, comparisons),
    '',
    ...overview([...tables.access, ...tables.schools], o.presets, comparisons),
    '',
    ...o.presets.flatMap((spec) => [
      `## ${spec}`,
      '',
      ...leverTable(
        [...tables.segregation, ...tables.springboard, ...tables.access, ...tables.schools],
        spec,
        comparisons,
      ),
      '',
    ]),
  ].join('\n');
  if (o.out) writeFileAtomic(o.out, text);
  if (o.json) {
    const plain = Object.fromEntries([...comparisons].map(([k, v]) => [k, Object.fromEntries(v)]));
    writeFileAtomic(
      o.json,
      `${JSON.stringify({ options: o, comparisons: plain, runs: results }, null, 1)}\n`,
    );
  }
  process.stdout.write(text);
}

if (process.argv.includes('--child')) child();
else
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  });
