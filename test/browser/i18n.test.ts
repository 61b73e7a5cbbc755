/**
 * German is complete where the policymaker and the teacher go: on the start page, the run view with
 * the baseline city, the compare view after a comparison and the teaching view, every visible text (and every menu entry) is in
 * German. A text fails when it is one of the page's English texts that has a German one, or reads
 * as English (words German never uses); identifiers of the declaration in the help sentences pass.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de } from '../../ui/i18n/de.ts';
import { en } from '../../ui/i18n/en.ts';
import { openPage, type Served, serveBuild, skipBrowser, waitForAttribute } from './harness.ts';

const english = new Set(
  Object.entries(en)
    .filter(([k, v]) => (de as Record<string, string>)[k] !== v)
    .map(([, v]) => v.trim()),
);
/**
 * Words of English text that German text does not contain (identifiers the help sentences name,
 * such as `origin` or `group`, are left out of the list).
 */
const ENGLISH_WORDS =
  /\b(the|and|with|from|which|when|each|every|you|your|what|would|this|that|these|are|is|of|to|for|by|on|or|not|run|open|households|share|seed|seeds|ticks|baseline|scenario|scenarios|measure|difference|interval|higher|lower|stopped|ready|running|finished|paused|refusals|map|chart)\b/;

/** Visible texts of the page, and the entries of its visible menus. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const d = (globalThis as unknown as { document: Document }).document;
    const out: string[] = [];
    const walker = d.createTreeWalker(d.body, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const p = n.parentElement;
      if (!p || p.tagName === 'OPTION' || p.tagName === 'CODE' || !p.checkVisibility()) continue;
      const t = (n.textContent ?? '').trim();
      if (t) out.push(t);
    }
    for (const s of d.querySelectorAll('select'))
      if (s.checkVisibility())
        for (const o of s.querySelectorAll<HTMLOptionElement | HTMLOptGroupElement>('option, optgroup'))
          out.push((o instanceof HTMLOptGroupElement ? o.label : (o.textContent ?? '')).trim());
    return out;
  });
}

function englishIn(texts: readonly string[]): string[] {
  return [
    ...new Set(texts.filter((t) => english.has(t) || ENGLISH_WORDS.test(t.replace(/`[^`]*`|"[^"]*"/g, '')))),
  ];
}

describe.skipIf(skipBrowser)('German in the page', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serveBuild();
  });
  afterAll(async () => {
    await served?.close();
  });

  it('shows no English text on the start, run, compare and teaching views in German', {
    timeout: 300_000,
  }, async () => {
    const { page, errors } = await openPage(served, '', { width: 1440, height: 900 }, 'de-DE');
    await page.getByTestId('start-view').waitFor();
    const found: string[] = [];
    found.push(...englishIn(await visibleTexts(page)).map((t) => `start: ${t}`));
    await page.getByTestId('start-explore').click();
    await waitForAttribute(
      page,
      '[data-testid=run-view] [data-testid=status]',
      'data-state',
      'paused',
      120_000,
    );
    await waitForAttribute(
      page,
      '[data-testid=run-view] [data-testid=map]',
      'data-quarter-values',
      null,
      60_000,
    );
    found.push(...englishIn(await visibleTexts(page)).map((t) => `run: ${t}`));
    await page.getByTestId('tab-compare').click();
    const compare = page.getByTestId('compare-view');
    await compare.getByTestId('slot-0').getByTestId('slot-preset').selectOption('classic-threshold-30');
    await compare.getByTestId('slot-1').getByTestId('slot-preset').selectOption('classic-threshold-50');
    await compare.getByTestId('replicates').fill('3');
    await compare.getByTestId('compare-ticks').fill('10');
    await compare.getByTestId('run-all').click();
    await expect.poll(() => compare.getByTestId('difference-table').count(), { timeout: 120_000 }).toBe(1);
    found.push(...englishIn(await visibleTexts(page)).map((t) => `compare: ${t}`));
    // The teaching view (its first lesson, as a class sees it).
    await page.getByTestId('tab-teach').click();
    await waitForAttribute(page, '[data-testid=teach-view]', 'data-state', 'paused', 60_000);
    found.push(...englishIn(await visibleTexts(page)).map((t) => `teach: ${t}`));
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
