/**
 * From a scenario document (parsed JSON) to a resolved scenario: follow `extends`, merge, validate
 * against the declaration, fill in defaults. All problems are reported at once.
 */
import { jsonErrorOffset } from './json-error-offset.ts';
import type { Problem } from '../params/spec.ts';
import { formatProblem, isPlainObject, validateFields, Withheld } from '../params/validate.ts';
import { duplicateKey } from './duplicate-keys.ts';
import { type Base, withoutQuotes } from './provenance.ts';
import { crossSectionProblems, modeProblems, type Scenario, scenarioFields, sectionModes } from './spec.ts';

/** Largest scenario or sweep file accepted, checked before parsing. */
export const MAX_DOCUMENT_BYTES = 1 << 20;
/** Deepest nesting of objects and arrays accepted in a document. */
export const MAX_DOCUMENT_DEPTH = 32;
export const MAX_EXTENDS_DEPTH = 8;

export class ScenarioError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[], source = '') {
    super(problems.map((p) => (source ? `${source}: ` : '') + formatProblem(p)).join('\n'));
    this.name = 'ScenarioError';
    this.problems = problems;
  }
}

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** Parse JSON text with size and depth limits; problems instead of exceptions. */
/**
 * A JSON.parse message with the place as line and column (1-based, counted in characters) instead of
 * V8's character offset; text that ends too early is placed at its end.
 */
export function jsonFault(reason: string, text: string): string {
  const m = /(?: in JSON)? at position (\d+)(?: \(line \d+ column \d+\))?/.exec(reason);
  // "Unexpected token 'x', "<the text>" is not valid JSON": no position, and a quote of the text.
  const token = /^(Unexpected token '.*?'), ".*" is not valid JSON$/s.exec(reason);
  const found = m ? Number(m[1]) : jsonErrorOffset(text);
  const at = Math.min(found < 0 ? text.length : found, text.length);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - (before.lastIndexOf('\n') + 1) + 1;
  const what = m
    ? reason.slice(0, m.index) + reason.slice(m.index + m[0].length)
    : (token?.[1] ?? reason.split('\n')[0]!);
  return `${what.trim()} at line ${line}, column ${column}`;
}

export function parseDocument(text: string): Parsed {
  if (text.length > MAX_DOCUMENT_BYTES) {
    return {
      ok: false,
      problem: {
        path: '(file)',
        value: `${text.length} characters`,
        allowed: `at most ${MAX_DOCUMENT_BYTES} characters`,
      },
    };
  }
  if (text.includes('\uFFFD')) {
    return {
      ok: false,
      problem: { path: '(file)', value: 'invalid UTF-8', allowed: 'a UTF-8 encoded JSON text' },
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : 'unreadable';
    return {
      ok: false,
      problem: { path: '(file)', value: 'not valid JSON', allowed: `JSON text (${jsonFault(reason, text)})` },
    };
  }
  const twice = duplicateKey(text);
  if (twice) return { ok: false, problem: twice };
  const depth = depthOf(value, 0);
  if (depth > MAX_DOCUMENT_DEPTH) {
    return {
      ok: false,
      problem: {
        path: '(file)',
        value: `nesting deeper than ${MAX_DOCUMENT_DEPTH}`,
        allowed: `at most ${MAX_DOCUMENT_DEPTH} levels`,
      },
    };
  }
  return { ok: true, value };
}

function depthOf(x: unknown, d: number): number {
  if (d > MAX_DOCUMENT_DEPTH) return d;
  if (Array.isArray(x)) {
    let max = d;
    for (const item of x) max = Math.max(max, depthOf(item, d + 1));
    return max;
  }
  if (x !== null && typeof x === 'object') {
    let max = d;
    for (const item of Object.values(x)) max = Math.max(max, depthOf(item, d + 1));
    return max;
  }
  return d;
}

/** `$schema` points editors at the schema; it is not a parameter. */
function withoutEditorKeys(doc: unknown): unknown {
  if (!isPlainObject(doc) || !Object.hasOwn(doc, '$schema')) return doc;
  const { $schema: _schema, ...rest } = doc;
  return rest;
}

/** Objects merge key by key (the child wins); arrays and values are replaced whole. */
export function mergeDocuments(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(base)) setOwn(out, k, v);
  for (const [k, v] of Object.entries(over))
    setOwn(out, k, Object.hasOwn(out, k) ? mergeDocuments(out[k], v) : v);
  return out;
}

/**
 * `out[k] = v` would treat a `"__proto__"` key of the file as the prototype and drop it silently;
 * defining an own property keeps it, so validation can name it as an unknown key.
 */
function setOwn(out: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/**
 * Loads the document named in `extends`, relative to the document that names it. `quote: false`
 * marks a document whose content must not appear in messages (another user's file, say): problems
 * about its values name the field and the file instead of quoting it.
 */
export type DocumentLoader = (
  ref: string,
  from: string,
) => { value: unknown; name: string; quote?: boolean } | { problem: Problem };

export interface ResolveOptions {
  /** Name of the document (a path or a preset name), for `extends` and messages. */
  readonly source?: string;
  readonly load?: DocumentLoader;
}

export type Resolved = { ok: true; scenario: Scenario } | { ok: false; problems: readonly Problem[] };

export function resolveScenario(input: unknown, options: ResolveOptions = {}): Resolved {
  const problems: Problem[] = [];
  const bases: Base[] = [];
  const merged = withoutEditorKeys(
    followExtends(input, options.source ?? '', options.load, problems, 0, [], bases),
  );
  if (problems.length > 0) return { ok: false, problems };
  const scenario = validateFields(scenarioFields, merged, '', problems);
  if (isPlainObject(merged)) problems.push(...modeProblems(merged, scenario.mode));
  if (problems.length === 0) problems.push(...crossSectionProblems(scenario));
  if (problems.length === 0) return { ok: true, scenario };
  const own = isPlainObject(input) ? withoutEditorKeys(input) : input;
  return { ok: false, problems: withoutQuotes(problems, own, bases) };
}

/** Resolve or throw a ScenarioError listing every problem. */
export function loadScenario(input: unknown, options: ResolveOptions = {}): Scenario {
  const r = resolveScenario(input, options);
  if (!r.ok) throw new ScenarioError(r.problems, options.source);
  return r.scenario;
}

function followExtends(
  doc: unknown,
  source: string,
  load: DocumentLoader | undefined,
  problems: Problem[],
  depth: number,
  chain: string[],
  bases: Base[],
): unknown {
  if (!isPlainObject(doc) || !Object.hasOwn(doc, 'extends')) return doc;
  const { extends: ref, ...rest } = doc;
  // An `extends` read from a withheld document is its content too: messages name the first one.
  const withheld = depth > 0 && bases[bases.length - 1]?.quote === false;
  const shown = (x: unknown) => (withheld ? new Withheld(bases[0]!.label) : x);
  if (typeof ref !== 'string' || ref.length === 0 || ref.length > 500) {
    problems.push({
      path: 'extends',
      value: shown(ref),
      allowed: 'the file name or preset name of another scenario',
    });
    return rest;
  }
  if (!load) {
    problems.push({ path: 'extends', value: ref, allowed: 'no other scenario can be loaded here' });
    return rest;
  }
  if (depth >= MAX_EXTENDS_DEPTH) {
    problems.push({
      path: 'extends',
      value: shown(ref),
      allowed: `a chain of at most ${MAX_EXTENDS_DEPTH} extends`,
    });
    return rest;
  }
  const loaded = load(ref, source);
  if ('problem' in loaded) {
    problems.push(withheld ? { ...loaded.problem, value: shown(ref) } : loaded.problem);
    return rest;
  }
  if (loaded.name === source || chain.includes(loaded.name)) {
    problems.push({
      path: 'extends',
      value: shown(ref),
      allowed: withheld ? 'no cycle' : `no cycle (${[...chain, source, loaded.name].join(' -> ')})`,
    });
    return rest;
  }
  // Messages name the first `extends` (written in the document itself), never a name read from a base.
  const label = bases[0]?.label ?? ref;
  const own = isPlainObject(loaded.value) ? withoutEditorKeys(loaded.value) : loaded.value;
  bases.push({ doc: own, quote: loaded.quote ?? true, label });
  const base = followExtends(loaded.value, loaded.name, load, problems, depth + 1, [...chain, source], bases);
  return mergeDocuments(base, rest);
}

/** The scenario as written to manifests and exports: sections of other modes left out. */
export function scenarioForOutput(s: Scenario): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    // A city file's text travels with the scenario (cityFile) but is named, not copied, in outputs.
    if (k === 'cityFile') continue;
    const modes = sectionModes[k];
    if (modes && !modes.includes(s.mode)) continue;
    out[k] = v;
  }
  return out;
}
