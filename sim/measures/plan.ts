/**
 * A selection resolved against what a model offers: the dimensions, container scales and radii to
 * measure, and every column with the function that computes it. Built once, reused every tick.
 */
import type { Problem } from '../params/spec.ts';
import type { MeasureInputs } from './inputs.ts';
import { nestedMap } from './nesting.ts';
import { listOf, type MeasuresSelection } from './params.ts';
import { columnName, INDEX_IDS, INDICES, type IndexFn, radiusName } from './registry.ts';

export interface PlannedColumn {
  readonly name: string;
  /** Name of its random-baseline twin. */
  readonly randomName: string;
  /** Names of the spread and p-value beside the twin, and of the interval columns. */
  readonly twins: {
    readonly sd: string;
    readonly p: string;
    readonly lower: string;
    readonly upper: string;
    readonly randomLower: string;
    readonly randomUpper: string;
    readonly bias: string;
    readonly se: string;
  };
  readonly fn: IndexFn;
  /** The values the index can take. */
  readonly range: readonly [number, number];
  /** Position of the column's value in the value buffers. */
  readonly slot: number;
}

export interface PlannedScale {
  readonly name: string;
  /** Index into inputs.scales (containers), or -1 for a person-centred radius. */
  readonly scale: number;
  readonly radius: number;
  /** For a within scale A-in-B: the index of B in inputs.scales and the unit of B of each unit of A. */
  readonly parent?: { readonly scale: number; readonly unitOf: Int32Array };
  readonly columns: readonly PlannedColumn[];
  /** Row-sum families its columns read, filled in one pass before the columns are evaluated. */
  readonly sums: number;
}

export interface PlannedDimension {
  /** Index into inputs.dimensions. */
  readonly dimension: number;
  readonly categories: number;
  readonly containers: readonly PlannedScale[];
  readonly radii: readonly PlannedScale[];
}

export interface Plan {
  readonly dimensions: readonly PlannedDimension[];
  readonly columns: readonly PlannedColumn[];
  /** Names of the inputs' dimensions and scales the plan was made for, to notice a change. */
  readonly shape: string;
}

/** Dimensions and scales of the inputs in one string: a plan stays valid while this is unchanged. */
export function shapeOf(inputs: MeasureInputs): string {
  const dims = inputs.dimensions.map((d) => `${d.name}:${d.labels.join('|')}`).join(',');
  const scales = inputs.scales.map((s) => `${s.name}:${s.units}`).join(',');
  return `${dims};${scales};${inputs.radii.join(',')}`;
}

/** A within scale's name, `A-in-B`, split into its two container scale names. */
export function withinParts(name: string): { fine: string; coarse: string } | undefined {
  const m = /^(.+)-in-(.+)$/.exec(name);
  return m ? { fine: m[1]!, coarse: m[2]! } : undefined;
}

/** Why the within scale `name` (A-in-B) cannot be measured on these inputs, or undefined. */
function withinProblem(name: string, inputs: MeasureInputs): string | undefined {
  const parts = withinParts(name)!;
  const names = inputs.scales.map((s) => s.name);
  for (const n of [parts.fine, parts.coarse]) {
    if (!names.includes(n)) return `"${n}" in "${name}" is not a container scale (${names.join(', ')})`;
  }
  const fine = inputs.scales[names.indexOf(parts.fine)]!;
  const coarse = inputs.scales[names.indexOf(parts.coarse)]!;
  if (fine === coarse) return `"${name}": a scale within itself has no within part`;
  if (!nestedMap(fine, coarse)) {
    return `"${name}": ${parts.fine} does not nest in ${parts.coarse} (a unit of ${parts.fine} lies in more than one unit of ${parts.coarse}, or in none)`;
  }
  return undefined;
}

/** Problems of a selection for these inputs (unknown dimension or scale names), paths under `measures`. */
export function selectionProblems(sel: MeasuresSelection, inputs: MeasureInputs): Problem[] {
  const problems: Problem[] = [];
  const dims = inputs.dimensions.map((d) => d.name);
  for (const name of listOf(sel.dimensions)) {
    if (name !== 'all' && !dims.includes(name)) {
      problems.push({
        path: 'measures.dimensions',
        value: sel.dimensions,
        allowed: `"all" or comma-separated names among ${dims.join(', ')} ("${name}" is not one)`,
      });
    }
  }
  const scales = inputs.scales.map((s) => s.name);
  for (const name of listOf(sel.scales)) {
    if (withinParts(name) && !scales.includes(name)) {
      const why = withinProblem(name, inputs);
      if (why)
        problems.push({
          path: 'measures.scales',
          value: sel.scales,
          allowed: `within scales A-in-B where every unit of A lies in one unit of B; ${why}`,
        });
      continue;
    }
    if (name !== 'all' && !scales.includes(name) && !/^r\d+$/.test(name)) {
      problems.push({
        path: 'measures.scales',
        value: sel.scales,
        allowed: `"all" or comma-separated names among ${[...scales, 'rN (radius N)', 'A-in-B (within part)'].join(', ')} ("${name}" is not one)`,
      });
    }
  }
  return problems;
}

export function makePlan(sel: MeasuresSelection, inputs: MeasureInputs): Plan {
  const wantedIds = listOf(sel.indices);
  const ids = wantedIds.includes('all') ? INDEX_IDS : wantedIds;
  const defs = INDICES.filter((d) => ids.includes(d.id));
  const dimNames = listOf(sel.dimensions);
  const scaleNames = listOf(sel.scales);
  const allScales = scaleNames.includes('all');
  const radii = allScales ? [...inputs.radii] : [];
  for (const n of scaleNames) {
    const m = /^r(\d+)$/.exec(n);
    if (m && !radii.includes(Number(m[1]))) radii.push(Number(m[1]));
  }
  const columns: PlannedColumn[] = [];
  const plannedScale = (
    labels: readonly string[],
    dim: string,
    name: string,
    scale: number,
    radius: number,
    parent?: PlannedScale['parent'],
  ): PlannedScale => {
    const cols: PlannedColumn[] = [];
    let sums = 0;
    for (const def of defs) {
      if (scale < 0 && !def.personCentred) continue;
      if (parent && !def.within) continue;
      sums |= def.sums;
      for (const c of parent ? def.within!(labels) : def.columns(labels)) {
        const colName = columnName(def, dim, c.part, name);
        const r = `${colName}.random`;
        const twins = {
          sd: `${r}.sd`,
          p: `${r}.p`,
          lower: `${colName}.lower`,
          upper: `${colName}.upper`,
          randomLower: `${r}.lower`,
          randomUpper: `${r}.upper`,
          bias: `${colName}.bias`,
          se: `${colName}.se`,
        };
        const col = { name: colName, randomName: r, twins, fn: c.fn, range: def.range, slot: columns.length };
        columns.push(col);
        cols.push(col);
      }
    }
    return parent
      ? { name, scale, radius, columns: cols, sums, parent }
      : { name, scale, radius, columns: cols, sums };
  };
  const scaleIndex = (n: string) => inputs.scales.findIndex((s) => s.name === n);
  // Within scales are asked for by name only ("all" does not add them): A-in-B, A nested in B.
  const withins = scaleNames
    .filter((n) => withinParts(n) && scaleIndex(n) < 0)
    .map((n) => {
      const { fine, coarse } = withinParts(n)!;
      const f = scaleIndex(fine);
      const c = scaleIndex(coarse);
      return {
        name: n,
        fine: f,
        parent: { scale: c, unitOf: nestedMap(inputs.scales[f]!, inputs.scales[c]!)! },
      };
    });
  const dimensions: PlannedDimension[] = [];
  inputs.dimensions.forEach((d, di) => {
    if (!dimNames.includes('all') && !dimNames.includes(d.name)) return;
    const containers: PlannedScale[] = [];
    inputs.scales.forEach((s, si) => {
      if (allScales || scaleNames.includes(s.name))
        containers.push(plannedScale(d.labels, d.name, s.name, si, 0));
    });
    for (const w of withins) containers.push(plannedScale(d.labels, d.name, w.name, w.fine, 0, w.parent));
    const rs = radii.map((r) => plannedScale(d.labels, d.name, radiusName(r), -1, r));
    dimensions.push({ dimension: di, categories: d.labels.length, containers, radii: rs });
  });
  return { dimensions, columns, shape: shapeOf(inputs) };
}
