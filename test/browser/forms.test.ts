/**
 * The generated parameter form's lists, driven in the system Chromium: policy levers and origin
 * groups are added, changed and removed through form controls (no JSON typed), run, and exported.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { householdsSpec } from '../../sim/city/params-households.ts';
import { defaultOf, defaultsOf } from '../../sim/params/spec.ts';
import { resolveScenario } from '../../sim/scenario/resolve.ts';
import { createSimulation, seriesDigest } from '../../sim/simulation.ts';
import { hashFor, openPage, type Served, serveBuild, skipBrowser, waitForAttribute } from './harness.ts';

/** A small city, so that each run takes a moment. */
const base = { name: 'forms test', mode: 'city', ticks: 2, city: { dwellings: 1000 } };

const digests = new Map<string, string>();

/** The series digest `npx kiez run` gives for a document. */
function digestOf(doc: unknown): string {
  const key = JSON.stringify(doc);
  const known = digests.get(key);
  if (known) return known;
  const r = resolveScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const sim = createSimulation(r.scenario, r.scenario.seed);
  const series = [sim.metrics()];
  sim.advance(r.scenario.ticks, (m) => series.push(m));
  digests.set(key, seriesDigest(series));
  return digests.get(key)!;
}

const run = (page: Page) => page.getByTestId('run-view');
const at = (page: Page, path: string) => run(page).locator(`[data-path="${path}"]`);
const input = (page: Page, path: string) => at(page, path).locator('input, select').first();
const message = (page: Page, path: string) => at(page, path).locator(':scope > .param-message');

/** Wait until the finished run of the page has this series digest (a run of that scenario). */
async function waitForDigest(page: Page, digest: string): Promise<void> {
  await waitForAttribute(page, '[data-testid=run-view] [data-testid=digest]', 'data-digest', digest, 60_000);
}

/** Type a value into a field's control and leave it (the form takes values on change). */
async function type(page: Page, path: string, value: string): Promise<void> {
  await input(page, path).fill(value);
  await input(page, path).press('Tab');
}

async function addLever(page: Page, kind: string): Promise<void> {
  const levers = at(page, 'policies');
  await levers.getByTestId('variant-kind').selectOption(kind);
  await levers.getByTestId('add-variant').click();
}

async function exportedScenario(page: Page): Promise<Record<string, unknown>> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    run(page).getByTestId('export-scenario').click(),
  ]);
  return JSON.parse(readFileSync((await download.path())!, 'utf8'));
}

describe.skipIf(skipBrowser)('the parameter form', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serveBuild();
  });
  afterAll(async () => {
    await served?.close();
  });

  it('adds a lever through the form, runs it, exports exactly that policy, loads it back, and removing it removes it', async () => {
    const { page, errors } = await openPage(served, hashFor(base));
    await waitForDigest(page, digestOf(base));
    expect(await at(page, 'policies').locator('.param-item').count()).toBe(0);

    await addLever(page, 'antiDiscrimination');
    // The new lever holds its declared defaults until changed.
    expect(await input(page, 'policies[0].reduction').inputValue()).toBe('0.6');
    expect(await input(page, 'policies[0].segments').inputValue()).toBe('all');
    await type(page, 'policies[0].reduction', '1');
    await run(page).getByTestId('apply').click();
    const withLever = { ...base, policies: [{ type: 'antiDiscrimination', reduction: 1 }] };
    // The lever changes the numbers, so the digest below is of the new run.
    expect(digestOf(withLever)).not.toBe(digestOf(base));
    await waitForDigest(page, digestOf(withLever));

    const lever = {
      type: 'antiDiscrimination',
      start: 1,
      end: 0,
      strength: 1,
      reduction: 1,
      segments: 'all',
    };
    const exported = await exportedScenario(page);
    expect(exported['policies']).toEqual([lever]);

    // The exported file, loaded back, shows the same lever in the form and runs the same numbers.
    await run(page)
      .getByTestId('load-file')
      .setInputFiles({
        name: 'exported.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(exported)),
      });
    await expect.poll(() => input(page, 'policies[0].reduction').inputValue()).toBe('1');
    expect(await at(page, 'policies').locator('.param-item').count()).toBe(1);
    await waitForDigest(page, digestOf(exported));

    await at(page, 'policies[0]').getByTestId('remove-item').click();
    expect(await at(page, 'policies').locator('.param-item').count()).toBe(0);
    await run(page).getByTestId('apply').click();
    await waitForDigest(page, digestOf(base));
    expect((await exportedScenario(page))['policies']).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows an invalid lever value's problem at its field and runs nothing until it is fixed", async () => {
    const { page, errors } = await openPage(served, hashFor(base));
    await waitForDigest(page, digestOf(base));
    await addLever(page, 'cap');
    await addLever(page, 'antiDiscrimination');
    await type(page, 'policies[1].strength', '2');
    expect(await message(page, 'policies[1].strength').textContent()).toBe('2: a number from 0 to 1 (share)');
    expect(await input(page, 'policies[1].strength').getAttribute('aria-invalid')).toBe('true');
    // The other lever's fields are untouched.
    expect(await input(page, 'policies[0].strength').getAttribute('aria-invalid')).toBeNull();

    await run(page).getByTestId('apply').click();
    // The problems show beside the Apply button that was pressed.
    expect(await run(page).getByTestId('apply-messages').textContent()).toContain(
      'policies[1].strength: a number from 0 to 1 (share)',
    );
    expect(await run(page).getByTestId('digest').getAttribute('data-digest')).toBe(digestOf(base));

    // A rule across fields (end after start) is shown at the field it names.
    await type(page, 'policies[1].strength', '0.5');
    expect(await message(page, 'policies[1].strength').textContent()).toBe('');
    await type(page, 'policies[0].start', '12');
    await type(page, 'policies[0].end', '6');
    expect(await message(page, 'policies[0].end').textContent()).toBe(
      '6: 0 (never) or a tick after start (12)',
    );
    await type(page, 'policies[0].end', '0');
    expect(await message(page, 'policies[0].end').textContent()).toBe('');
    await run(page).getByTestId('apply').click();
    const policies = [
      { type: 'cap', start: 12 },
      { type: 'antiDiscrimination', strength: 0.5 },
    ];
    expect(digestOf({ ...base, policies })).not.toBe(digestOf(base));
    await waitForDigest(page, digestOf({ ...base, policies }));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('adds origin groups with the declared defaults, removes them down to one and adds up to twelve, and runs the edited list', async () => {
    const { page, errors } = await openPage(served, hashFor(base));
    await waitForDigest(page, digestOf(base));
    const groups = at(page, 'households.groups');
    const items = groups.locator(':scope > .param-items > .param-item');
    expect(await items.count()).toBe(4);

    await groups.getByTestId('add-item').click();
    const added = defaultsOf(householdsSpec.fields.groups.item);
    expect(await input(page, 'households.groups[4].name').inputValue()).toBe(added.name);
    expect(await input(page, 'households.groups[4].share').inputValue()).toBe(String(added.share));
    expect(await input(page, 'households.groups[4].education').inputValue()).toBe(added.education.join(', '));
    expect(await message(page, 'households.groups').textContent()).toBe(
      '[0.72,0.1,0.12,0.06,1]: group shares summing to 1 (they sum to 2)',
    );

    // The native group and the new one, with the shares made to sum to 1 again.
    for (let i = 0; i < 3; i++) await at(page, 'households.groups[1]').getByTestId('remove-item').click();
    expect(await items.count()).toBe(2);
    await type(page, 'households.groups[1].share', '0.28');
    expect(await message(page, 'households.groups').textContent()).toBe('');
    await run(page).getByTestId('apply').click();
    const native = defaultOf(householdsSpec.fields.groups) as unknown[];
    const edited = [native[0], { ...added, share: 0.28 }];
    await waitForDigest(page, digestOf({ ...base, households: { groups: edited } }));
    expect((await exportedScenario(page))['households']).toMatchObject({ groups: edited });

    // Down to one: the last group cannot be removed.
    await at(page, 'households.groups[1]').getByTestId('remove-item').click();
    expect(await items.count()).toBe(1);
    expect(await at(page, 'households.groups[0]').getByTestId('remove-item').isDisabled()).toBe(true);

    // Up to twelve: then no more can be added.
    for (let i = 1; i < 12; i++) await groups.getByTestId('add-item').click();
    expect(await items.count()).toBe(12);
    expect(await groups.getByTestId('add-item').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
