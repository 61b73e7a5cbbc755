/**
 * Screenshots of each view at desktop and laptop sizes, for looking at what was built:
 * `npx tsx test/browser/screenshots.ts [DIR]` (default /tmp/kiez-shots).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { hashFor, openPage, serveBuild, waitForAll, waitForAttribute } from './harness.ts';

const dir = process.argv[2] ?? '/tmp/kiez-shots';
mkdirSync(dir, { recursive: true });
const sizes = { desktop: { width: 1440, height: 900 }, laptop: { width: 1280, height: 720 } };
const city = { extends: 'baseline', ticks: 12 };
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

const served = await serveBuild();
try {
  for (const [size, viewport] of Object.entries(sizes)) {
    for (const locale of ['en-GB', 'de-DE']) {
      const lang = locale.slice(0, 2);
      const { page, errors } = await openPage(served, '', viewport, locale);
      await page.waitForTimeout(10_000);
      await page.screenshot({ path: join(dir, `run-default-${size}-${lang}.png`) });
      if (lang === 'en') {
        await page.goto(`${served.url}${hashFor(classic)}`);
        await page.reload();
        await settle(page);
        await page.screenshot({ path: join(dir, `run-classic-${size}.png`) });
        const map = page.getByTestId('run-view').getByTestId('map');
        await page.getByTestId('run-view').getByTestId('map-borders').selectOption({ index: 2 });
        const box = (await map.boundingBox())!;
        await page.mouse.click(box.x + box.width * 0.4, box.y + box.height * 0.4);
        await page.screenshot({ path: join(dir, `run-classic-borders-${size}.png`) });
        await page.getByTestId('tab-compare').click();
        await page.getByTestId('compare-ticks').fill('24');
        await page.getByTestId('run-all').click();
        await waitForAll(page, '[data-testid=slot-status]', 'data-state', 'done', 120_000);
        await page.screenshot({ path: join(dir, `compare-top-${size}.png`) });
        await page.getByTestId('compare-view').evaluate((v) => v.scrollTo(0, 10_000));
        await page.screenshot({ path: join(dir, `compare-bottom-${size}.png`) });
        await page.getByTestId('tab-teach').click();
        await page.waitForTimeout(4000);
        await page.screenshot({ path: join(dir, `teach-${size}.png`) });
      }
      if (errors.length) process.stderr.write(`${size} ${lang}: ${errors.join('\n')}\n`);
      await page.context().close();
    }
    const { page, errors } = await openPage(served, hashFor(city), viewport, 'de-DE');
    await settle(page, 'finished', 180_000);
    const view = page.getByTestId('run-view');
    await view.getByTestId('map-borders').selectOption('quarter');
    const box = (await view.getByTestId('map').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await page.screenshot({ path: join(dir, `run-city-${size}-de.png`) });
    await view.getByTestId('map-layer').selectOption('rent');
    await page.screenshot({ path: join(dir, `run-city-rent-${size}-de.png`) });
    if (errors.length) process.stderr.write(`city ${size}: ${errors.join('\n')}\n`);
    await page.context().close();
  }
} finally {
  await served.close();
}
process.stdout.write(`screenshots in ${dir}\n`);
