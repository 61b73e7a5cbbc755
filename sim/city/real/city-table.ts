/**
 * Reading a city file's CSV: one row per statistical area, columns as schema.ts declares. Every
 * problem is collected (one line each: the area, the column, the value, what is allowed) and the
 * table is returned only when there is none, so nothing is generated from a bad file.
 */
import { parseCsv } from '../../measures/count-table.ts';
import type { Problem } from '../../params/spec.ts';
import { didYouMean } from '../../params/suggest.ts';
import { CITY_COLUMNS, type ColumnKind, columnSpecOf, KIND_ALLOWED, MAX_TEXT } from './schema.ts';

/** A coarser scale of the file's hierarchy: the parent unit of every area. */
export interface ParentScale {
  readonly name: string;
  /** Parent id of each area (row order). */
  readonly parentOf: readonly string[];
  /** Name of each parent unit, where the file gives one. */
  readonly names: ReadonlyMap<string, string>;
}

/** Optional numeric columns, NaN where a row leaves the cell empty (or the file has no column). */
export const OPTIONAL_NUMBERS = [
  'households',
  'dwellings',
  'dwellings.social',
  'dwellings.owner',
  'share.transfer',
  'rent',
  'image',
  'school',
  'arrival',
] as const;
export type OptionalNumber = (typeof OPTIONAL_NUMBERS)[number];

export interface CityTable {
  readonly ids: readonly string[];
  readonly names: readonly string[];
  /** Origin groups in column order (`persons.<group>`). */
  readonly groups: readonly string[];
  /** persons[g][area]. */
  readonly persons: readonly Float64Array[];
  /** Coarser scales, finest first. */
  readonly scales: readonly ParentScale[];
  readonly values: Readonly<Record<OptionalNumber, Float64Array>>;
}

export type TableResult = { ok: true; table: CityTable } | { ok: false; problems: Problem[] };

/** At most this many problems are listed (a wholly wrong file would otherwise print one per cell). */
export const MAX_PROBLEMS = 200;

/** Parse and check a city CSV. */
export function readCityTable(text: string): TableResult {
  const problems: Problem[] = [];
  const quotes = (text.match(/"/g) ?? []).length;
  if (quotes % 2 === 1) {
    return {
      ok: false,
      problems: [
        {
          path: 'csv',
          value: 'an odd number of quote marks',
          allowed: 'a well-formed CSV (RFC 4180): every quoted field closed',
        },
      ],
    };
  }
  const rows = parseCsv(text);
  const header = rows[0];
  if (!header || rows.length < 2) {
    return {
      ok: false,
      problems: [
        {
          path: 'csv',
          value: `${rows.length} lines`,
          allowed: 'a header and at least one row (one per statistical area)',
        },
      ],
    };
  }
  const known = CITY_COLUMNS.map((c) => c.column);
  const kinds: (ColumnKind | undefined)[] = [];
  const groups: string[] = [];
  const groupCol: number[] = [];
  const scaleNames: string[] = [];
  const scaleCol: number[] = [];
  const scaleNameCol = new Map<string, number>();
  const seen = new Set<string>();
  header.forEach((h, c) => {
    const name = h.trim();
    if (seen.has(name))
      problems.push({ path: `header column ${c + 1}`, value: name, allowed: 'each column once' });
    seen.add(name);
    const found = columnSpecOf(name);
    kinds.push(found?.spec.kind);
    if (!found) {
      problems.push({
        path: `header column ${c + 1}`,
        value: name,
        allowed: `a declared column (${known.join(', ')})${didYouMean(name, known)}`,
      });
      return;
    }
    if (found.spec.column === 'persons.<group>') {
      groups.push(found.name!);
      groupCol.push(c);
    } else if (found.spec.column === 'parent.<scale>') {
      scaleNames.push(found.name!);
      scaleCol.push(c);
    } else if (found.spec.column === 'parentName.<scale>') scaleNameCol.set(found.name!, c);
  });
  for (const spec of CITY_COLUMNS) {
    if (!spec.required) continue;
    const present = spec.column.includes('.<')
      ? spec.column.startsWith('persons')
        ? groups.length > 0
        : true
      : seen.has(spec.column);
    if (!present)
      problems.push({ path: 'header', value: header.join(','), allowed: `a column ${spec.column}` });
  }
  for (const s of scaleNameCol.keys()) {
    if (!scaleNames.includes(s))
      problems.push({ path: 'header', value: `parentName.${s}`, allowed: `beside a column parent.${s}` });
  }
  if (problems.length > 0) return { ok: false, problems };

  const col = (name: string) => header.findIndex((h) => h.trim() === name);
  const idCol = col('id');
  const nameCol = col('name');
  const n = rows.length - 1;
  const ids: string[] = [];
  const names: string[] = [];
  const persons = groups.map(() => new Float64Array(n));
  const values = Object.fromEntries(
    OPTIONAL_NUMBERS.map((k) => [k, new Float64Array(n).fill(Number.NaN)]),
  ) as Record<OptionalNumber, Float64Array>;
  const parents = scaleNames.map(() => [] as string[]);
  const parentNames = scaleNames.map(() => new Map<string, string>());
  const idRow = new Map<string, number>();
  for (let r = 0; r < n && problems.length < MAX_PROBLEMS; r++) {
    const row = rows[r + 1]!;
    const id = (row[idCol] ?? '').trim();
    const where = id ? `area ${id}` : `row ${r + 2}`;
    if (row.length !== header.length) {
      problems.push({
        path: `${where}`,
        value: `${row.length} fields`,
        allowed: `as many fields as the header has columns (${header.length})`,
      });
      continue;
    }
    if (!id || id.length > MAX_TEXT)
      problems.push({ path: `${where}: id`, value: id, allowed: KIND_ALLOWED.id });
    else if (idRow.has(id))
      problems.push({
        path: `${where}: id`,
        value: id,
        allowed: `a unique id (also in row ${idRow.get(id)! + 2})`,
      });
    idRow.set(id, r);
    ids.push(id);
    const name = (row[nameCol] ?? '').trim();
    if (name.length > MAX_TEXT)
      problems.push({ path: `${where}: name`, value: name, allowed: KIND_ALLOWED.text });
    names.push(name || id);
    groups.forEach((g, k) => {
      const v = number(row[groupCol[k]!]!);
      if (!isCount(v))
        problems.push({
          path: `${where}: persons.${g}`,
          value: row[groupCol[k]!],
          allowed: KIND_ALLOWED.count,
        });
      else persons[k]![r] = v;
    });
    scaleNames.forEach((s, k) => {
      const p = row[scaleCol[k]!]!.trim();
      if (!p || p.length > MAX_TEXT)
        problems.push({ path: `${where}: parent.${s}`, value: p, allowed: KIND_ALLOWED.id });
      parents[k]!.push(p);
      const nc = scaleNameCol.get(s);
      if (nc !== undefined && row[nc]!.trim()) parentNames[k]!.set(p, row[nc]!.trim());
    });
    for (const key of OPTIONAL_NUMBERS) {
      const c = col(key);
      if (c < 0) continue;
      const raw = row[c]!.trim();
      if (raw === '') continue;
      const v = number(raw);
      const kind = kinds[c]!;
      if (!fits(kind, v))
        problems.push({ path: `${where}: ${key}`, value: raw, allowed: KIND_ALLOWED[kind] });
      else values[key][r] = v;
    }
    const d = values.dwellings[r]!;
    const split = (values['dwellings.social'][r]! || 0) + (values['dwellings.owner'][r]! || 0);
    if (Number.isFinite(d) && split > d) {
      problems.push({
        path: `${where}: dwellings.social + dwellings.owner`,
        value: split,
        allowed: `at most dwellings (${d})`,
      });
    }
  }
  problems.push(...nestingProblems(ids, scaleNames, parents));
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  const scales = scaleNames.map((name, k) => ({ name, parentOf: parents[k]!, names: parentNames[k]! }));
  return { ok: true, table: { ids, names, groups, persons, scales, values } };
}

/**
 * Each unit of a scale lies in one unit of the next coarser scale: a unit found in two is named
 * once, with the area where the second parent appears and the first.
 */
function nestingProblems(
  ids: readonly string[],
  scales: readonly string[],
  parents: readonly string[][],
): Problem[] {
  const problems: Problem[] = [];
  for (let k = 0; k + 1 < scales.length; k++) {
    const first = new Map<string, number>();
    const reported = new Set<string>();
    parents[k]!.forEach((unit, r) => {
      const up = parents[k + 1]![r]!;
      const f = first.get(unit);
      if (f === undefined) first.set(unit, r);
      else if (parents[k + 1]![f] !== up && !reported.has(unit)) {
        reported.add(unit);
        problems.push({
          path: `area ${ids[r]}: parent.${scales[k + 1]}`,
          value: up,
          allowed: `${parents[k + 1]![f]} (${scales[k]} ${unit} lies in ${scales[k + 1]} ${parents[k + 1]![f]} in area ${ids[f]}: the scales must nest)`,
        });
      }
    });
  }
  return problems;
}

/** A number written in the file, NaN for anything else (empty included). */
function number(raw: string): number {
  const t = raw.trim();
  return t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) ? Number.NaN : Number(t);
}

const isCount = (v: number) => Number.isInteger(v) && v >= 0;

function fits(kind: ColumnKind, v: number): boolean {
  switch (kind) {
    case 'count':
      return isCount(v);
    case 'share':
    case 'score':
      return v >= 0 && v <= 1;
    case 'money':
      return v > 0 && Number.isFinite(v);
    case 'flag':
      return v === 0 || v === 1;
    default:
      return true;
  }
}
