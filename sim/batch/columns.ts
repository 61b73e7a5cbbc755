/**
 * Which measures a sweep's table holds: `record.columns`, comma-separated glob patterns over measure
 * names (`*` any characters, `?` one; `!PATTERN` leaves out what it matches; with no positive
 * pattern everything not left out). And the header itself: the catalogued columns every run of
 * the sweep can write (sim/measures/catalogue.ts), in catalogue order, then the indices and any
 * other measure in the order the runs first wrote them, so every run of a sweep has the same
 * columns whatever its levers and length; a value that does not apply is an empty field. Pure.
 */
import { nearestNames } from '../params/suggest.ts';

export interface ColumnSelection {
  readonly include: readonly RegExp[];
  readonly exclude: readonly RegExp[];
  readonly patterns: readonly string[];
}

function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('')
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export function parseColumns(text: string): ColumnSelection {
  const patterns = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const include: RegExp[] = [];
  const exclude: RegExp[] = [];
  for (const p of patterns)
    (p.startsWith('!') ? exclude : include).push(globToRegExp(p.slice(p.startsWith('!') ? 1 : 0)));
  return { include, exclude, patterns };
}

export function selects(sel: ColumnSelection, name: string): boolean {
  const inside = sel.include.length === 0 || sel.include.some((r) => r.test(name));
  return inside && !sel.exclude.some((r) => r.test(name));
}

/**
 * Patterns of a selection that match none of `known` (the measures a run of the sweep writes),
 * each with the nearest names: a typo would otherwise silently drop a column.
 */
export function unmatchedPatterns(sel: ColumnSelection, known: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of sel.patterns) {
    const glob = p.startsWith('!') ? p.slice(1) : p;
    const re = globToRegExp(glob);
    if (known.some((n) => re.test(n))) continue;
    const near = nearestNames(glob.replace(/[*?]/g, ''), known, 2);
    out.push(
      `"${p}" matches no measure${near.length > 0 ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : '; kiez measures lists them'}`,
    );
  }
  return out;
}

/** The header's measure columns: `stable` first, then the others in the order given, selected. */
export function tableColumns(
  stable: readonly string[],
  written: readonly string[],
  sel: ColumnSelection,
): string[] {
  const seen = new Set<string>(stable);
  const out = [...stable];
  for (const m of written) {
    if (!seen.has(m)) {
      seen.add(m);
      out.push(m);
    }
  }
  return out.filter((m) => selects(sel, m));
}
