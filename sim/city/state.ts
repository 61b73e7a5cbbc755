/**
 * The dynamic state of the city: households, who lives where, the vacancy pool, who is searching,
 * the composition of every block and quarter, and each quarter's rent index, school and image. The
 * processes (processes/*.ts) change it only through moveIn / moveOut / setIncome / startSearch /
 * endSearch, which keep every derived count in step.
 */
import { BANDS, UnitCounts } from './composition.ts';
import type { CityLayout } from './generate.ts';
import { P_QUARTER, P_RENT, P_SEGMENT, PACK, SOCIAL } from './generate.ts';
import { FREE, HOUSED, Households, SEARCH_HOMELESS, SEARCH_NONE, UNHOUSED } from './households.ts';
import { IndexSet } from './index-set.ts';
import { type CityParams, householdCapacity } from './params.ts';
import { ENDED_MOVED, type ENDED_GAVE_UP, type ENDED_STAYED, PeopleCounts } from './people-counts.ts';
import { ENGINE_REASONS, type CityPolicy } from './policy-hooks.ts';
import { schoolFor } from './school-choice.ts';
import type { Rng } from '../rng.ts';

export class CityState {
  readonly params: CityParams;
  readonly layout: CityLayout;
  readonly groups: number;
  readonly groupNames: readonly string[];
  readonly hh: Households;
  /** Household living in each dwelling, -1 when vacant. */
  readonly occupant: Int32Array;
  readonly vacancies: IndexSet;
  /** Households searching (housed movers, forced movers, unhoused). */
  readonly searchers: IndexSet;
  readonly blockCounts: UnitCounts;
  readonly quarterCounts: UnitCounts;
  readonly quarterDwellings: Int32Array;
  readonly quarterVacant: Int32Array;
  /** Multiplier on private and owner rents of each quarter (1 at the start). */
  readonly rentIndex: Float64Array;
  /** School quality (0-1) of each quarter's catchment school, now. */
  readonly school: Float64Array;
  /** Image (0-1) of each quarter, now. */
  readonly image: Float64Array;
  readonly policies: readonly CityPolicy[];
  /** The policies implementing costFor (most runs have none: rent is then the cost). */
  private readonly costHooks: readonly CityPolicy[];
  readonly hasCostHooks: boolean;
  /** Refusal reasons: the engine's, then each policy's. */
  readonly reasons: readonly string[];
  /** First reason code of each policy (1-based codes as stored in refusals). */
  readonly policyReasonBase: Int32Array;
  /** Stream `city/school`: avoidance of catchment schools as households move in (school-choice.ts). */
  readonly schoolRng: Rng;
  tick = 0;

  /** Outputs that count people by group (search lengths, homeless spells, where the refused went). */
  readonly people: PeopleCounts;

  // Counts of the last tick (reset at the start of each tick).
  /**
   * refusals[(reason - 1) * groups + origin]: searching households of the group refused at least
   * once for the reason this tick (see noteRefusal).
   */
  readonly refusals: Int32Array;
  /** refusalLooks[(reason - 1) * groups + origin]: vacancies looked at and refused (repeats count again). */
  readonly refusalLooks: Int32Array;
  arrivals = 0;
  departures = 0;
  moves = 0;
  displacements = 0;
  /** Displacements by cause (see noteDisplacement); they sum to displacements. */
  displacedByRentRise = 0;
  displacedByIncomeLoss = 0;
  displacedAtMoveIn = 0;
  becameUnhoused = 0;
  notAdmitted = 0;
  searchesEnded = 0;
  searchTicksSum = 0;
  rises = 0;
  falls = 0;
  secondaryMoves = 0;
  authorityPlacements = 0;
  // Since the start of the run.
  arrivalsTotal = 0;
  departuresTotal = 0;
  population0 = 0;

  constructor(params: CityParams, layout: CityLayout, schoolRng: Rng, policies: readonly CityPolicy[] = []) {
    this.params = params;
    this.schoolRng = schoolRng;
    this.layout = layout;
    this.groups = params.households.groups.length;
    this.groupNames = params.households.groups.map((g) => g.name);
    const D = layout.dwellings;
    this.hh = new Households(householdCapacity(D));
    this.occupant = new Int32Array(D).fill(-1);
    this.vacancies = new IndexSet(D);
    this.searchers = new IndexSet(this.hh.capacity);
    this.blockCounts = new UnitCounts(layout.blocks.units, this.groups);
    this.quarterCounts = new UnitCounts(layout.quarters.units, this.groups);
    const Q = layout.quarters.units;
    this.quarterDwellings = new Int32Array(Q);
    for (let d = 0; d < D; d++) this.quarterDwellings[layout.dwellingQuarter[d]!]!++;
    this.quarterVacant = this.quarterDwellings.slice();
    for (let d = 0; d < D; d++) this.vacancies.add(d);
    this.rentIndex = new Float64Array(Q).fill(1);
    this.school = Float64Array.from(layout.quarterSchool0);
    this.image = Float64Array.from(layout.quarterImage0);
    this.policies = policies;
    this.costHooks = policies.filter((p) => p.costFor);
    this.hasCostHooks = this.costHooks.length > 0;
    const reasons: string[] = [...ENGINE_REASONS];
    this.policyReasonBase = new Int32Array(policies.length);
    policies.forEach((p, i) => {
      this.policyReasonBase[i] = reasons.length;
      reasons.push(...p.reasons);
    });
    this.reasons = reasons;
    // Each household keeps the reasons it met as bits of a 32-bit mask.
    if (reasons.length > 32) throw new Error(`at most 32 refusal reasons in all, not ${reasons.length}`);
    this.refusals = new Int32Array(reasons.length * this.groups);
    this.refusalLooks = new Int32Array(reasons.length * this.groups);
    this.people = new PeopleCounts(this.groupNames);
  }

  resetTickCounters(): void {
    this.refusals.fill(0);
    this.refusalLooks.fill(0);
    this.people.startTick(this.tick);
    this.arrivals = 0;
    this.departures = 0;
    this.moves = 0;
    this.displacements = 0;
    this.displacedByRentRise = 0;
    this.displacedByIncomeLoss = 0;
    this.displacedAtMoveIn = 0;
    this.becameUnhoused = 0;
    this.notAdmitted = 0;
    this.searchesEnded = 0;
    this.searchTicksSum = 0;
    this.rises = 0;
    this.falls = 0;
    this.secondaryMoves = 0;
    this.authorityPlacements = 0;
  }

  /** Market rent of dwelling d now (social rents stay fixed). */
  rent(d: number): number {
    const p = this.layout.packed;
    const o = d * PACK;
    const base = p[o + P_RENT]!;
    return p[o + P_SEGMENT] === SOCIAL ? base : base * this.rentIndex[p[o + P_QUARTER]!]!;
  }

  /** What household h pays for its own dwelling now (it must be housed). Reads h's copies of its dwelling's data. */
  housingCost(h: number): number {
    if (this.costHooks.length > 0) return this.costFor(h, this.hh.dwelling[h]!);
    const base = this.hh.baseRent[h]!;
    return this.hh.segment[h] === SOCIAL ? base : base * this.rentIndex[this.hh.quarter[h]!]!;
  }

  /** What dwelling d costs household h per month (market rent, adjusted by policies). */
  costFor(h: number, d: number): number {
    let cost = this.rent(d);
    for (let i = 0; i < this.costHooks.length; i++) cost = this.costHooks[i]!.costFor!(this, h, d, cost);
    return cost;
  }

  bandOf(income: number): number {
    const [low, high] = this.params.households.incomeBands as [number, number];
    return income < low ? 0 : income < high ? 1 : 2;
  }

  /** Set h's income, keeping its band and the neighbourhood counts in step. */
  setIncome(h: number, income: number): void {
    const { hh } = this;
    hh.income[h] = income;
    const band = this.bandOf(income);
    const old = hh.incomeBand[h]!;
    if (band === old) return;
    const d = hh.dwelling[h]!;
    if (d >= 0) {
      const b = this.layout.dwellingBlock[d]!;
      const q = this.layout.dwellingQuarter[d]!;
      this.blockCounts.band[b * BANDS + old]!--;
      this.blockCounts.band[b * BANDS + band]!++;
      this.quarterCounts.band[q * BANDS + old]!--;
      this.quarterCounts.band[q * BANDS + band]!++;
    }
    hh.incomeBand[h] = band;
  }

  /**
   * Change dwelling d's market segment and base rent (e.g. a social housing programme converting
   * it). The one way to change the housing stock during a run: it keeps the layout, its packed copy
   * and the occupant's copies in step. Never write `layout.segment` or `layout.baseRent` directly.
   */
  setDwellingHousing(d: number, segment: number, baseRent: number): void {
    const { layout, hh } = this;
    (layout.segment as Uint8Array)[d] = segment;
    (layout.baseRent as Float32Array)[d] = baseRent;
    layout.packed[d * PACK + P_SEGMENT] = segment;
    layout.packed[d * PACK + P_RENT] = baseRent;
    const h = this.occupant[d]!;
    if (h >= 0) {
      hh.segment[h] = segment;
      hh.baseRent[h] = layout.baseRent[d]!;
    }
  }

  /** Household h (not housed) moves into vacant dwelling d. */
  moveIn(h: number, d: number): void {
    const { hh } = this;
    hh.dwelling[h] = d;
    hh.status[h] = HOUSED;
    this.vacancies.remove(d);
    const q = this.attach(h, d);
    if (hh.arrivalQuarter[h]! < 0) hh.arrivalQuarter[h] = q;
    hh.schoolAttended[h] = schoolFor(this, h, q, this.schoolRng);
    hh.costAtMoveIn[h] = this.housingCost(h);
    hh.incomeAtMoveIn[h] = hh.income[h]!;
    const since = hh.unhousedSince[h]!;
    if (since >= 0) {
      this.people.spellHoused(hh.origin[h]!, since, this.tick);
      hh.unhousedSince[h] = -1;
    }
  }

  /**
   * The dwelling-side bookkeeping of h living in d: occupant, h's copies of d's quarter, segment and
   * rent, and the vacancy and composition counts. Shared by a move and by a rebuild. Returns the quarter.
   */
  private attach(h: number, d: number): number {
    const { hh, layout } = this;
    this.occupant[d] = h;
    const q = layout.dwellingQuarter[d]!;
    hh.quarter[h] = q;
    hh.segment[h] = layout.segment[d]!;
    hh.baseRent[h] = layout.baseRent[d]!;
    this.quarterVacant[q]!--;
    this.blockCounts.adjust(layout.dwellingBlock[d]!, hh.origin[h]!, hh.incomeBand[h]!, hh.milieu[h]!, 1);
    this.quarterCounts.adjust(q, hh.origin[h]!, hh.incomeBand[h]!, hh.milieu[h]!, 1);
    return q;
  }

  /** Household h leaves its dwelling (to another, to the street, or out of the city). */
  moveOut(h: number): void {
    const { hh, layout } = this;
    const d = hh.dwelling[h]!;
    if (d < 0) return;
    this.occupant[d] = -1;
    hh.dwelling[h] = -1;
    hh.quarter[h] = -1;
    hh.schoolAttended[h] = -1;
    hh.status[h] = UNHOUSED;
    this.vacancies.add(d);
    const q = layout.dwellingQuarter[d]!;
    this.quarterVacant[q]!++;
    this.blockCounts.adjust(layout.dwellingBlock[d]!, hh.origin[h]!, hh.incomeBand[h]!, hh.milieu[h]!, -1);
    this.quarterCounts.adjust(q, hh.origin[h]!, hh.incomeBand[h]!, hh.milieu[h]!, -1);
  }

  /** h starts searching (or, already searching, changes why); a household without a dwelling starts a homeless spell. */
  startSearch(h: number, kind: number): void {
    const { hh } = this;
    if (hh.search[h] === SEARCH_NONE) {
      hh.searchSince[h] = this.tick;
      hh.refusedInSearch[h] = 0;
    }
    hh.search[h] = kind;
    this.searchers.add(h);
    if (kind === SEARCH_HOMELESS && hh.dwelling[h]! < 0) this.startSpell(h);
  }

  /** h, a displaced household that found nothing, loses its dwelling and searches on without one. */
  becomeUnhoused(h: number): void {
    this.moveOut(h);
    this.hh.search[h] = SEARCH_HOMELESS;
    this.becameUnhoused++;
    this.startSpell(h);
  }

  private startSpell(h: number): void {
    const { hh } = this;
    if (hh.unhousedSince[h]! >= 0) return;
    hh.unhousedSince[h] = this.tick;
    this.people.spellStarted(hh.origin[h]!, this.tick);
  }

  /**
   * Searching household h was refused vacancy it looked at for `reason` (1-based code into
   * `reasons`). Counts the look, and the household once per reason per tick; remembers that its
   * current search met a refusal (for where the refused end up).
   */
  noteRefusal(h: number, reason: number): void {
    this.refusalLooks[(reason - 1) * this.groups + this.hh.origin[h]!]!++;
    this.noteRefusedReasons(h, 1 << (reason - 1));
  }

  /**
   * The household side of noteRefusal for several looks at once: h met the reasons whose bits are
   * set in `mask` (bit reason - 1), its looks already counted in refusalLooks. The search round
   * gathers its refusals in one mask and calls this once (measured: per look, the bookkeeping cost
   * 1.2 ms of a 10.5 ms tick at 100,000 dwellings).
   */
  noteRefusedReasons(h: number, mask: number): void {
    const { hh } = this;
    hh.refusedInSearch[h]! |= mask;
    if (hh.refusedTick[h] !== this.tick) {
      hh.refusedTick[h] = this.tick;
      hh.refusedNow[h] = 0;
    }
    let fresh = mask & ~hh.refusedNow[h]!;
    if (fresh === 0) return;
    hh.refusedNow[h]! |= fresh;
    const g = hh.origin[h]!;
    while (fresh !== 0) {
      const low = fresh & -fresh;
      this.refusals[(31 - Math.clz32(low)) * this.groups + g]!++;
      fresh ^= low;
    }
  }

  /**
   * Housed household h must leave because its rent burden is too high: count it, with its cause.
   * `atMoveIn` when the burden already exceeded the limit when it moved in (e.g. an authority
   * placement); else a rent rise when its cost grew by a larger factor than its income shrank
   * (cost / costAtMoveIn >= incomeAtMoveIn / income), an income loss otherwise.
   */
  noteDisplacement(h: number): void {
    const { hh } = this;
    this.displacements++;
    const cost0 = hh.costAtMoveIn[h]!;
    const income0 = hh.incomeAtMoveIn[h]!;
    if (cost0 > this.params.behaviour.displacementBurden * income0) this.displacedAtMoveIn++;
    else if (this.housingCost(h) * hh.income[h]! >= cost0 * income0) this.displacedByRentRise++;
    else this.displacedByIncomeLoss++;
  }

  /**
   * The search is over: h moved (call after moveIn), chose to stay, or gave up. Records how long it
   * took and, when it met a refusal, where it ended up.
   */
  endSearch(h: number, outcome: typeof ENDED_MOVED | typeof ENDED_STAYED | typeof ENDED_GAVE_UP): void {
    const { hh } = this;
    const took = this.tick - hh.searchSince[h]! + 1;
    const g = hh.origin[h]!;
    hh.lastSearchTicks[h] = took;
    this.searchTicksSum += took;
    this.searchesEnded++;
    this.people.searchEnded(g, took);
    if (hh.refusedInSearch[h] !== 0) {
      const q = hh.quarter[h]!;
      if (outcome !== ENDED_MOVED) this.people.refusedStayed(g, outcome);
      else if (q >= 0) this.people.refusedMovedTo(g, this.layout.quarterType[q]!);
      hh.refusedInSearch[h] = 0;
    }
    hh.search[h] = SEARCH_NONE;
    hh.searchSince[h] = -1;
    this.searchers.remove(h);
  }

  /** Household h leaves the city: its dwelling becomes vacant and its slot free. */
  depart(h: number): void {
    const { hh } = this;
    if (this.searchers.has(h) && hh.refusedInSearch[h] !== 0) this.people.refusedLeft(hh.origin[h]!);
    hh.refusedInSearch[h] = 0;
    hh.refusedTick[h] = -1;
    this.moveOut(h);
    this.searchers.remove(h);
    this.hh.release(h);
    this.departures++;
    this.departuresTotal++;
  }

  /** Households in the city (housed or unhoused). */
  population(): number {
    return this.hh.capacity - this.hh.freeCount;
  }

  /** Rebuild every derived array (occupants, vacancy counts, compositions) from the household arrays. */
  rebuildDerived(vacancyOrder: Int32Array, searcherOrder: Int32Array): void {
    const { hh } = this;
    this.occupant.fill(-1);
    this.quarterVacant.set(this.quarterDwellings);
    this.blockCounts.clear();
    this.quarterCounts.clear();
    for (let h = 0; h < hh.capacity; h++) {
      if (hh.status[h] === FREE) continue;
      if (h >= hh.highWater) hh.highWater = h + 1;
      const d = hh.dwelling[h]!;
      if (d >= 0) this.attach(h, d);
    }
    this.vacancies.setAll(vacancyOrder);
    this.searchers.setAll(searcherOrder);
  }
}
