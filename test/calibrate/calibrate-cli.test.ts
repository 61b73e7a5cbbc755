/**
 * `kiez calibrate` as a user runs it: bad input refused before any run (one line each, exit 2), a
 * small classic calibration with the same bytes whatever the number of workers, split into shards
 * and merged, and resumed after runs were lost.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kiezHere, sweepFile } from '../batch/helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'kiez.mjs');
const dir = mkdtempSync(join(tmpdir(), 'kiez-calibrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A classic calibration that takes a few seconds: the threshold to a mean similar share. */
const SMALL = {
  name: 'small classic calibration',
  base: 'base.json',
  seed: 3,
  replicates: 3,
  method: { maxEvaluations: 10, restarts: 1, initialStep: 0.2, tolerance: 0.02, jacobianStep: 0.05 },
  parameters: { 'classic.threshold': { from: 0.1, to: 0.6, start: [0.15, 0.55] } },
  targets: [
    { measure: 'similarShare', tick: 8, observed: 0.72, weight: 1000 },
    { measure: 'discontentedShare', from: 1, to: 4, observed: 0.1, se: 0.02 },
  ],
};

function kiez(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

const OUTPUTS = ['calibration.json', 'fit.csv', 'targets.csv', 'evaluations.csv'];
const outputs = (out: string) => OUTPUTS.map((f) => readFileSync(join(out, f), 'utf8'));

describe('kiez calibrate refuses bad input before anything runs', () => {
  sweepFile(
    dir,
    { extends: 'classic-schelling', classic: { size: 24, stopWhenSettled: false } },
    'base.json',
  );
  async function refused(change: (doc: typeof SMALL) => unknown) {
    const path = sweepFile(dir, change(JSON.parse(JSON.stringify(SMALL))), `bad-${Math.random()}.json`);
    const r = await kiezHere(['calibrate', path, '--out', join(dir, 'never')]);
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).not.toContain('never');
    return r.stderr.trim().split('\n');
  }

  it('names an unknown parameter path and suggests the nearest', async () => {
    const lines = await refused((d) => ({
      ...d,
      parameters: { 'classic.treshold': d.parameters['classic.threshold'] },
    }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /parameters\.classic\.treshold: .*no such parameter \(did you mean "classic\.threshold"/,
    );
  });

  it('refuses a range outside the declared one, saying the declared one', async () => {
    const lines = await refused((d) => ({
      ...d,
      parameters: { 'classic.threshold': { from: 0.1, to: 1.4, start: 0.3 } },
    }));
    expect(lines).toEqual([
      expect.stringMatching(
        /parameters\.classic\.threshold: \{"from":0\.1,"to":1\.4\}: a range inside the declared one: a number from 0 to 1/,
      ),
    ]);
  });

  it('refuses a measure the model does not report, with the nearest one', async () => {
    const lines = await refused((d) => ({ ...d, targets: [{ ...d.targets[0], measure: 'similarshar' }] }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /targets\[0\]\.measure: "similarshar": a measure the model reports \(did you mean "similarShare"/,
    );
  });

  it('refuses a start outside the range', async () => {
    const lines = await refused((d) => ({
      ...d,
      parameters: { 'classic.threshold': { from: 0.1, to: 0.6, start: [0.15, 0.9] } },
    }));
    expect(lines).toEqual([
      expect.stringMatching(
        /parameters\.classic\.threshold\.start\[1\]: 0\.9: a start inside the range 0\.1 to 0\.6/,
      ),
    ]);
  });

  it('refuses zero replicates', async () => {
    const lines = await refused((d) => ({ ...d, replicates: 0 }));
    expect(lines).toEqual([expect.stringMatching(/replicates: 0: a whole number from 1 to 1000/)]);
  });

  it('lists every problem of a file at once, one line each', async () => {
    const lines = await refused((d) => ({
      ...d,
      replicates: 0,
      parameters: { 'behaviour.moveRat': { from: 0, to: 0.1, start: 0.01 } },
      targets: [{ measure: 'nothing', tick: 3, observed: 1, weight: 1, se: 2 }],
    }));
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).toMatch(/replicates: 0/);
    expect(lines.join('\n')).toMatch(/no such parameter \(did you mean "behaviour\.moveRate"/);
    expect(lines.join('\n')).toMatch(/targets\[0\]: .*either "se" .* or "weight"/);
  });
});

describe('a small calibration', () => {
  // Runs that do not stop when settled: a target tick must be reached at every threshold.
  sweepFile(
    dir,
    { extends: 'classic-schelling', classic: { size: 24, stopWhenSettled: false } },
    'base.json',
  );
  const file = sweepFile(dir, SMALL, 'small.json');

  it('writes the same bytes with 1 and 2 workers, and shows the fit beside the targets', () => {
    const one = kiez(['calibrate', file, '--out', join(dir, 'j1'), '--jobs', '1']);
    expect(one.status, one.stderr).toBe(0);
    const two = kiez(['calibrate', file, '--out', join(dir, 'j2'), '--jobs', '2']);
    expect(two.status, two.stderr).toBe(0);
    expect(outputs(join(dir, 'j2'))).toEqual(outputs(join(dir, 'j1')));
    expect(two.stdout).toMatch(/^small classic calibration: best of 2 starts: start \d/);
    expect(two.stdout).toMatch(/classic\.threshold +0\.\d+ +0\.\d+/);
    expect(two.stdout).toMatch(/similarShare +tick 8 +0\.72/);
    expect(two.stdout).toMatch(/discontentedShare +mean of ticks 1-4 +0\.1 +0\.02 +2500/);
    const fit = readFileSync(join(dir, 'j1', 'fit.csv'), 'utf8').split('\n');
    expect(fit[0]).toBe(
      'start,best,parameter,startValue,fitted,se,lower95,upper95,agreesWithBest,distance,evaluations,stop,note',
    );
    expect(fit).toHaveLength(4);
    const report = JSON.parse(readFileSync(join(dir, 'j1', 'calibration.json'), 'utf8'));
    expect(report.report.starts).toHaveLength(2);
    expect(report.report.starts[0].targets[0].measure).toBe('similarShare');
    const runs = readdirSync(join(dir, 'j1', 'runs'));
    // Every evaluated point has one run per replicate.
    const points = report.report.starts.reduce(
      (n: number, s: { evaluations: number }) => n + s.evaluations,
      0,
    );
    expect(runs).toHaveLength(points * 3);
  }, 240_000);

  it('split into two shards and merged, gives the files of the whole', () => {
    for (const part of [1, 2]) {
      const r = kiez([
        'calibrate',
        file,
        '--out',
        join(dir, `part${part}`),
        '--shard',
        `${part}/2`,
        '--jobs',
        '1',
      ]);
      expect(r.status, r.stderr).toBe(0);
    }
    const m = kiez([
      'calibrate',
      'merge',
      join(dir, 'part2'),
      join(dir, 'part1'),
      '--out',
      join(dir, 'merged'),
    ]);
    expect(m.status, m.stderr).toBe(0);
    expect(outputs(join(dir, 'merged'))).toEqual(outputs(join(dir, 'j1')));
    const missing = kiez(['calibrate', 'merge', join(dir, 'part1'), '--out', join(dir, 'merged2')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/part 2\/2 is missing/);
  }, 240_000);

  it('resumes from the runs it kept: runs lost are run again and the files are the same', () => {
    const out = join(dir, 'j1');
    const runs = readdirSync(join(out, 'runs')).sort();
    for (const f of runs.slice(Math.floor(runs.length / 2))) rmSync(join(out, 'runs', f));
    for (const f of OUTPUTS) rmSync(join(out, f));
    const r = kiez(['calibrate', file, '--out', out, '--jobs', '2']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(
        `${runs.length - Math.floor(runs.length / 2)} runs in .* \\(${Math.floor(runs.length / 2)} reused`,
      ),
    );
    expect(outputs(out)).toEqual(outputs(join(dir, 'j2')));
  }, 240_000);
});

describe('an interrupted calibration', () => {
  it('stops on Ctrl-C with exit 130 and a resume hint, and the rerun reuses the finished runs', async () => {
    const file = sweepFile(
      dir,
      {
        name: 'interrupted',
        base: 'seminar-town',
        seed: 1,
        replicates: 2,
        method: { maxEvaluations: 4, restarts: 0 },
        parameters: { 'behaviour.moveRate': { from: 0.001, to: 0.004, start: 0.002 } },
        targets: [{ measure: 'moveRate', from: 1, to: 6, observed: 0.03, weight: 1e6 }],
      },
      'interrupted.json',
    );
    const out = join(dir, 'interrupted');
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [BIN, 'calibrate', file, '--out', out, '--jobs', '2'], {
      cwd: ROOT,
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    const code = await new Promise<number | null>((done) => {
      const poll = setInterval(() => {
        let n = 0;
        try {
          n = readdirSync(join(out, 'runs')).filter((f) => f.endsWith('.json')).length;
        } catch {}
        if (n >= 2) {
          clearInterval(poll);
          child.kill('SIGINT');
        }
      }, 50);
      child.on('exit', (c) => {
        clearInterval(poll);
        done(c);
      });
    });
    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(
      /interrupted \(SIGINT\); \d+ runs finished now are kept in .* To resume, run the same command again: npx kiez calibrate /,
    );
    const kept = readdirSync(join(out, 'runs')).filter((f) => f.endsWith('.json')).length;
    const again = kiez(['calibrate', file, '--out', out, '--jobs', '2']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`\\(${kept} reused from an earlier attempt\\)`));
  }, 240_000);
});
