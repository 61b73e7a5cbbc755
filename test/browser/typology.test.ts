/**
 * The quarter typology on the browser map, and a quarter's type over time in its profile, checked
 * against the same run in Node. With KIEZ_SHOTS=DIR the map card is saved as DIR/typology-LANG.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveScenario } from '../../sim/scenario/resolve.ts';
import { createSimulation, type Simulation } from '../../sim/simulation.ts';
import { hashFor, openPage, type Served, serveBuild, skipBrowser, waitForAttribute } from './harness.ts';

const doc = {
  name: 'typology on the map',
  mode: 'city',
  seed: 3,
  ticks: 24,
  city: { dwellings: 3000, dwellingsPerQuarter: 300 },
  outcomes: { every: 2 },
};

/** The run as the worker makes it: metrics at tick 0, then every tick. */
function nodeRun(): Simulation {
  const r = resolveScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const sim = createSimulation(r.scenario, r.scenario.seed);
  sim.metrics();
  sim.advance(r.scenario.ticks);
  return sim;
}

const run = (page: Page) => page.getByTestId('run-view');

/** Colour by the typology, quarter borders, and pin the quarter under the middle of the map. */
async function pinQuarter(page: Page): Promise<void> {
  await waitForAttribute(
    page,
    '[data-testid=run-view] [data-testid=status]',
    'data-state',
    'finished',
    60_000,
  );
  await run(page).getByTestId('map-layer').selectOption('typology');
  await run(page).getByTestId('map-borders').selectOption('quarter');
  const map = run(page).getByTestId('map');
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: box.width / 2, y: box.height / 2 } });
  await run(page).locator('[data-testid=type-history] .type-strip').waitFor({ timeout: 30_000 });
}

async function shot(page: Page, lang: string): Promise<void> {
  const dir = process.env['KIEZ_SHOTS'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await run(page)
    .locator('.map-card')
    .screenshot({ path: join(dir, `typology-${lang}.png`) });
}

describe.skipIf(skipBrowser)('the quarter typology in the browser', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serveBuild();
  });
  afterAll(async () => {
    await served?.close();
  });

  it('colours the map by quarter type and shows a pinned quarter its type at every computed tick, as in Node', async () => {
    const sim = nodeRun();
    const { page, errors } = await openPage(served, hashFor(doc));
    await pinQuarter(page);
    const legend = await run(page).getByTestId('legend').textContent();
    for (const label of ['type 1', 'type 2', 'type 3', 'type 4', 'type 5']) expect(legend).toContain(label);
    const history = run(page).getByTestId('type-history');
    const quarter = Number(await history.getAttribute('data-quarter'));
    const expected = sim.outcomes!.history.of(quarter);
    expect(Number(await history.getAttribute('data-recorded'))).toBe(13);
    expect([...expected.ticks]).toEqual(Array.from({ length: 13 }, (_, i) => 2 * i));
    expect(await history.locator('.type-strip').getAttribute('data-types')).toBe(
      [...expected.types].join(','),
    );
    const current = expected.types[expected.types.length - 1]!;
    expect(current).toBe(sim.outcomes!.quarterType[quarter]);
    expect(Number(await history.locator('.type-now').getAttribute('data-current'))).toBe(current);
    const text = await history.textContent();
    expect(text).toContain('Type over time');
    expect(text).toContain(`Type now: type ${current + 1}`);
    expect(text).toContain('Tick 0');
    expect(text).toContain('Tick 24');
    // The map has the pinned quarter's type in its cells: the profile's typology share is 100 % of it.
    expect(await run(page).getByTestId('profile').textContent()).toContain('Quarter #');
    // The profile counts the quarter's households by category, as Node does, with location quotients.
    const shares = sim.unitShares('quarter', quarter)!;
    const counted = run(page).getByTestId('unit-shares').locator('[data-households]');
    await expect.poll(() => counted.getAttribute('data-households')).toBe(String(shares.households));
    const origin = shares.dimensions.find((d) => d.dimension === 'origin')!;
    const profile = await run(page).getByTestId('unit-shares').textContent();
    expect(profile).toContain(`LQ ${origin.quotient[0]!.toFixed(2)}`);
    await shot(page, 'en');
    // Without borders the profile is of the pinned cell; the history is of the quarter it lies in.
    await run(page).getByTestId('map-borders').selectOption('');
    await expect.poll(() => history.locator('h4').textContent()).toBe(`Type over time (Quarter #${quarter})`);
    expect(Number(await history.getAttribute('data-quarter'))).toBe(quarter);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says the same in German', async () => {
    const { page, errors } = await openPage(served, hashFor(doc), { width: 1280, height: 720 }, 'de-DE');
    await pinQuarter(page);
    const text = await run(page).getByTestId('type-history').textContent();
    expect(text).toContain('Typ im Zeitverlauf');
    expect(text).toMatch(/Typ jetzt: Typ \d/);
    expect(text).toContain('Takt 24');
    const legend = await run(page).getByTestId('legend').textContent();
    for (const label of ['Typ 1', 'Typ 5', 'leer']) expect(legend).toContain(label);
    await shot(page, 'de');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
