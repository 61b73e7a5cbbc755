/**
 * Every segregation index kiez reports, with a sentence each, and how its columns are named:
 * `INDEX.DIMENSION[=CATEGORY[/CATEGORY]].SCALE[.random]`, e.g. `D.origin.quarter`,
 * `isolation.origin=group2.block3`, `D.income=low/high.r2`, `H.milieu.r1.random`. SCALE is a
 * container scale's name, `rN` for the person-centred neighbourhood of radius N, or `A-in-B` for
 * the within part of scale A inside the larger units of scale B (M and H only, e.g.
 * `M.origin.quarter-in-district`: M.quarter = M.district + M.quarter-in-district).
 */
import type { Composition } from './composition.ts';
import { groupDissimilarity, multigroupDissimilarity, pairDissimilarity } from './dissimilarity.ts';
import { exposure, isolation } from './exposure.ts';
import type { ContainerScale } from './inputs.ts';
import { moranShare } from './moran.ts';
import { cityEntropy, groupScore, mutualM, withinM } from './mutual.ts';
import { DEVIATION, ENTROPY, EXPOSURES, GROUP_DEVIATIONS, PAIRS } from './row-sums.ts';
import { theilH } from './theil.ts';

/** Scratch an index may need besides the composition (Moran's I: the unit's adjacency). */
export interface IndexScratch {
  readonly scale: ContainerScale | undefined;
  readonly share: Float64Array;
  /** For a within scale A-in-B: the units of B, and the unit of B of each unit of A. */
  readonly parent?: Composition;
  readonly parentOf?: Int32Array;
}

export type IndexFn = (c: Composition, s: IndexScratch) => number;

export interface IndexColumn {
  /** Category part of the column name: '', `=a` or `=a/b`. */
  readonly part: string;
  readonly fn: IndexFn;
}

export interface IndexDef {
  /** Name used in the `measures.indices` selection. */
  readonly id: string;
  /** First part of the column name. */
  readonly prefix: string;
  /** Short name for charts and menus, in English and in German (the page's two languages). */
  readonly label: string;
  readonly labelDe: string;
  readonly sentence: string;
  /** Whether it has a person-centred version (Moran's I needs units and their adjacency). */
  readonly personCentred: boolean;
  /** The row sums it reads (row-sums.ts), filled in one pass with those of the other indices. */
  readonly sums: number;
  /** The values it can take (interval ends moved by a bias are kept inside). */
  readonly range: readonly [number, number];
  columns(labels: readonly string[]): IndexColumn[];
  /** Its within part on a scale A-in-B, for the indices that decompose exactly (M, H). */
  within?(labels: readonly string[]): IndexColumn[];
}

/** The within part of M of the composition's units inside the parent units of the scratch. */
const withinOf = (c: Composition, s: IndexScratch) => withinM(c, s.parent!, s.parentOf!, s.share);

const eachCategory = (labels: readonly string[], fn: (g: number) => IndexFn): IndexColumn[] =>
  labels.map((l, g) => ({ part: `=${l}`, fn: fn(g) }));

const eachPair = (labels: readonly string[], ordered: boolean, fn: (a: number, b: number) => IndexFn) => {
  const out: IndexColumn[] = [];
  for (let a = 0; a < labels.length; a++) {
    for (let b = ordered ? 0 : a + 1; b < labels.length; b++) {
      if (a !== b) out.push({ part: `=${labels[a]}/${labels[b]}`, fn: fn(a, b) });
    }
  }
  return out;
};

export const INDICES: readonly IndexDef[] = [
  {
    id: 'D',
    prefix: 'D',
    label: 'dissimilarity D',
    labelDe: 'Dissimilaritätsindex D',
    sentence:
      'Multigroup dissimilarity (Reardon & Firebaugh 2002): share of households that would have to move for every unit to have the city mix; Duncan D for two categories; 0 even, 1 fully separated.',
    personCentred: true,
    sums: DEVIATION,
    range: [0, 1],
    columns: () => [{ part: '', fn: multigroupDissimilarity }],
  },
  {
    id: 'Dgroup',
    prefix: 'D',
    label: 'dissimilarity D',
    labelDe: 'Dissimilaritätsindex D',
    sentence:
      'Dissimilarity of one category against all other households together (column D.dim=category.scale).',
    personCentred: true,
    sums: GROUP_DEVIATIONS,
    range: [0, 1],
    columns: (labels) => eachCategory(labels, (g) => (c) => groupDissimilarity(c, g)),
  },
  {
    id: 'Dpair',
    prefix: 'D',
    label: 'dissimilarity D',
    labelDe: 'Dissimilaritätsindex D',
    sentence:
      'Two-group dissimilarity between categories a and b, other households ignored (column D.dim=a/b.scale).',
    personCentred: true,
    sums: PAIRS,
    range: [0, 1],
    columns: (labels) => eachPair(labels, false, (a, b) => (c) => pairDissimilarity(c, a, b)),
  },
  {
    id: 'H',
    prefix: 'H',
    label: "Theil's H (entropy)",
    labelDe: 'Theils H (Entropieindex)',
    sentence:
      "Theil's information theory index (multigroup entropy index): how much less diverse the average household's unit is than the city; 0 even, 1 every unit a single category.",
    personCentred: true,
    sums: ENTROPY,
    range: [0, 1],
    columns: () => [{ part: '', fn: theilH }],
    within: () => [
      {
        part: '',
        fn: (c, s) => {
          const e = cityEntropy(c);
          return e > 1e-15 ? withinOf(c, s) / e : Number.NaN;
        },
      },
    ],
  },
  {
    id: 'M',
    prefix: 'M',
    label: 'mutual information M',
    labelDe: 'Transinformation M',
    sentence:
      'Mutual information index (Theil & Finizza 1971; Mora & Ruiz-Castillo 2011): how much knowing the unit tells about the category, in nats; M = H x entropy of the city; decomposes exactly into between and within parts (scale A-in-B) and into local scores; 0 even.',
    personCentred: true,
    sums: ENTROPY,
    range: [0, Number.POSITIVE_INFINITY],
    columns: () => [{ part: '', fn: mutualM }],
    within: () => [{ part: '', fn: withinOf }],
  },
  {
    id: 'Mgroup',
    prefix: 'M',
    label: 'local segregation score M',
    labelDe: 'lokaler Segregationswert M',
    sentence:
      "Local segregation score of one category (column M.dim=category.scale, containers only): sum over units of p(unit|category) ln(p(unit|category) / p(unit)); M is the categories' scores weighted by their shares.",
    personCentred: false,
    sums: 0,
    range: [0, Number.POSITIVE_INFINITY],
    columns: (labels) => eachCategory(labels, (g) => (c) => groupScore(c, g)),
  },
  {
    id: 'isolation',
    prefix: 'isolation',
    label: 'isolation',
    labelDe: 'Isolationsindex',
    sentence:
      'Isolation (Massey & Denton 1988): share of its own category in the unit of the average household of that category.',
    personCentred: true,
    sums: EXPOSURES,
    range: [0, 1],
    columns: (labels) => eachCategory(labels, (g) => (c) => isolation(c, g)),
  },
  {
    id: 'exposure',
    prefix: 'exposure',
    label: 'exposure',
    labelDe: 'Kontaktindex (Exposure)',
    sentence:
      'Exposure (Massey & Denton 1988): share of category b in the unit of the average household of category a (column exposure.dim=a/b.scale).',
    personCentred: true,
    sums: EXPOSURES,
    range: [0, 1],
    columns: (labels) => eachPair(labels, true, (a, b) => (c) => exposure(c, a, b)),
  },
  {
    id: 'moran',
    prefix: 'moran',
    label: "Moran's I",
    labelDe: 'Morans I',
    sentence:
      "Moran's I of a category's share over adjacent units (containers only): above -1/(n-1) when similar shares cluster in space.",
    personCentred: false,
    sums: 0,
    range: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
    columns: (labels) =>
      eachCategory(
        labels,
        (g) => (c, s) => moranShare(c, g, s.scale!.adjacencyStart, s.scale!.adjacency, s.share),
      ),
  },
];

export const INDEX_IDS: readonly string[] = INDICES.map((i) => i.id);

/** Measures that are not columns of the per-tick series, listed by `kiez measures` too. */
export const OTHER_MEASURES: readonly { readonly name: string; readonly sentence: string }[] = [
  {
    name: 'random baseline (.random, .random.sd, .random.p)',
    sentence:
      'Any index column with .random appended: its mean over seeded random re-allocations of the same households to the same places, so segregation can be told from noise; .random.sd their spread, .random.p the share of them at least as large as the index (upper tail, (1 + k) / (1 + n)).',
  },
  {
    name: 'intervals (.lower, .upper, .bias, .se; .random.lower, .random.upper)',
    sentence:
      'measures.interval "bootstrap": over households resampled with replacement, the bias (.bias), standard error (.se) and percentile interval centred on the debiased index, as R segregation; "permutation": the range of the index under random allocation; level and intervalReplicates set coverage and cost.',
  },
  {
    name: 'within parts (scale A-in-B)',
    sentence:
      'M and H of scale A within the units of scale B (A nested in B): M.A = M.B + M.A-in-B exactly; name the scale, e.g. quarter-in-district.',
  },
  {
    name: 'local score (per unit)',
    sentence:
      "A unit's local segregation score, sum over categories of p(category|unit) ln(p(category|unit) / p(category)); its population-weighted mean is M (map layer, unit profile, kiez measures --table --local).",
  },
  {
    name: 'change decomposition (kiez difference)',
    sentence:
      'M(B) - M(A) split into additions, removals, group shares, unit sizes and structure (Elbers 2021, Shapley values, margins fitted by IPF).',
  },
  {
    name: 'multiscale profile (kiez profile)',
    sentence:
      'One index over radii 1..R and every container scale, in order of the households around the average household (Reardon et al. 2008).',
  },
  {
    name: 'location quotient (per unit)',
    sentence:
      "A category's share in a unit divided by its share in the city, for maps (sim/measures/quotients.ts).",
  },
  {
    name: 'disadvantage.*',
    sentence:
      'Concentration of disadvantage: quarters where a high migrant-background share, a high low-income share and a weak school coincide (city mode).',
  },
  {
    name: 'springboard.*',
    sentence:
      'Springboard vs trap for households arrived within a window: income gain, share who left the arrival quarter after gaining, share stuck (city mode).',
  },
  {
    name: 'typology.*',
    sentence:
      'Quarter typology for small-area monitoring: seeded k-means on quarter profiles, labels kept stable over time (city mode).',
  },
];

/** Column name of an index for a dimension, category part and scale. */
export function columnName(def: IndexDef, dimension: string, part: string, scale: string): string {
  return `${def.prefix}.${dimension}${part}.${scale}`;
}

/** Name of the person-centred scale of radius r. */
export const radiusName = (r: number): string => `r${r}`;
