/**
 * How long the page takes to compare scenarios, and the longest task on its main thread meanwhile:
 * `npx tsx test/browser/compare-timing.ts [SEEDS] [TICKS] [SCENARIO ...]` (default: 3 seeds, 120
 * ticks, the baseline city against the cap and dispersed social housing). A script, not a test:
 * timings are read by a person (and quoted in closing notes), never asserted in `npm test`.
 */
import { LONG_TASK_OBSERVER, longTasksSince, openPage, serveBuild } from './harness.ts';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

/** Wall-clock and CPU time (ms) of each task on the page's main thread in a Chromium trace. */
function mainThreadTasks(trace: { traceEvents?: TraceEvent[] }): { wall: number; cpu: number }[] {
  const events = trace.traceEvents ?? [];
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter(
      (e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`),
    )
    .map((e) => ({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? 0) / 1000 }));
}

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
  // The trace gives each main-thread task's own CPU time, telling the page's work apart from time
  // the task waited for a core (the machine is shared).
  await served.browser.startTracing(page, { categories: ['toplevel'] });
  const began = Date.now();
  await view.getByTestId('run-all').click();
  // Polled on a timer, not every frame: waiting must not make the page render.
  await page.waitForFunction(
    () => {
      const all = [
        ...(
          globalThis as unknown as {
            document: { querySelectorAll(s: string): Iterable<{ getAttribute(a: string): string | null }> };
          }
        ).document.querySelectorAll('[data-testid=slot-status]'),
      ];
      return all.length > 0 && all.every((e) => e.getAttribute('data-state') === 'done');
    },
    undefined,
    { timeout: 1_800_000, polling: 1000 },
  );
  const seconds = (Date.now() - began) / 1000;
  const trace = JSON.parse((await served.browser.stopTracing()).toString('utf8'));
  const tasks = await longTasksSince(page, t0);
  const longest = Math.max(0, ...tasks.map((t) => t.duration));
  const largest = mainThreadTasks(trace)
    .sort((a, b) => b.wall - a.wall)
    .slice(0, 5)
    .map((t) => `${Math.round(t.wall)}/${Math.round(t.cpu)}`);
  const busiest = mainThreadTasks(trace)
    .sort((a, b) => b.cpu - a.cpu)
    .slice(0, 3)
    .map((t) => `${Math.round(t.wall)}/${Math.round(t.cpu)}`);
  process.stdout.write(
    `${ids.join(' vs ')}: ${seeds} seeds x ${ticks} ticks in ${seconds.toFixed(1)} s; ` +
      `${tasks.length} main-thread tasks over 50 ms, longest ${longest.toFixed(0)} ms\n` +
      `  largest tasks in the trace (wall/CPU ms): ${largest.join(', ')}; most CPU: ${busiest.join(', ')}\n`,
  );
  for (const text of await view.getByTestId('slot-status').allTextContents())
    process.stdout.write(`  ${text}\n`);
  if (errors.length > 0) process.stderr.write(`page errors:\n${errors.join('\n')}\n`);
  await page.context().close();
} finally {
  await served.close();
}
