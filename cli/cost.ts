/**
 * What a job will cost before it starts: a rough run time and memory from the size of the model,
 * the ticks and the measures asked for, so that 100,000 ticks of a 2-million-dwelling city, or every
 * index with 1,000 random replicates on a 4000 x 4000 grid, is not started by a typo. Above a stated
 * cost an interactive user must add --yes; where no one can answer (a batch job, a pipe) it is a
 * warning, because refusing there would fail jobs that were meant.
 */
import { INDEX_IDS } from '../sim/measures/registry.ts';
import type { CityFileText } from '../sim/city/real/city-file.ts';
import { readCityTable } from '../sim/city/real/city-table.ts';
import { cityFileDwellings } from '../sim/city/real/size.ts';
import type { Scenario } from '../sim/scenario/spec.ts';
import { UsageError } from './errors.ts';

/**
 * Costs per unit (a city dwelling, a classic cell), measured on the 2-core development machine
 * (Node 20, December 2026) by timing runs of 20,000 and 100,000 dwellings and of 200 x 200 and
 * 500 x 500 grids; they scale about linearly in the size. An assumption, within a factor of about
 * three on other machines: the estimate says how big a job is, not when it ends.
 */
export const UNIT_COSTS = {
  city: {
    buildMicros: 15,
    tickMicros: 0.65,
    /** Every index on every dimension and scale, once. */
    measureMicros: 7,
    /** Each random-baseline replicate of every index, once. */
    replicateMicros: 0.35,
    /** Resident memory per dwelling (households, dwellings, units, scratch). */
    bytes: 300,
  },
  classic: {
    buildMicros: 1,
    tickMicros: 0.14,
    measureMicros: 1.2,
    replicateMicros: 0.7,
    bytes: 80,
  },
} as const;

/** Above these an interactive user must confirm with --yes. */
export const CONFIRM_SECONDS = 3600;
export const CONFIRM_BYTES = 4 * 2 ** 30;
/** Above these the estimate is printed. */
export const REPORT_SECONDS = 60;
export const REPORT_BYTES = 2 ** 30;

export interface Cost {
  /** Computing time of one core, in seconds. */
  readonly seconds: number;
  /** Memory held at once, in bytes. */
  readonly bytes: number;
}

/** The estimated cost of one run of a scenario. */
export function runCost(s: Scenario): Cost {
  const c = s.mode === 'city' ? UNIT_COSTS.city : UNIT_COSTS.classic;
  const units = s.mode === 'city' ? cityDwellings(s) : s.classic.size * s.classic.size;
  const m = s.measures;
  const ids =
    m.indices.trim() === 'all' ? INDEX_IDS.length : m.indices.split(',').filter((x) => x.trim()).length;
  const share = ids / INDEX_IDS.length;
  const measured = m.every > 0 && ids > 0 ? Math.floor(s.ticks / m.every) + 1 : 0;
  const perMeasure = share * (c.measureMicros + (m.random ? m.replicates * c.replicateMicros : 0));
  // A settled city runs its burn-in ticks before tick 0.
  const burnIn = s.mode === 'city' && s.city.start === 'settled' ? s.city.burnIn : 0;
  const micros = units * (c.buildMicros + (s.ticks + burnIn) * c.tickMicros + measured * perMeasure);
  return { seconds: micros / 1e6, bytes: units * c.bytes };
}

/** A city's dwellings: the city file's (at its scale) when one is attached and reads, else city.dwellings. */
function cityDwellings(s: Scenario): number {
  const file = (s as { cityFile?: CityFileText }).cityFile;
  if (s.city.source === '' || !file) return s.city.dwellings;
  let byTable = fileDwellings.get(file);
  if (byTable === undefined) {
    const read = readCityTable(file.csv);
    const r = s.city.real;
    byTable = read.ok
      ? cityFileDwellings(read.table, {
          householdSize: r.householdSize,
          vacancy: r.vacancy,
          scale: s.city.scale,
        })
      : s.city.dwellings;
    fileDwellings.set(file, byTable);
  }
  return byTable;
}

/** The dwellings of each city file seen (a sweep asks for the cost of many points of one city). */
const fileDwellings = new WeakMap<CityFileText, number>();

export function describeCost(cost: Cost, workers = 1): string {
  const wall = cost.seconds / Math.max(1, workers);
  const time =
    wall < 90
      ? `${Math.max(1, Math.round(wall))} s`
      : wall < 5400
        ? `${Math.round(wall / 60)} min`
        : wall < 48 * 3600
          ? `${(wall / 3600).toFixed(1)} h`
          : `${(wall / 86400).toFixed(1)} days`;
  const mem =
    cost.bytes < 2 ** 30
      ? `${Math.max(1, Math.round(cost.bytes / 2 ** 20))} MiB`
      : `${(cost.bytes / 2 ** 30).toFixed(1)} GiB`;
  return `about ${time}${workers > 1 ? ` on ${workers} workers` : ''} and ${mem} of memory`;
}

export type CostDecision = 'quiet' | 'report' | 'warn' | 'refuse';

/** What to do about a job of this cost: stay quiet, print it, warn and go on, or refuse without --yes. */
export function decide(cost: Cost, wallSeconds: number, yes: boolean, interactive: boolean): CostDecision {
  const big = wallSeconds > CONFIRM_SECONDS || cost.bytes > CONFIRM_BYTES;
  if (big && !yes) return interactive ? 'refuse' : 'warn';
  return wallSeconds > REPORT_SECONDS || cost.bytes > REPORT_BYTES ? 'report' : 'quiet';
}

/**
 * Print the estimate of a big job, and refuse one above the stated cost unless --yes was given
 * (interactive use) or warn (no terminal to answer from). `label` is the command, e.g. `kiez run`.
 */
export function confirmCost(label: string, cost: Cost, workers: number, yes: boolean): void {
  const wall = cost.seconds / Math.max(1, workers);
  const interactive = !!process.stdin.isTTY && !!process.stderr.isTTY;
  const decision = decide(cost, wall, yes, interactive);
  if (decision === 'quiet') return;
  const estimate = `estimated ${describeCost(cost, workers)} (a rough figure from measured costs per dwelling or cell)`;
  const limit = `above ${CONFIRM_SECONDS / 3600} h or ${CONFIRM_BYTES / 2 ** 30} GiB`;
  if (decision === 'refuse') throw new UsageError(`${estimate}; ${limit}, add --yes to start it`);
  if (decision === 'warn')
    process.stderr.write(
      `${label}: warning: ${estimate}; ${limit}, started without --yes because no terminal can answer\n`,
    );
  else process.stderr.write(`${label}: ${estimate}\n`);
}
