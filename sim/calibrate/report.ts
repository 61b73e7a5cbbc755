/**
 * What a calibration reports, from the fits of its starts: the best fit (lowest distance), whether
 * the other starts agree with it within their uncertainty, and the same numbers as a table for the
 * screen, CSV files (every digit) and one JSON document. Pure text and plain data: the same fits
 * give the same bytes, whatever evaluated them.
 */
import { csvField } from '../csv.ts';
import { describeWhen } from './moments.ts';
import type { Fit, FreeParameter } from './procedure.ts';
import type { Target } from './spec.ts';

/** Two-sided 95 % normal quantile: the intervals are fitted value +- Z95 x se. */
export const Z95 = 1.959964;

export interface StartFit extends Fit {
  /** Index of the start (0-based) in the calibration file. */
  readonly index: number;
}

export interface Agreement {
  readonly index: number;
  /** Per parameter: |difference| <= 1.96 x sqrt(se_a^2 + se_b^2); null without standard errors. */
  readonly agrees: readonly (boolean | null)[];
}

export function bestStart(fits: readonly StartFit[]): StartFit {
  // Ties go to the earlier start, so the choice is the same on every machine.
  return fits.reduce((b, f) =>
    f.distance < b.distance || (f.distance === b.distance && f.index < b.index) ? f : b,
  );
}

/** Whether each start's fit lies within the joint 95 % band of the best one, parameter by parameter. */
export function agreement(fits: readonly StartFit[]): Agreement[] {
  const best = bestStart(fits);
  return fits.map((f) => ({
    index: f.index,
    agrees: f.theta.map((x, j) => {
      if (!f.se || !best.se) return null;
      return Math.abs(x - best.theta[j]!) <= Z95 * Math.sqrt(f.se[j]! * f.se[j]! + best.se[j]! * best.se[j]!);
    }),
  }));
}

const show = (x: number | null | undefined) =>
  x === null || x === undefined || !Number.isFinite(x) ? '-' : Number(x.toPrecision(4)).toString();

function columns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, j) => Math.max(...rows.map((r) => r[j]!.length)));
  return rows
    .map((r) =>
      r
        .map((c, j) => c.padEnd(widths[j]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The table printed on screen. */
export function reportText(
  name: string,
  parameters: readonly FreeParameter[],
  targets: readonly Target[],
  fits: readonly StartFit[],
  replicates: number,
): string {
  const best = bestStart(fits);
  const out: string[] = [];
  out.push(
    `${name}: best of ${fits.length} start${fits.length === 1 ? '' : 's'}: start ${best.index + 1}, distance ${show(best.distance)}, ${best.evaluations} points x ${replicates} replicates, search ${best.reason === 'converged' ? 'converged' : 'stopped at maxEvaluations'}${best.note ? `; ${best.note}` : ''}`,
    '',
  );
  out.push(
    columns([
      ['parameter', 'start', 'fitted', 'se', '95 % interval'],
      ...parameters.map((p, j) => [
        p.path,
        show(best.start[j]),
        show(best.theta[j]),
        show(best.se?.[j]),
        best.se
          ? `${show(best.theta[j]! - Z95 * best.se[j]!)} to ${show(best.theta[j]! + Z95 * best.se[j]!)}`
          : '-',
      ]),
    ]),
    '',
  );
  out.push(
    columns([
      ['target', 'when', 'observed', 'se', 'weight', 'simulated', 'sd', 'difference', 'share of distance'],
      ...targets.map((t, k) => [
        t.measure,
        describeWhen(t),
        show(t.observed),
        show(t.se),
        show(t.weight),
        show(best.moments[k]),
        show(best.momentSd[k]),
        show(best.moments[k]! - t.observed),
        best.distance > 0 ? `${(100 * (best.contributions[k]! / best.distance)).toFixed(1)} %` : '-',
      ]),
    ]),
  );
  if (fits.length > 1) {
    const agree = agreement(fits);
    out.push(
      '',
      columns([
        ['start', 'distance', ...parameters.map((p) => p.path), 'within 95 % of the best'],
        ...fits.map((f, i) => [
          String(f.index + 1),
          show(f.distance),
          ...f.theta.map((x, j) => `${show(x)} +- ${show(f.se?.[j])}`),
          agree[i]!.agrees.some((a) => a === null) ? '-' : agree[i]!.agrees.every(Boolean) ? 'yes' : 'no',
        ]),
      ]),
    );
  }
  return `${out.join('\n')}\n`;
}

const line = (cells: readonly (string | number | null | undefined)[]) =>
  `${cells.map((c) => (c === null || c === undefined ? '' : typeof c === 'number' ? (Number.isFinite(c) ? csvField(c) : '') : csvField(c))).join(',')}\n`;

/** fit.csv: one row per start and parameter. */
export function fitCsv(parameters: readonly FreeParameter[], fits: readonly StartFit[]): string {
  const best = bestStart(fits);
  const agree = agreement(fits);
  let s = line([
    'start',
    'best',
    'parameter',
    'startValue',
    'fitted',
    'se',
    'lower95',
    'upper95',
    'agreesWithBest',
    'distance',
    'evaluations',
    'stop',
    'note',
  ]);
  fits.forEach((f, i) => {
    parameters.forEach((p, j) => {
      const se = f.se?.[j];
      const a = agree[i]!.agrees[j];
      s += line([
        f.index + 1,
        f.index === best.index ? 'true' : 'false',
        p.path,
        f.start[j],
        f.theta[j],
        se,
        se === undefined ? null : f.theta[j]! - Z95 * se,
        se === undefined ? null : f.theta[j]! + Z95 * se,
        a === null ? null : String(a),
        f.distance,
        f.evaluations,
        f.reason,
        f.note,
      ]);
    });
  });
  return s;
}

/** targets.csv: one row per start and target, the observed value beside the simulated one. */
export function targetsCsv(targets: readonly Target[], fits: readonly StartFit[]): string {
  let s = line([
    'start',
    'measure',
    'tick',
    'from',
    'to',
    'observed',
    'se',
    'weight',
    'simulated',
    'sd',
    'difference',
    'contribution',
  ]);
  for (const f of fits) {
    targets.forEach((t, k) => {
      s += line([
        f.index + 1,
        t.measure,
        t.tick,
        t.window?.[0],
        t.window?.[1],
        t.observed,
        t.se,
        t.weight,
        f.moments[k],
        f.momentSd[k],
        f.moments[k]! - t.observed,
        f.contributions[k],
      ]);
    });
  }
  return s;
}

/** evaluations.csv: every point evaluated, in order, with its distance (the path of the search). */
export function evaluationsCsv(parameters: readonly FreeParameter[], fits: readonly StartFit[]): string {
  let s = line(['start', 'evaluation', 'phase', ...parameters.map((p) => p.path), 'distance']);
  for (const f of fits) {
    f.trace.forEach((t, e) => {
      s += line([f.index + 1, e, t.phase, ...t.theta, t.distance]);
    });
  }
  return s;
}

/** The JSON report: every number of the tables, plus covariance, Jacobian and the search's path. */
export function reportJson(
  parameters: readonly FreeParameter[],
  targets: readonly Target[],
  fits: readonly StartFit[],
) {
  const best = bestStart(fits);
  const agree = agreement(fits);
  const finite = (x: number | null | undefined) =>
    x === null || x === undefined || !Number.isFinite(x) ? null : x;
  return {
    best: best.index + 1,
    starts: fits.map((f, i) => ({
      start: f.index + 1,
      from: Object.fromEntries(parameters.map((p, j) => [p.path, f.start[j]])),
      fitted: Object.fromEntries(
        parameters.map((p, j) => {
          const se = f.se?.[j];
          return [
            p.path,
            {
              value: f.theta[j],
              se: finite(se),
              lower95: se === undefined ? null : f.theta[j]! - Z95 * se,
              upper95: se === undefined ? null : f.theta[j]! + Z95 * se,
              agreesWithBest: agree[i]!.agrees[j],
            },
          ];
        }),
      ),
      distance: f.distance,
      evaluations: f.evaluations,
      iterations: f.iterations,
      stop: f.reason,
      note: f.note,
      covariance: f.covariance,
      jacobian: f.jacobian,
      targets: targets.map((t, k) => ({
        measure: t.measure,
        when: describeWhen(t),
        observed: t.observed,
        se: t.se ?? null,
        weight: t.weight,
        simulated: f.moments[k],
        sd: finite(f.momentSd[k]),
        difference: f.moments[k]! - t.observed,
        contribution: f.contributions[k],
      })),
      trace: f.trace.map((t) => ({ phase: t.phase, theta: t.theta, distance: t.distance })),
    })),
  };
}
