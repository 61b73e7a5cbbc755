import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveSeed } from '../../sim/rng.ts';
import { KIEZ_VERSION } from '../../sim/version.ts';
import { kiez, tempDir } from '../cli/kiez.ts';
import { csv, kiezHere, SMALL, sweepFile } from './helpers.ts';

describe('kiez sweep', () => {
  const dir = tempDir();
  const file = sweepFile(dir, SMALL);
  const two = join(dir, 'two');
  let stderr = '';

  beforeAll(() => {
    const r = kiez(['sweep', file, '--out', two, '--jobs', '2']);
    expect(r.code, r.stderr).toBe(0);
    stderr = r.stderr;
  });

  it('writes one tidy row per run and recorded tick, with the varied parameters as columns', () => {
    const lines = csv(two).trim().split('\n');
    expect(lines[0]).toMatch(
      /^run,point,replicate,seed,classic\.threshold,classic\.size,tick,similarShare,discontentedShare,moves,settled/,
    );
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['0', '1', '2', '3', '4', '5']));
    expect(rows[0]!.slice(0, 7)).toEqual(['0', '0', '0', String(deriveSeed(5, 0)), '0.3', '20', '0']);
    const last = rows.filter((r) => r[0] === '5');
    expect(last[0]!.slice(0, 7)).toEqual(['5', '1', '2', String(deriveSeed(5, 5)), '0.6', '20', '0']);
    for (const r of rows) expect(r).toHaveLength(lines[0]!.split(',').length);
  });

  it('writes a manifest: kiez version, resolved base, sweep definition, seeds and digests of every run', () => {
    const m = JSON.parse(readFileSync(join(two, 'manifest.json'), 'utf8'));
    expect(m.kiez).toBe(KIEZ_VERSION);
    expect(m.base.classic.size).toBe(50);
    expect(m.base.ticks).toBe(15);
    expect(m.sweep.vary).toEqual([
      { path: 'classic.threshold', values: [0.3, 0.6] },
      { path: 'classic.size', values: [20] },
    ]);
    expect(m.runs.map((r: { seed: number }) => r.seed)).toEqual(
      [0, 1, 2, 3, 4, 5].map((i) => deriveSeed(5, i)),
    );
    expect(m.runs[0].seriesDigest).toMatch(/^[0-9a-f]{16}$/);
    expect(m.results.rows).toBe(csv(two).trim().split('\n').length - 1);
    expect(typeof m.wallMs).toBe('number');
  });

  it('reports progress as plain lines when stderr is not a terminal', () => {
    expect(stderr).toMatch(/6 runs \(2 points x 3 replicates\); 6 to run, 0 already done; 2 workers/);
    expect(stderr).toMatch(/kiez sweep: 6\/6 runs \(100 %\), [\d.]+ runs\/s/);
    expect(stderr.includes('\r') || stderr.includes('\u001b')).toBe(false);
  });

  it('gives byte-identical results with one worker and with two; a rerun runs only the runs missing or damaged', () => {
    const one = join(dir, 'one');
    expect(kiez(['sweep', file, '--out', one, '--jobs', '1']).code).toBe(0);
    expect(csv(one)).toBe(csv(two));

    const kept = join(one, 'runs', '000001.json');
    const keptTime = statSync(kept).mtimeMs;
    rmSync(join(one, 'runs', '000004.json'));
    writeFileSync(join(one, 'runs', '000002.json'), '{"run": 2, "se');
    rmSync(join(one, 'results.csv'));
    const r = kiez(['sweep', file, '--out', one, '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 to run, 4 already done; 2 workers ->/);
    expect(existsSync(join(one, 'runs', '000004.json'))).toBe(true);
    expect(statSync(kept).mtimeMs).toBe(keptTime);
    expect(csv(one)).toBe(csv(two));
  });

  it('refuses to mix a different sweep into a folder that holds runs', async () => {
    const otherFile = sweepFile(dir, { ...SMALL, replicates: 2 }, 'fewer.json');
    const r = await kiezHere(['sweep', otherFile, '--out', two]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out: ".*two": holds runs of a different sweep/);
  });
});
