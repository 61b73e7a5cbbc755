/**
 * How long the page takes to compare scenarios, and the longest task on its main thread meanwhile:
 * `npx tsx test/browser/compare-timing.ts [SEEDS] [TICKS] [SCENARIO ...]` (default: 3 seeds, 120
 * ticks, the baseline city against the cap and dispersed social housing). A script, not a test:
 * timings are read by a person (and quoted in closing notes), never asserted in `npm test`.
 */
import { LONG_TASK_OBSERVER, longTasksSince, openPage, serveBuild, waitForAll } from './harness.ts';

const [seedsArg, ticksArg, ...named] = process.argv.slice(2);
const seeds = seedsArg ?? '3';
const ticks = ticksArg ?? '120';
const ids = named.length > 0 ? named : ['baseline', 'cap-social-housing', 'social-housing-dispersed'];

const served = await serveBuild();
try {
  const { page, errors } = await openPage(
    served,
    '#view=compare',
    { width: 1440, height: 900 },
    'en-GB',
    LONG_TASK_OBSERVER,
  );
  const view = page.getByTestId('compare-view');
  while (
    (await view.locator('[data-testid^=slot-]').locator('[data-testid=slot-preset]').count()) < ids.length
  )
    await view.getByTestId('add-slot').click();
  for (const [i, id] of ids.entries())
    await view.getByTestId(`slot-${i}`).getByTestId('slot-preset').selectOption(id);
  await view.getByTestId('replicates').fill(seeds);
  await view.getByTestId('compare-ticks').fill(ticks);
  const t0 = await page.evaluate(() => performance.now());
  const began = Date.now();
  await view.getByTestId('run-all').click();
  await waitForAll(page, '[data-testid=slot-status]', 'data-state', 'done', 1_800_000);
  const seconds = (Date.now() - began) / 1000;
  const tasks = await longTasksSince(page, t0);
  const longest = Math.max(0, ...tasks.map((t) => t.duration));
  process.stdout.write(
    `${ids.join(' vs ')}: ${seeds} seeds x ${ticks} ticks in ${seconds.toFixed(1)} s; ` +
      `${tasks.length} main-thread tasks over 50 ms, longest ${longest.toFixed(0)} ms\n`,
  );
  for (const text of await view.getByTestId('slot-status').allTextContents())
    process.stdout.write(`  ${text}\n`);
  if (errors.length > 0) process.stderr.write(`page errors:\n${errors.join('\n')}\n`);
  await page.context().close();
} finally {
  await served.close();
}
