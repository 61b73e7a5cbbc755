/**
 * Output is written atomically: a run killed mid-write, or a write that fails, leaves no
 * half-written file under the final name (and an older file there keeps its content).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../cli/files.ts';
import { writeStateCsv } from '../../cli/output.ts';
import type { StateTable } from '../../sim/model.ts';
import { tempDir } from '../cli/kiez.ts';

const BIN = resolve(import.meta.dirname, '../../bin/kiez.mjs');

/** Resolves with the first temporary file of `name` in `dir` holding at least `bytes`, polling. */
async function partialTempFile(dir: string, name: string, bytes: number, exited: () => boolean) {
  for (;;) {
    const tmp = readdirSync(dir).find((f) => f.startsWith(`.${name}.`) && f.endsWith('.tmp'));
    if (tmp && statSync(join(dir, tmp)).size >= bytes) return tmp;
    if (exited()) throw new Error('the run ended before it could be interrupted');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('atomic output', () => {
  it('a kiez run killed while writing its state table leaves the old file untouched under the final name', async () => {
    const dir = tempDir();
    // 2000 x 2000 cells: a state table of about 4 million rows, long enough to be caught mid-write.
    writeFileSync(
      join(dir, 'big.json'),
      JSON.stringify({ ticks: 0, classic: { size: 2000 }, measures: { every: 0 } }),
    );
    writeFileSync(join(dir, 'state.csv'), 'old,content\n');
    const child = spawn(process.execPath, [BIN, 'run', 'big.json', '--state', 'state.csv'], {
      cwd: dir,
      stdio: 'ignore',
    });
    let exited = false;
    const done = new Promise<NodeJS.Signals | null>((r) =>
      child.on('exit', (_code, signal) => {
        exited = true;
        r(signal);
      }),
    );
    const tmp = await partialTempFile(dir, 'state.csv', 1 << 20, () => exited);
    child.kill('SIGKILL');
    expect(await done).toBe('SIGKILL');
    expect(readFileSync(join(dir, 'state.csv'), 'utf8')).toBe('old,content\n');
    // The partial output is only ever under the hidden temporary name.
    expect(statSync(join(dir, tmp)).size).toBeGreaterThanOrEqual(1 << 20);
  });

  it('a state table that fails halfway leaves neither the final file nor a temporary file', () => {
    const dir = tempDir();
    const path = join(dir, 'state.csv');
    const failing: StateTable = {
      columns: ['cell', 'value'],
      rows: 1_000_000,
      value: (column, row) => {
        if (row === 600_000) throw new Error('disk full (simulated)');
        return column === 'cell' ? row : row * 0.5;
      },
    };
    expect(() => writeStateCsv(failing, path)).toThrow('disk full (simulated)');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a failing write or rename keeps what was under the final name and removes the temporary file', () => {
    const dir = tempDir();
    const path = join(dir, 'series.csv');
    writeFileSync(path, 'tick,x\n0,1\n');
    expect(() => writeFileAtomic(join(dir, 'missing-folder', 'series.csv'), 'new')).toThrow();
    // A non-empty folder under the final name: the write succeeds, the rename fails.
    mkdirSync(join(dir, 'taken', 'inside'), { recursive: true });
    expect(() => writeFileAtomic(join(dir, 'taken'), 'new')).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['series.csv', 'taken']);
    expect(readFileSync(path, 'utf8')).toBe('tick,x\n0,1\n');
    writeFileAtomic(path, 'tick,x\n0,2\n');
    expect(readFileSync(path, 'utf8')).toBe('tick,x\n0,2\n');
    expect(readdirSync(dir).sort()).toEqual(['series.csv', 'taken']);
  });
});
