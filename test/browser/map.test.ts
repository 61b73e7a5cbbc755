/**
 * The city map and the scale view in the system Chromium, against Node running the same small city
 * with the same seed: the choropleth of districts and the local segregation score follow the run's
 * own numbers; zooming shows every household of the visible cells as a dot and shortens the scale
 * bar, dragging pans; the scale view's multiscale profile is `kiez profile`'s; the quarter types are
 * named and explained in the profile; and a quarter's profile shows whole at 1280 x 720.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitShareOf } from '../../sim/measures/unit-counts.ts';
import { resolveScenario } from '../../sim/scenario/resolve.ts';
import { createSimulation, type Simulation } from '../../sim/simulation.ts';
import { hashFor, openPage, type Served, serveBuild, skipBrowser, waitForAttribute } from './harness.ts';

const root = resolve(import.meta.dirname, '../..');
const presetFiles = (ref: string) => ({
  value: JSON.parse(
    readFileSync(join(root, 'scenarios', `${ref.replace(/^.*\//, '').replace(/\.json$/, '')}.json`), 'utf8'),
  ),
  name: ref,
});

const doc = {
  extends: 'baseline',
  name: 'small city',
  ticks: 2,
  city: { dwellings: 6000, dwellingsPerQuarter: 500 },
};

function nodeRun(): Simulation {
  const r = resolveScenario(doc, { load: presetFiles });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const sim = createSimulation(r.scenario, r.scenario.seed);
  sim.advance(2, () => {});
  return sim;
}

const finite = (xs: ArrayLike<number>) => Array.from(xs, (v) => (Number.isFinite(v) ? v : null));

async function openFinished(page: Page): Promise<void> {
  await waitForAttribute(
    page,
    '[data-testid=run-view] [data-testid=status]',
    'data-state',
    'finished',
    120_000,
  );
  await waitForAttribute(
    page,
    '[data-testid=run-view] [data-testid=map]',
    'data-quarter-values',
    null,
    60_000,
  );
}

describe.skipIf(skipBrowser)('the city map and the scale view', () => {
  let served: Served;
  let sim: Simulation;
  beforeAll(async () => {
    served = await serveBuild();
    sim = nodeRun();
  });
  afterAll(async () => {
    await served?.close();
  });

  it('colours districts by a share and by the local segregation score, as the run computes them', {
    timeout: 240_000,
  }, async () => {
    const { page, errors } = await openPage(served, hashFor(doc));
    await openFinished(page);
    const run = page.getByTestId('run-view');
    const map = run.getByTestId('map');
    const counts = sim.unitCounts('district')!;
    const origin = counts.dimensions.findIndex((d) => d.dimension === 'origin');
    await run.getByTestId('map-scale').selectOption('district');
    await waitForAttribute(page, '[data-testid=run-view] [data-testid=map]', 'data-area-scale', 'district');
    const layer = await run.getByTestId('map-layer').inputValue();
    const category = Number(layer.split(':')[3]);
    await expect
      .poll(async () => JSON.parse((await map.getAttribute('data-quarter-values')) ?? '[]'))
      .toEqual(finite(unitShareOf(counts, origin, category)));
    await run.getByTestId('map-layer').selectOption(`a:local:${origin}`);
    await expect
      .poll(async () => JSON.parse((await map.getAttribute('data-quarter-values')) ?? '[]'))
      .toEqual(finite(sim.localScores('origin', 'district')!));
    await expect
      .poll(() => run.getByTestId('legend-note').textContent())
      .toContain('Local segregation score');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows every household of the visible cells as a dot when zoomed in, with a shorter scale bar', {
    timeout: 240_000,
  }, async () => {
    const { page, errors } = await openPage(served, hashFor(doc));
    await openFinished(page);
    const run = page.getByTestId('run-view');
    const map = run.getByTestId('map');
    const before = await map.getAttribute('data-scale-bar');
    expect(await map.getAttribute('data-dots')).toBe('0');
    for (let i = 0; i < 5; i++) await run.getByTestId('zoom-in').click();
    expect(Number(await map.getAttribute('data-zoom'))).toBeCloseTo(1.5 ** 5, 2);
    await expect.poll(async () => Number(await map.getAttribute('data-dots'))).toBeGreaterThan(0);
    const window = (await map.getAttribute('data-window'))!.split(',').map(Number) as [
      number,
      number,
      number,
      number,
    ];
    const inWindow = sim.householdsIn('origin', ...window)!;
    await expect.poll(async () => Number(await map.getAttribute('data-dots'))).toBe(inWindow.cells.length);
    const after = await map.getAttribute('data-scale-bar');
    const metres = (label: string | null) => Number(label!.replace(/ km$/, '000').replace(/ m$/, ''));
    expect(metres(after)).toBeLessThan(metres(before));
    await expect.poll(() => run.getByTestId('legend').textContent()).toContain('Households (dots)');
    // Dragging pans: other cells come into view.
    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 80, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => map.getAttribute('data-window')).not.toBe(window.join(','));
    await run.getByTestId('zoom-fit').click();
    expect(await map.getAttribute('data-zoom')).toBe('1.000');
    await expect.poll(() => map.getAttribute('data-dots')).toBe('0');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the multiscale profile of the scale view with the numbers of the run, and intervals on request', {
    timeout: 240_000,
  }, async () => {
    const { page, errors } = await openPage(served, hashFor(doc));
    await openFinished(page);
    const chart = page.getByTestId('profile-chart');
    await waitForAttribute(page, '[data-testid=profile-chart]', 'data-column', 'D.origin', 60_000);
    const want = sim
      .profile({ column: 'D.origin', maxRadius: 8 }, { random: true, replicates: 5, interval: 'none' })
      .map((r) => [r.scale, r.households, r.values['']]);
    expect(JSON.parse((await chart.getAttribute('data-rows'))!)).toEqual(want);
    await page.getByTestId('profile-interval').selectOption('bootstrap');
    await expect
      .poll(
        async () =>
          JSON.parse((await chart.getAttribute('data-lower')) ?? '[]').filter(Number.isFinite).length,
        {
          timeout: 120_000,
        },
      )
      .toBe(want.length);
    // The index itself does not change with the interval asked for.
    expect(JSON.parse((await chart.getAttribute('data-rows'))!)).toEqual(want);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(['en-GB', 'de-DE'])(
    'names and explains the quarter type in a quarter profile that shows whole at 1280 x 720 (%s)',
    {
      timeout: 240_000,
    },
    async (locale) => {
      const { page, errors } = await openPage(served, hashFor(doc), { width: 1280, height: 720 }, locale);
      await openFinished(page);
      const run = page.getByTestId('run-view');
      const box = (await run.getByTestId('map').boundingBox())!;
      await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.5);
      const now = run.getByTestId('type-history').locator('.type-now strong');
      const [name, why] =
        locale === 'en-GB'
          ? [/^type \d+: [a-z ]+, [a-z ]+$/, /^\d+ quarters with \d+ % of the households/]
          : [/^Typ \d+: [A-Za-zäöü ]+, [A-Za-zäöü ]+$/, /^\d+ Quartiere mit \d+ % der Haushalte/];
      await expect.poll(() => now.textContent(), { timeout: 30_000 }).toMatch(name);
      expect(await run.getByTestId('type-why').textContent()).toMatch(why);
      await expect
        .poll(() => run.getByTestId('unit-shares').locator('.share-row').count())
        .toBeGreaterThan(10);
      // Whole: no scrolling inside, and its bottom above the status line at the foot of the page.
      const fits = await page.evaluate(() => {
        const d = (globalThis as unknown as { document: Document }).document;
        const p = d.querySelector('[data-testid=run-view] [data-testid=profile]')!;
        const foot = d.querySelector('[data-testid=workers]')!;
        return {
          bottom: p.getBoundingClientRect().bottom,
          foot: foot.getBoundingClientRect().top,
          scroll: p.scrollHeight - p.clientHeight,
        };
      });
      expect(fits.scroll).toBe(0);
      expect(fits.bottom).toBeLessThanOrEqual(fits.foot);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});
