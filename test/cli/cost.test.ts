/**
 * Issue 19, fault 5 (cost): big jobs print an estimated run time and memory, above a stated cost
 * an interactive user must add --yes (a warning where no terminal can answer), and `kiez validate`
 * checks a big model's names on a replica instead of building it whole.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  CONFIRM_BYTES,
  CONFIRM_SECONDS,
  confirmCost,
  decide,
  describeCost,
  runCost,
  UNIT_COSTS,
} from '../../cli/cost.ts';
import { loadScenarioFile } from '../../cli/files.ts';
import { loadScenario } from '../../sim/scenario/resolve.ts';
import { kiezHere } from '../batch/helpers.ts';
import { tempDir } from './kiez.ts';

const BIN = resolve(import.meta.dirname, '../../bin/kiez.mjs');
const hugeCity = { mode: 'city', ticks: 100_000, city: { dwellings: 2_000_000 } };
const hugeGrid = {
  mode: 'classic',
  ticks: 100,
  classic: { size: 4000 },
  measures: { indices: 'all', random: true, replicates: 1000 },
};

describe('the cost of a job', () => {
  it('100,000 ticks of a 2-million-dwelling city and every index with 1,000 replicates on a 4000² grid are above the confirmation cost', () => {
    for (const doc of [hugeCity, hugeGrid]) {
      const cost = runCost(loadScenario(doc));
      expect(cost.seconds).toBeGreaterThan(CONFIRM_SECONDS);
      expect(decide(cost, cost.seconds, false, true)).toBe('refuse');
      expect(decide(cost, cost.seconds, false, false)).toBe('warn');
      expect(decide(cost, cost.seconds, true, true)).toBe('report');
    }
    expect(runCost(loadScenario(hugeCity)).bytes).toBe(2_000_000 * 300);
  });

  it('a small run is quiet, and memory alone can call for confirmation', () => {
    const small = runCost(loadScenario({ mode: 'classic', ticks: 100, classic: { size: 50 } }));
    expect(decide(small, small.seconds, false, true)).toBe('quiet');
    expect(decide({ seconds: 1, bytes: CONFIRM_BYTES + 1 }, 1, false, true)).toBe('refuse');
    expect(describeCost({ seconds: 7200, bytes: 3 * 2 ** 30 }, 4)).toBe(
      'about 30 min on 4 workers and 3.0 GiB of memory',
    );
    expect(describeCost({ seconds: 2 * 86400, bytes: 5 * 2 ** 20 })).toBe(
      'about 2.0 days and 5 MiB of memory',
    );
  });

  it("a city file's run is priced by its own dwellings at its scale: Berlin about 2.15 million at 1:1, 215,000 at 1:10", () => {
    const full = loadScenarioFile(resolve(import.meta.dirname, '../../scenarios/berlin.json'));
    const quick = loadScenarioFile(resolve(import.meta.dirname, '../../scenarios/berlin-quick.json'));
    const dwellings = (s: typeof full) => runCost(s).bytes / UNIT_COSTS.city.bytes;
    // The layout builds 215,040 regular dwellings at 1:10 (it apportions households per group, so
    // the estimate's rounding differs by a few).
    expect(Math.abs(dwellings(quick) - 215_040)).toBeLessThan(100);
    expect(dwellings(full)).toBeGreaterThan(2_140_000);
    expect(dwellings(full)).toBeLessThan(2_160_000);
    expect(full.city.dwellings).toBeLessThan(100_000); // what the estimate read before
  });

  it('without a terminal, a job above the cost starts with a warning on stderr', () => {
    let stderr = '';
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
      stderr += String(s);
      return true;
    });
    try {
      confirmCost('kiez run', { seconds: 10 * 3600, bytes: 2 ** 20 }, 1, false);
    } finally {
      spy.mockRestore();
    }
    expect(stderr).toBe(
      'kiez run: warning: estimated about 10.0 h and 1 MiB of memory (a rough figure from measured costs per dwelling or cell); above 1 h or 4 GiB, started without --yes because no terminal can answer\n',
    );
  });

  it.skipIf(spawnSync('script', ['--version']).status !== 0)(
    'from a terminal, kiez run of a job above the cost is refused until --yes is given',
    () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'huge.json'), JSON.stringify(hugeCity));
      // `script` gives the command a terminal, as a user at a shell has.
      const r = spawnSync('script', ['-qfec', `${process.execPath} ${BIN} run huge.json`, '/dev/null'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.stdout).toContain('kiez run: estimated about 5.1 days and 572 MiB of memory');
      expect(r.stdout).toContain('add --yes to start it');
      expect(r.status).toBe(2);
    },
  );
});

describe('kiez validate of a big model', () => {
  it('checks a 2-million-dwelling city on a replica, says so with the estimate, and still finds a wrong scale name', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.json'), JSON.stringify(hugeCity));
    writeFileSync(
      join(dir, 'big-bad.json'),
      JSON.stringify({ ...hugeCity, measures: { scales: 'block,nowhere' } }),
    );
    writeFileSync(join(dir, 'grid.json'), JSON.stringify(hugeGrid));
    const r = await kiezHere([
      'validate',
      join(dir, 'big.json'),
      join(dir, 'big-bad.json'),
      join(dir, 'grid.json'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(
      `${join(dir, 'big.json')}: valid (names checked on a 50,000-dwelling replica, the full city was not built; one run: about 5.1 days and 572 MiB of memory)\n` +
        `${join(dir, 'grid.json')}: valid (names checked on a 500 x 500 replica, the full grid was not built; one run: about 13.1 days and 1.2 GiB of memory)\n`,
    );
    expect(r.stderr).toContain(
      'big-bad.json: measures.scales: "block,nowhere": "all" or comma-separated names among block, quarter, district',
    );
  });
});
