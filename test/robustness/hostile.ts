/**
 * Hostile scenario documents for the reader fuzz tests: mutations of valid documents (wrong types,
 * huge numbers, NaN-like strings, deep nesting, enormous arrays, prototype-pollution keys) and of
 * their JSON text (truncation, out-of-range number literals, stray characters).
 */
import fc from 'fast-check';

/** Values that break naive readers. */
export const HOSTILE_VALUES: readonly unknown[] = [
  null,
  true,
  '',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '0x10',
  '  7 ',
  '5',
  'true',
  'null',
  'undefined',
  '__proto__',
  'constructor.prototype',
  // A template placeholder, as text: it must stay text.
  '$' + '{process.exit(1)}',
  'require("fs").rmSync("/", {recursive: true})',
  '\u0000\u001b[2J\n\r\u2028',
  '\ud800',
  'x'.repeat(100_000),
  -0,
  1e308,
  -1e308,
  5e-324,
  2 ** 53 + 1,
  2_147_483_648,
  4001,
  1e9,
  -1,
  0.5,
  [],
  [null],
  ['a', 1, true],
  new Array(50_000).fill(0.5),
  {},
  { type: 'x' },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
];

/** Keys that try to reach prototypes or confuse paths. */
export const HOSTILE_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  'a.b',
  'x[0]',
  'line\nbreak',
  '\u001b[31mred',
  'extends',
  '$schema',
];

/** An object literal whose `__proto__` is an own key, as JSON.parse makes it (assignment would not). */
export function withOwnKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A value nested `depth` levels deep in arrays or objects. */
export function nested(depth: number, inObjects: boolean): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = inObjects ? { a: v } : [v];
  return v;
}

type Path = readonly (string | number)[];

function pathsOf(x: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) pathsOf(x[i], [...at, i], out);
  } else if (x !== null && typeof x === 'object')
    for (const [k, v] of Object.entries(x)) pathsOf(v, [...at, k], out);
  return out;
}

function getAt(x: unknown, path: Path): unknown {
  let v = x;
  for (const k of path) v = (v as Record<string | number, unknown>)[k];
  return v;
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = getAt(root, path.slice(0, -1)) as Record<string, unknown>;
  withOwnKey(parent, String(path[path.length - 1]), value);
  return root;
}

export type Mutation =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'addKey'; at: number; key: string; value: unknown }
  | { op: 'nest'; at: number; depth: number; inObjects: boolean };

const hostileValue = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_VALUES), weight: 3 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('addKey' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })),
    value: hostileValue,
  }),
  fc.record({
    op: fc.constant('nest' as const),
    at: fc.nat(),
    depth: fc.integer({ min: 1, max: 60 }),
    inObjects: fc.boolean(),
  }),
);

/** Apply mutations to a deep copy of `doc`; each picks its place among the document's current nodes. */
export function mutate(doc: unknown, mutations: readonly Mutation[]): unknown {
  let root = structuredClone(doc);
  for (const m of mutations) {
    const paths = pathsOf(root);
    const path = paths[m.at % paths.length]!;
    const here = getAt(root, path);
    switch (m.op) {
      case 'replace':
        root = setAt(root, path, structuredClone(m.value));
        break;
      case 'delete': {
        if (path.length === 0) break;
        const parent = getAt(root, path.slice(0, -1));
        const key = path[path.length - 1]!;
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete (parent as Record<string, unknown>)[key];
        break;
      }
      case 'addKey':
        if (here !== null && typeof here === 'object' && !Array.isArray(here)) {
          withOwnKey(here as Record<string, unknown>, m.key, structuredClone(m.value));
        }
        break;
      case 'nest':
        root = setAt(root, path, nested(m.depth, m.inObjects));
        break;
    }
  }
  return root;
}

export type TextMutation =
  | { op: 'truncate'; at: number }
  | { op: 'number'; at: number; literal: string }
  | { op: 'insert'; at: number; text: string };

export const textMutationArb: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('number' as const),
    at: fc.nat(),
    literal: fc.constantFrom('1e400', '-1e400', '1e-400', '-0', '9007199254740993', '0.1e1', '1E2'),
  }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(',', '}', ']', '"', '\\', '\u0000', '\ufffd', 'NaN', '/* c */', '\ufeff', '{'),
  }),
);

/** Apply one mutation to JSON text: cut it, swap a number literal, or insert a stray token. */
export function mutateText(text: string, m: TextMutation): string {
  const at = m.at % (text.length + 1);
  switch (m.op) {
    case 'truncate':
      return text.slice(0, at);
    case 'number': {
      const numbers = [...text.matchAll(/-?\d+(\.\d+)?([eE][-+]?\d+)?/g)];
      const hit = numbers[at % Math.max(1, numbers.length)];
      if (!hit) return text;
      return text.slice(0, hit.index) + m.literal + text.slice(hit.index + hit[0].length);
    }
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
  }
}
