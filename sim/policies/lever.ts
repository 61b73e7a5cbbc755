/**
 * One lever's descriptor, as Squoosh keeps one `meta.ts` per codec: its type (the `type` a scenario
 * names), its meaning, its declared fields (timing included), the rules that need the rest of the
 * scenario, and how its policy object is built. The list of levers (`levers.ts`) is read by
 * validation, the JSON Schema, `kiez params`, the form and `buildPolicy`; a lever's option type is
 * derived from its fields, so nothing about a lever is written twice.
 */
import type { CityPolicy } from '../city/policy-hooks.ts';
import type { Fields, Problem, Values } from '../params/spec.ts';
import type { GeneratedStock } from './social-housing.ts';

/** The resolved options of a lever with fields F (its timing and its own parameters). */
export type LeverOptions<F extends Fields> = Readonly<Values<F>>;

/** What a lever needs from the scenario besides its own options. */
export interface LeverScenario {
  /** Origin groups of the city, in order (`households.groups[].name`). */
  readonly groupNames: readonly string[];
  /** `outcomes.nativeGroups`: the groups without a migration background. */
  readonly nativeGroups: string;
  /** Housing types the city has quarters of (`city.types.<type>.share` above 0). */
  readonly housingTypes: readonly string[];
}

/** What a lever's constructor gets: the scenario, and what the run's levers share. */
export interface LeverContext extends LeverScenario {
  /** The housing segments of the city as generated, shared by the social housing programmes of a run. */
  readonly stock: GeneratedStock;
}

export interface Lever<T extends string = string, F extends Fields = Fields> {
  readonly type: T;
  /** One sentence (or two) on what the lever does, the help of `policies[type=T]`. */
  readonly meaning: string;
  readonly fields: F;
  /**
   * Rules that need the rest of the scenario (e.g. group names), each problem's path relative to
   * the lever (`groups`); the timing rule (end after start) is checked for every lever.
   */
  problems?(o: LeverOptions<F>, scenario: LeverScenario): Problem[];
  /** A fresh policy object (policies keep per-run scratch, so never share one between runs). */
  build(o: LeverOptions<F>, context: LeverContext): CityPolicy;
}

/** Declare a lever, keeping its literal type and fields for the scenario's inferred types. */
export const lever = <const T extends string, const F extends Fields>(l: Lever<T, F>): Lever<T, F> => l;

/** The variants of the `policies` list: each lever's fields under its type. */
export type LeverFields<L extends readonly Lever[]> = { [K in L[number] as K['type']]: K['fields'] };
