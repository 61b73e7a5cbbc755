/**
 * Screenshots of every lesson of the teaching mode at projector sizes, in both languages, for
 * looking at: `npx tsx test/browser/teach-screenshots.ts [DIR] [SIZES]` (default /tmp/kiez-teach;
 * SIZES a comma list of 1280x720, 1920x1080, 1440x900).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LESSONS } from '../../ui/teach/lessons.ts';
import { openPage, serveBuild, waitForAttribute } from './harness.ts';

const dir = process.argv[2] ?? '/tmp/kiez-teach';
const sizes = (process.argv[3] ?? '1280x720,1920x1080').split(',').map((s) => {
  const [width, height] = s.split('x').map(Number);
  return { width: width!, height: height! };
});
mkdirSync(dir, { recursive: true });

const served = await serveBuild();
try {
  for (const viewport of sizes) {
    for (const locale of ['en-GB', 'de-DE']) {
      const lang = locale.slice(0, 2);
      const { page, errors } = await openPage(served, '', viewport, locale);
      await page.getByTestId('tab-teach').click();
      for (const [i, lesson] of LESSONS.entries()) {
        await page.getByTestId(`lesson-${i + 1}`).click();
        await waitForAttribute(page, '[data-testid=teach-view]', 'data-ready', lesson.id, 60_000);
        await waitForAttribute(page, '[data-testid=teach-view]', 'data-state', 'paused', 60_000).catch(
          () => {},
        );
        await page.waitForTimeout(600);
        const name = `teach-${i + 1}-${lesson.id}-${viewport.width}x${viewport.height}-${lang}`;
        await page.screenshot({ path: join(dir, `${name}.png`) });
        if (lesson.id === 'mild' || lesson.id === 'diversity' || lesson.id === 'town') {
          await page.keyboard.press('Space');
          await page.waitForTimeout(3000);
          await page.keyboard.press('Space');
          await page.waitForTimeout(500);
          await page.screenshot({ path: join(dir, `${name}-played.png`) });
        }
      }
      if (errors.length) process.stderr.write(`${viewport.width} ${lang}: ${errors.join('\n')}\n`);
      await page.context().close();
    }
  }
} finally {
  await served.close();
}
process.stdout.write(`screenshots in ${dir}\n`);
