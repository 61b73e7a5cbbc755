/**
 * The catalogue of every measure kiez writes besides the segregation indices (those are declared in
 * registry.ts and named INDEX.DIMENSION[=CATEGORY].SCALE): name pattern, meaning, unit, and whether
 * a value counts what happened during the tick (flow), since the start (cumulative), or describes
 * the state at the tick. Patterns hold placeholders in angle brackets, expanded by `expandColumns`
 * for a scenario: <group> (its origin groups), <reason> (every refusal reason: the engine's and every
 * lever's, whether or not the scenario has that lever), <segment>, <where>, <departure>, <type>.
 * `kiez measures` prints it, docs/researchers.md explains it, the app's labels read its meanings,
 * and a sweep's table takes its columns from it so that every run has the same header. Pure.
 */
import { HOUSING_TYPES } from '../city/params-city.ts';
import { ENGINE_REASONS } from '../city/policy-hooks.ts';
import { DEPARTURE_REASONS } from '../city/state.ts';
import type { Scenario } from '../scenario/spec.ts';

export type MeasureKind = 'flow' | 'cumulative' | 'state';

export const KIND_MEANING: Record<MeasureKind, string> = {
  flow: 'per tick: what happened during the tick',
  cumulative: 'cumulative: since tick 0',
  state: 'state: at the end of the tick',
};

export interface CatalogueEntry {
  /** Column name, with placeholders in angle brackets, e.g. `refusals.<reason>.<group>`. */
  readonly name: string;
  readonly meaning: string;
  readonly unit: string;
  readonly kind: MeasureKind;
  readonly mode: 'city' | 'classic';
  /** The section of `kiez measures` it is listed under. */
  readonly section: string;
}

/** Refusal reasons of the levers (sim/policies: each lever's `reasons`). */
export const POLICY_REASONS = ['cap'] as const;
export const REFUSAL_REASONS = [...ENGINE_REASONS, ...POLICY_REASONS] as const;
export const TENURE_SEGMENTS = ['social', 'privateRent', 'owner', 'communal'] as const;
export const AFTER_REFUSAL = [...HOUSING_TYPES, 'stayed', 'gaveUp', 'left'] as const;

const c = (
  section: string,
  name: string,
  kind: MeasureKind,
  unit: string,
  meaning: string,
): CatalogueEntry => ({ name, meaning, unit, kind, mode: 'city', section });
const k = (name: string, kind: MeasureKind, unit: string, meaning: string): CatalogueEntry => ({
  name,
  meaning,
  unit,
  kind,
  mode: 'classic',
  section: 'Classic Schelling model',
});

const POP = 'Population and flows';
const HOUSING = 'Housing and rents';
const ACCESS = 'Access and fairness: search, refusals, where the refused end up';
const TENURE = 'Tenure and arrival quarters by group';
const OUTCOMES = 'Concentration, springboard, typology (every outcomes.every ticks)';

export const CATALOGUE: readonly CatalogueEntry[] = [
  k(
    'similarShare',
    'state',
    'share',
    'Mean share of similar agents among the occupied neighbours of each agent (Schelling).',
  ),
  k(
    'discontentedShare',
    'state',
    'share',
    'Share of agents below their threshold of similar neighbours, who want to move.',
  ),
  k('moves', 'flow', 'agents', 'Agents that moved during the tick.'),
  k(
    'settled',
    'state',
    '0 or 1',
    '1 when nobody wants to move any more (the run stops there when classic.stopWhenSettled).',
  ),
  k(
    'segregationS',
    'state',
    'index',
    'Segregation S = 2 (similarShare - 1/2), as the Parable of the Polygons shows it.',
  ),
  c(POP, 'population', 'state', 'households', 'Households in the city (housed and unhoused).'),
  c(
    POP,
    'populationScale',
    'state',
    'real households',
    'Real households one simulated household stands for (a city from a city file: city.scale); empty for a synthetic city. Multiply household counts by it for the city.',
  ),
  c(POP, 'housed', 'state', 'households', 'Households with a dwelling.'),
  c(POP, 'searching', 'state', 'households', 'Housed households looking for another dwelling.'),
  c(POP, 'unhoused', 'state', 'households', 'Households in the city without a dwelling (always searching).'),
  c(POP, 'unhoused.<group>', 'state', 'households', 'Unhoused households of the group.'),
  c(POP, 'emergency', 'state', 'households', 'Unhoused households in emergency accommodation.'),
  c(POP, 'emergency.<group>', 'state', 'households', 'Households of the group in emergency accommodation.'),
  c(
    POP,
    'toEmergency',
    'flow',
    'households',
    'Unhoused households placed in emergency accommodation during the tick.',
  ),
  c(POP, 'arrivals', 'flow', 'households', 'Households that came to the city during the tick.'),
  c(POP, 'departures', 'flow', 'households', 'Households that left the city during the tick.'),
  c(
    POP,
    'departures.regionWithChildren',
    'flow',
    'households',
    'Departures to the surrounding region of households with children.',
  ),
  c(
    POP,
    'departures.<departure>',
    'flow',
    'households',
    'Departures for this reason (elsewhere, return, the region, unhoused too long).',
  ),
  c(POP, 'departures.<departure>.<group>', 'flow', 'households', 'Departures of the group for this reason.'),
  c(POP, 'populationChange', 'cumulative', 'households', 'Change in households since tick 0.'),
  c(POP, 'arrivalsTotal', 'cumulative', 'households', 'Arrivals since tick 0.'),
  c(POP, 'departuresTotal', 'cumulative', 'households', 'Departures since tick 0.'),
  c(
    POP,
    'notAdmitted',
    'flow',
    'households',
    'Arrivals turned back during the tick because the city had no room for them.',
  ),
  c(POP, 'returners', 'flow', 'households', 'Households that came back from abroad during the tick.'),
  c(POP, 'returners.<group>', 'flow', 'households', 'Returners of the group.'),
  c(
    POP,
    'abroad',
    'state',
    'households',
    'Households that left to return and may come back (the pool abroad).',
  ),
  c(POP, 'abroad.<group>', 'state', 'households', 'Households of the group in the pool abroad.'),
  c(
    POP,
    'authorityPlacements',
    'flow',
    'households',
    'Asylum seekers placed by the authority during the tick (asylum lever).',
  ),
  c(
    POP,
    'secondaryMoves',
    'flow',
    'households',
    'Moves of households after their residence obligation ended, during the tick.',
  ),
  c(POP, 'moves', 'flow', 'households', 'Moves within the city during the tick.'),
  c(
    POP,
    'moveRate',
    'flow',
    'per year',
    'Moves during the tick x 12 / housed households: the yearly moving rate at this pace.',
  ),
  c(
    POP,
    'rentalTurnover',
    'flow',
    'per year',
    'Share of rented dwellings changing tenants, at the yearly pace of this tick.',
  ),
  c(POP, 'incomeRises', 'flow', 'households', 'Households whose income rose a step during the tick.'),
  c(POP, 'incomeFalls', 'flow', 'households', 'Households whose income fell a step during the tick.'),
  c(POP, 'newcomers', 'state', 'households', 'Households in the city that arrived during the run.'),
  c(POP, 'newcomerIncomeGain', 'state', 'EUR a month', 'Mean income gain of newcomers since their arrival.'),
  c(
    POP,
    'newcomersInFirstQuarter',
    'state',
    'share',
    'Share of newcomers still in the quarter they first lived in.',
  ),
  c(HOUSING, 'vacancy', 'state', 'share', 'Share of dwellings vacant.'),
  c(HOUSING, 'vacancy.social', 'state', 'share', 'Share of social dwellings vacant.'),
  c(HOUSING, 'vacancy.privateRent', 'state', 'share', 'Share of private rental dwellings vacant.'),
  c(HOUSING, 'vacancy.owner', 'state', 'share', 'Share of owner-occupied dwellings vacant.'),
  c(HOUSING, 'communalOccupied', 'state', 'share', 'Share of communal accommodation places occupied.'),
  c(HOUSING, 'waitingList', 'state', 'households', 'Households on the waiting list for social housing.'),
  c(HOUSING, 'meanRent', 'state', 'EUR a month', 'Mean housing cost of housed households that pay one.'),
  c(
    HOUSING,
    'meanRentBurden',
    'state',
    'share of income',
    'Mean housing cost / income of households that pay one.',
  ),
  c(HOUSING, 'meanIncome', 'state', 'EUR a month', 'Mean household income in the city.'),
  c(
    HOUSING,
    'displacements',
    'flow',
    'households',
    'Households forced out of their dwelling during the tick.',
  ),
  c(
    HOUSING,
    'displacements.rentRise',
    'flow',
    'households',
    'Displaced because the rent rose over what they can pay.',
  ),
  c(
    HOUSING,
    'displacements.incomeLoss',
    'flow',
    'households',
    'Displaced because their income fell under what the rent needs.',
  ),
  c(
    HOUSING,
    'displacements.atMoveIn',
    'flow',
    'households',
    'Displaced because they were over the limit since moving in.',
  ),
  c(
    HOUSING,
    'becameUnhoused',
    'flow',
    'households',
    'Displaced households that found no dwelling during the tick.',
  ),
  c(
    HOUSING,
    'schoolAvoiders',
    'state',
    'share',
    'Share of housed families with children whose children attend a school outside their quarter (the catchment school).',
  ),
  c(
    ACCESS,
    'searchesEnded',
    'flow',
    'households',
    'Searches that ended during the tick (moved, stayed or gave up).',
  ),
  c(
    ACCESS,
    'searchesEnded.<group>',
    'flow',
    'households',
    'Searches of the group that ended during the tick.',
  ),
  c(ACCESS, 'meanSearchTicks', 'flow', 'ticks', 'Mean length of the searches that ended during the tick.'),
  c(
    ACCESS,
    'medianSearchTicks',
    'flow',
    'ticks',
    'Median length of the searches that ended during the tick.',
  ),
  c(
    ACCESS,
    'searchTicks.mean.<group>',
    'flow',
    'ticks',
    'Mean length of the searches of the group that ended during the tick.',
  ),
  c(
    ACCESS,
    'searchTicks.median.<group>',
    'flow',
    'ticks',
    'Median length of the searches of the group that ended during the tick.',
  ),
  c(
    ACCESS,
    'refusals.<reason>.<group>',
    'flow',
    'households',
    'Households of the group refused at least one vacancy for this reason during the tick (cap: only where a cap lever is on; empty in a run without one).',
  ),
  c(
    ACCESS,
    'refusalLooks.<reason>.<group>',
    'flow',
    'vacancies',
    'Vacancies looked at and refused for this reason by households of the group during the tick.',
  ),
  c(
    ACCESS,
    'homelessSearches.<group>',
    'cumulative',
    'households',
    'Homeless spells of the group begun since tick 0.',
  ),
  c(
    ACCESS,
    'housedWithin3.<group>',
    'cumulative',
    'share',
    'Share of the homeless spells of the group begun since tick 1 and at least 3 ticks old that ended with a dwelling within 3 ticks.',
  ),
  c(
    ACCESS,
    'housedWithin12.<group>',
    'cumulative',
    'share',
    'Share of the homeless spells of the group begun since tick 1 and at least 12 ticks old that ended with a dwelling within 12 ticks.',
  ),
  c(
    ACCESS,
    'afterRefusal.<where>.<group>',
    'cumulative',
    'households',
    'Refused households of the group whose search ended since tick 0: in a quarter of this housing type, stayed put, gave up, or left the city.',
  ),
  c(
    TENURE,
    'tenure.<segment>.<group>',
    'state',
    'share',
    'Share of the housed households of the group in this market segment.',
  ),
  c(
    TENURE,
    'arrivalQuarters.share.<group>',
    'state',
    'share',
    'Share of the households living in arrival quarters that belong to the group.',
  ),
  c(
    OUTCOMES,
    'disadvantage.quarters',
    'state',
    'quarters',
    'Quarters where a high migrant-background share, a high low-income share and a weak school coincide.',
  ),
  c(
    OUTCOMES,
    'disadvantage.householdShare',
    'state',
    'share',
    'Share of households living in those quarters.',
  ),
  c(
    OUTCOMES,
    'disadvantage.migrantShare',
    'state',
    'share',
    'Share of migrant-background households living in those quarters.',
  ),
  c(
    OUTCOMES,
    'springboard.cohort',
    'state',
    'households',
    'Newcomers followed: arrived within the window and present for the follow-up (empty until a cohort exists).',
  ),
  c(
    OUTCOMES,
    'springboard.meanGain',
    'state',
    'share',
    'Mean relative income gain of the cohort since arrival (income / income at arrival - 1; 0.1 = 10 % more).',
  ),
  c(
    OUTCOMES,
    'springboard.gained',
    'state',
    'share',
    'Share of the cohort that gained at least outcomes.springboard.minGain.',
  ),
  c(
    OUTCOMES,
    'springboard.gainedLeft',
    'state',
    'share',
    'Share of the cohort that gained and left the arrival quarter (springboard).',
  ),
  c(
    OUTCOMES,
    'springboard.gainedStayed',
    'state',
    'share',
    'Share of the cohort that gained and stayed in the arrival quarter.',
  ),
  c(
    OUTCOMES,
    'springboard.stuck',
    'state',
    'share',
    'Share of the cohort with no gain still in the arrival quarter (trap).',
  ),
  c(
    OUTCOMES,
    'springboard.movedWithoutGain',
    'state',
    'share',
    'Share of the cohort that moved out without a gain.',
  ),
  c(
    OUTCOMES,
    'typology.<type>.quarters',
    'state',
    'quarters',
    'Quarters of this type (seeded k-means on quarter profiles; labels kept stable over time within a run, not matched across runs).',
  ),
  c(
    OUTCOMES,
    'typology.<type>.householdShare',
    'state',
    'share',
    'Share of households living in quarters of this type.',
  ),
  c(
    OUTCOMES,
    'typology.<type>.migrantShare',
    'state',
    'share',
    'Migrant-background share in quarters of this type.',
  ),
  c(
    OUTCOMES,
    'typology.<type>.lowIncomeShare',
    'state',
    'share',
    'Low-income share in quarters of this type.',
  ),
];

/** What each placeholder stands for (`kiez measures`, docs/researchers.md). */
export const placeholderMeanings: Record<string, string> = {
  group: 'each origin group of the scenario (households.groups[].name)',
  reason: `each refusal reason: ${REFUSAL_REASONS.join(', ')}`,
  segment: `each market segment: ${TENURE_SEGMENTS.join(', ')}`,
  where: `each housing type, or stayed, gaveUp, left: ${AFTER_REFUSAL.join(', ')}`,
  departure: `each reason to leave: ${DEPARTURE_REASONS.join(', ')}`,
  type: 'type1 .. typeK, K = outcomes.typology.types',
};

/** The values each placeholder takes for a scenario (origin groups and typology types from it). */
export function placeholders(s: Scenario): Record<string, readonly string[]> {
  const types = s.mode === 'city' ? s.outcomes.typology.types : 0;
  return {
    group: s.mode === 'city' ? s.households.groups.map((g) => g.name) : [],
    reason: REFUSAL_REASONS,
    segment: TENURE_SEGMENTS,
    where: AFTER_REFUSAL,
    departure: DEPARTURE_REASONS,
    type: Array.from({ length: types }, (_, i) => `type${i + 1}`),
  };
}

/** Every column name of an entry for a scenario, its placeholders expanded in order. */
export function expandEntry(entry: CatalogueEntry, values: Record<string, readonly string[]>): string[] {
  let names = [entry.name];
  for (const [key, list] of Object.entries(values)) {
    const token = `<${key}>`;
    if (!entry.name.includes(token)) continue;
    names = names.flatMap((n) => list.map((v) => n.replace(token, v)));
  }
  return names;
}

/**
 * Every catalogued column a run of this scenario can write (besides the indices), whatever its
 * levers and its length: the stable part of a sweep's header.
 */
export function expandColumns(s: Scenario): string[] {
  const values = placeholders(s);
  return CATALOGUE.filter((e) => e.mode === s.mode).flatMap((e) => expandEntry(e, values));
}

/** A matcher from column names to their catalogue entry (a name's placeholders match any part). */
export function catalogueEntryOf(name: string, mode?: 'city' | 'classic'): CatalogueEntry | undefined {
  for (const e of CATALOGUE) if ((!mode || e.mode === mode) && patternOf(e).test(name)) return e;
  return undefined;
}

const patterns = new Map<CatalogueEntry, RegExp>();
function patternOf(e: CatalogueEntry): RegExp {
  let re = patterns.get(e);
  if (!re) {
    const source = e.name
      .split(/(<[a-z]+>)/)
      .map((p) => (p.startsWith('<') ? '[^.]+' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${source}$`);
    patterns.set(e, re);
  }
  return re;
}

/** The catalogue as a Markdown table per section (docs/measures.md holds it verbatim). */
export function catalogueMarkdown(): string {
  const out: string[] = [];
  let section = '';
  for (const e of CATALOGUE) {
    if (e.section !== section) {
      section = e.section;
      out.push(
        '',
        `### ${section} (${e.mode} mode)`,
        '',
        '| name | unit | kind | meaning |',
        '| --- | --- | --- | --- |',
      );
    }
    out.push(`| \`${e.name}\` | ${e.unit} | ${e.kind} | ${e.meaning} |`);
  }
  return out.join('\n').trim();
}
