/**
 * Per mode, what the property tests need beyond the declaration: narrower ranges for speed, repairs
 * for cross-field rules, and the mode's invariant checker. A mode that can be simulated but is
 * missing here makes `modes.test.ts` fail, so a new model cannot slip past the property tests.
 */
import { ClassicModel } from '../../sim/classic/engine.ts';
import { classicInvariantProblems } from '../../sim/classic/invariants.ts';
import { classicAgentCount, classicSpec } from '../../sim/classic/params.ts';
import { GROUP_SYMBOLS, segregatedLayoutProblems } from '../../sim/classic/layout.ts';
import type { Model } from '../../sim/model.ts';
import type fc from 'fast-check';
import { CityModel } from '../../sim/city/model.ts';
import { checkInvariants } from '../../sim/city/invariants.ts';
import { type Narrowing, overridesDocArb, type Repair } from './arbitraries.ts';

export interface ModeHarness {
  /** Documents of this mode; without it, drawn from the whole declaration with `repairs` applied. */
  readonly docs?: fc.Arbitrary<Record<string, unknown>>;
  readonly narrow: Narrowing;
  readonly repairs: Readonly<Record<string, Repair>>;
  /** Problems with the model's state after a tick; empty when consistent. */
  invariants(model: Model): string[];
}

const classicDefaults = Object.fromEntries(
  Object.entries(classicSpec.fields).map(([k, s]) => [k, s.default]),
) as Record<string, unknown>;

/** The classic section's cross-field rules (see classicSpec.check), met by adjusting drawn values. */
const repairClassic: Repair = (c) => {
  const get = <T>(k: string): T => (c[k] ?? classicDefaults[k]) as T;
  const raw = get<number[]>('shares');
  const sum = raw.reduce((a, b) => a + b, 0);
  const shares = sum > 0 ? raw.map((s) => s / sum) : raw.map(() => 1 / raw.length);
  if (c['shares'] !== undefined) c['shares'] = shares;
  const groups = shares.length;
  const threshold = get<number | number[]>('threshold');
  if (Array.isArray(threshold) && threshold.length !== 1 && threshold.length !== groups) {
    c['threshold'] = threshold.slice(0, 1);
  }
  const highest = Math.max(...[get<number | number[]>('threshold')].flat());
  if (get('rule') === 'share' && get<number>('ceiling') < highest) c['ceiling'] = highest;
  const size = get<number>('size');
  if (get('torus') && size < 2 * get<number>('radius') + 1) c['radius'] = Math.floor((size - 1) / 2);
  const neighbours = (2 * get<number>('radius') + 1) ** 2 - 1;
  if (get('rule') === 'count' && get<number>('minSimilar') > neighbours) c['minSimilar'] = neighbours;
  const cells = size * size;
  const agents = get<number>('agents');
  if (agents > 0) {
    c['agents'] = Math.max(groups, Math.min(agents, cells - 1));
  } else {
    const count = Math.round(cells * (1 - get<number>('vacancy')));
    if (count >= cells) c['vacancy'] = Math.max(0.001, 1 / cells);
    else if (count < groups) c['vacancy'] = Math.min(0.99, 1 - groups / cells);
  }
  // A drawn layout: every group in turn with an empty cell after each round; no text otherwise.
  const layout = get<string>('layout');
  if (layout === 'grid') {
    const rows = Array.from({ length: size }, (_, y) =>
      Array.from({ length: size }, (_, x) => {
        const k = (y * size + x) % (groups + 1);
        return k === groups ? '.' : GROUP_SYMBOLS[k];
      }).join(''),
    );
    c['grid'] = rows.join('\n');
  } else if (c['grid'] !== undefined) c['grid'] = '';
  // A segregated layout whose areas cannot hold the shares falls back to the random start.
  if (layout === 'halves' || layout === 'stripes' || layout === 'blocks') {
    const agentsNow = classicAgentCount({
      size,
      agents: get<number>('agents'),
      vacancy: get<number>('vacancy'),
    });
    if (segregatedLayoutProblems(layout, size, get<number>('blockSize'), shares, agentsNow).length > 0)
      c['layout'] = 'random';
  }
};

export const harnesses: Readonly<Record<string, ModeHarness>> = {
  classic: {
    narrow: {
      ticks: { max: 20 },
      'classic.size': { max: 16 },
      'measures.every': { max: 4 },
      'measures.replicates': { max: 3 },
      'measures.intervalReplicates': { max: 3 },
      'measures.indices': {
        values: ['D,H', 'all', '', 'isolation,exposure,moran', 'Dgroup,Dpair', 'M,Mgroup'],
      },
      'measures.dimensions': { values: ['all', 'group'] },
      'measures.scales': { values: ['all', 'r1', 'block3,r1', 'block5,block5-in-block10'] },
    },
    repairs: { classic: repairClassic },
    invariants: (model) =>
      model instanceof ClassicModel ? classicInvariantProblems(model) : ['not a ClassicModel'],
  },
  city: {
    // A small city, a few ticks; each draw changes up to three declared parameters of its sections.
    docs: overridesDocArb(
      { mode: 'city', ticks: 8, city: { dwellings: 1500 } },
      'city',
      {
        'city.dwellings': { max: 3000 },
        'city.dwellingsPerQuarter': { max: 3000 },
        'households.groups': { maxItems: 4 },
        'policies.list': { maxItems: 2 },
        'measures.intervalReplicates': { max: 3 },
      },
      3,
    ),
    narrow: {},
    repairs: {},
    invariants: (model) => (model instanceof CityModel ? checkInvariants(model) : ['not a CityModel']),
  },
};
