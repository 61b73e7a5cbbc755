/**
 * Starting layouts of the classic grid: which cell holds which group at tick 0. "random" is the
 * classic well-mixed start; "halves", "stripes" and "blocks" start segregated (the Parable of the
 * Polygons' lesson that a segregated city stays segregated once the bias is gone needs such a
 * start); "grid" reads a layout drawn or written by hand, one text row per grid row.
 */
import { apportion } from '../math/apportion.ts';
import type { Problem } from '../params/spec.ts';

export const LAYOUTS = ['random', 'halves', 'stripes', 'blocks', 'grid'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Cell value of an empty cell in a parsed layout grid. */
export const EMPTY_CELL = 255;
/** Symbols of a layout grid: '.' empty, 'A' the first group, 'B' the second, and so on. */
export const EMPTY_SYMBOL = '.';
export const GROUP_SYMBOLS = 'ABCDEFGH';

/** A layout grid parsed into one value per cell (group index or EMPTY_CELL), or its problems. */
export type ParsedGrid = { ok: true; cells: Uint8Array; agents: number } | { ok: false; problems: Problem[] };

/**
 * Parse a layout grid: `size` rows of `size` symbols, separated by newlines (trailing spaces and
 * carriage returns ignored, an empty last line allowed). Every problem names its row and column.
 */
export function parseLayoutGrid(text: string, size: number, groups: number): ParsedGrid {
  const rows = text.split('\n').map((r) => r.replace(/[\s]+$/, ''));
  if (rows.length > 0 && rows.at(-1) === '') rows.pop();
  const problems: Problem[] = [];
  if (rows.length !== size) {
    problems.push({
      path: 'grid',
      value: `${rows.length} rows`,
      allowed: `${size} rows of ${size} symbols (the grid size); the layout has ${rows.length} rows`,
    });
    return { ok: false, problems };
  }
  const allowed = `"${EMPTY_SYMBOL}" for an empty cell or one of ${[...GROUP_SYMBOLS.slice(0, groups)].map((s) => `"${s}"`).join(', ')} (one letter per group)`;
  const cells = new Uint8Array(size * size);
  let agents = 0;
  for (let y = 0; y < size && problems.length < 5; y++) {
    const row = rows[y]!;
    if (row.length !== size) {
      problems.push({
        path: `grid row ${y + 1}`,
        value: `${row.length} symbols`,
        allowed: `${size} symbols in every row (the grid size)`,
      });
      continue;
    }
    for (let x = 0; x < size; x++) {
      const ch = row[x]!;
      const g = ch === EMPTY_SYMBOL ? EMPTY_CELL : GROUP_SYMBOLS.indexOf(ch);
      if (g < 0 || (g !== EMPTY_CELL && g >= groups)) {
        problems.push({ path: `grid row ${y + 1}, column ${x + 1}`, value: ch, allowed });
        if (problems.length >= 5) break;
        continue;
      }
      cells[y * size + x] = g;
      if (g !== EMPTY_CELL) agents++;
    }
  }
  if (problems.length === 0 && agents === size * size) {
    problems.push({
      path: 'grid',
      value: `${agents} agents`,
      allowed: 'at least one empty cell ("."), so agents can move',
    });
  }
  if (problems.length === 0 && agents === 0) {
    problems.push({ path: 'grid', value: 'no agents', allowed: 'at least one agent (a group letter)' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, cells, agents };
}

/**
 * The group whose area holds each cell in a segregated layout: "halves" cuts the grid in row
 * order into one band per group, sized by the shares (halves for two equal groups); "stripes" are
 * columns `block` cells wide and "blocks" squares of side `block`, the groups taking turns.
 */
export function areaOfCells(
  layout: 'halves' | 'stripes' | 'blocks',
  size: number,
  block: number,
  shares: readonly number[],
): Uint8Array {
  const cells = size * size;
  const area = new Uint8Array(cells);
  const k = shares.length;
  if (layout === 'halves') {
    const bands = apportion(shares, cells);
    let c = 0;
    bands.forEach((n, g) => {
      area.fill(g, c, c + n);
      c += n;
    });
    return area;
  }
  for (let y = 0; y < size; y++) {
    const by = Math.floor(y / block);
    for (let x = 0; x < size; x++) {
      const bx = Math.floor(x / block);
      area[y * size + x] = layout === 'stripes' ? bx % k : (bx + by) % k;
    }
  }
  return area;
}

/** Cells in each group's area. */
export function areaSizes(area: Uint8Array, groups: number): number[] {
  const sizes = new Array<number>(groups).fill(0);
  for (let c = 0; c < area.length; c++) sizes[area[c]!]!++;
  return sizes;
}

/** Problems when a segregated layout's areas cannot hold each group's agents. */
export function segregatedLayoutProblems(
  layout: 'halves' | 'stripes' | 'blocks',
  size: number,
  block: number,
  shares: readonly number[],
  agents: number,
): Problem[] {
  const have = areaSizes(areaOfCells(layout, size, block, shares), shares.length);
  const need = apportion(shares, agents);
  const problems: Problem[] = [];
  need.forEach((n, g) => {
    if (n > have[g]!) {
      problems.push({
        path: 'shares',
        value: shares,
        allowed: `shares that fit the "${layout}" layout: its area for group ${g + 1} has ${have[g]} cells, too few for ${n} agents (lower that group's share or the number of agents, or choose another blockSize or layout)`,
      });
    }
  });
  return problems;
}
