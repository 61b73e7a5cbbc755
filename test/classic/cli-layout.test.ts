/** `kiez run --layout NAME|FILE`: a classic starting layout from the command line. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kiez, tempDir } from '../cli/kiez.ts';

describe('kiez run --layout', () => {
  it('--layout halves starts segregated: the first row is one group, the last the other', () => {
    const dir = tempDir();
    const state = join(dir, 'state.csv');
    const r = kiez([
      'run',
      'scenarios/classic-schelling.json',
      '--layout',
      'halves',
      '--ticks',
      '0',
      '--state',
      state,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = readFileSync(state, 'utf8').trim().split('\n').slice(1);
    const groupOf = (line: string) => line.split(',')[4];
    expect(
      new Set(
        rows
          .slice(0, 50)
          .map(groupOf)
          .filter((g) => g !== ''),
      ),
    ).toEqual(new Set(['0']));
    expect(
      new Set(
        rows
          .slice(-50)
          .map(groupOf)
          .filter((g) => g !== ''),
      ),
    ).toEqual(new Set(['1']));
  });

  it('reads a drawn layout from a text file, which sets the grid size too, and runs it', () => {
    const dir = tempDir();
    const file = join(dir, 'town.txt');
    const rows = Array.from({ length: 10 }, (_, y) => (y < 5 ? 'AAAA.BBBBB' : 'BBBBB.AAAA'));
    writeFileSync(file, `${rows.join('\n')}\n`);
    const out = join(dir, 'run.json');
    const r = kiez([
      'run',
      'scenarios/classic-schelling.json',
      '--layout',
      file,
      '--ticks',
      '3',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.manifest.scenario.classic.layout).toBe('grid');
    expect(doc.manifest.scenario.classic.size).toBe(10);
    expect(doc.manifest.scenario.classic.grid).toBe(`${rows.join('\n')}\n`);
  });

  it('a layout file of the wrong size or with unknown symbols gets a plain message and exit code 2', () => {
    const dir = tempDir();
    const file = join(dir, 'bad.txt');
    writeFileSync(file, 'AB.\nBA?\nA.\n');
    const r = kiez(['run', 'scenarios/classic-schelling.json', '--layout', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${file}: classic.grid row 2, column 3: "?": "." for an empty cell or one of "A", "B" (one letter per group)`,
    );
    expect(r.stderr).toContain(
      `${file}: classic.grid row 3: "2 symbols": 3 symbols in every row (the grid size)`,
    );
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    const missing = kiez(['run', 'scenarios/classic-schelling.json', '--layout', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      'neither a layout name (random, halves, stripes, blocks) nor a readable file',
    );
  });
});
