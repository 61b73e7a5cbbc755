/**
 * The teaching mode in the system Chromium: nothing plays until asked, agents dragged by hand
 * change their old and new neighbours' contentment, rule changes keep the running grid and its
 * tick count, the history-then-diversity lesson, and the keys.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LESSONS } from '../../ui/teach/lessons.ts';
import { openPage, type Served, serveBuild, skipBrowser, waitForAttribute } from './harness.ts';

interface BoardState {
  readonly side: number;
  readonly groups: string;
  readonly content: string;
}

async function board(page: Page): Promise<BoardState> {
  const canvas = page.getByTestId('board');
  return {
    side: Number(await canvas.getAttribute('data-side')),
    groups: (await canvas.getAttribute('data-groups')) ?? '',
    content: (await canvas.getAttribute('data-content')) ?? '',
  };
}

async function tick(page: Page): Promise<number> {
  return Number(await page.getByTestId('monitor-tick').getAttribute('data-tick'));
}

/** Wait until the tick monitor shows at least `least`. */
async function waitForTick(page: Page, least: number, timeout = 20_000): Promise<number> {
  const end = Date.now() + timeout;
  for (;;) {
    const now = await tick(page);
    if (now >= least) return now;
    if (Date.now() > end) throw new Error(`tick stayed at ${now}, expected at least ${least}`);
    await page.waitForTimeout(100);
  }
}

/** Contentment of every agent on a bounded grid under the share rule (no neighbours = content). */
function contentOf(groups: string, side: number, threshold: number): string {
  let out = '';
  for (let c = 0; c < groups.length; c++) {
    const g = groups[c]!;
    if (g === '.') {
      out += '.';
      continue;
    }
    const x = c % side;
    const y = Math.floor(c / side);
    let occ = 0;
    let same = 0;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const nx = x + dx;
        const ny = y + dy;
        if ((dx === 0 && dy === 0) || nx < 0 || ny < 0 || nx >= side || ny >= side) continue;
        const h = groups[ny * side + nx]!;
        if (h === '.') continue;
        occ++;
        if (h === g) same++;
      }
    out += occ === 0 || same >= threshold * occ - 1e-9 ? '1' : '0';
  }
  return out;
}

function moved(groups: string, from: number, to: number): string {
  const a = [...groups];
  a[to] = a[from]!;
  a[from] = '.';
  return a.join('');
}

async function dragCell(page: Page, side: number, from: number, to: number): Promise<void> {
  const box = (await page.getByTestId('board').boundingBox())!;
  const at = (c: number) => ({
    x: box.x + ((c % side) + 0.5) * (box.width / side),
    y: box.y + (Math.floor(c / side) + 0.5) * (box.height / side),
  });
  const a = at(from);
  const b = at(to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
  await page.mouse.move(b.x, b.y, { steps: 4 });
  await page.mouse.up();
}

describe.skipIf(skipBrowser)('teaching mode', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serveBuild();
  });
  afterAll(async () => {
    await served?.close();
  });

  async function teach(lesson = 1): Promise<{ page: Page; errors: string[] }> {
    const opened = await openPage(served, '', { width: 1280, height: 720 });
    await opened.page.getByTestId('tab-teach').click();
    if (lesson !== 1) await opened.page.getByTestId(`lesson-${lesson}`).click();
    await waitForAttribute(opened.page, '[data-testid=teach-view]', 'data-ready', LESSONS[lesson - 1]!.id);
    await waitForAttribute(opened.page, '[data-testid=teach-view]', 'data-state', 'paused');
    return opened;
  }

  it('opens the first lesson held still at tick 0: nothing plays until asked', async () => {
    const { page, errors } = await teach();
    expect(await page.getByTestId('lesson-title').textContent()).toBe('Move them yourself');
    await page.waitForTimeout(1500);
    expect(await tick(page)).toBe(0);
    expect(await page.getByTestId('teach-view').getAttribute('data-state')).toBe('paused');
    expect(await page.getByTestId('board').getAttribute('data-side')).toBe('20');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("dragging an unhappy agent changes its old and new neighbours' contentment, counted as a move", async () => {
    const { page, errors } = await teach();
    const before = await board(page);
    expect(contentOf(before.groups, before.side, 0.33)).toBe(before.content);
    // An unhappy agent and an empty cell where the move changes someone else's contentment.
    let pick: { from: number; to: number; expected: string } | undefined;
    for (let from = 0; from < before.groups.length && !pick; from++) {
      if (before.content[from] !== '0') continue;
      for (let to = 0; to < before.groups.length && !pick; to++) {
        if (before.groups[to] !== '.') continue;
        const expected = contentOf(moved(before.groups, from, to), before.side, 0.33);
        let others = 0;
        for (let c = 0; c < expected.length; c++)
          if (c !== from && c !== to && expected[c] !== before.content[c]) others++;
        if (others >= 2) pick = { from, to, expected };
      }
    }
    expect(pick).toBeDefined();
    await dragCell(page, before.side, pick!.from, pick!.to);
    await waitForAttribute(page, '[data-testid=monitor-moves]', 'data-moves', '1');
    const after = await board(page);
    expect(after.groups).toBe(moved(before.groups, pick!.from, pick!.to));
    expect(after.content).toBe(pick!.expected);
    expect(await tick(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a drag onto an occupied cell is refused with a plain message and changes nothing', async () => {
    const { page } = await teach();
    const before = await board(page);
    const from = before.groups.search(/[AB]/);
    const to = before.groups.slice(from + 1).search(/[AB]/) + from + 1;
    await dragCell(page, before.side, from, to);
    await page.getByTestId('teach-messages').getByText('is occupied').waitFor();
    expect(await page.getByTestId('teach-messages').textContent()).toContain(
      `Not moved: cell ${to} is occupied: an agent can only move to an empty cell`,
    );
    expect((await board(page)).groups).toBe(before.groups);
    expect(await page.getByTestId('monitor-moves').getAttribute('data-moves')).toBe('0');
    await page.context().close();
  });

  it('changing the bias mid-run keeps the grid and the tick counter going', async () => {
    const { page, errors } = await teach(4);
    await page.keyboard.press('Space');
    const at = await waitForTick(page, 3);
    await page.getByTestId('teach-bias').fill('0.8');
    await page.locator('[data-testid=teach-bias] + output', { hasText: '80 %' }).waitFor();
    expect(await tick(page)).toBeGreaterThanOrEqual(at);
    await waitForTick(page, at + 5);
    expect(await page.getByTestId('teach-view').getAttribute('data-state')).toBe('running');
    await page.keyboard.press('Space');
    await waitForAttribute(page, '[data-testid=teach-view]', 'data-state', 'paused');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('start segregated with bias 0: nothing moves; a diversity demand on the same grid mixes it', async () => {
    const { page, errors } = await teach(5);
    const s = async () => Number((await page.getByTestId('monitor-s').textContent())!.replace(/[^\d-]/g, ''));
    const start = await s();
    expect(start).toBeGreaterThan(70);
    await page.keyboard.press('Space');
    await page.waitForTimeout(1200);
    await page.keyboard.press('Space');
    await waitForAttribute(page, '[data-testid=teach-view]', 'data-state', 'paused');
    const held = await tick(page);
    expect(held).toBeGreaterThan(3);
    expect(await page.getByTestId('monitor-moves').getAttribute('data-moves')).toBe('0');
    expect(await s()).toBe(start);
    // Lesson 6 changes the running grid: same tick, no restart.
    await page.getByTestId('lesson-6').click();
    await waitForAttribute(page, '[data-testid=teach-view]', 'data-ready', 'diversity');
    await page.locator('[data-testid=teach-diversity] + output', { hasText: '80 %' }).waitFor();
    expect(await tick(page)).toBe(held);
    await page.keyboard.press('Space');
    await waitForTick(page, held + 5);
    for (let i = 0; i < 100 && (await s()) > 13; i++) await page.waitForTimeout(200);
    expect(await s()).toBeLessThanOrEqual(13);
    expect(await tick(page)).toBeGreaterThan(held);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('→ steps one tick; space plays and pauses', async () => {
    // Lesson 4 runs for about a hundred ticks: long enough to pause it before it settles.
    const { page } = await teach(4);
    await page.keyboard.press('ArrowRight');
    await waitForAttribute(page, '[data-testid=monitor-tick]', 'data-tick', '1');
    await page.keyboard.press('ArrowRight');
    await waitForAttribute(page, '[data-testid=monitor-tick]', 'data-tick', '2');
    await page.keyboard.press('Space');
    await waitForAttribute(page, '[data-testid=teach-view]', 'data-state', 'running');
    await page.keyboard.press('Space');
    await waitForAttribute(page, '[data-testid=teach-view]', 'data-state', 'paused');
    await page.context().close();
  });

  it('→ pressed twice before the first step is in steps two ticks, and space then plays', async () => {
    // The second press comes while the first step's map is still on its way (the state reads
    // running then); it is kept, not lost, and so is the space right after it.
    const { page } = await teach(4);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await waitForAttribute(page, '[data-testid=monitor-tick]', 'data-tick', '2');
    await waitForAttribute(page, '[data-testid=teach-view]', 'data-state', 'paused');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid=monitor-tick]')?.getAttribute('data-tick')) > 3,
      undefined,
      { polling: 100, timeout: 30_000 },
    );
    await page.keyboard.press('Space');
    await waitForAttribute(page, '[data-testid=teach-view]', 'data-state', 'paused');
    await page.context().close();
  });

  it('a layout drawn by hand on the grid becomes the start, shown paused', async () => {
    const { page } = await teach();
    await page.locator('.teach-grid-controls summary').click();
    await page.getByTestId('teach-draw').click();
    const { side } = await board(page);
    // Paint the top row with group B, then start from the drawing.
    await page.locator('.brush[data-brush="1"]').click();
    for (let x = 0; x < side; x++) await dragCell(page, side, x, x);
    await page.getByTestId('teach-use-drawing').click();
    await waitForAttribute(page, '[data-testid=teach-view]', 'data-state', 'paused');
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid=board]')?.getAttribute('data-groups') ?? '').startsWith(
          'B'.repeat(20),
        ),
      undefined,
      { polling: 100 },
    );
    expect(await page.getByTestId('teach-layout').inputValue()).toBe('grid');
    await page.context().close();
  });

  it('a layout file of the wrong size or with unknown symbols gets a plain message and changes nothing', async () => {
    const { page, errors } = await teach();
    const before = await board(page);
    await page.locator('.teach-grid-controls summary').click();
    await page.getByTestId('teach-layout-file').setInputFiles({
      name: 'bad.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('AB.\nBX.\nA.\n'),
    });
    const box = page.getByTestId('teach-messages');
    await box.getByText('row 2, column 2').waitFor();
    expect(await box.textContent()).toContain(
      'classic.grid row 2, column 2: "X": "." for an empty cell or one of "A", "B" (one letter per group)',
    );
    expect(await box.textContent()).toContain('classic.grid row 3: "2 symbols": 3 symbols in every row');
    expect((await board(page)).groups).toBe(before.groups);
    expect(await page.getByTestId('teach-layout').inputValue()).toBe('random');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
