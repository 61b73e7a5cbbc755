/**
 * Drive the calibrations of a plan's starts on a kept pool of workers: every round, each unfinished
 * start says which points it wants evaluated next; their runs (points x replicates, the same seeds
 * at every point) are taken from the output folder where a finished run is stored and valid, and
 * run on the pool otherwise, each stored the moment it finishes. The starts share the rounds, so a
 * few replicates still keep every core busy, and the answers, hence the fits, do not depend on the
 * order in which runs finish: a rerun into the same folder replays the search from the stored runs
 * and goes on where it was stopped.
 */
import type { RunJob, RunRecord } from '../../sim/batch/run.ts';
import { runMoments } from '../../sim/calibrate/moments.ts';
import { calibrateFrom, type Evaluation, type Fit } from '../../sim/calibrate/procedure.ts';
import type { StartFit } from '../../sim/calibrate/report.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { RunScenarioError } from '../batch/pool.ts';
import { readRun, writeRun } from '../batch/store.ts';
import { UsageError } from '../errors.ts';
import { type CalibrationPlan, describeTheta, expectedAt, jobAt, scenarioAt } from './plan.ts';
import type { KeptPool } from './pool.ts';

export interface DriveReport {
  readonly outcome: 'done' | 'stopped';
  readonly fits: StartFit[];
  /** Runs computed now, and runs found stored from an earlier attempt. */
  readonly ran: number;
  readonly reused: number;
}

interface Active {
  readonly index: number;
  readonly search: Generator<readonly (readonly number[])[], Fit, readonly Evaluation[]>;
  step: IteratorResult<readonly (readonly number[])[], Fit>;
  evaluated: number;
}

export async function driveCalibration(
  plan: CalibrationPlan,
  starts: readonly number[],
  out: string,
  pool: KeptPool,
  log: (line: string) => void,
): Promise<DriveReport> {
  const c = plan.calibration;
  const targets = c.targets;
  const active: Active[] = starts.map((index) => {
    const search = calibrateFrom(
      plan.parameters,
      targets,
      c.replicates,
      c.method,
      c.parameters.map((p) => p.starts[index]!),
    );
    return { index, search, step: search.next(), evaluated: 0 };
  });
  const fits: StartFit[] = [];
  let ran = 0;
  let reused = 0;
  while (active.some((a) => !a.step.done)) {
    const jobs: RunJob[] = [];
    const records = new Map<number, RunRecord>();
    const asked: { a: Active; points: readonly (readonly number[])[] }[] = [];
    for (const a of active) {
      if (a.step.done) continue;
      const points = a.step.value;
      asked.push({ a, points });
      points.forEach((theta, i) => {
        const e = a.evaluated + i;
        let scenario: ReturnType<typeof scenarioAt> | undefined;
        for (let r = 0; r < c.replicates; r++) {
          const stored = readRun(out, expectedAt(plan, a.index, e, r));
          if (stored.ok) {
            records.set(stored.run.run, stored.run);
            reused++;
            continue;
          }
          scenario ??= scenarioAt(plan, theta);
          jobs.push(jobAt(plan, a.index, e, r, scenario));
        }
      });
    }
    let outcome: 'done' | 'stopped';
    try {
      outcome = await pool.run(jobs, (f) => {
        writeRun(out, { ...f.record, wallMs: f.wallMs });
        records.set(f.record.run, f.record);
        ran++;
      });
    } catch (e) {
      if (e instanceof RunScenarioError) {
        throw new UsageError(e.problems.map((p) => `run ${e.run}: ${formatProblem(p)}`));
      }
      throw e;
    }
    if (outcome === 'stopped') return { outcome, fits, ran, reused };
    for (const { a, points } of asked) {
      const answers = points.map((theta, i): Evaluation => {
        const e = a.evaluated + i;
        const replicates = Array.from({ length: c.replicates }, (_, r) => {
          const record = records.get(expectedAt(plan, a.index, e, r).run)!;
          const m = runMoments(record, targets);
          if (!m.ok) {
            throw new UsageError(
              `start ${a.index + 1}, at ${describeTheta(plan.parameters, theta)}, replicate ${r}: ${m.fault}`,
            );
          }
          return m.values;
        });
        return { replicates };
      });
      a.evaluated += points.length;
      a.step = a.search.next(answers);
      if (a.step.done) {
        fits.push({ ...a.step.value, index: a.index });
        const f = a.step.value;
        log(
          `start ${a.index + 1}: ${f.reason === 'converged' ? 'converged' : 'stopped at maxEvaluations'} after ${f.evaluations} points, distance ${f.distance.toPrecision(4)} at ${describeTheta(plan.parameters, f.theta)}`,
        );
      } else if (a.evaluated % 10 < points.length) {
        log(`start ${a.index + 1}: ${a.evaluated} points evaluated`);
      }
    }
  }
  fits.sort((x, y) => x.index - y.index);
  return { outcome: 'done', fits, ran, reused };
}
