/**
 * fast-check arbitraries derived from the parameter declaration: every declared parameter is drawn
 * within its declared range, so a parameter added to a section is covered without touching the
 * tests. Only two things are written by hand: narrower ranges where the declaration allows sizes too
 * slow for a property test, and repairs for cross-field rules (e.g. shares summing to 1) that random
 * draws would almost never meet.
 */
import fc from 'fast-check';
import type { Fields, Spec } from '../../sim/params/spec.ts';
import { scenarioFields, sectionModes } from '../../sim/scenario/spec.ts';

/**
 * Narrower bounds by dotted path (`classic.size`), for speed, never wider than declared; `values`
 * replaces the draw for text fields whose content has a grammar (e.g. a list of scale names).
 */
export type Narrowing = Readonly<
  Record<string, { readonly max?: number; readonly maxItems?: number; readonly values?: readonly unknown[] }>
>;

/** A declared value: the bounds and the default are drawn often, they are where bugs live. */
export function valueArb(spec: Spec, path: string, narrow: Narrowing): fc.Arbitrary<unknown> {
  const n = narrow[path];
  if (n?.values) return fc.constantFrom(...n.values);
  switch (spec.kind) {
    case 'number':
    case 'numbers': {
      const max = Math.min(spec.max, n?.max ?? spec.max);
      const one = spec.integer
        ? fc.integer({ min: spec.min, max })
        : fc.double({ min: spec.min, max, noNaN: true, noDefaultInfinity: true });
      const edges = [spec.min, max, ...(spec.kind === 'number' ? [spec.default] : [])].filter(
        (v) => v <= max,
      );
      const item = fc.oneof(
        { arbitrary: one, weight: 3 },
        { arbitrary: fc.constantFrom(...edges), weight: 1 },
      );
      if (spec.kind === 'number') return item;
      const list = fc.array(item, {
        minLength: spec.minItems,
        maxLength: Math.min(spec.maxItems, n?.maxItems ?? spec.maxItems),
      });
      return spec.scalar ? fc.oneof(item, list) : list;
    }
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...spec.options);
    case 'string':
      return fc.string({ maxLength: Math.min(spec.maxLength, 40), unit: 'grapheme' });
    case 'record':
      return fieldsArb(spec.fields, path, narrow);
    case 'records':
      return fc.array(fieldsArb(spec.item, `${path}[]`, narrow), {
        minLength: spec.minItems,
        maxLength: Math.min(spec.maxItems, n?.maxItems ?? spec.maxItems),
      });
    case 'variants': {
      const kinds = Object.entries(spec.variants).map(([type, fields]) =>
        fieldsArb(fields, `${path}[].${type}`, narrow).map((v) => ({ type, ...v })),
      );
      if (kinds.length === 0) return fc.constant([]);
      return fc.array(fc.oneof(...kinds), {
        maxLength: Math.min(spec.maxItems, n?.maxItems ?? spec.maxItems),
      });
    }
  }
}

/** An object of declared fields; any key may be left out (its default then applies). */
export function fieldsArb(
  fields: Fields,
  path: string,
  narrow: Narrowing,
): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, spec] of Object.entries(fields)) {
    model[key] = valueArb(spec, path ? `${path}.${key}` : key, narrow);
  }
  return fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;
}

/** Sections that belong to `mode` (and the top-level fields that are not sections). */
function fieldsOfMode(mode: string): Fields {
  const out: Record<string, Spec> = {};
  for (const [key, spec] of Object.entries(scenarioFields)) {
    const modes = sectionModes[key];
    if (key === 'mode' || (modes && !modes.includes(mode))) continue;
    out[key] = spec;
  }
  return out;
}

/** Cross-field rules of a section, made to hold by adjusting the drawn values. */
export type Repair = (section: Record<string, unknown>) => void;

/** A scenario document of the given mode, as a user might write it (keys may be missing). */
export function scenarioDocArb(
  mode: string,
  narrow: Narrowing,
  repairs: Readonly<Record<string, Repair>>,
): fc.Arbitrary<Record<string, unknown>> {
  return fieldsArb(fieldsOfMode(mode), '', narrow).map((doc) => {
    const out: Record<string, unknown> = { ...structuredClone(doc), mode };
    for (const [section, repair] of Object.entries(repairs)) {
      const value = out[section];
      if (value && typeof value === 'object') repair(value as Record<string, unknown>);
    }
    return out;
  });
}

/**
 * A working document with up to `most` parameters of the mode's sections replaced by declared
 * values: for models whose cross-field rules are too many to repair (the city), draws stay close to
 * a valid scenario while every declared field can still be reached. Some draws are invalid; the
 * tests skip those (and check that enough remain).
 */
export function overridesDocArb(
  base: Record<string, unknown>,
  mode: string,
  narrow: Narrowing,
  most: number,
): fc.Arbitrary<Record<string, unknown>> {
  const leaves: fc.Arbitrary<[string, string | null, unknown]>[] = [];
  for (const [section, modes] of Object.entries(sectionModes)) {
    const spec = scenarioFields[section as keyof typeof scenarioFields] as Spec | undefined;
    if (!modes.includes(mode) || !spec) continue;
    if (spec.kind !== 'record') {
      leaves.push(valueArb(spec, section, narrow).map((v) => [section, null, v]));
      continue;
    }
    for (const [key, field] of Object.entries(spec.fields)) {
      leaves.push(valueArb(field, `${section}.${key}`, narrow).map((v) => [section, key, v]));
    }
  }
  return fc.array(fc.oneof(...leaves), { maxLength: most }).map((overrides) => {
    const doc = structuredClone(base);
    for (const [section, key, value] of overrides) {
      if (key === null) {
        doc[section] = structuredClone(value);
        continue;
      }
      const s = (doc[section] ?? {}) as Record<string, unknown>;
      s[key] = structuredClone(value);
      doc[section] = s;
    }
    return doc;
  });
}
