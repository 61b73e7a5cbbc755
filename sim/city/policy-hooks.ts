/**
 * What a policy module can change in the city model without touching the engine. A policy lists the
 * refusal reasons it may give (they become metric names `refusals.<reason>.<group>`) and implements
 * any of the hooks; the engine calls every policy's hook at the matching point of the tick. Hooks
 * read the model's public arrays (see README.md) and must not draw from another process's stream.
 * They change state only through CityState's methods (e.g. `setDwellingHousing` to convert a
 * dwelling to social housing), which keep the derived copies in step. Policies never scale an
 * outcome directly: they give a mechanism an input (courses, counselling, school investment, an
 * image campaign, a refusal, a cost), and the mechanism's own rule turns it into an outcome.
 */
import type { TypedArray } from '../model.ts';
import type { CityState } from './state.ts';

export interface CityPolicy {
  /** Short name, for messages. */
  readonly name: string;
  /** Reasons this policy refuses a dwelling for, e.g. `cap`; `refuse` returns 1 + an index into this list. */
  readonly reasons: readonly string[];
  /** At the start of each tick, before any process (e.g. to switch on at its start tick, or add dwellings). */
  beforeTick?(city: CityState): void;
  /**
   * Whether household h may take dwelling d: 0 = allowed, k > 0 = refused for reasons[k - 1].
   * Called after affordability, eligibility and landlord discrimination have let it through.
   */
  refuse?(city: CityState, h: number, d: number): number;
  /** Monthly cost of dwelling d to household h, given the market rent (e.g. an ownership subsidy). */
  costFor?(city: CityState, h: number, d: number, rent: number): number;
  /**
   * Language and skills courses offered in quarter q this tick (added to the learning-rate factor of
   * its residents: 1 = they learn as fast again; processes/skills.ts reads it via QuarterSupport).
   */
  courses?(city: CityState, quarter: number): number;
  /**
   * Job counselling in quarter q this tick: job information for its newcomers, added to what their
   * co-ethnic network gives (processes/income.ts reads it via QuarterSupport).
   */
  counselling?(city: CityState, quarter: number): number;
  /** Multiplier on the chance that a discriminating landlord refuses household h (enforcement < 1). */
  discriminationFactor?(city: CityState, h: number, d: number): number;
  /** Multiplier on the chance that household h avoids its catchment school as it moves in (enforcement < 1). */
  schoolAvoidanceFactor?(city: CityState, h: number): number;
  /** Investment in quarter q's school: added to the quality it tends to (processes/schools.ts). */
  schoolBonus?(city: CityState, quarter: number): number;
  /** Campaign for quarter q's image: added to the image it tends to (processes/image.ts). */
  imageBonus?(city: CityState, quarter: number): number;
  /**
   * The vacancy the authority gives asylum seeker h (a communal place, or a vacant social or private
   * rental dwelling; never an owner-occupied one), or -1 to leave it to the default (population.ts).
   */
  placeAsylum?(city: CityState, h: number): number;
  /** After a snapshot is restored, before derived copies are rebuilt (re-apply changes to the housing stock). */
  restored?(city: CityState): void;
  /**
   * State the policy decided during the run that a snapshot must carry (e.g. the quarters a programme
   * chose at its start tick from the city's state then), by name; the same array objects each call,
   * sized for the city. Saved as `policies[i].<name>`, restored before `restored`.
   */
  arrays?(city: CityState): Record<string, TypedArray>;
}

/** Refusal reasons of the engine itself, before any policy's. */
export const ENGINE_REASONS = ['affordability', 'eligibility', 'discrimination'] as const;
export const REFUSED_AFFORDABILITY = 1;
export const REFUSED_ELIGIBILITY = 2;
export const REFUSED_DISCRIMINATION = 3;
