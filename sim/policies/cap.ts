/**
 * Cap / quota on migrant households ("socially balanced resident structures"): a vacancy is refused
 * to a household of a capped group when its move-in would push the capped groups' share of the
 * building (or quarter) over the cap. Optionally only in social housing. The strength is the share
 * of buildings (or quarters) whose landlords apply the cap. The authority's placement of asylum
 * seekers is not subject to it.
 */
import { SOCIAL } from '../city/generate.ts';
import type { CityPolicy } from '../city/policy-hooks.ts';
import type { CityState } from '../city/state.ts';
import { bool, choice, num } from '../params/spec.ts';
import { groupMask, groupsField, unknownGroups } from './groups.ts';
import { type LeverOptions, lever } from './lever.ts';
import { actsAt, itemHash, timingFields } from './timing.ts';

export const capFields = {
  ...timingFields('Share of buildings (or quarters) whose landlords apply the cap; 1 = all of them.'),
  cap: num({
    unit: 'share',
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.05,
    meaning: 'Highest share of households of the capped groups a unit may reach through a move-in.',
  }),
  unit: choice({
    options: ['building', 'quarter'],
    default: 'building',
    meaning: 'Whether the share is counted per building or per quarter.',
  }),
  socialOnly: bool({
    default: true,
    meaning: 'Apply the cap only to vacancies in social housing (the usual practice of housing companies).',
  }),
  groups: groupsField(
    'Comma-separated origin groups that are capped; empty = every group with a migration background (not in outcomes.nativeGroups).',
  ),
} as const;

const SALT = 0x1c4a;
const REFUSED_CAP = 1;

export type CapOptions = LeverOptions<typeof capFields>;

export class CapPolicy implements CityPolicy {
  readonly name = 'cap';
  readonly reasons = ['cap'] as const;

  constructor(
    private readonly o: CapOptions,
    /** 1 for each capped origin group. */
    private readonly capped: Uint8Array,
  ) {}

  /** Whether the cap applies to unit u (a building or a quarter). */
  private applies(u: number): boolean {
    return this.o.strength >= 1 || itemHash(u, SALT) < this.o.strength;
  }

  /** Unit of dwelling d at the cap's scale. */
  unitOf(s: CityState, d: number): number {
    return this.o.unit === 'building' ? s.layout.dwellingBuilding[d]! : s.layout.dwellingQuarter[d]!;
  }

  /** Whether the cap governs move-ins to dwelling d now (acting, the right segment, a complying unit). */
  governs(s: CityState, d: number): boolean {
    if (!actsAt(this.o, s.tick)) return false;
    if (this.o.socialOnly && s.layout.segment[d] !== SOCIAL) return false;
    return this.applies(this.unitOf(s, d));
  }

  /** Households of the capped groups, and all households, in the unit of dwelling d: [capped, total]. */
  counts(s: CityState, d: number): [number, number] {
    const { layout, hh } = s;
    let capped = 0;
    let total = 0;
    if (this.o.unit === 'quarter') {
      const q = layout.dwellingQuarter[d]!;
      const G = s.groups;
      for (let g = 0; g < G; g++) if (this.capped[g]) capped += s.quarterCounts.origin[q * G + g]!;
      return [capped, s.quarterCounts.total[q]!];
    }
    // A building is one raster cell: its dwellings are a contiguous range.
    const c = layout.dwellingCell[d]!;
    for (let i = layout.cellStart[c]!; i < layout.cellStart[c + 1]!; i++) {
      const o = s.occupant[i]!;
      if (o < 0) continue;
      total++;
      if (this.capped[hh.origin[o]!]) capped++;
    }
    return [capped, total];
  }

  /** An arrow property: the engine may call the hook without its object. */
  readonly refuse = (s: CityState, h: number, d: number): number => {
    if (!this.capped[s.hh.origin[h]!] || !this.governs(s, d)) return 0;
    // A move within the unit leaves its composition as it is.
    const from = s.hh.dwelling[h]!;
    if (from >= 0 && this.unitOf(s, from) === this.unitOf(s, d)) return 0;
    const [capped, total] = this.counts(s, d);
    return (capped + 1) / (total + 1) > this.o.cap + 1e-12 ? REFUSED_CAP : 0;
  };
}

export const capLever = lever({
  type: 'cap',
  meaning:
    'Cap / quota on migrant households per building or quarter (optionally only in social housing): a vacancy is refused (reason "cap") when the move-in would push the share over the cap.',
  fields: capFields,
  problems(o, { groupNames }) {
    const unknown = unknownGroups(o.groups, groupNames);
    if (unknown.length === 0) return [];
    return [
      {
        path: 'groups',
        value: o.groups,
        allowed: `comma-separated origin groups of this city (${groupNames.join(', ')}); "${unknown[0]}" is not one`,
      },
    ];
  },
  build: (o, { groupNames, nativeGroups }) => new CapPolicy(o, groupMask(o.groups, groupNames, nativeGroups)),
});
