/**
 * Which quarters a place-based lever targets. The choice is made from the city as generated (its
 * housing types, its schools and images at the start), not from the state of the run, so it is the
 * same in every run of a city and after a snapshot is restored.
 */
import type { CityLayout } from '../city/generate.ts';
import { HOUSING_TYPES } from '../city/params-city.ts';
import { choice, num } from '../params/spec.ts';

export const TARGETS = ['arrivalQuarters', 'estates', 'weakestSchools', 'lowestImage', 'all'] as const;
export type Target = (typeof TARGETS)[number];

export function targetFields(defaultTarget: Target, defaultShare: number) {
  return {
    target: choice({
      options: TARGETS,
      default: defaultTarget,
      meaning:
        'Quarters the policy acts in: "arrivalQuarters" (inner-city arrival quarters), "estates" (large post-war estates), "weakestSchools" / "lowestImage" (the targetShare of quarters with the weakest schools / lowest image at the start), "all".',
    }),
    targetShare: num({
      unit: 'share',
      default: defaultShare,
      min: 0,
      max: 1,
      step: 0.05,
      meaning: 'For "weakestSchools" and "lowestImage": share of all quarters targeted (at least one).',
    }),
  } as const;
}

/** 1 for each targeted quarter. */
export function targetQuarters(layout: CityLayout, target: Target, share: number): Uint8Array {
  const Q = layout.quarters.units;
  const out = new Uint8Array(Q);
  if (target === 'all') return out.fill(1);
  if (target === 'arrivalQuarters') return out.map((_, q) => (layout.quarterArrival[q] ? 1 : 0));
  if (target === 'estates') {
    const estate = HOUSING_TYPES.indexOf('estate');
    return out.map((_, q) => (layout.quarterType[q] === estate ? 1 : 0));
  }
  const value = target === 'weakestSchools' ? layout.quarterSchool0 : layout.quarterImage0;
  const order = Array.from({ length: Q }, (_, q) => q).sort((a, b) => value[a]! - value[b]! || a - b);
  const n = Math.min(Q, Math.max(1, Math.round(share * Q)));
  for (let i = 0; i < n; i++) out[order[i]!] = 1;
  return out;
}

/** Targeted quarters, worked out once per city (policies are built before the city is generated). */
export class QuarterTargets {
  private layout: CityLayout | undefined;
  private marks: Uint8Array = new Uint8Array(0);

  constructor(
    private readonly target: Target,
    private readonly share: number,
  ) {}

  of(layout: CityLayout): Uint8Array {
    if (this.layout !== layout) {
      this.layout = layout;
      this.marks = targetQuarters(layout, this.target, this.share);
    }
    return this.marks;
  }
}
