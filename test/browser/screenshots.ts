/**
 * Screenshots of each view and of the exported pictures, at desktop and laptop sizes, in English and
 * German, for looking at what was built: `npx tsx test/browser/screenshots.ts [DIR]` (default
 * /tmp/kiez-shots). The comparison runs the baseline city against the cap over 3 seeds and 24
 * ticks, so that a round takes minutes, not the ready question's full ten years (one ready question,
 * the springboard, runs whole once, at laptop size in English, for its answer charts).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { hashFor, openPage, serveBuild, waitForAll, waitForAttribute } from './harness.ts';

const dir = process.argv[2] ?? '/tmp/kiez-shots';
mkdirSync(dir, { recursive: true });
const sizes = { desktop: { width: 1440, height: 900 }, laptop: { width: 1280, height: 720 } };
const classic = { extends: 'classic-schelling' };

async function settle(page: Page, state = 'finished', timeout = 90_000): Promise<void> {
  await waitForAttribute(
    page,
    '[data-testid=run-view] [data-testid=status]',
    'data-state',
    state,
    timeout,
  ).catch(() => process.stderr.write(`run did not reach ${state}\n`));
}

async function saveDownload(page: Page, testid: string, scope: string, file: string): Promise<void> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(scope).getByTestId(testid).click(),
  ]);
  copyFileSync((await download.path())!, join(dir, file));
}

const served = await serveBuild();
try {
  for (const [size, viewport] of Object.entries(sizes)) {
    for (const locale of ['en-GB', 'de-DE']) {
      const lang = locale.slice(0, 2);
      const shot = (name: string) => join(dir, `${name}-${size}-${lang}.png`);
      const { page, errors } = await openPage(served, '', viewport, locale);
      await page.getByTestId('start-view').waitFor();
      await page.screenshot({ path: shot('start') });
      // Explore: the baseline city, paused, its quarters coloured by the smallest group's share.
      await page.getByTestId('start-explore').click();
      await settle(page, 'paused', 120_000);
      await waitForAttribute(
        page,
        '[data-testid=run-view] [data-testid=map]',
        'data-quarter-values',
        null,
        60_000,
      );
      await page.getByTestId('run-view').getByTestId('step').click();
      await page.waitForTimeout(3000);
      await page.screenshot({ path: shot('run-city') });
      const view = page.getByTestId('run-view');
      const box = (await view.getByTestId('map').boundingBox())!;
      await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.5);
      await page.waitForTimeout(1000);
      await page.screenshot({ path: shot('run-city-profile') });
      await view.getByTestId('chart-metric').selectOption('D.origin.quarter');
      await saveDownload(page, 'export-map-png', 'run-view', `export-map-${size}-${lang}.png`);
      await saveDownload(page, 'export-chart-png', 'run-view', `export-chart-${size}-${lang}.png`);
      // Zoomed in on the pinned quarter: households as dots, a shorter scale bar.
      for (let i = 0; i < 5; i++) await view.getByTestId('zoom-in').click();
      await page.waitForTimeout(2000);
      await page.screenshot({ path: shot('run-city-zoom') });
      await saveDownload(page, 'export-map-png', 'run-view', `export-map-zoom-${size}-${lang}.png`);
      await view.getByTestId('zoom-fit').click();
      // Districts coloured by their local segregation score along origin.
      await view.getByTestId('map-scale').selectOption('district');
      const local = await view
        .getByTestId('map-layer')
        .locator('option[value^="a:local:"]')
        .first()
        .getAttribute('value');
      await view.getByTestId('map-layer').selectOption(local!);
      await page.waitForTimeout(2000);
      await page.screenshot({ path: shot('run-city-local-districts') });
      await view.getByTestId('map-scale').selectOption('block');
      await page.waitForTimeout(2000);
      await page.screenshot({ path: shot('run-city-local-blocks') });
      // The scale view: the multiscale profile with bootstrap intervals.
      await view.getByTestId('profile-interval').selectOption('bootstrap');
      await waitForAttribute(page, '[data-testid=profile-chart]', 'data-lower', null, 120_000);
      await page.waitForTimeout(3000);
      await view.getByTestId('scale-view').scrollIntoViewIfNeeded();
      await page.screenshot({ path: shot('run-scale-view') });
      await saveDownload(page, 'export-profile-png', 'run-view', `export-scale-${size}-${lang}.png`);
      // Compare: baseline against the cap, 3 seeds, 24 ticks.
      await page.getByTestId('tab-compare').click();
      const compare = page.getByTestId('compare-view');
      await compare.getByTestId('compare-ticks').fill('24');
      await compare.getByTestId('run-all').click();
      await waitForAll(page, '[data-testid=slot-status]', 'data-state', 'done', 600_000);
      await compare.getByTestId('compare-metric').selectOption('tenure.social.refugee');
      await page.screenshot({ path: shot('compare-top') });
      await compare.evaluate((v) => v.scrollTo(0, 800));
      await page.screenshot({ path: shot('compare-middle') });
      await compare.evaluate((v) => v.scrollTo(0, 100_000));
      await page.screenshot({ path: shot('compare-bottom') });
      await compare.getByTestId('schools').scrollIntoViewIfNeeded();
      await page.screenshot({ path: shot('compare-schools') });
      await saveDownload(page, 'compare-png', 'compare-view', `export-compare-line-${size}-${lang}.png`);
      await saveDownload(page, 'compare-diff-png', 'compare-view', `export-compare-diff-${size}-${lang}.png`);
      await saveDownload(page, 'compare-bars-png', 'compare-view', `export-compare-bars-${size}-${lang}.png`);
      // A refused seed at its field.
      await compare.getByTestId('replicates').fill('50');
      await compare.getByTestId('run-all').click();
      await page.screenshot({ path: shot('compare-refused') });
      if (size === 'laptop' && lang === 'en') {
        // A ready question's answer with its charts (the springboard question: two scenarios).
        await page.getByTestId('tab-start').click();
        await page.getByTestId('ask-springboard').click();
        await waitForAll(page, '[data-testid=slot-status]', 'data-state', 'done', 900_000);
        await page.getByTestId('answer-charts').scrollIntoViewIfNeeded();
        await page.waitForTimeout(1000);
        await page.screenshot({ path: shot('answer-charts') });
      }
      if (lang === 'en') {
        await page.goto(`${served.url}${hashFor(classic)}`);
        await page.reload();
        await settle(page);
        await page.screenshot({ path: shot('run-classic') });
        await page.getByTestId('tab-teach').click();
        await page.waitForTimeout(4000);
        await page.screenshot({ path: shot('teach') });
      }
      if (errors.length) process.stderr.write(`${size} ${lang}: ${errors.join('\n')}\n`);
      await page.context().close();
    }
  }
} finally {
  await served.close();
}
process.stdout.write(`screenshots in ${dir}\n`);
