/**
 * Dotted paths into a scenario, as a sweep varies them: `classic.threshold`, into lists by index
 * (`policies[0].cap`) or by name (`households.groups[refugee].arrivals`, `policies[cap].cap`: a
 * group by its `name`, a lever by its `type`), and `LIST[SEL].on`, which switches a list item on
 * (true, as in the base) or off (false: the item is left out of the run's scenario). A path is
 * checked against the scenario declaration and the base document it will be set into, so an index
 * past the end or a name the base lacks is reported before any run. Pure.
 */
import type { Fields, Spec } from '../params/spec.ts';
import { didYouMean, nearestNames } from '../params/suggest.ts';
import { isPlainObject } from '../params/validate.ts';
import { scenarioFields } from '../scenario/spec.ts';

/** One step of a path: a key, and for a list the item's index or name. */
export interface Step {
  readonly key: string;
  readonly select?: number | string;
}

/** The pseudo-parameter of a list item that switches it on and off. */
export const SWITCH = 'on';

/** Parse `a.b[2].c` / `a.b[name].c`; undefined when the text is not of that form. */
export function parsePath(path: string): Step[] | undefined {
  const steps: Step[] = [];
  for (const part of path.split('.')) {
    const m = /^([A-Za-z_$][\w$]*)(?:\[([^\][]+)\])?$/.exec(part);
    if (!m) return undefined;
    const sel = m[2];
    if (sel === undefined) steps.push({ key: m[1]! });
    else steps.push({ key: m[1]!, select: /^\d+$/.test(sel) ? Number(sel) : sel });
  }
  return steps;
}

/** Where a path lands in a document: the object and key to set, or the list item to switch. */
export type Target =
  | { readonly kind: 'value'; readonly spec: Spec; readonly parent: string[]; readonly key: string }
  | { readonly kind: 'switch'; readonly list: string[]; readonly index: number };

/**
 * Where `path` lands in `doc` (a resolved scenario as a document), or why it names no parameter.
 * `parent` and `list` are concrete key paths (list items by index) into the document.
 */
export function locate(path: string, doc: Record<string, unknown>): Target | { problem: string } {
  if (path === 'seed')
    return { problem: 'not varied: each run seed derives from the sweep seed (use replicates)' };
  const steps = parsePath(path);
  if (!steps) {
    return { problem: 'a dotted path of names, with [N] or [NAME] after a list, e.g. policies[0].cap' };
  }
  let fields: Fields | undefined = scenarioFields;
  let node: unknown = doc;
  const at: string[] = [];
  for (let i = 0; i < steps.length; i++) {
    const { key, select } = steps[i]!;
    const last = i === steps.length - 1;
    if (key === SWITCH && last && select === undefined && at.length > 0 && /^\d+$/.test(at.at(-1)!)) {
      return { kind: 'switch', list: at.slice(0, -1), index: Number(at.at(-1)) };
    }
    if (!fields || !Object.hasOwn(fields, key)) {
      return { problem: noSuchParameter(path, doc, shown(at), key, fields) };
    }
    const spec: Spec = fields[key]!;
    const value = isPlainObject(node) ? node[key] : undefined;
    at.push(key);
    if (spec.kind === 'records' || spec.kind === 'variants') {
      if (select === undefined) {
        if (last) break;
        return { problem: `${shown(at)} is a list: name an item, e.g. ${shown(at)}[0]` };
      }
      const items = Array.isArray(value) ? value : [];
      const tag = spec.kind === 'variants' ? 'type' : 'name';
      const index = typeof select === 'number' ? select : findItem(items, tag, select, shown(at));
      if (typeof index === 'string') return { problem: index };
      if (index >= items.length) {
        return {
          problem: `${shown(at)} has ${items.length} item${items.length === 1 ? '' : 's'} in the base (indices from 0)`,
        };
      }
      at.push(String(index));
      node = items[index];
      if (spec.kind === 'records') fields = spec.item;
      else {
        const type = isPlainObject(node) ? node['type'] : undefined;
        fields =
          typeof type === 'string' && Object.hasOwn(spec.variants, type) ? spec.variants[type] : undefined;
      }
      if (last)
        return {
          problem: `an item of a list, not a parameter: set one of its parameters, or ${path}.${SWITCH}`,
        };
      continue;
    }
    if (select !== undefined) return { problem: `${shown(at)} is not a list of items` };
    if (spec.kind === 'record') {
      if (last) {
        return {
          problem: `a section, not a parameter; parameters of ${path}: ${Object.keys(spec.fields).join(', ')}`,
        };
      }
      fields = spec.fields;
      node = value;
      continue;
    }
    if (!last) return { problem: noSuchParameter(path, doc, shown(at), steps[i + 1]!.key, {}) };
    return { kind: 'value', spec, parent: at.slice(0, -1), key };
  }
  return { problem: `a list, not a parameter: name an item and one of its parameters` };
}

/** A concrete key path as a user writes it: `policies[0].cap`. */
function shown(at: readonly string[]): string {
  return at.reduce((out, k) => (/^\d+$/.test(k) ? `${out}[${k}]` : out ? `${out}.${k}` : k), '');
}

/**
 * "no such parameter", with the nearest path: first among the keys where the path went wrong (a
 * key that begins with what was typed counts as nearest), else among every path of the document.
 */
function noSuchParameter(
  path: string,
  doc: Record<string, unknown>,
  at: string,
  key: string,
  fields: Fields | undefined,
): string {
  const keys = Object.keys(fields ?? {});
  const lower = key.toLowerCase();
  const near = [
    ...keys.filter((k) => k.toLowerCase().startsWith(lower)),
    ...nearestNames(key, keys, 2),
  ].filter((k, i, all) => all.indexOf(k) === i);
  const full = near.slice(0, 2).map((k) => (at ? `${at}.${k}` : k));
  const hint =
    full.length > 0
      ? ` (did you mean ${full.map((n) => `"${n}"`).join(' or ')}?)`
      : didYouMean(path, knownPaths(doc));
  return `no such parameter${hint || '; kiez params lists them'}`;
}

/** The index of the item whose `tag` is `name`, or why there is none (or more than one). */
function findItem(items: readonly unknown[], tag: string, name: string, list: string): number | string {
  const found: number[] = [];
  const names: string[] = [];
  items.forEach((item, i) => {
    const v = isPlainObject(item) ? item[tag] : undefined;
    if (typeof v === 'string') names.push(v);
    if (v === name) found.push(i);
  });
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    return `${list}[${name}] is ambiguous: items ${found.join(', ')} have ${tag} "${name}"; use an index`;
  }
  return `${list} has no item with ${tag} "${name}"${didYouMean(name, names) || (names.length > 0 ? ` (items: ${names.join(', ')})` : ' (the list is empty in the base)')}`;
}

/**
 * Every parameter path of a document (lists by the items it holds, by index), for suggestions.
 * Lists of numbers are leaves.
 */
export function knownPaths(doc: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (fields: Fields, node: unknown, prefix: string) => {
    for (const [key, spec] of Object.entries(fields)) {
      const path = prefix ? `${prefix}.${key}` : key;
      const value = isPlainObject(node) ? node[key] : undefined;
      if (spec.kind === 'record') walk(spec.fields, value, path);
      else if (spec.kind === 'records' || spec.kind === 'variants') {
        const items = Array.isArray(value) ? value : [];
        items.forEach((item, i) => {
          const type = isPlainObject(item) ? item['type'] : undefined;
          const itemFields =
            spec.kind === 'records'
              ? spec.item
              : typeof type === 'string' && Object.hasOwn(spec.variants, type)
                ? spec.variants[type]
                : undefined;
          out.push(`${path}[${i}].${SWITCH}`);
          if (itemFields) walk(itemFields, item, `${path}[${i}]`);
        });
      } else out.push(path);
    }
  };
  walk(scenarioFields, doc, '');
  return out;
}

/** Set `value` at a concrete key path of `doc` (which the caller owns), making records on the way. */
export function setAt(
  doc: Record<string, unknown>,
  parent: readonly string[],
  key: string,
  value: unknown,
): void {
  let node: Record<string, unknown> | unknown[] = doc;
  for (const k of parent) {
    const next: unknown = Array.isArray(node) ? node[Number(k)] : node[k];
    if (isPlainObject(next) || Array.isArray(next)) node = next;
    else {
      const made = {};
      if (Array.isArray(node)) node[Number(k)] = made;
      else node[k] = made;
      node = made;
    }
  }
  if (Array.isArray(node)) node[Number(key)] = value;
  else node[key] = value;
}

/** The list at a concrete key path of `doc` (undefined if there is none). */
export function listAt(doc: Record<string, unknown>, path: readonly string[]): unknown[] | undefined {
  let node: unknown = doc;
  for (const k of path)
    node = Array.isArray(node) ? node[Number(k)] : isPlainObject(node) ? node[k] : undefined;
  return Array.isArray(node) ? node : undefined;
}
