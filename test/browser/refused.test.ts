/**
 * "Where the refused ended up" in the run view, in the system Chromium, against Node running the
 * same small city with the same seed: every count and share the table shows is the run's own
 * `afterRefusal.<where>.<group>` metrics at its last tick. Takes a screenshot for a look.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveScenario } from '../../sim/scenario/resolve.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { refusedOutcomes } from '../../ui/measures/refused-outcomes.ts';
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
  ticks: 6,
  city: { dwellings: 6000, dwellingsPerQuarter: 500 },
};

describe.skipIf(skipBrowser)('where the refused ended up', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serveBuild();
  });
  afterAll(async () => {
    await served?.close();
  });

  it('shows per group the counts and shares of the run’s afterRefusal metrics at its last tick', {
    timeout: 240_000,
  }, async () => {
    const r = resolveScenario(doc, { load: presetFiles });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const sim = createSimulation(r.scenario, r.scenario.seed);
    const last = sim.advance(6, () => {}).at(-1)!;
    const expected = refusedOutcomes(last);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.some((o) => o.ended > 0)).toBe(true);

    const { page, errors } = await openPage(served, hashFor(doc));
    await waitForAttribute(
      page,
      '[data-testid=run-view] [data-testid=status]',
      'data-state',
      'finished',
      120_000,
    );
    const panel = page.getByTestId('run-view').getByTestId('refused-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    for (const o of expected) {
      const row = panel.locator(`tr[data-group="${o.group}"]`);
      expect(Number(await row.locator('td').first().getAttribute('data-count'))).toBe(o.ended);
      const cells = row.locator('td[data-place]');
      const counts = (await cells.evaluateAll((es) => es.map((e) => e.getAttribute('data-count')))).map(
        Number,
      );
      const shares = (await cells.evaluateAll((es) => es.map((e) => e.getAttribute('data-share')))).map(
        Number,
      );
      expect(counts).toEqual([...o.counts]);
      // toEqual holds NaN equal to NaN (a group none of whose refused searches has ended).
      expect(shares).toEqual([...o.shares]);
    }
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: '/tmp/kiez-refused-run.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
