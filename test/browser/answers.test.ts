/**
 * The policymaker's path through the page, in the system Chromium against a production build: the
 * start page runs nothing until asked; each ready question runs end to end and its answer panel
 * shows the numbers `npx kiez compare` prints for the same scenarios and seeds; the map's quarters
 * are coloured by their values; and a value out of range is refused at its field.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitShareOf } from '../../sim/measures/unit-counts.ts';
import { resolveScenario } from '../../sim/scenario/resolve.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { QUESTIONS } from '../../ui/start/questions.ts';
import { hashFor, openPage, type Served, serveBuild, skipBrowser, waitForAttribute } from './harness.ts';

const root = resolve(import.meta.dirname, '../..');
const kiezBin = join(root, 'bin/kiez.mjs');

const presetFiles = (ref: string) => ({
  value: JSON.parse(
    readFileSync(join(root, 'scenarios', `${ref.replace(/^.*\//, '').replace(/\.json$/, '')}.json`), 'utf8'),
  ),
  name: ref,
});

/** `kiez compare A B --seeds N --seed 1` as CSV rows by measure. */
function cliCompare(a: string, b: string, seeds: number): Map<string, Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'kiez-answer-'));
  try {
    const out = join(dir, 'compare.csv');
    execFileSync(
      process.execPath,
      [
        kiezBin,
        'compare',
        join(root, 'scenarios', `${a}.json`),
        join(root, 'scenarios', `${b}.json`),
        '--seeds',
        String(seeds),
        '--seed',
        '1',
        '--jobs',
        '2',
        '--out',
        out,
      ],
      { stdio: 'pipe' },
    );
    const [header, ...lines] = readFileSync(out, 'utf8').trim().split('\n');
    const cols = header!.split(',');
    const rows = new Map<string, Record<string, number>>();
    for (const line of lines) {
      const cells = line.split(',');
      const row: Record<string, number> = {};
      cols.forEach((c, i) => {
        row[c] = cells[i] === '' ? Number.NaN : Number(cells[i]);
      });
      rows.set(cells[0]!, row);
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function allDone(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const doc = (
        globalThis as unknown as {
          document: { querySelectorAll(s: string): Iterable<{ getAttribute(a: string): string | null }> };
        }
      ).document;
      const all = [...doc.querySelectorAll('[data-testid=slot-status]')];
      return all.length > 0 && all.every((e) => e.getAttribute('data-state') === 'done');
    },
    undefined,
    { timeout, polling: 1000 },
  );
}

describe.skipIf(skipBrowser)('answers for policymakers', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serveBuild();
  });
  afterAll(async () => {
    await served?.close();
  });

  it('opens on the start page with the ready questions and no simulation worker', async () => {
    const { page, errors } = await openPage(served);
    await expect.poll(() => page.getByTestId('start-view').isVisible()).toBe(true);
    for (const q of QUESTIONS) expect(await page.getByTestId(`ask-${q.id}`).isVisible()).toBe(true);
    await page.waitForTimeout(1000);
    expect(await page.getByTestId('workers').getAttribute('data-count')).toBe('0');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(QUESTIONS.map((q) => [q.id, q] as const))(
    'runs the ready question "%s" end to end with the numbers of npx kiez compare on the same seeds',
    { timeout: 1_200_000 },
    async (_id, q) => {
      const { page, errors } = await openPage(served);
      await page.getByTestId(`ask-${q.id}`).click();
      await allDone(page, 900_000);
      const table = page.getByTestId('answer-table');
      await expect.poll(() => table.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      const rows = await table.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          measure: tr.getAttribute('data-measure')!,
          scenario: tr.getAttribute('data-scenario')!,
          difference: Number(tr.getAttribute('data-difference')),
          low: Number(tr.getAttribute('data-low')),
          high: Number(tr.getAttribute('data-high')),
          verdict: tr.getAttribute('data-verdict')!,
        })),
      );
      const [base, ...others] = q.presets;
      let compared = 0;
      const cliRuns = new Map<string, ReturnType<typeof cliCompare>>();
      for (const other of others) {
        const name = JSON.parse(readFileSync(join(root, 'scenarios', `${other}.json`), 'utf8'))['name'];
        const cli = cliCompare(base!, other, q.seeds);
        cliRuns.set(other, cli);
        for (const r of rows.filter((x) => x.scenario === name && x.verdict !== 'absent')) {
          const want = cli.get(r.measure);
          expect(want, r.measure).toBeDefined();
          expect(r.difference, r.measure).toBe(want!['difference']);
          expect(r.low, r.measure).toBe(want!['low']);
          expect(r.high, r.measure).toBe(want!['high']);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(3);
      // The answer as charts: each bar is a scenario's mean end value over the seeds, as the CLI's.
      // So do the charts of schools against residence (D at schools attended, catchments, residence).
      expect(await page.getByTestId('answer-chart').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-testid^="school-D."]').count()).toBeGreaterThan(0);
      const charts = await page
        .locator('[data-testid=answer-chart], [data-testid^="school-D."]')
        .evaluateAll((cs) => cs.map((c) => JSON.parse(c.getAttribute('data-bars') ?? '{}')));
      let bars = 0;
      for (const other of others) {
        const cli = cliRuns.get(other)!;
        const name = JSON.parse(readFileSync(join(root, 'scenarios', `${other}.json`), 'utf8'))['name'];
        for (const c of charts as { members: string[]; scenarios: string[]; means: (number | null)[][] }[]) {
          const k = c.scenarios.indexOf(name);
          c.members.forEach((m, i) => {
            const want = cli.get(m);
            if (!want || c.means[k]?.[i] === null) return;
            expect(c.means[0]![i], m).toBeCloseTo(want['meanA']!, 9);
            expect(c.means[k]![i], m).toBeCloseTo(want['meanB']!, 9);
            bars++;
          });
        }
      }
      expect(bars).toBeGreaterThan(3);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('colours each quarter of the city map by its share of the smallest group, as Node counts it', {
    timeout: 240_000,
  }, async () => {
    const doc = {
      extends: 'baseline',
      name: 'small city',
      ticks: 2,
      city: { dwellings: 6000, dwellingsPerQuarter: 500 },
    };
    const r = resolveScenario(doc, { load: presetFiles });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const sim = createSimulation(r.scenario, r.scenario.seed);
    sim.advance(2, () => {});
    const counts = sim.unitCounts('quarter')!;
    const origin = counts.dimensions.findIndex((d) => d.dimension === 'origin');
    const city = counts.dimensions[origin]!.city;
    const smallest = city.indexOf(Math.min(...city));
    const expected = Array.from(unitShareOf(counts, origin, smallest), (v) =>
      Number.isFinite(v) ? v : null,
    );
    const units = sim.view().units['quarter']!;
    const { width, height } = sim.view();

    const { page, errors } = await openPage(served, hashFor(doc));
    const map = page.getByTestId('run-view').getByTestId('map');
    await waitForAttribute(
      page,
      '[data-testid=run-view] [data-testid=status]',
      'data-state',
      'finished',
      90_000,
    );
    await expect
      .poll(async () => JSON.parse((await map.getAttribute('data-quarter-values')) ?? '[]'), {
        timeout: 30_000,
      })
      .toEqual(expected);
    expect(await page.getByTestId('run-view').getByTestId('map-layer').inputValue()).toBe(
      `a:share:${origin}:${smallest}`,
    );
    // A cell deep inside the highest and the lowest quarter: the top and the bottom of viridis.
    const finite = expected.filter((v): v is number => v !== null);
    const inner = (q: number) => {
      for (let y = 1; y < height - 1; y++)
        for (let x = 1; x < width - 1; x++) {
          const c = y * width + x;
          if ([c, c - 1, c + 1, c - width, c + width].every((n) => units[n] === q)) return { x, y };
        }
      throw new Error(`quarter ${q} has no inner cell`);
    };
    const high = inner(expected.indexOf(Math.max(...finite)));
    const low = inner(expected.indexOf(Math.min(...finite)));
    const pixels = await map.evaluate(
      (canvas: unknown, [cells, w, h]) => {
        const c = canvas as {
          width: number;
          height: number;
          getContext(k: '2d'): {
            getImageData(x: number, y: number, a: number, b: number): { data: Uint8ClampedArray };
          };
        };
        const scale = Math.min(c.width / w, c.height / h);
        const dx = (c.width - w * scale) / 2;
        const dy = (c.height - h * scale) / 2;
        return cells.map(({ x, y }) =>
          Array.from(
            c
              .getContext('2d')
              .getImageData(Math.floor(dx + (x + 0.5) * scale), Math.floor(dy + (y + 0.5) * scale), 1, 1)
              .data,
          ).slice(0, 3),
        );
      },
      [[high, low], width, height] as const,
    );
    // viridis ends: #fde725 (highest) and #440154 (lowest); the raster holds 32-bit floats, so the
    // highest quarter may land on the last entry but one (#f9e627 and so on): within 6 per channel.
    const near = (got: number[] | undefined, want: number[]) =>
      got?.every((c, i) => Math.abs(c - want[i]!) <= 6) === true;
    expect(near(pixels[0], [0xfd, 0xe7, 0x25]), String(pixels[0])).toBe(true);
    expect(near(pixels[1], [0x44, 0x01, 0x54]), String(pixels[1])).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refuses a seed out of range at its field, with the declared range, and starts no new run', {
    timeout: 240_000,
  }, async () => {
    const { page, errors } = await openPage(served, '#view=run');
    const view = page.getByTestId('run-view');
    await waitForAttribute(
      page,
      '[data-testid=run-view] [data-testid=status]',
      'data-state',
      'paused',
      60_000,
    );
    for (const bad of ['-1', '1.5', '99999999999']) {
      await view.getByTestId('seed').fill(bad);
      await view.getByTestId('seed').dispatchEvent('change');
      const message = view.getByTestId('seed-message');
      await expect.poll(() => message.textContent()).toContain('a whole number from 0 to 2147483647');
      expect(await view.getByTestId('seed').getAttribute('aria-invalid')).toBe('true');
    }
    // Compare: 50 seeds pass no more.
    await page.getByTestId('tab-compare').click();
    const compare = page.getByTestId('compare-view');
    await compare.getByTestId('replicates').fill('50');
    await compare.getByTestId('run-all').click();
    await expect
      .poll(() => compare.getByTestId('replicates-message').textContent())
      .toContain('from 1 to 20');
    await compare.getByTestId('replicates').fill('2');
    await compare.getByTestId('compare-ticks').fill('-3');
    await compare.getByTestId('run-all').click();
    await expect
      .poll(() => compare.getByTestId('compare-ticks-message').textContent())
      .toContain('from 0 to 100000');
    expect(await compare.getByTestId('slot-status').first().getAttribute('data-state')).toBe('ready');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
