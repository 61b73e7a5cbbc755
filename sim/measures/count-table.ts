/**
 * Observed data as measure inputs: a long table of counts (one row per unit x group, with optional
 * parent units and a count column, as R's `segregation` takes them), or one row per household (a
 * state exported by `kiez run --state`). The rows become households of a one-row raster whose
 * cells are the finest units, so every container index and decomposition of a table is computed by
 * the same code as a simulated city's: observed and simulated figures come from one implementation.
 * Person-centred radii and Moran's I need a map, which a table does not have.
 */
import type { Problem } from '../params/spec.ts';
import type { ContainerScale, MeasureInputs } from './inputs.ts';
import { nestedMap } from './nesting.ts';
import { radiusName } from './registry.ts';

/** Rows of a CSV text (RFC 4180: quoted fields may hold commas, quotes doubled, newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

export interface TableSpec {
  /** Column holding the category (e.g. `race`, `origin`). */
  readonly group: string;
  /** Unit columns, finest first (e.g. `school,district,state`); each coarser one must nest. */
  readonly units: readonly string[];
  /** Column of counts; undefined: `n` when the table has it, else each row counts once. */
  readonly weight?: string;
  /**
   * Raster position columns (a state export has `x` and `y`): households are placed on their
   * cells, so person-centred radii and Moran's I (rook adjacency of the units over the cells in the
   * table) can be computed too, and unit columns need not nest. Width and height default to the
   * largest x and y + 1 (on a bounded raster, empty columns beyond change nothing).
   */
  readonly raster?: {
    readonly x: string;
    readonly y: string;
    readonly width?: number;
    readonly height?: number;
    readonly torus?: boolean;
    readonly radii?: readonly number[];
  };
}

/** A table read as measure inputs, with the labels of every scale's units. */
export interface ObservedTable {
  readonly inputs: MeasureInputs;
  /** unitLabels[s][u]: the label of unit u of scale s (scales in the order of `units`). */
  readonly unitLabels: readonly (readonly string[])[];
  /** Counts by finest unit and group: counts[u * groups + g]. */
  readonly counts: Float64Array;
  /**
   * Rows skipped because their group field is empty (vacant dwellings of a state export) or a unit
   * field is (unhoused households of a city's state export).
   */
  readonly skipped: number;
}

const MAX_CATEGORIES = 255;
const MAX_HOUSEHOLDS = 2_147_483_647;

/**
 * The table as inputs, or the problems found (path = column name, or `row N`). Groups and units
 * are numbered in order of first appearance, like R's factors.
 */
export function readCountTable(
  text: string,
  spec: TableSpec,
): { ok: true; table: ObservedTable } | { ok: false; problems: Problem[] } {
  return readCountRows(parseCsv(text), spec);
}

/** readCountTable for rows already split into fields, the header first. */
export function readCountRows(
  rows: readonly (readonly string[])[],
  spec: TableSpec,
): { ok: true; table: ObservedTable } | { ok: false; problems: Problem[] } {
  const header = rows[0] ?? [];
  const problems: Problem[] = [];
  const col = (name: string, what: string) => {
    const i = header.indexOf(name);
    if (i < 0)
      problems.push({
        path: name,
        value: '(missing)',
        allowed: `${what}: a column among ${header.join(', ')}`,
      });
    return i;
  };
  if (spec.units.length === 0) {
    problems.push({ path: 'units', value: '', allowed: 'one or more unit columns, finest first' });
  }
  const gi = col(spec.group, 'the group column');
  const ui = spec.units.map((u) => col(u, 'a unit column'));
  const weightName = spec.weight ?? (header.includes('n') ? 'n' : undefined);
  const wi = weightName === undefined ? -1 : col(weightName, 'the count column');
  const raster = spec.raster;
  const xi = raster ? col(raster.x, 'the x column') : -1;
  const yi = raster ? col(raster.y, 'the y column') : -1;
  if (new Set([spec.group, ...spec.units]).size !== spec.units.length + 1) {
    problems.push({
      path: 'units',
      value: spec.units.join(','),
      allowed: 'unit columns different from each other and from the group column',
    });
  }
  if (problems.length > 0) return { ok: false, problems };

  const groupIds = new Map<string, number>();
  const unitIds = spec.units.map(() => new Map<string, number>());
  const finestParent = spec.units.map(() => [] as number[]);
  const cells: number[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  const vacant: { x: number; y: number; ids: number[] }[] = [];
  const groups: number[] = [];
  const weights: number[] = [];
  let skipped = 0;
  let total = 0;
  const notNested = new Set<number>();
  for (let r = 1; r < rows.length && problems.length < 10; r++) {
    const row = rows[r]!;
    const where = `row ${r + 1}`;
    if (row.length !== header.length) {
      problems.push({
        path: where,
        value: `${row.length} fields`,
        allowed: `${header.length} fields, as in the header`,
      });
      continue;
    }
    const g = row[gi]!;
    if (g === '') {
      skipped++;
      // On a raster an empty dwelling still tells which unit its cell is in (for the adjacency).
      const x = raster ? Number(row[xi]) : Number.NaN;
      const y = raster ? Number(row[yi]) : Number.NaN;
      if (Number.isInteger(x) && x >= 0 && Number.isInteger(y) && y >= 0) {
        vacant.push({ x, y, ids: ui.map((c, s) => unitIds[s]!.get(row[c]!) ?? -1) });
      }
      continue;
    }
    // A household without a dwelling (an unhoused row of a city's state export) is in no unit.
    if (ui.some((c) => row[c]!.trim() === '')) {
      skipped++;
      continue;
    }
    const n = wi < 0 ? 1 : Number(row[wi]);
    if (wi >= 0 && (row[wi]!.trim() === '' || !Number.isInteger(n) || n < 0)) {
      problems.push({
        path: `${where}, ${weightName}`,
        value: row[wi]!,
        allowed: 'a whole number of households, 0 or more',
      });
      continue;
    }
    if (n === 0) continue;
    if (raster) {
      const [x, y] = [Number(row[xi]), Number(row[yi])];
      const w = raster.width ?? Number.MAX_SAFE_INTEGER;
      const h = raster.height ?? Number.MAX_SAFE_INTEGER;
      if (!(Number.isInteger(x) && x >= 0 && x < w && Number.isInteger(y) && y >= 0 && y < h)) {
        problems.push({
          path: `${where}, ${raster.x} ${raster.y}`,
          value: `${row[xi]} ${row[yi]}`,
          allowed: 'whole numbers from 0, within the raster',
        });
        continue;
      }
      xs.push(x);
      ys.push(y);
    }
    if (!groupIds.has(g)) groupIds.set(g, groupIds.size);
    const ids = ui.map((c, s) => {
      const label = row[c]!;
      const m = unitIds[s]!;
      if (!m.has(label)) m.set(label, m.size);
      return m.get(label)!;
    });
    const fine = ids[0]!;
    for (let s = 1; s < ids.length && !raster; s++) {
      const known = finestParent[s]![fine];
      if (known === undefined) finestParent[s]![fine] = ids[s]!;
      else if (known !== ids[s] && !notNested.has(s)) {
        // One line per scale: the first row that breaks the nesting (the rest usually follow from it).
        notNested.add(s);
        problems.push({
          path: `${where}, ${spec.units[s]}`,
          value: row[ui[s]!]!,
          allowed: `the one ${spec.units[s]} of ${spec.units[0]} ${row[ui[0]!]} (given as ${[...unitIds[s]!.keys()][known]} before): units must nest, finest first`,
        });
      }
    }
    cells.push(...ids);
    groups.push(groupIds.get(g)!);
    weights.push(n);
    total += n;
  }
  if (problems.length === 0 && groupIds.size > MAX_CATEGORIES) {
    problems.push({
      path: spec.group,
      value: `${groupIds.size} groups`,
      allowed: `at most ${MAX_CATEGORIES} groups`,
    });
  }
  if (problems.length === 0 && total > MAX_HOUSEHOLDS) {
    problems.push({
      path: weightName ?? 'rows',
      value: `${total} in all`,
      allowed: `at most ${MAX_HOUSEHOLDS} households`,
    });
  }
  if (problems.length === 0 && total === 0) {
    problems.push({
      path: '(table)',
      value: 'no households',
      allowed: 'at least one row with a group and a count above 0',
    });
  }
  if (problems.length > 0) return { ok: false, problems };

  const S = spec.units.length;
  const unitOf = (row: number, s: number) => cells[row * S + s]!;
  const units = unitIds[0]!.size;
  const k = groupIds.size;
  const counts = new Float64Array(units * k);
  for (let i = 0; i < groups.length; i++) counts[unitOf(i, 0) * k + groups[i]!]! += weights[i]!;
  const built = raster
    ? onRaster(raster, spec.units, unitIds, xs, ys, (i, s) => unitOf(i, s), groups.length, vacant)
    : oneRow(units, spec.units, unitIds, finestParent, (i) => unitOf(i, 0), groups.length);
  if ('problems' in built) return { ok: false, problems: built.problems };
  // Households in the order of their cells (the raster's order), by row of the table within a cell.
  const { cellOfRow, width, height, scales } = built;
  const order = Array.from({ length: groups.length }, (_, i) => i).sort(
    (a, b) => cellOfRow[a]! - cellOfRow[b]! || a - b,
  );
  const cellOf = new Int32Array(total);
  const category = new Uint8Array(total);
  let h = 0;
  for (const i of order) {
    const n = weights[i]!;
    cellOf.fill(cellOfRow[i]!, h, h + n);
    category.fill(groups[i]!, h, h + n);
    h += n;
  }
  const inputs: MeasureInputs = {
    households: total,
    width,
    height,
    torus: raster?.torus ?? false,
    cellOf,
    dimensions: [{ name: spec.group, labels: [...groupIds.keys()], category }],
    scales,
    radii: raster?.radii ?? [],
  };
  return {
    ok: true,
    table: { inputs, unitLabels: unitIds.map((m) => [...m.keys()]), counts, skipped },
  };
}

interface Built {
  readonly cellOfRow: Int32Array;
  readonly width: number;
  readonly height: number;
  readonly scales: ContainerScale[];
}

/** No map: the finest units are the cells of a one-row raster; parents (nested) group them; no adjacency. */
function oneRow(
  units: number,
  names: readonly string[],
  unitIds: readonly Map<string, number>[],
  finestParent: readonly number[][],
  fineOf: (row: number) => number,
  rows: number,
): Built {
  const none = new Int32Array(0);
  const scales = names.map((name, s) => ({
    name,
    units: unitIds[s]!.size,
    unitOfCell: s === 0 ? Int32Array.from({ length: units }, (_, u) => u) : Int32Array.from(finestParent[s]!),
    adjacencyStart: new Int32Array(unitIds[s]!.size + 1),
    adjacency: none,
  }));
  return {
    cellOfRow: Int32Array.from({ length: rows }, (_, i) => fineOf(i)),
    width: units,
    height: 1,
    scales,
  };
}

/** On the raster: each cell's unit at every scale (one per cell), rook adjacency over those cells. */
function onRaster(
  raster: NonNullable<TableSpec['raster']>,
  names: readonly string[],
  unitIds: readonly Map<string, number>[],
  xs: readonly number[],
  ys: readonly number[],
  unitOf: (row: number, scale: number) => number,
  rows: number,
  vacant: readonly { x: number; y: number; ids: readonly number[] }[],
): Built | { problems: Problem[] } {
  const width = raster.width ?? Math.max(...xs) + 1;
  const height = raster.height ?? Math.max(...ys) + 1;
  const cellOfRow = Int32Array.from({ length: rows }, (_, i) => ys[i]! * width + xs[i]!);
  const problems: Problem[] = [];
  const scales = names.map((name, s) => {
    const unitOfCell = new Int32Array(width * height).fill(-1);
    for (let i = 0; i < rows; i++) {
      const c = cellOfRow[i]!;
      const u = unitOf(i, s);
      if (unitOfCell[c] === -1) unitOfCell[c] = u;
      else if (unitOfCell[c] !== u && !problems.some((p) => p.path.endsWith(name))) {
        problems.push({
          path: `cell ${xs[i]} ${ys[i]}, ${name}`,
          value: [...unitIds[s]!.keys()][u]!,
          allowed: `one ${name} a cell (given as ${[...unitIds[s]!.keys()][unitOfCell[c]!]} in another row)`,
        });
      }
    }
    const units = unitIds[s]!.size;
    // Cells of empty dwellings in units that have households elsewhere join their unit for the
    // adjacency (a unit with no household at all stays out: nothing to measure there).
    const withVacant = unitOfCell.slice();
    for (const v of vacant) {
      const c = v.y * width + v.x;
      if (v.x < width && v.y < height && withVacant[c] === -1 && v.ids[s]! >= 0) withVacant[c] = v.ids[s]!;
    }
    return {
      name,
      units,
      unitOfCell,
      ...rookAdjacency(withVacant, width, height, units, raster.torus ?? false),
    };
  });
  return problems.length > 0 ? { problems } : { cellOfRow, width, height, scales };
}

/** Units sharing a cell edge (wrapping on a torus), as sorted compressed rows; cells of unit -1 are skipped. */
function rookAdjacency(
  unitOfCell: Int32Array,
  width: number,
  height: number,
  units: number,
  torus: boolean,
): { adjacencyStart: Int32Array; adjacency: Int32Array } {
  const neighbours = Array.from({ length: units }, () => new Set<number>());
  const link = (a: number, b: number) => {
    if (a >= 0 && b >= 0 && a !== b) {
      neighbours[a]!.add(b);
      neighbours[b]!.add(a);
    }
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const u = unitOfCell[y * width + x]!;
      if (x + 1 < width || torus) link(u, unitOfCell[y * width + ((x + 1) % width)]!);
      if (y + 1 < height || torus) link(u, unitOfCell[((y + 1) % height) * width + x]!);
    }
  }
  const adjacencyStart = new Int32Array(units + 1);
  for (let u = 0; u < units; u++) adjacencyStart[u + 1] = adjacencyStart[u]! + neighbours[u]!.size;
  const adjacency = new Int32Array(adjacencyStart[units]!);
  for (let u = 0; u < units; u++)
    adjacency.set(
      [...neighbours[u]!].sort((a, b) => a - b),
      adjacencyStart[u]!,
    );
  return { adjacencyStart, adjacency };
}

/**
 * Every scale of a table to measure: its unit columns, every within scale A-in-B of a unit column
 * nested in a coarser one, and the radii when it is on a raster.
 */
export function tableScales(inputs: MeasureInputs): string[] {
  const out = inputs.scales.map((s) => s.name);
  for (const a of inputs.scales) {
    for (const b of inputs.scales) {
      if (a.units > b.units && nestedMap(a, b)) out.push(`${a.name}-in-${b.name}`);
    }
  }
  return [...out, ...inputs.radii.map(radiusName)];
}
