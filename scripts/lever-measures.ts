/**
 * What `npm run levers` reads from one finished run: the measures the lever questions are judged by
 * (segregation at quarter scale and one radius, springboard and trap, access, displacement by
 * cause, school against catchment segregation), each a number per run, so that runs of a lever and
 * of the baseline with the same seed can be compared pairwise.
 */

/** A per-tick metrics record as the simulation reports it. */
export type Metrics = Record<string, number>;

/** What a run keeps: its last tick's metrics and sums of some metrics over every tick. */
export interface RunTotals {
  last: Metrics;
  summed: Metrics;
}

export interface Measure {
  readonly label: string;
  readonly digits: number;
  read(r: RunTotals): number;
}

const SUMMED_PREFIXES = ['refusals.', 'displacements', 'becameUnhoused', 'searchesEnded'];

/** Fold one tick's metrics into the totals (sums of refusals, displacements, searches and their lengths). */
export function addTick(t: RunTotals, m: Metrics, groups: readonly string[]): void {
  for (const [k, v] of Object.entries(m)) {
    if (SUMMED_PREFIXES.some((p) => k.startsWith(p))) t.summed[k] = (t.summed[k] ?? 0) + v;
  }
  for (const g of groups) {
    const n = m[`searchesEnded.${g}`] ?? 0;
    t.summed[`searchTicks.${g}`] =
      (t.summed[`searchTicks.${g}`] ?? 0) + n * (m[`searchTicks.mean.${g}`] ?? 0);
  }
  t.last = m;
}

const at = (key: string) => (r: RunTotals) => r.last[key] ?? Number.NaN;
const sum = (key: string) => (r: RunTotals) => r.summed[key] ?? 0;
const sumPrefix = (prefix: string) => (r: RunTotals) =>
  Object.entries(r.summed).reduce((a, [k, v]) => (k.startsWith(prefix) ? a + v : a), 0);

/** Mean length of the searches that ended during the run, over the groups given. */
const searchTime = (groups: readonly string[]) => (r: RunTotals) => {
  let ticks = 0;
  let n = 0;
  for (const g of groups) {
    ticks += r.summed[`searchTicks.${g}`] ?? 0;
    n += r.summed[`searchesEnded.${g}`] ?? 0;
  }
  return n > 0 ? ticks / n : Number.NaN;
};

/** The measures, grouped into the tables of the report. */
export function measures(radius: string, natives: readonly string[], migrants: readonly string[]) {
  const seg = (index: string, dim: string, scale: string): Measure => ({
    label: `${index} ${dim}, ${scale}`,
    digits: 4,
    read: at(`${index}.${dim}.${scale}`),
  });
  return {
    segregation: [
      seg('D', 'origin', 'quarter'),
      seg('H', 'origin', 'quarter'),
      seg('D', 'origin', radius),
      seg('H', 'origin', radius),
      seg('D', 'income', 'quarter'),
      seg('H', 'income', 'quarter'),
      seg('D', 'income', radius),
      seg('H', 'income', radius),
      { label: 'D low income vs rest, quarter', digits: 4, read: at('D.income=low.quarter') },
      { label: `D low income vs rest, ${radius}`, digits: 4, read: at(`D.income=low.${radius}`) },
    ],
    springboard: [
      { label: 'newcomers gained', digits: 4, read: at('springboard.gained') },
      { label: 'gained and moved on', digits: 4, read: at('springboard.gainedLeft') },
      { label: 'gained and stayed', digits: 4, read: at('springboard.gainedStayed') },
      { label: 'stuck (trap)', digits: 4, read: at('springboard.stuck') },
    ],
    access: [
      { label: 'refused for cap (household-months)', digits: 0, read: sumPrefix('refusals.cap.') },
      {
        label: 'refused for discrimination (household-months)',
        digits: 0,
        read: sumPrefix('refusals.discrimination.'),
      },
      {
        label: 'refused for affordability (household-months)',
        digits: 0,
        read: sumPrefix('refusals.affordability.'),
      },
      {
        label: 'refused for eligibility (household-months)',
        digits: 0,
        read: sumPrefix('refusals.eligibility.'),
      },
      { label: 'unhoused at the end', digits: 1, read: at('unhoused') },
      { label: 'lost their dwelling (sum)', digits: 0, read: sum('becameUnhoused') },
      { label: 'search time, all (ticks)', digits: 3, read: searchTime([...natives, ...migrants]) },
      { label: 'search time, migrant groups (ticks)', digits: 3, read: searchTime(migrants) },
      { label: 'search time, native (ticks)', digits: 3, read: searchTime(natives) },
      { label: 'rent burden (mean, end)', digits: 4, read: at('meanRentBurden') },
      { label: 'displaced by rent rise (sum)', digits: 0, read: sum('displacements.rentRise') },
      { label: 'displaced by income loss (sum)', digits: 0, read: sum('displacements.incomeLoss') },
      { label: 'displaced at move-in (sum)', digits: 0, read: sum('displacements.atMoveIn') },
    ],
    schools: [
      { label: 'D origin, school', digits: 4, read: at('D.origin.school') },
      { label: 'D origin, catchment', digits: 4, read: at('D.origin.catchment') },
      { label: 'D low income, school', digits: 4, read: at('D.income=low.school') },
      { label: 'D low income, catchment', digits: 4, read: at('D.income=low.catchment') },
      { label: 'school avoiders (share)', digits: 4, read: at('schoolAvoiders') },
    ],
  } satisfies Record<string, Measure[]>;
}
