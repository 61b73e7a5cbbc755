/**
 * Validation against the parameter declaration. Collects every problem (not just the first), fills
 * in defaults, and never lets a value through that the declaration does not allow: no NaN, no
 * Infinity, no unknown key, no prototype-polluting key.
 */
import { didYouMean } from './suggest.ts';
import {
  defaultOf,
  type Fields,
  type NumberListSpec,
  type NumberSpec,
  type Problem,
  type Spec,
  type Values,
} from './spec.ts';

export interface Validated<T> {
  readonly value: T;
  readonly problems: readonly Problem[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/**
 * Join a path and a key the way the problems print them. A key that is not a plain name (empty,
 * with dots, spaces or control characters: only unknown keys can be) is quoted, `a["x.y"]`.
 */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

export function describeNumber(spec: NumberSpec | NumberListSpec): string {
  const kind = spec.integer ? 'a whole number' : 'a number';
  const unit = spec.unit && spec.unit !== '1' ? ` (${spec.unit})` : '';
  return `${kind} from ${spec.min} to ${spec.max}${unit}`;
}

function checkNumber(
  spec: NumberSpec | NumberListSpec,
  x: unknown,
  path: string,
  problems: Problem[],
): number | undefined {
  if (typeof x !== 'number' || !Number.isFinite(x) || x < spec.min || x > spec.max) {
    problems.push({ path, value: x, allowed: describeNumber(spec) });
    return undefined;
  }
  if (spec.integer && !Number.isInteger(x)) {
    problems.push({ path, value: x, allowed: describeNumber(spec) });
    return undefined;
  }
  return x;
}

/** Validate one value against its spec; `undefined` input means "use the default". */
export function validateValue(spec: Spec, x: unknown, path: string, problems: Problem[]): unknown {
  if (x === undefined) return defaultOf(spec);
  switch (spec.kind) {
    case 'number':
      return checkNumber(spec, x, path, problems) ?? spec.default;
    case 'boolean':
      if (typeof x !== 'boolean') problems.push({ path, value: x, allowed: 'true or false' });
      return typeof x === 'boolean' ? x : spec.default;
    case 'choice':
      if (typeof x !== 'string' || !spec.options.includes(x)) {
        problems.push({ path, value: x, allowed: `one of ${spec.options.map((o) => `"${o}"`).join(', ')}` });
        return spec.default;
      }
      return x;
    case 'string':
      if (typeof x !== 'string' || x.length > spec.maxLength) {
        problems.push({ path, value: x, allowed: `text of at most ${spec.maxLength} characters` });
        return spec.default;
      }
      return x;
    case 'numbers':
      return validateNumbers(spec, x, path, problems);
    case 'record': {
      const before = problems.length;
      const value = validateFields(spec.fields, x, path, problems);
      if (problems.length === before && spec.check) pushRelative(problems, path, spec.check(value as never));
      return value;
    }
    case 'records': {
      if (!Array.isArray(x) || x.length < spec.minItems || x.length > spec.maxItems) {
        problems.push({
          path,
          value: x,
          allowed: `a list of ${spec.minItems} to ${spec.maxItems} objects`,
        });
        return defaultOf(spec);
      }
      const before = problems.length;
      const items = x.map((item, i) => validateFields(spec.item, item, joinPath(path, i), problems));
      if (problems.length === before && spec.check) pushRelative(problems, path, spec.check(items as never));
      return items;
    }
    case 'variants': {
      if (!Array.isArray(x) || x.length > spec.maxItems) {
        problems.push({ path, value: x, allowed: `a list of at most ${spec.maxItems} objects` });
        return [];
      }
      const types = Object.keys(spec.variants);
      const out: unknown[] = [];
      x.forEach((item, i) => {
        const itemPath = joinPath(path, i);
        const type = isPlainObject(item) ? item['type'] : undefined;
        if (typeof type !== 'string' || !Object.hasOwn(spec.variants, type)) {
          problems.push({
            path: joinPath(itemPath, 'type'),
            value: type,
            allowed: `one of ${types.map((t) => `"${t}"`).join(', ')}`,
          });
          return;
        }
        const { type: _t, ...rest } = item as Record<string, unknown>;
        const fields = spec.variants[type] as Fields;
        out.push({ type, ...validateFields(fields, rest, itemPath, problems) });
      });
      return out;
    }
  }
}

function validateNumbers(spec: NumberListSpec, x: unknown, path: string, problems: Problem[]): number[] {
  if (spec.scalar && typeof x === 'number') {
    const v = checkNumber(spec, x, path, problems);
    return v === undefined ? [...spec.default] : [v];
  }
  if (!Array.isArray(x) || x.length < spec.minItems || x.length > spec.maxItems) {
    const count =
      spec.minItems === spec.maxItems ? `${spec.minItems}` : `${spec.minItems} to ${spec.maxItems}`;
    problems.push({
      path,
      value: x,
      allowed: `${spec.scalar ? 'one number or ' : ''}a list of ${count} numbers, each ${describeNumber(spec)}`,
    });
    return [...spec.default];
  }
  return x.map((v, i) => checkNumber(spec, v, joinPath(path, i), problems) ?? spec.min);
}

/** Validate an object against a record of fields: unknown keys are problems, missing keys take defaults. */
export function validateFields<F extends Fields>(
  fields: F,
  x: unknown,
  path: string,
  problems: Problem[],
): Values<F> {
  const out: Record<string, unknown> = {};
  if (x !== undefined && !isPlainObject(x)) {
    problems.push({ path: path || '(top level)', value: x, allowed: 'an object' });
  }
  const input = isPlainObject(x) ? x : {};
  for (const key of Object.keys(input)) {
    if (FORBIDDEN_KEYS.has(key) || !Object.hasOwn(fields, key)) {
      const known = Object.keys(fields);
      problems.push({
        path: joinPath(path, key),
        value: input[key],
        allowed: `no such key${didYouMean(key, known)}; known keys: ${known.join(', ')}`,
      });
    }
  }
  for (const [key, spec] of Object.entries(fields)) {
    const given = Object.hasOwn(input, key) ? input[key] : undefined;
    out[key] = validateValue(spec, given, joinPath(path, key), problems);
  }
  return out as Values<F>;
}

function pushRelative(problems: Problem[], base: string, found: readonly Problem[]): void {
  for (const p of found) {
    const path = !p.path
      ? base
      : !base
        ? p.path
        : p.path.startsWith('[')
          ? base + p.path
          : `${base}.${p.path}`;
    problems.push({ ...p, path });
  }
}

/**
 * A value a message must not quote, because it was read from a document whose content is not the
 * reader's to see (e.g. another user's scenario reached through `extends`): it names the document.
 */
export class Withheld {
  constructor(readonly source: string) {}
}

/** Render a value for a one-line message: short, and never a multi-line dump. */
export function showValue(x: unknown): string {
  if (x === undefined) return '(missing)';
  if (x instanceof Withheld) return `(a value from ${JSON.stringify(x.source)}, shown with --allow-extends)`;
  let text: string;
  try {
    text = typeof x === 'number' && !Number.isFinite(x) ? String(x) : JSON.stringify(x);
  } catch {
    text = String(x);
  }
  if (text === undefined) text = String(x);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Longest path and longest "allowed" text in a message line: a 600,000-character key is cut, not printed. */
export const MAX_PATH_CHARS = 200;
export const MAX_ALLOWED_CHARS = 1000;

/** Text cut to `max` characters, with an ellipsis where it was cut. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

export function formatProblem(p: Problem): string {
  const path = clip(oneLine(p.path || '(top level)'), MAX_PATH_CHARS);
  return `${path}: ${oneLine(showValue(p.value))}: ${clip(oneLine(p.allowed), MAX_ALLOWED_CHARS)}`;
}

/**
 * Control and line-separator characters escaped: text from a file (a key, a name quoted in
 * `allowed`) can neither break a problem over lines nor send terminal escape sequences.
 */
function oneLine(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
