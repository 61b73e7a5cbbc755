import { describe, expect, it } from 'vitest';
import { docRows } from '../../sim/params/docs.ts';
import type { Fields, Spec } from '../../sim/params/spec.ts';
import { scenarioFields } from '../../sim/scenario/spec.ts';
import {
  declaredHelp,
  germanFor,
  germanKeysFor,
  parameterHelp,
  unitLabel,
  variantHelp,
} from '../../ui/i18n/param-help.ts';
import { paramsDe, paramsDeSections, unitsDe } from '../../ui/i18n/params-de.ts';

const fields = scenarioFields as Fields;
const declared = declaredHelp();

/** Numbers of a sentence, in order of size ("1,000" read as 1000). */
function numbersIn(text: string): string[] {
  return (text.replace(/(\d),(\d{3})\b/g, '$1$2').match(/\d+(?:\.\d+)?/g) ?? []).sort();
}

/** What a translation must keep verbatim: quoted option names and parameter names (camelCase). */
function verbatimIn(text: string): string[] {
  return [...(text.match(/"[^"]*"/g) ?? []), ...(text.match(/\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g) ?? [])];
}

function declaredUnits(f: Fields, out = new Set<string>()): Set<string> {
  for (const spec of Object.values(f) as Spec[]) {
    if (spec.kind === 'number' || spec.kind === 'numbers') out.add(spec.unit);
    if (spec.kind === 'record') declaredUnits(spec.fields, out);
    if (spec.kind === 'records') declaredUnits(spec.item, out);
    if (spec.kind === 'variants') for (const sub of Object.values(spec.variants)) declaredUnits(sub, out);
  }
  return out;
}

describe('German parameter help', () => {
  it('walks the declaration with the same paths as kiez params', () => {
    const docPaths = docRows(fields).map((row) => /^\| `([^`]+)`/.exec(row)?.[1]);
    expect(declared.map((d) => d.path)).toEqual(docPaths);
    expect(declared.length).toBeGreaterThan(200);
  });

  it('has German text for every declared parameter, record field, policy kind and policy field', () => {
    const missing = declared.filter((d) => germanFor(d.path) === undefined).map((d) => d.path);
    expect(missing).toEqual([]);
  });

  it('has no catalogue entry that matches no declared path', () => {
    const paths = declared.map((d) => d.path);
    const stale = Object.keys(paramsDe).filter((key) => !paths.some((p) => germanKeysFor(p).includes(key)));
    expect(stale).toEqual([]);
  });

  it('gives each path at most one German text and each key one section', () => {
    const ambiguous = declared.filter((d) => germanKeysFor(d.path).length > 1).map((d) => d.path);
    expect(ambiguous).toEqual([]);
    const keys = paramsDeSections.flatMap((s) => Object.keys(s));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('finds the same German text through the spec object the form holds as through the path', () => {
    const differing = declared
      .filter((d) => {
        const german = germanFor(d.path);
        if (d.spec) return parameterHelp(d.spec, 'de') !== german;
        return d.variantOf && variantHelp(d.variantOf.spec, d.variantOf.type, 'de') !== german;
      })
      .map((d) => d.path);
    expect(differing).toEqual([]);
  });

  it('translates every sentence and keeps its numbers, option names and parameter names', () => {
    const problems: string[] = [];
    for (const d of declared) {
      const german = germanFor(d.path) ?? '';
      if (german === d.meaning) problems.push(`${d.path}: not translated`);
      if (numbersIn(german).join(' ') !== numbersIn(d.meaning).join(' '))
        problems.push(`${d.path}: numbers ${numbersIn(d.meaning)} became ${numbersIn(german)}`);
      for (const word of verbatimIn(d.meaning))
        if (!german.includes(word)) problems.push(`${d.path}: ${word} missing`);
    }
    expect(problems).toEqual([]);
  });

  it('has a German word for every declared unit and none for an undeclared one', () => {
    const units = [...declaredUnits(fields)].filter((u) => u !== '' && u !== '1');
    expect(units.filter((u) => !Object.hasOwn(unitsDe, u))).toEqual([]);
    expect(Object.keys(unitsDe).filter((u) => !units.includes(u))).toEqual([]);
  });

  it('shows the declared sentence in English and the catalogue sentence in German', () => {
    const dwellings = scenarioFields.city.fields.dwellings;
    expect(parameterHelp(dwellings, 'en')).toBe(dwellings.meaning);
    expect(parameterHelp(dwellings, 'de')).toBe(
      'Anzahl der Wohnungen in der Stadt (eine Kleinstadt für ein Seminar hat einige Tausend, eine Großstadt eine Million).',
    );
    // A field repeated under every housing type, translated once by a `*` pattern.
    expect(
      parameterHelp(scenarioFields.city.fields.types.fields.estate.fields.socialShare, 'de').startsWith(
        'Anteil der Gebäude dieses Typs, die Sozialwohnungen sind (mietpreisgebunden, nur mit Einkommensnachweis).',
      ),
    ).toBe(true);
    expect(parameterHelp(scenarioFields.households.fields.groups.item.kinShare, 'de')).toMatch(
      /^Anteil der Haushalte/,
    );
    const policies = scenarioFields.policies;
    expect(variantHelp(policies, 'antiDiscrimination', 'de')).toBe(
      'Durchsetzung des Diskriminierungsverbots: Vermieter weisen diskriminierte Gruppen seltener ab.',
    );
    expect(variantHelp(policies, 'antiDiscrimination', 'en')).toBe(
      policies.variantMeanings.antiDiscrimination,
    );
    expect(unitLabel('EUR/month', 'de')).toBe('EUR/Monat');
    expect(unitLabel('EUR/month', 'en')).toBe('EUR/month');
  });
});
