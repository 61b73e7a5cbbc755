/**
 * Which scenario parameter a calibration path names, and its declaration (unit, range, whole
 * number or not): calibration needs a number with a declared range to search in. Paths are the
 * sweep's (`parameterPathProblem` decides whether a path names a parameter, so a path a sweep can
 * vary a calibration can fit); the declaration is found by walking the scenario's fields, and into
 * a list by index or name (`households.groups[refugee].discrimination`, `policies[0].cap`) through
 * the base scenario, which says what the list holds.
 */
import { withValues } from '../batch/grid.ts';
import { parameterPathProblem } from '../batch/sweep.ts';
import type { Fields, NumberListSpec, NumberSpec, Spec } from '../params/spec.ts';
import { isPlainObject } from '../params/validate.ts';
import { didYouMean } from '../params/suggest.ts';
import { scenarioFields } from '../scenario/spec.ts';

/** Every leaf parameter path of the scenario declaration (lists as `name[]`), for suggestions. */
export function leafPaths(fields: Fields = scenarioFields, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, spec] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (spec.kind === 'record') out.push(...leafPaths(spec.fields, path));
    else if (spec.kind === 'records') out.push(...leafPaths(spec.item, `${path}[]`));
    else if (spec.kind !== 'variants') out.push(path);
  }
  return out;
}

const SEGMENT = /^([A-Za-z_$][\w$]*)(?:\[([^\]]+)\])?$/;

/**
 * The declaration of the parameter at `path`, or why there is none. `doc` is the base scenario as
 * a document (lists are looked up in it).
 */
export function declaredParameter(
  path: string,
  doc: Record<string, unknown>,
): { spec: Spec } | { problem: string } {
  const parts = path.split('.');
  let fields: Fields | undefined = scenarioFields;
  let node: unknown = doc;
  let spec: Spec | undefined;
  for (const part of parts) {
    const m = SEGMENT.exec(part);
    if (!m || !fields || !Object.hasOwn(fields, m[1]!)) return { problem: unknownPath(path) };
    spec = fields[m[1]!]!;
    node = isPlainObject(node) ? node[m[1]!] : undefined;
    const index = m[2];
    if (index === undefined) {
      fields = spec.kind === 'record' ? spec.fields : undefined;
      continue;
    }
    if (spec.kind !== 'records' && spec.kind !== 'variants') return { problem: unknownPath(path) };
    const list = Array.isArray(node) ? node : [];
    const at = /^\d+$/.test(index)
      ? Number(index)
      : list.findIndex((item) => isPlainObject(item) && item['name'] === index);
    const item = list[at];
    if (!isPlainObject(item)) {
      const names = list.map((x, i) =>
        isPlainObject(x) && typeof x['name'] === 'string' ? x['name'] : String(i),
      );
      return {
        problem: `no item ${JSON.stringify(index)} in ${m[1]} of the base scenario; it has: ${names.join(', ') || 'none'}`,
      };
    }
    node = item;
    if (spec.kind === 'records') fields = spec.item;
    else {
      const type = item['type'];
      fields =
        typeof type === 'string' && Object.hasOwn(spec.variants, type) ? spec.variants[type] : undefined;
    }
    spec = undefined;
  }
  if (!spec) return { problem: `a list item, not a parameter: name one of its fields (${path}.FIELD)` };
  if (spec.kind === 'record') {
    return {
      problem: `a section, not a parameter; parameters of ${path}: ${Object.keys(spec.fields).join(', ')}`,
    };
  }
  if (!path.includes('[')) {
    const why = parameterPathProblem(path);
    if (why) return { problem: why };
  } else {
    // Points are set into the scenario as a sweep sets them: a path into a list is fittable once
    // the sweep's setter writes it there (and nowhere else).
    const probe = 0.123456789;
    const set = withValues(doc, [{ path, values: [probe] }], [probe]);
    if (valueAt(set, path) !== probe) {
      return {
        problem: 'a path into a list that this version cannot set into a scenario; use a dotted path',
      };
    }
  }
  return { spec };
}

/** The value at a path of a scenario document (lists by index or by name), undefined if absent. */
export function valueAt(doc: unknown, path: string): unknown {
  let node: unknown = doc;
  for (const part of path.split('.')) {
    const m = SEGMENT.exec(part);
    if (!m || !isPlainObject(node)) return undefined;
    node = node[m[1]!];
    const index = m[2];
    if (index === undefined) continue;
    if (!Array.isArray(node)) return undefined;
    node = /^\d+$/.test(index)
      ? node[Number(index)]
      : node.find((item) => isPlainObject(item) && item['name'] === index);
  }
  return node;
}

function unknownPath(path: string): string {
  return `no such parameter${didYouMean(path, leafPaths())}; see npx kiez params`;
}

/**
 * The declaration of a fittable parameter: a number with a range, or a list of numbers where one
 * number stands for every item (`classic.threshold`: one threshold for all groups).
 */
export function numberParameter(
  path: string,
  doc: Record<string, unknown>,
): { spec: NumberSpec | NumberListSpec } | { problem: string } {
  const found = declaredParameter(path, doc);
  if ('problem' in found) return found;
  const spec = found.spec;
  if (spec.kind === 'number' || (spec.kind === 'numbers' && spec.scalar)) return { spec };
  return {
    problem: `a number parameter to fit; ${path} is ${spec.kind === 'numbers' ? 'a list of numbers' : `a ${spec.kind}`}`,
  };
}
