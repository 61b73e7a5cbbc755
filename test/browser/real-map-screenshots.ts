/**
 * Screenshots of Berlin (the example city file) in the run view at 1280 x 720, in English and
 * German, for looking at: the choropleth of the 542 planning areas, an area's profile on hover, and
 * the households as dots when zoomed in, the mean rent by area, districts and blocks, and the
 * exported map picture. `npx tsx test/browser/real-map-screenshots.ts [DIR]`
 * (default /tmp/kiez-real-map).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { hashFor, openPage, serveBuild, waitForAttribute } from './harness.ts';

const dir = process.argv[2] ?? '/tmp/kiez-real-map';
mkdirSync(dir, { recursive: true });
const viewport = { width: 1280, height: 720 };
const map = '[data-testid=run-view] [data-testid=map]';

const served = await serveBuild();
try {
  for (const locale of ['en-GB', 'de-DE']) {
    const lang = locale.slice(0, 2);
    const { page, errors } = await openPage(
      served,
      hashFor({ extends: 'berlin-quick', ticks: 2 }),
      viewport,
      locale,
    );
    await waitForAttribute(
      page,
      '[data-testid=run-view] [data-testid=status]',
      'data-state',
      'finished',
      180_000,
    );
    await waitForAttribute(page, map, 'data-areas-filled', '542', 60_000);
    const canvas = page.getByTestId('run-view').getByTestId('map');
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.45);
    await page.getByTestId('profile-name').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(dir, `berlin-choropleth-${lang}.png`) });
    await canvas.screenshot({ path: join(dir, `berlin-map-${lang}.png`) });
    // The exported picture carries the legend and the sources.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('run-view').getByTestId('export-map-png').click(),
    ]);
    copyFileSync((await download.path())!, join(dir, `berlin-export-${lang}.png`));
    // Zoomed in on the centre: the households as dots within the areas.
    for (let i = 0; i < 7; i++) await page.getByTestId('run-view').getByTestId('zoom-in').click();
    await page.waitForTimeout(1500);
    await page.mouse.move(box.x + box.width * 0.52, box.y + box.height * 0.5);
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(dir, `berlin-dots-${lang}.png`) });
    // A cell layer averaged per area: the mean rent of each planning area.
    await page.getByTestId('run-view').getByTestId('zoom-fit').click();
    await page.getByTestId('run-view').getByTestId('map-layer').selectOption('a:mean:rent');
    await waitForAttribute(page, map, 'data-areas-filled', '542', 60_000);
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.55);
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(dir, `berlin-mean-rent-${lang}.png`) });
    // The same polygons coloured by district, and a block's profile naming its quarter.
    await page.getByTestId('run-view').getByTestId('map-scale').selectOption('district');
    await page.waitForTimeout(1500);
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.45);
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(dir, `berlin-districts-${lang}.png`) });
    await page.getByTestId('run-view').getByTestId('map-scale').selectOption('block');
    await page.waitForTimeout(2000);
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5);
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(dir, `berlin-blocks-${lang}.png`) });
    if (errors.length > 0) process.stderr.write(`${lang}: page errors: ${errors.join('; ')}\n`);
    await page.context().close();
  }
} finally {
  await served.close();
}
