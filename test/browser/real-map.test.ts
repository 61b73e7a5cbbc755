/**
 * The real map in the system Chromium: Berlin at 1:10 (the example city file, fetched by the page)
 * runs in the worker and its 542 planning areas are drawn from their boundaries as a choropleth;
 * hovering an area shows its name from the city file and its households by group, the same numbers
 * Node computes for the same scenario and seed; outside the city nothing is picked; the sources are
 * credited under the legend. A city file of the user's own is checked like a scenario: every problem
 * one line, nothing run.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCityFile } from '../../cli/city-file.ts';
import type { CityModel } from '../../sim/city/model.ts';
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

const doc = { extends: 'berlin-quick', ticks: 2 };
const MAP = '[data-testid=run-view] [data-testid=map]';
const STATUS = '[data-testid=run-view] [data-testid=status]';

/** The same run in Node: Berlin at 1:10, seed 1, two ticks. */
function nodeRun(): Simulation {
  const r = resolveScenario(doc, { load: presetFiles });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const sim = createSimulation(withCityFile(r.scenario, join(root, 'scenarios', 'berlin.json')), 1);
  sim.advance(2, () => {});
  return sim;
}

/** The profile's share rows of its first dimension (origin): label and percentage. */
async function originRows(page: Page): Promise<{ label: string; percent: number }[]> {
  const rows = page.locator('[data-testid=unit-shares] .profile-layer').first().locator('.share-row');
  const out: { label: string; percent: number }[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    const value = (await row.locator('.share-value').textContent()) ?? '';
    out.push({
      label: (await row.locator('.share-label').textContent()) ?? '',
      percent: Number(value.replace(/[^0-9.]/g, '')),
    });
  }
  return out;
}

describe.skipIf(skipBrowser)('the real map', () => {
  let served: Served;
  let sim: Simulation;
  beforeAll(async () => {
    served = await serveBuild();
    sim = nodeRun();
  });
  afterAll(async () => {
    await served?.close();
  });

  it('draws Berlin’s 542 planning areas and shows a hovered area’s name and households by group as Node counts them', {
    timeout: 300_000,
  }, async () => {
    const { page, errors } = await openPage(served, hashFor(doc), { width: 1280, height: 720 });
    await waitForAttribute(page, STATUS, 'data-state', 'finished', 240_000);
    await waitForAttribute(page, MAP, 'data-real-areas', '542', 60_000);
    await waitForAttribute(page, MAP, 'data-areas-filled', '542', 60_000);
    const run = page.getByTestId('run-view');
    expect(await run.getByTestId('map-attribution').textContent()).toContain(
      'Amt für Statistik Berlin-Brandenburg, Einwohnerregisterstatistik Berlin, Stand 31.12.2024 (CC BY 3.0 DE)',
    );
    expect(await run.getByTestId('map-attribution').textContent()).toContain(
      'Lebensweltlich orientierte Räume (LOR) – Planungsräume (01.01.2021)',
    );

    const real = (sim.model as CityModel).state.layout.real!;
    const counts = sim.unitCounts('quarter')!;
    const origin = counts.dimensions.findIndex((d) => d.dimension === 'origin');
    const box = (await run.getByTestId('map').boundingBox())!;
    const seen = new Set<string>();
    for (const [fx, fy] of [
      [0.5, 0.45],
      [0.35, 0.6],
    ] as const) {
      await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
      const name = run.getByTestId('profile-name');
      await name.waitFor({ timeout: 30_000 });
      const id = (await name.getAttribute('data-unit-id'))!;
      const a = real.areaIds.indexOf(id);
      expect(a).toBeGreaterThanOrEqual(0);
      expect(await name.textContent()).toBe(real.areaNames[a]);
      seen.add(id);
      const shares = sim.unitShares('quarter', a)!;
      await waitForAttribute(
        page,
        '[data-testid=unit-shares] [data-households]',
        'data-households',
        String(shares.households),
      );
      const rows = await originRows(page);
      const d = shares.dimensions.find((x) => x.dimension === 'origin')!;
      expect(rows.map((r) => r.label)).toEqual(['native', 'germanmb', 'eu', 'thirdcountry']);
      for (const [i, r] of rows.entries())
        expect(Math.abs(r.percent - d.share[i]! * 100)).toBeLessThanOrEqual(0.051);
      // The map's measure (the share of the smallest origin group, eu) of the area, under its name.
      const eu = counts.dimensions[origin]!.labels.indexOf('eu');
      const measure = (await run.getByTestId('profile-measure').textContent()) ?? '';
      expect(measure).toMatch(/^share of eu \(origin group\): /);
      const share = unitShareOf(counts, origin, eu)[a]!;
      expect(Math.abs(Number(measure.replace(/^.*: ([0-9.]+) %$/, '$1')) - share * 100)).toBeLessThanOrEqual(
        0.051,
      );
    }
    expect(seen.size).toBe(2);
    // A cell layer averaged per area fills the same polygons: the mean rent of the hovered area.
    await run.getByTestId('map-layer').selectOption('a:mean:rent');
    await waitForAttribute(page, MAP, 'data-areas-filled', '542', 60_000);
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.45);
    await expect
      .poll(async () => (await run.getByTestId('profile-measure').textContent()) ?? '', { timeout: 10_000 })
      .toMatch(/^mean rent: [0-9]{3} EUR\/month$/);
    // The mean over the area's cells with a rent, as Node's view of the same run has them.
    const hoveredId = (await run.getByTestId('profile-name').getAttribute('data-unit-id'))!;
    const h = real.areaIds.indexOf(hoveredId);
    const view = sim.view();
    const rent = view.layers['rent']!.values;
    const quarterOf = view.units['quarter']!;
    let sum = 0;
    let n = 0;
    for (let i = 0; i < quarterOf.length; i++) {
      if (quarterOf[i] === h && Number.isFinite(rent[i]!)) {
        sum += rent[i]!;
        n++;
      }
    }
    const shown = (await run.getByTestId('profile-measure').textContent()) ?? '';
    expect(shown).toBe(`mean rent: ${Math.round(sum / n)} EUR/month`);
    // Outside the city (the canvas's corner) no area is picked.
    await page.mouse.move(box.x + 4, box.y + 4);
    await run.getByTestId('profile-name').waitFor({ state: 'detached', timeout: 10_000 });
    // Another scenario: the synthetic city has no areas to draw and no sources to credit.
    await run.getByTestId('preset').selectOption('baseline');
    await waitForAttribute(page, MAP, 'data-real-areas', '0', 60_000);
    expect(await run.getByTestId('map-attribution').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('runs a city file of the user’s own with the scenario shown, drawn from its own boundaries', {
    timeout: 300_000,
  }, async () => {
    const { page, errors } = await openPage(served, hashFor(doc), { width: 1280, height: 720 });
    await waitForAttribute(page, STATUS, 'data-state', 'finished', 240_000);
    const run = page.getByTestId('run-view');
    await run.getByTestId('own-city').locator('summary').click();
    // Berlin's own file with every area renamed, so the names shown must come from this copy.
    const csv = readFileSync(join(root, 'examples/cities/berlin/berlin.csv'), 'utf8').replace(
      /^(\d{8}),/gm,
      '$1,own ',
    );
    await run
      .getByTestId('city-csv')
      .setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await run.getByTestId('city-geojson').setInputFiles(join(root, 'examples/cities/berlin/berlin.geojson'));
    await run.getByTestId('city-run').click();
    await waitForAttribute(page, STATUS, 'data-state', 'paused', 240_000);
    await waitForAttribute(page, MAP, 'data-areas-filled', '542', 60_000);
    expect(await run.getByTestId('map-attribution').isHidden()).toBe(true);
    const box = (await run.getByTestId('map').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.45);
    const name = run.getByTestId('profile-name');
    await name.waitFor({ timeout: 30_000 });
    expect(await name.textContent()).toMatch(/^own /);
    expect(errors).toEqual([]);
  });

  it('offers Berlin at 1:10 in the scenario picker and leaves full scale to the command line', async () => {
    const { page } = await openPage(served);
    await page.getByTestId('tab-run').click();
    const ids = await page
      .getByTestId('run-view')
      .getByTestId('preset')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
    expect(ids).toContain('berlin-quick');
    expect(ids).not.toContain('berlin');
  });

  it('checks a city file of the user’s own like a scenario: one line per problem, nothing run', {
    timeout: 120_000,
  }, async () => {
    const { page } = await openPage(served);
    await page.getByTestId('tab-run').click();
    await waitForAttribute(page, STATUS, 'data-state', 'paused', 60_000);
    const run = page.getByTestId('run-view');
    await run.getByTestId('own-city').locator('summary').click();
    const csv = [
      'id,name,parent.district,persons.native,persons.newcomer',
      'A,Alpha,W,1900,-5',
      'B,Beta,E,3800.5,190',
    ].join('\n');
    await run
      .getByTestId('city-csv')
      .setInputFiles({ name: 'town.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    // Without boundaries: the table's problems and the missing file, and no run.
    await run.getByTestId('city-run').click();
    const lines = run.getByTestId('city-messages').locator('li');
    await lines.first().waitFor();
    expect(await lines.allTextContents()).toEqual([
      'town.csv: area A: persons.newcomer: "-5": a whole number at least 0',
      'town.csv: area B: persons.native: "3800.5": a whole number at least 0',
      "city.boundaries: (none): a GeoJSON of the areas' boundaries (dwellings are placed inside the real polygons)",
    ]);
    // With boundaries that miss an area: the worker refuses the file, each problem one line.
    const fixed = [
      'id,name,parent.district,persons.native,persons.eu',
      'A,Alpha,W,1900,5',
      'B,Beta,E,3800,190',
    ].join('\n');
    const square = (x: number) => [
      [
        [13.4 + x, 52.5],
        [13.41 + x, 52.5],
        [13.41 + x, 52.51],
        [13.4 + x, 52.51],
        [13.4 + x, 52.5],
      ],
    ];
    const geojson = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { id: 'A' }, geometry: { type: 'Polygon', coordinates: square(0) } },
        {
          type: 'Feature',
          properties: { id: 'C' },
          geometry: { type: 'Polygon', coordinates: square(0.01) },
        },
      ],
    };
    await run
      .getByTestId('city-csv')
      .setInputFiles({ name: 'town.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) });
    await run.getByTestId('city-geojson').setInputFiles({
      name: 'town.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify(geojson)),
    });
    await run.getByTestId('city-run').click();
    await waitForAttribute(page, STATUS, 'data-state', 'failed', 60_000);
    const problems = await run.getByTestId('messages').locator('li').allTextContents();
    expect(problems).toEqual([
      'town.csv: area B: id: "B": an area with a boundary feature in town.geojson',
      'town.geojson: area C: id: "C": an area with a row in town.csv',
    ]);
    expect(await run.getByTestId('messages').locator('strong').textContent()).toBe(
      'The scenario has problems:',
    );
  });
});
