/**
 * Issue 19, fault 3: merges and resumes verify every run file (digest recomputed from its rows,
 * rows against the plan), a refused merge leaves nothing behind, stale temporary files are removed.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentDigest, type StoredRun } from '../../cli/batch/store.ts';
import { kiez, tempDir } from '../cli/kiez.ts';
import { csv, kiezHere, SMALL, sweepFile } from './helpers.ts';

const dir = tempDir();
const file = sweepFile(dir, SMALL);
const whole = join(dir, 'whole');
const partA = join(dir, 'a');
const partB = join(dir, 'b');

const runPath = (d: string, run: number) => join(d, 'runs', `${String(run).padStart(6, '0')}.json`);
const readStored = (d: string, run: number): StoredRun => JSON.parse(readFileSync(runPath(d, run), 'utf8'));
const store = (d: string, run: number, s: unknown) =>
  writeFileSync(runPath(d, run), `${JSON.stringify(s)}\n`);

beforeAll(() => {
  for (const [out, shard] of [
    [whole, []],
    [partA, ['--shard', '1/2']],
    [partB, ['--shard', '2/2']],
  ] as const) {
    const r = kiez(['sweep', file, '--out', out, '--jobs', '1', ...shard]);
    expect(r.code, r.stderr).toBe(0);
  }
});

describe('kiez merge verifies every run file before it writes anything', () => {
  it('refuses a run file whose rows were edited but whose digest was left, and leaves no folder behind', async () => {
    const part = join(dir, 'edited');
    expect(kiez(['sweep', file, '--out', part, '--jobs', '1', '--shard', '1/2']).code).toBe(0);
    const s = readStored(part, 2);
    const rows = s.rows.map((row) => [...row]);
    rows[1]![1] = 0.999;
    store(part, 2, { ...s, rows });
    const out = join(dir, 'merged-edited');
    const r = await kiezHere(['merge', part, partB, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `kiez merge: ${runPath(part, 2)}: edited or damaged: its rows do not match its digest`,
    );
    expect(r.stderr).toContain('kiez merge: nothing written;');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a run file with fewer rows than the plan records, even with its digest made to match', async () => {
    const part = join(dir, 'short');
    expect(kiez(['sweep', file, '--out', part, '--jobs', '1', '--shard', '2/2']).code).toBe(0);
    const s = readStored(part, 1);
    const cut = { ...s, rows: s.rows.slice(0, 2) };
    store(part, 1, { ...cut, contentSha256: contentDigest(cut) });
    const out = join(dir, 'merged-short');
    const r = await kiezHere(['merge', partA, part, '--out', out]);
    expect(r.code).toBe(2);
    // Its schedule: every 5 ticks and the last one (a settled classic run stops early).
    const last = s.ticks;
    const ticks = [0, 5, 10, 15].filter((t) => t < last).concat(last);
    expect(r.stderr).toContain(
      `${runPath(part, 1)}: has 2 rows; the plan records ${ticks.length} (ticks ${ticks.join(', ')})`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('a refused merge into an existing folder of another sweep creates neither runs/ nor a plan there', async () => {
    const other = join(dir, 'other');
    expect(
      kiez(['sweep', sweepFile(dir, { ...SMALL, seed: 9 }, 'other.json'), '--out', other, '--jobs', '1'])
        .code,
    ).toBe(0);
    const before = readdirSync(other).sort();
    const r = await kiezHere(['merge', partA, partB, '--out', other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds runs of a different sweep/);
    expect(readdirSync(other).sort()).toEqual(before);
  });

  it('merges verified parts into the bytes of the unsharded sweep', async () => {
    const out = join(dir, 'merged');
    const r = await kiezHere(['merge', partA, partB, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(csv(out)).toBe(csv(whole));
  });
});

describe('a resumed sweep runs again every run file that fails its checks', () => {
  it('an edited file, a short file, a file of another run and stale temporaries: run again, removed, same bytes', () => {
    const out = join(dir, 'resume');
    expect(kiez(['sweep', file, '--out', out, '--jobs', '1']).code).toBe(0);
    const edited = readStored(out, 0);
    store(out, 0, { ...edited, rows: edited.rows.map((row) => row.map((v, i) => (i === 1 ? 0 : v))) });
    const short = readStored(out, 3);
    const cut = { ...short, rows: short.rows.slice(1) };
    store(out, 3, { ...cut, contentSha256: contentDigest(cut) });
    store(out, 5, readStored(out, 4));
    writeFileSync(join(out, 'runs', '.000001.json.4242.tmp'), '{"run": 1, "se');
    writeFileSync(join(out, '.results.csv.4242.tmp'), 'run,point');
    const r = kiez(['sweep', file, '--out', out, '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `${runPath(out, 0)}: edited or damaged: its rows do not match its digest; running it again`,
    );
    expect(r.stderr).toContain(
      `${runPath(out, 3)}: has 3 rows; the plan records 4 (ticks 0, 5, 10, 15); running it again`,
    );
    expect(r.stderr).toMatch(
      /000005\.json: holds run 4 \(seed \d+\), not run 5 \(seed \d+\); running it again/,
    );
    expect(r.stderr).toContain('removed 2 temporary files of an interrupted write');
    expect(r.stderr).toMatch(/3 to run, 3 already done/);
    expect(readdirSync(join(out, 'runs')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(csv(out)).toBe(csv(whole));
  });
});

describe('output folders that cannot be made', () => {
  it('--out /proc/x is refused at once (recursive mkdir never returned on procfs)', () => {
    const started = Date.now();
    const r = kiez(['sweep', file, '--out', '/proc/kiez-x/y']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'kiez sweep: --out: "/proc/kiez-x/y": a folder kiez can create and write to',
    );
    const run = kiez(['run', 'classic-schelling', '--ticks', '1', '--out', '/proc/kiez-x/run.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/proc/kiez-x/run.csv: cannot write there');
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
