/**
 * `kiez measures`: every segregation index with a sentence, how columns are named, and the other
 * outcome measures. Also the parser of `kiez run --measures`.
 */
import { INDICES, OTHER_MEASURES } from '../../sim/measures/registry.ts';
import { CATALOGUE, KIND_MEANING, placeholderMeanings } from '../../sim/measures/catalogue.ts';
import { UsageError } from '../errors.ts';
import { tableCommand, tableUsage } from './measures-table.ts';

export const measuresUsage = `kiez measures    (the list)\n       ${tableUsage}`;

export async function measuresCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`usage: ${measuresUsage}\n`);
    return 0;
  }
  if (args.some((a) => a === '--table' || a.startsWith('--table='))) return tableCommand(args);
  if (args.length > 0) throw new UsageError(`unexpected ${JSON.stringify(args[0])}\nusage: ${measuresUsage}`);
  const width = Math.max(...INDICES.map((i) => i.id.length));
  const lines = [
    '# kiez measures',
    '',
    'Columns are named INDEX.DIMENSION[=CATEGORY[/CATEGORY]].SCALE[.TWIN], e.g. D.origin.quarter,',
    'isolation.origin=group2.block3, D.income.r2.random. SCALE is a container (administrative unit) scale,',
    'rN, the person-centred neighbourhood of radius N cells, or A-in-B, the within part of scale A inside',
    'the units of scale B (M and H). TWIN: random, random.sd, random.p, random.lower, random.upper, lower,',
    'upper, bias, se. Select them with the scenario section "measures" (kiez params) or kiez run --measures.',
    'Observed data: kiez measures --table FILE.csv --group COLUMN --units FINEST,PARENT,...',
    '',
    'Indices (selection name, then what it says):',
    ...INDICES.map((i) => `  ${i.id.padEnd(width)}  ${i.sentence}`),
    '',
    'Other measures:',
    ...OTHER_MEASURES.map((m) => `  ${m.name}: ${m.sentence}`),
    '',
    ...catalogueLines(),
  ];
  process.stdout.write(lines.join('\n'));
  return 0;
}

/** The catalogue (sim/measures/catalogue.ts): every measure besides the indices, by section. */
function catalogueLines(): string[] {
  const out = [
    'Every measure besides the indices (name  unit  kind: meaning). Kinds:',
    ...Object.entries(KIND_MEANING).map(([k, m]) => `  ${k.padEnd(10)} ${m}`),
    'Placeholders:',
    ...Object.entries(placeholderMeanings).map(([k, m]) => `  <${k}> ${m}`),
    'In a sweep every run has every column its mode can write; where a measure does not apply (a cap',
    "lever's refusals without a cap, springboard.* before a cohort exists) the field is empty.",
  ];
  let section = '';
  const width = Math.max(...CATALOGUE.map((e) => e.name.length));
  for (const e of CATALOGUE) {
    if (e.section !== section) {
      section = e.section;
      out.push('', `${section}${e.mode === 'classic' ? ' (classic mode)' : ' (city mode)'}:`);
    }
    out.push(`  ${e.name.padEnd(width)}  ${e.unit}  ${e.kind}: ${e.meaning}`);
  }
  out.push('');
  return out;
}

const NUMBER_KEYS = new Set(['every', 'replicates', 'intervalReplicates', 'level']);
const TEXT_KEYS = new Set(['indices', 'dimensions', 'scales', 'interval']);

/**
 * `--measures` as an override of the scenario's `measures` section: either a list of indices
 * (`D,H,moran`, `all`, `none`), or `key=value` pairs separated by `;`
 * (`indices=D,isolation;scales=quarter,r2;random=true;every=5`). Values are checked by the scenario
 * validation, so mistakes are reported with their path (`measures.every`).
 */
export function measuresOverride(flag: string): Record<string, unknown> {
  if (!flag.includes('=')) return { indices: flag.trim() === 'none' ? '' : flag };
  const out: Record<string, unknown> = {};
  for (const item of flag.split(';')) {
    if (item.trim() === '') continue;
    const eq = item.indexOf('=');
    const key = item.slice(0, eq).trim();
    const value = item.slice(eq + 1).trim();
    if (eq < 0 || !(NUMBER_KEYS.has(key) || TEXT_KEYS.has(key) || key === 'random')) {
      throw new UsageError(
        `--measures: ${JSON.stringify(item)}: key=value with a key among indices, dimensions, scales, every, random, replicates, interval, intervalReplicates, level`,
      );
    }
    // Non-numbers pass through as text, so the validation reports them as written.
    if (NUMBER_KEYS.has(key)) out[key] = /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    else if (key === 'random') out[key] = value === 'true' ? true : value === 'false' ? false : value;
    else out[key] = key === 'indices' && value === 'none' ? '' : value;
  }
  return out;
}
