/**
 * Parameter help in the page's language. The declared meaning (sim/) is the English help; the
 * German catalogue (params-de*.ts) is keyed by the path `npx kiez params` prints (`city.dwellings`,
 * `households.groups[].share`, `policies[type=cap].share`), where `*` stands for any one name so that
 * fields repeated under every housing type or policy kind are translated once. Pure: no DOM, so the
 * Node test can walk the same declaration the form is generated from.
 */
import type { Fields, Spec, VariantListSpec } from '../../sim/params/spec.ts';
import { scenarioFields } from '../../sim/scenario/spec.ts';
import { paramsDe, unitsDe } from './params-de.ts';

export type HelpLang = 'de' | 'en';

/** One declared help text: a parameter (with its spec) or a policy kind (with its list's spec). */
export interface DeclaredHelp {
  readonly path: string;
  readonly meaning: string;
  readonly spec?: Spec;
  readonly variantOf?: { readonly spec: VariantListSpec; readonly type: string };
}

/** Every meaning of the declaration with its path, in the order and addressing of `kiez params`. */
export function declaredHelp(fields: Fields = scenarioFields as Fields, prefix = ''): DeclaredHelp[] {
  const out: DeclaredHelp[] = [];
  for (const [key, spec] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push({ path, meaning: spec.meaning, spec });
    if (spec.kind === 'record') out.push(...declaredHelp(spec.fields, path));
    if (spec.kind === 'records') out.push(...declaredHelp(spec.item, `${path}[]`));
    if (spec.kind === 'variants') {
      for (const [type, sub] of Object.entries(spec.variants)) {
        const kindPath = `${path}[type=${type}]`;
        out.push({ path: kindPath, meaning: spec.variantMeanings[type] ?? '', variantOf: { spec, type } });
        out.push(...declaredHelp(sub, kindPath));
      }
    }
  }
  return out;
}

function patternRegExp(key: string): RegExp {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\*/g, '[A-Za-z0-9_$]+');
  return new RegExp(`^${escaped}$`);
}

const wildcards = Object.keys(paramsDe)
  .filter((k) => k.includes('*'))
  .map((key) => ({ key, re: patternRegExp(key) }));

/** The catalogue keys that give a path its German text: the exact key, else every matching pattern. */
export function germanKeysFor(path: string): string[] {
  if (Object.hasOwn(paramsDe, path)) return [path];
  return wildcards.filter((w) => w.re.test(path)).map((w) => w.key);
}

/** The German text of a declared path, or undefined when the catalogue has none. */
export function germanFor(path: string): string | undefined {
  const [key] = germanKeysFor(path);
  return key === undefined ? undefined : paramsDe[key];
}

// The form holds spec objects, not paths (a policy's path has an index, not its kind), so help is
// found by the spec's identity: the first path where the declaration uses that object.
let pathOfSpec: Map<Spec, string> | undefined;
function pathOf(spec: Spec): string | undefined {
  if (!pathOfSpec) {
    pathOfSpec = new Map();
    for (const d of declaredHelp()) if (d.spec && !pathOfSpec.has(d.spec)) pathOfSpec.set(d.spec, d.path);
  }
  return pathOfSpec.get(spec);
}

/** The help sentence of a declared parameter: the declared meaning in English, the catalogue's in German. */
export function parameterHelp(spec: Spec, lang: HelpLang): string {
  if (lang === 'en') return spec.meaning;
  const path = pathOf(spec);
  return (path !== undefined ? germanFor(path) : undefined) ?? spec.meaning;
}

/** The help sentence of one kind of a variant list (a policy lever). */
export function variantHelp(spec: VariantListSpec, type: string, lang: HelpLang): string {
  const meaning = Object.hasOwn(spec.variantMeanings, type) ? (spec.variantMeanings[type] ?? '') : '';
  if (lang === 'en') return meaning;
  const path = pathOf(spec);
  return (path !== undefined ? germanFor(`${path}[type=${type}]`) : undefined) ?? meaning;
}

/** A declared unit word in the page's language (units are short phrases like `EUR/month`). */
export function unitLabel(unit: string, lang: HelpLang): string {
  return lang === 'de' && Object.hasOwn(unitsDe, unit) ? (unitsDe[unit] ?? unit) : unit;
}
