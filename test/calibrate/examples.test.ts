/** The shipped calibration files load and their first run steps; the docs show the generated reference. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobAt, loadCalibrationFile, scenarioAt } from '../../cli/calibrate/plan.ts';
import { runJob } from '../../sim/batch/run.ts';
import { runMoments } from '../../sim/calibrate/moments.ts';
import { calibrationReference } from '../../sim/calibrate/spec.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(ROOT, 'scenarios', 'calibrations');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.endsWith('-truth.json'));

describe('the example calibrations', () => {
  it.each(files)(
    '%s is valid, and a run at its first start gives a value for every target',
    (f) => {
      const plan = loadCalibrationFile(join(DIR, f));
      expect(plan.parameters.length).toBeGreaterThan(0);
      const theta = plan.calibration.parameters.map((p) => p.starts[0]!);
      const record = runJob(jobAt(plan, 0, 0, 0, scenarioAt(plan, theta)));
      const m = runMoments(record, plan.calibration.targets);
      expect(m.ok).toBe(true);
    },
    60_000,
  );

  it("the Berlin calibration is valid and hands Berlin's city file to its runs", () => {
    const plan = loadCalibrationFile(join(ROOT, 'examples', 'cities', 'berlin', 'calibration.json'));
    expect(plan.parameters.map((p) => p.path)).toEqual(['behaviour.ownOriginWeight', 'behaviour.moveRate']);
    const theta = plan.calibration.parameters.map((p) => p.starts[0]!);
    const scenario = scenarioAt(plan, theta) as { cityFile?: { csv: string } };
    expect(scenario.cityFile?.csv.split('\n')[0]).toMatch(/^id,name,/);
  }, 60_000);

  it('docs/calibration.md shows the calibration file reference exactly as generated from its declaration', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'calibration.md'), 'utf8');
    expect(doc).toContain(calibrationReference());
  });
});
