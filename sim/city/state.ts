/**
 * The dynamic state of the city: households, who lives where, the vacancy pool, who is searching,
 * the composition of every block and quarter, and each quarter's rent index, school and image. The
 * processes (processes/*.ts) change it only through moveIn / moveOut / setIncome / startSearch /
 * endSearch, which keep every derived count in step.
 */
import { BANDS, UnitCounts } from './composition.ts';
import type { CityLayout } from './generate.ts';
import { COMMUNAL, OWNER, P_QUARTER, P_RENT, P_SEGMENT, PACK, PRIVATE, SOCIAL } from './generate.ts';
import {
  ABROAD,
  FREE,
  HOUSED,
  Households,
  LEGAL_REGULAR,
  NO_TICK,
  SEARCH_HOMELESS,
  SEARCH_NONE,
  UNHOUSED,
} from './households.ts';
import { IndexSet } from './index-set.ts';
import { QuarterVacancies } from './quarter-vacancies.ts';
import { type CityParams, householdCapacity } from './params.ts';
import { ENDED_MOVED, type ENDED_GAVE_UP, type ENDED_STAYED, PeopleCounts } from './people-counts.ts';
import { ENGINE_REASONS, type CityPolicy } from './policy-hooks.ts';
import { schoolFor } from './school-choice.ts';
import type { Rng } from '../rng.ts';
import { WaitingList } from './waiting-list.ts';

/** Segments counted per quarter (social, private, owner, communal). */
export const SEGMENTS = 4;

/**
 * Why a household left the city: for elsewhere (leaveRate, intending to stay), to return (leaveRate x
 * returnIntentionFactor, intending to return; circularShare of them to the pool abroad), to the
 * surrounding region (regionRate), or unhoused for too long (households.unhousedMonths).
 */
export const DEPARTURE_REASONS = ['elsewhere', 'return', 'region', 'unhoused'] as const;
export const LEFT_ELSEWHERE = 0;
export const LEFT_RETURN = 1;
export const LEFT_REGION = 2;
export const LEFT_UNHOUSED = 3;

export class CityState {
  readonly params: CityParams;
  readonly layout: CityLayout;
  readonly groups: number;
  readonly groupNames: readonly string[];
  readonly hh: Households;
  /** Household living in each dwelling, -1 when vacant. */
  readonly occupant: Int32Array;
  /**
   * Vacant dwellings on the market (private rental and owner-occupied): what searchers sample.
   * Vacant social dwellings are let from the waiting list, communal places by the authority.
   */
  readonly vacancies: IndexSet;
  readonly socialVacancies: IndexSet;
  readonly communalVacancies: IndexSet;
  /** Households registered for social housing, first come first served. */
  readonly waitingList: WaitingList;
  /** The vacant dwellings of each quarter (kept in step with `vacancies` by moveIn / moveOut). */
  readonly quarterVacancies: QuarterVacancies;
  /** Households in the pool abroad (status ABROAD): left intending to return, may come back. */
  readonly abroad: IndexSet;
  /** Households searching (housed movers, forced movers, unhoused). */
  readonly searchers: IndexSet;
  readonly blockCounts: UnitCounts;
  readonly quarterCounts: UnitCounts;
  /** Dwellings of the housing stock (communal places left out) in each quarter, and how many are vacant. */
  readonly quarterDwellings: Int32Array;
  readonly quarterVacant: Int32Array;
  /** The same by segment: [q * SEGMENTS + segment] (communal places included under COMMUNAL). */
  readonly quarterSegmentDwellings: Int32Array;
  readonly quarterSegmentVacant: Int32Array;
  /** Multiplier on private rents of each quarter (1 at the start). */
  readonly rentIndex: Float64Array;
  /** Multiplier on owner-occupied prices and owner costs of each quarter (1 at the start). */
  readonly priceIndex: Float64Array;
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
  /** Households that moved into a rented (social or private) dwelling, from inside or outside the city. */
  rentalMoveIns = 0;
  /** Households back from the pool abroad (also counted in arrivals). */
  returners = 0;
  /** Unhoused households taken into emergency accommodation (households.unhoused = "emergency"). */
  toEmergency = 0;
  /** Households with children among those moving out to the surrounding region. */
  regionFamilies = 0;
  /** departuresBy[reason * groups + origin], reasons as DEPARTURE_REASONS. */
  readonly departuresBy: Int32Array;
  /** Returners of the tick by origin group. */
  readonly returnersBy: Int32Array;
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
    // A dwelling is vacant in at most one pool, so the three pools share one position array; each
    // list starts as long as its segment's stock (every dwelling starts vacant) and grows if a lever
    // converts dwellings into its segment.
    let social = 0;
    let communal = 0;
    for (let d = 0; d < D; d++) {
      if (layout.segment[d] === SOCIAL) social++;
      else if (layout.segment[d] === COMMUNAL) communal++;
    }
    const vacancyPosition = new Int32Array(D).fill(-1);
    this.vacancies = new IndexSet(D, D - social - communal, vacancyPosition);
    this.socialVacancies = new IndexSet(D, social, vacancyPosition);
    this.communalVacancies = new IndexSet(D, communal, vacancyPosition);
    this.waitingList = new WaitingList(this.hh.capacity * 2);
    // A household is never searching while abroad: searchers and the pool abroad share positions.
    const householdPosition = new Int32Array(this.hh.capacity).fill(-1);
    this.searchers = new IndexSet(this.hh.capacity, 1024, householdPosition);
    this.blockCounts = new UnitCounts(layout.blocks.units, this.groups);
    this.quarterCounts = new UnitCounts(layout.quarters.units, this.groups);
    const Q = layout.quarters.units;
    this.quarterDwellings = new Int32Array(Q);
    this.quarterSegmentDwellings = new Int32Array(Q * SEGMENTS);
    for (let d = 0; d < D; d++) {
      const q = layout.dwellingQuarter[d]!;
      const seg = layout.segment[d]!;
      this.quarterSegmentDwellings[q * SEGMENTS + seg]!++;
      if (seg !== COMMUNAL) this.quarterDwellings[q]!++;
    }
    this.quarterVacant = this.quarterDwellings.slice();
    this.quarterSegmentVacant = this.quarterSegmentDwellings.slice();
    // Every dwelling starts vacant; the market pool and its per-quarter index hold private and owner ones.
    this.quarterVacancies = new QuarterVacancies(layout.dwellingQuarter, Q);
    for (let d = 0; d < D; d++) {
      const pool = this.poolOf(layout.segment[d]!);
      pool.add(d);
      // The index starts with every dwelling vacant: it keeps only the market's.
      if (pool !== this.vacancies) this.quarterVacancies.remove(d);
    }
    this.abroad = new IndexSet(this.hh.capacity, 1024, householdPosition);
    this.departuresBy = new Int32Array(DEPARTURE_REASONS.length * this.groups);
    this.returnersBy = new Int32Array(this.groups);
    this.rentIndex = new Float64Array(Q).fill(1);
    this.priceIndex = new Float64Array(Q).fill(1);
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
    this.rentalMoveIns = 0;
    this.returners = 0;
    this.toEmergency = 0;
    this.regionFamilies = 0;
    this.departuresBy.fill(0);
    this.returnersBy.fill(0);
  }

  /**
   * Tick 0 of the reported run (after the placement and any burn-in): flows and moves are counted
   * from here, and households present now count as present at the start (income at arrival = income
   * now, first quarter = quarter now, no moves yet).
   */
  beginReportedRun(): void {
    const { hh } = this;
    this.tick = 0;
    for (let h = 0; h < hh.highWater; h++) {
      if (hh.status[h] === FREE) continue;
      hh.incomeAtArrival[h] = hh.income[h]!;
      hh.arrivalQuarter[h] = hh.quarter[h]!;
      hh.lastMoveTick[h] = -1;
      hh.moves[h] = 0;
    }
    this.arrivalsTotal = 0;
    this.departuresTotal = 0;
    this.population0 = this.population();
    this.people.beginRun();
    this.resetTickCounters();
  }

  /** The vacancy pool that holds vacant dwellings of a segment. */
  poolOf(segment: number): IndexSet {
    return segment === SOCIAL
      ? this.socialVacancies
      : segment === COMMUNAL
        ? this.communalVacancies
        : this.vacancies;
  }

  /** Vacant dwellings of the housing stock (market and social; communal places left out). */
  vacantDwellings(): number {
    return this.vacancies.size + this.socialVacancies.size;
  }

  /** Monthly cost of a dwelling of `segment` with base rent `base` in quarter q, now. */
  private costOf(segment: number, base: number, q: number): number {
    // Social rents stay fixed; a communal place's base is 0 (the authority pays).
    if (segment === SOCIAL || segment === COMMUNAL) return base;
    return base * (segment === OWNER ? this.priceIndex[q]! : this.rentIndex[q]!);
  }

  /** Rent (or owner cost) of dwelling d now. */
  rent(d: number): number {
    return this.rentAt(this.layout.packed, d * PACK);
  }

  /**
   * Rent (or owner cost) now of the dwelling whose packed record (see PACK) starts at `at` in `p`:
   * layout.packed, or the market pool's mirror of it (IndexSet.mirrorOf), which search reads.
   */
  rentAt(p: Float32Array, at: number): number {
    return this.costOf(p[at + P_SEGMENT]!, p[at + P_RENT]!, p[at + P_QUARTER]!);
  }

  /** What household h pays for its own dwelling now (it must be housed). Reads h's copies of its dwelling's data. */
  housingCost(h: number): number {
    if (this.costHooks.length > 0) return this.costFor(h, this.hh.dwelling[h]!);
    return this.costOf(this.hh.segment[h]!, this.hh.baseRent[h]!, this.hh.quarter[h]!);
  }

  /** What dwelling d costs household h per month (market rent, adjusted by policies). */
  costFor(h: number, d: number): number {
    let cost = this.rent(d);
    for (let i = 0; i < this.costHooks.length; i++) cost = this.costHooks[i]!.costFor!(this, h, d, cost);
    return cost;
  }

  /**
   * Most a household with this income can pay in rent: maxRentBurden x income, or, living on basic
   * security (income up to transferIncome), at least the rent the office covers.
   */
  affordableRent(income: number): number {
    const b = this.params.behaviour;
    const own = b.maxRentBurden * income;
    return income <= b.transferIncome && b.coveredRent > own ? b.coveredRent : own;
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
   * (The per-quarter vacancy index needs nothing here: a dwelling never changes quarter. A vacancy
   * index split by segment would move d between its pools here.)
   */
  setDwellingHousing(d: number, segment: number, baseRent: number): void {
    const { layout, hh } = this;
    const old = layout.segment[d]!;
    const q = layout.dwellingQuarter[d]!;
    const vacant = this.occupant[d]! < 0;
    if (old !== segment) {
      this.quarterSegmentDwellings[q * SEGMENTS + old]!--;
      this.quarterSegmentDwellings[q * SEGMENTS + segment]!++;
      if (vacant) {
        this.quarterSegmentVacant[q * SEGMENTS + old]!--;
        this.quarterSegmentVacant[q * SEGMENTS + segment]!++;
        const from = this.poolOf(old);
        const to = this.poolOf(segment);
        from.remove(d);
        to.add(d);
        if (from === this.vacancies && to !== this.vacancies) this.quarterVacancies.remove(d);
        if (to === this.vacancies && from !== this.vacancies) this.quarterVacancies.add(d);
      }
    }
    (layout.segment as Uint8Array)[d] = segment;
    (layout.baseRent as Float32Array)[d] = baseRent;
    layout.packed[d * PACK + P_SEGMENT] = segment;
    layout.packed[d * PACK + P_RENT] = baseRent;
    this.vacancies.refresh(d);
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
    hh.emergency[h] = 0;
    const seg = this.layout.segment[d]!;
    const pool = this.poolOf(seg);
    pool.remove(d);
    if (pool === this.vacancies) this.quarterVacancies.remove(d);
    if (seg === SOCIAL || seg === PRIVATE) this.rentalMoveIns++;
    const q = this.attach(h, d);
    if (hh.arrivalQuarter[h]! < 0) hh.arrivalQuarter[h] = q;
    hh.schoolAttended[h] = schoolFor(this, h, q, this.schoolRng);
    hh.costAtMoveIn[h] = this.housingCost(h);
    hh.incomeAtMoveIn[h] = hh.income[h]!;
    const since = hh.unhousedSince[h]!;
    if (since !== NO_TICK) {
      this.people.spellHoused(hh.origin[h]!, since, this.tick);
      hh.unhousedSince[h] = NO_TICK;
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
    const seg = layout.segment[d]!;
    if (seg !== COMMUNAL) this.quarterVacant[q]!--;
    this.quarterSegmentVacant[q * SEGMENTS + seg]!--;
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
    const seg = layout.segment[d]!;
    const pool = this.poolOf(seg);
    pool.add(d);
    if (pool === this.vacancies) this.quarterVacancies.add(d);
    const q = layout.dwellingQuarter[d]!;
    if (seg !== COMMUNAL) this.quarterVacant[q]!++;
    this.quarterSegmentVacant[q * SEGMENTS + seg]!++;
    this.blockCounts.adjust(layout.dwellingBlock[d]!, hh.origin[h]!, hh.incomeBand[h]!, hh.milieu[h]!, -1);
    this.quarterCounts.adjust(q, hh.origin[h]!, hh.incomeBand[h]!, hh.milieu[h]!, -1);
  }

  /**
   * h starts searching (or, already searching, changes why). A household eligible for social housing
   * when its search starts is entered on the waiting list; one without a dwelling starts a homeless
   * spell.
   */
  startSearch(h: number, kind: number): void {
    const { hh } = this;
    if (hh.search[h] === SEARCH_NONE) {
      hh.searchSince[h] = this.tick;
      if (hh.income[h]! <= this.params.behaviour.socialIncomeLimit) this.waitingList.add(hh, h, this.tick);
      hh.refusedInSearch[h] = 0;
    }
    hh.search[h] = kind;
    this.searchers.add(h);
    if (kind === SEARCH_HOMELESS && hh.dwelling[h]! < 0) this.startSpell(h);
  }

  /** Searching household h moves into vacant dwelling d (from its dwelling, or from none): the search ends. */
  moveTo(h: number, d: number): void {
    const { hh } = this;
    if (hh.dwelling[h]! >= 0) {
      this.moveOut(h);
      this.moves++;
      hh.moves[h] = Math.min(65535, hh.moves[h]! + 1);
    }
    this.moveIn(h, d);
    hh.lastMoveTick[h] = this.tick;
    this.endSearch(h, ENDED_MOVED);
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
    if (hh.unhousedSince[h] !== NO_TICK) return;
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

  /** A household leaving the city in the middle of a search that met a refusal: where the refused end up. */
  private noteLeftSearching(h: number): void {
    const { hh } = this;
    if (this.searchers.has(h) && hh.refusedInSearch[h] !== 0) this.people.refusedLeft(hh.origin[h]!);
    hh.refusedInSearch[h] = 0;
    hh.refusedTick[h] = NO_TICK;
  }

  /** Household h leaves the city for good, for `reason` (LEFT_*): its dwelling becomes vacant and its slot free. */
  depart(h: number, reason: number): void {
    this.countDeparture(h, reason);
    this.noteLeftSearching(h);
    this.moveOut(h);
    this.searchers.remove(h);
    this.hh.release(h);
  }

  /**
   * Household h leaves the city to return, intending to come back: its dwelling becomes vacant, its
   * search ends, and its slot, with its attributes, goes to the pool abroad.
   */
  goAbroad(h: number): void {
    const { hh } = this;
    this.countDeparture(h, LEFT_RETURN);
    this.noteLeftSearching(h);
    this.moveOut(h);
    this.searchers.remove(h);
    hh.search[h] = SEARCH_NONE;
    hh.searchSince[h] = -1;
    hh.status[h] = ABROAD;
    hh.unhousedSince[h] = NO_TICK;
    hh.emergency[h] = 0;
    // A residence obligation does not survive leaving the country.
    hh.legal[h] = LEGAL_REGULAR;
    hh.obligationEnd[h] = -1;
    this.abroad.add(h);
  }

  /** Household h comes back from the pool abroad: a returner, arriving unhoused and searching like an arrival. */
  comeBack(h: number): void {
    const { hh } = this;
    this.abroad.remove(h);
    hh.status[h] = UNHOUSED;
    hh.arrivalTick[h] = this.tick;
    hh.incomeAtArrival[h] = hh.income[h]!;
    hh.arrivalQuarter[h] = -1;
    this.arrivals++;
    this.arrivalsTotal++;
    this.returners++;
    this.returnersBy[hh.origin[h]!]!++;
    this.startSearch(h, SEARCH_HOMELESS);
  }

  private countDeparture(h: number, reason: number): void {
    this.departures++;
    this.departuresTotal++;
    this.departuresBy[reason * this.groups + this.hh.origin[h]!]!++;
    if (reason === LEFT_REGION && this.hh.children[h] === 1) this.regionFamilies++;
  }

  /** Households in the city (housed or unhoused): slots in use minus the pool abroad. */
  population(): number {
    return this.hh.capacity - this.hh.freeCount - this.abroad.size;
  }

  /** Rebuild every derived array (occupants, vacancy counts, compositions) from the household arrays. */
  rebuildDerived(
    vacancyOrders: { market: Int32Array; social: Int32Array; communal: Int32Array },
    searcherOrder: Int32Array,
    quarterVacancyOrder: Int32Array,
    abroadOrder: Int32Array,
  ): void {
    const { hh } = this;
    this.occupant.fill(-1);
    this.quarterVacant.set(this.quarterDwellings);
    this.quarterSegmentVacant.set(this.quarterSegmentDwellings);
    this.blockCounts.clear();
    this.quarterCounts.clear();
    for (let h = 0; h < hh.capacity; h++) {
      if (hh.status[h] === FREE) continue;
      if (h >= hh.highWater) hh.highWater = h + 1;
      const d = hh.dwelling[h]!;
      if (d >= 0) this.attach(h, d);
    }
    this.vacancies.setAll(vacancyOrders.market);
    this.socialVacancies.setAll(vacancyOrders.social);
    this.communalVacancies.setAll(vacancyOrders.communal);
    this.searchers.setAll(searcherOrder);
    this.quarterVacancies.setAll(
      quarterVacancyOrder,
      (d) => this.occupant[d]! < 0 && this.poolOf(this.layout.segment[d]!) === this.vacancies,
    );
    this.abroad.setAll(abroadOrder);
  }
}
