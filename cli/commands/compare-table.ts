/**
 * The table of `kiez compare`: which measures (glob patterns), which value of each run (a tick, the
 * mean over a window of ticks, every tick of the series, or the end), and per measure the paired
 * test with p-values adjusted over all rows. Labels that mean different things in different runs
 * (the typology's unsupervised `typology.typeN.*`) are left out and named in a note.
 */
import type { RunRecord } from '../../sim/batch/run.ts';
import { type PairedTest, pairedTest } from '../../sim/batch/paired.ts';
import { csvField } from '../../sim/csv.ts';
import { adjustP, type PAdjustMethod } from '../../sim/math/p-adjust.ts';
import { didYouMean } from '../../sim/params/suggest.ts';
import { UsageError } from '../errors.ts';

/** Which value of a run enters the comparison. */
export type Statistic =
  | { readonly kind: 'end' }
  | { readonly kind: 'at'; readonly tick: number }
  | { readonly kind: 'window'; readonly from: number; readonly to: number }
  | { readonly kind: 'series'; readonly every: number };

export interface Row extends PairedTest {
  readonly measure: string;
  /** First and last tick of the value compared (equal but for a window; the end: the last tick). */
  readonly from: number;
  readonly to: number;
  readonly pAdjusted: number;
}

/**
 * k-means numbers its clusters afresh in every run: type 3 of one seed need not be type 3 of the
 * next, let alone of the other scenario. Pairing them would compare unrelated quarters.
 */
const UNMATCHED_LABEL = /^typology\.type\d+\./;
export const UNMATCHED_NOTE =
  'typology.typeN.* left out: the typology numbers its clusters anew in every run, so type N of A need not be the same kind of quarter as type N of B';

/** The ticks each run must record for a statistic (see RunJob.every and RunJob.at). */
export function schedule(s: Statistic): { every: number; at: number[] } {
  if (s.kind === 'at') return { every: 0, at: [s.tick] };
  if (s.kind === 'window') return { every: 0, at: range(s.from, s.to) };
  if (s.kind === 'series') return { every: s.every, at: [] };
  return { every: 0, at: [] };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** A glob (`*` any run of characters, `?` one) as an anchored regular expression. */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

function namesOf(records: readonly RunRecord[]): string[] {
  const seen = new Set<string>();
  for (const r of records) for (const m of r.metrics) seen.add(m);
  return [...seen];
}

export interface Selection {
  readonly measures: string[];
  readonly notes: string[];
}

/**
 * The measures both scenarios report that match a pattern, in A's order. A pattern that matches no
 * measure, and measures of one scenario only, are named in notes; nothing left at all is an error.
 */
export function selectMeasures(
  a: readonly RunRecord[],
  b: readonly RunRecord[],
  patterns: readonly string[],
): Selection {
  const inA = namesOf(a);
  const inBSet = new Set(namesOf(b));
  const inASet = new Set(inA);
  const both = inA.filter((m) => inBSet.has(m));
  const notes: string[] = [];
  const regexps = patterns.map(globToRegExp);
  const wanted = (m: string) => regexps.length === 0 || regexps.some((re) => re.test(m));
  const chosen = both.filter(wanted);
  // The measures a run reports are known only once it ran (some appear after the first years), so a
  // pattern that matches nothing is said in a note; only when nothing at all is left is it an error.
  const idle = patterns.filter((_, i) => !both.some((m) => regexps[i]!.test(m)));
  const one = [...inA.filter((m) => !inBSet.has(m)), ...[...inBSet].filter((m) => !inASet.has(m))];
  const idleLines = idle.map(
    (p) => `--measures: ${JSON.stringify(p)}: matches no measure of both runs${nearest(p, both, one)}`,
  );
  if (chosen.filter((m) => !UNMATCHED_LABEL.test(m)).length === 0) {
    throw new UsageError([
      ...idleLines,
      ...(idle.length === patterns.length
        ? []
        : [`--measures: only typology.typeN.* matched; ${UNMATCHED_NOTE}`]),
    ]);
  }
  notes.push(...idleLines);
  const unmatched = chosen.filter((m) => UNMATCHED_LABEL.test(m));
  if (unmatched.length > 0) notes.push(`${unmatched.length} measures ${UNMATCHED_NOTE}`);
  const onlyA = inA.filter((m) => !inBSet.has(m) && wanted(m));
  const onlyB = [...inBSet].filter((m) => !inASet.has(m) && wanted(m));
  if (onlyA.length > 0) notes.push(`only A reports (left out): ${onlyA.join(', ')}`);
  if (onlyB.length > 0) notes.push(`only B reports (left out): ${onlyB.join(', ')}`);
  return { measures: chosen.filter((m) => !UNMATCHED_LABEL.test(m)), notes };
}

/**
 * The nearest names, or the pattern as a prefix (`refusals.cap` -> `refusals.cap.*`) when that
 * matches; a family only one scenario reports (a lever's own refusals) is said to be that.
 */
function nearest(pattern: string, both: readonly string[], one: readonly string[]): string {
  const prefix = `${pattern}.`;
  const under = (names: readonly string[]) => names.filter((m) => m.startsWith(prefix)).length;
  if (!pattern.includes('*') && under(both) > 0)
    return ` (did you mean "${prefix}*", ${under(both)} measures?)`;
  if (under(one) > 0 || one.some((m) => globToRegExp(pattern).test(m))) {
    return ' (only one of the scenarios reports it, so it cannot be paired)';
  }
  return didYouMean(pattern, both);
}

/** The value of `measure` in one run for a statistic, or null where the run has none (it ended earlier). */
function meanOver(r: RunRecord, measure: string, from: number, to: number): number | null {
  const col = r.metrics.indexOf(measure) + 1;
  if (col === 0) return null;
  let sum = 0;
  let count = 0;
  for (const row of r.rows) {
    const t = row[0]!;
    if (t < from || t > to) continue;
    const v = row[col];
    if (v === null || v === undefined) return null;
    sum += v;
    count++;
  }
  return count === to - from + 1 ? sum / count : null;
}

/** The value of `measure` (or the tick itself) in a run's last row. */
function endValue(r: RunRecord, measure: string): number | null {
  const row = r.rows[r.rows.length - 1];
  const col = measure === 'tick' ? 0 : r.metrics.indexOf(measure) + 1;
  if (!row || col < 0 || (measure !== 'tick' && col === 0)) return null;
  return row[col] ?? null;
}

/** The tick spans compared: one for a tick or a window, one per recorded tick of the series. */
function spans(s: Exclude<Statistic, { kind: 'end' }>, records: readonly RunRecord[]): [number, number][] {
  if (s.kind === 'at') return [[s.tick, s.tick]];
  if (s.kind === 'window') return [[s.from, s.to]];
  const ticks = new Set<number>();
  for (const r of records) for (const row of r.rows) ticks.add(row[0]!);
  return [...ticks].sort((x, y) => x - y).map((t) => [t, t]);
}

/**
 * Rows of the comparison: `a[i]` and `b[i]` ran with the same seed. For the end of the runs, each
 * run's last row counts (a classic run may settle early), and `tick` itself is a row.
 */
export function compareRuns(
  a: readonly RunRecord[],
  b: readonly RunRecord[],
  measures: readonly string[],
  statistic: Statistic,
  adjust: PAdjustMethod,
): Row[] {
  const n = Math.min(a.length, b.length);
  const tests: Omit<Row, 'pAdjusted'>[] = [];
  const all = [...a, ...b];
  if (statistic.kind === 'end') {
    const ends = all.map((r) => r.ticks);
    for (const measure of ['tick', ...measures]) {
      const xa: number[] = [];
      const xb: number[] = [];
      for (let i = 0; i < n; i++) {
        const va = endValue(a[i]!, measure);
        const vb = endValue(b[i]!, measure);
        if (va !== null && vb !== null) {
          xa.push(va);
          xb.push(vb);
        }
      }
      tests.push({ measure, from: Math.min(...ends), to: Math.max(...ends), ...pairedTest(xa, xb) });
    }
  } else {
    for (const measure of measures) {
      for (const [from, to] of spans(statistic, all)) {
        const xa: number[] = [];
        const xb: number[] = [];
        for (let i = 0; i < n; i++) {
          const va = meanOver(a[i]!, measure, from, to);
          const vb = meanOver(b[i]!, measure, from, to);
          if (va !== null && vb !== null) {
            xa.push(va);
            xb.push(vb);
          }
        }
        tests.push({ measure, from, to, ...pairedTest(xa, xb) });
      }
    }
  }
  // The tick reached is a check, not a finding: it does not count among the comparisons.
  const adjusted = adjustP(
    tests.map((t) => (t.measure === 'tick' ? Number.NaN : t.p)),
    adjust,
  );
  return tests.map((t, i) => ({ ...t, pAdjusted: adjusted[i]! }));
}

/** Four significant digits for the printed table; the CSV keeps every digit. */
function short(x: number): string {
  if (!Number.isFinite(x)) return '';
  if (x !== 0 && (Math.abs(x) >= 1e6 || Math.abs(x) < 1e-3)) return x.toExponential(3);
  return String(Number(x.toPrecision(4)));
}

function pValue(x: number): string {
  if (!Number.isFinite(x)) return '';
  return x < 1e-4 ? '<0.0001' : x.toFixed(4);
}

export function formatTable(rows: readonly Row[], adjust: PAdjustMethod, perTick: boolean): string {
  const pName = adjust === 'none' ? 'p' : `p (${adjust})`;
  const header = [
    'measure',
    ...(perTick ? ['tick'] : []),
    'mean A',
    'sd A',
    'mean B',
    'sd B',
    'B - A',
    '95 % interval',
    'd_z',
    pName,
  ];
  const cells = rows.map((r) => [
    r.measure,
    ...(perTick ? [String(r.from)] : []),
    short(r.meanA),
    short(r.sdA),
    short(r.meanB),
    short(r.sdB),
    short(r.difference),
    Number.isFinite(r.low) ? `${short(r.low)} to ${short(r.high)}` : '',
    short(r.dz),
    pValue(r.pAdjusted),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c
      .map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

export const CSV_COLUMNS = [
  'measure',
  'from',
  'to',
  'n',
  'meanA',
  'sdA',
  'meanB',
  'sdB',
  'difference',
  'sdDifference',
  'low',
  'high',
  't',
  'df',
  'p',
  'pAdjusted',
  'dz',
] as const;

export function compareCsv(rows: readonly Row[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) lines.push(CSV_COLUMNS.map((c) => csvField(r[c])).join(','));
  return `${lines.join('\n')}\n`;
}

/** The statistic in words, for the table's heading and the sidecar. */
export function describeStatistic(s: Statistic): string {
  if (s.kind === 'at') return `values at tick ${s.tick}`;
  if (s.kind === 'window') return `mean of each run over ticks ${s.from} to ${s.to}`;
  if (s.kind === 'series') return `values at every ${s.every === 1 ? '' : `${s.every}th `}tick of the series`;
  return 'values at the end of each run';
}
