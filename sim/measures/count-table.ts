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
}

/** A table read as measure inputs, with the labels of every scale's units. */
export interface ObservedTable {
  readonly inputs: MeasureInputs;
  /** unitLabels[s][u]: the label of unit u of scale s (scales in the order of `units`). */
  readonly unitLabels: readonly (readonly string[])[];
  /** Counts by finest unit and group: counts[u * groups + g]. */
  readonly counts: Float64Array;
  /** Rows skipped because their group field is empty (vacant dwellings of a state export). */
  readonly skipped: number;
}

const MAX_CATEGORIES = 255;
const MAX_HOUSEHOLDS = 2 ** 31 - 1;

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
    if (!groupIds.has(g)) groupIds.set(g, groupIds.size);
    const ids = ui.map((c, s) => {
      const label = row[c]!;
      const m = unitIds[s]!;
      if (!m.has(label)) m.set(label, m.size);
      return m.get(label)!;
    });
    const fine = ids[0]!;
    for (let s = 1; s < ids.length; s++) {
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
    cells.push(fine);
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

  const units = unitIds[0]!.size;
  const k = groupIds.size;
  const counts = new Float64Array(units * k);
  for (let i = 0; i < cells.length; i++) counts[cells[i]! * k + groups[i]!]! += weights[i]!;
  // Households in order of their finest unit (the raster's cell order), by group within a unit.
  const cellOf = new Int32Array(total);
  const category = new Uint8Array(total);
  let h = 0;
  for (let u = 0; u < units; u++) {
    for (let g = 0; g < k; g++) {
      const n = counts[u * k + g]!;
      cellOf.fill(u, h, h + n);
      category.fill(g, h, h + n);
      h += n;
    }
  }
  const none = new Int32Array(0);
  const scales: ContainerScale[] = spec.units.map((name, s) => ({
    name,
    units: unitIds[s]!.size,
    unitOfCell: s === 0 ? Int32Array.from({ length: units }, (_, u) => u) : Int32Array.from(finestParent[s]!),
    adjacencyStart: new Int32Array(unitIds[s]!.size + 1),
    adjacency: none,
  }));
  const inputs: MeasureInputs = {
    households: total,
    width: units,
    height: 1,
    torus: false,
    cellOf,
    dimensions: [{ name: spec.group, labels: [...groupIds.keys()], category }],
    scales,
    radii: [],
  };
  return {
    ok: true,
    table: { inputs, unitLabels: unitIds.map((m) => [...m.keys()]), counts, skipped },
  };
}

/** The scales of a table with every within scale A-in-B of a finer unit column in a coarser one. */
export function tableScales(spec: TableSpec): string[] {
  const out = [...spec.units];
  for (let a = 0; a < spec.units.length; a++) {
    for (let b = a + 1; b < spec.units.length; b++) out.push(`${spec.units[a]}-in-${spec.units[b]}`);
  }
  return out;
}
