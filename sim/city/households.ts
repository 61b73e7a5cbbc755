/**
 * Households as struct-of-arrays over a fixed number of slots. A slot is in use while `status` is
 * not FREE; arrivals take a slot from the free list, departures give it back. Every array is public:
 * the measures read them directly (see README.md for what each holds).
 */

/** Slot not in use. */
export const FREE = 0;
/** Lives in a dwelling (`dwelling[h] >= 0`); may be searching for another one. */
export const HOUSED = 1;
/** Has no dwelling in the city: a forced mover or an arrival who found nothing; always searching. */
export const UNHOUSED = 2;
/**
 * Left the city intending to come back (circular migration): the slot keeps its attributes until the
 * household returns or, never, is freed. Not in the city: no dwelling, not searching, not counted.
 */
export const ABROAD = 3;

/** True for a slot whose household is in the city (housed or unhoused), not free and not abroad. */
export function inCity(status: number): boolean {
  return status === HOUSED || status === UNHOUSED;
}

/**
 * "No tick" in a tick-valued array whose real values may be negative (the burn-in of a settled
 * start runs at ticks -burnIn + 1 .. 0).
 */
export const NO_TICK = -2147483648;

export const LEGAL_REGULAR = 0;
/** Asylum seeker under a residence obligation until `obligationEnd`. */
export const LEGAL_OBLIGATION = 1;

/** Why a household is searching. */
export const SEARCH_NONE = 0;
export const SEARCH_VOLUNTARY = 1;
/** Must leave its dwelling (displacement): if it finds nothing it becomes unhoused. */
export const SEARCH_FORCED = 2;
/** Has no dwelling (unhoused, or an arrival). */
export const SEARCH_HOMELESS = 3;
/** Must leave communal accommodation (its residence obligation ended): keeps its place until it finds a dwelling. */
export const SEARCH_RELOCATE = 4;

export class Households {
  readonly capacity: number;
  /** FREE, HOUSED, UNHOUSED or ABROAD. */
  readonly status: Uint8Array;
  /** Origin group (index into households.groups). */
  readonly origin: Uint8Array;
  /** Tick of arrival in the city (negative: before the run started). */
  readonly arrivalTick: Int32Array;
  /** Net monthly household income (EUR). */
  readonly income: Float64Array;
  /** Income when the household arrived (for households present at the start: income at the start). */
  readonly incomeAtArrival: Float64Array;
  /** Income band 0 low, 1 middle, 2 high (kept in step with income). */
  readonly incomeBand: Uint8Array;
  /** 0 low, 1 middle, 2 high. */
  readonly education: Uint8Array;
  /** 0 traditional, 1 mainstream, 2 liberal, 3 precarious. */
  readonly milieu: Uint8Array;
  /** 1 with children at home. */
  readonly children: Uint8Array;
  /** LEGAL_REGULAR or LEGAL_OBLIGATION. */
  readonly legal: Uint8Array;
  /** Tick at which the residence obligation ends (-1 when none). */
  readonly obligationEnd: Int32Array;
  /** Slot of a related household, -1 when none; valid only while kinGeneration matches. */
  readonly kin: Int32Array;
  readonly kinGeneration: Uint32Array;
  /** Incremented each time the slot is freed, so that stale kin links can be told apart. */
  readonly generation: Uint32Array;
  /** 1 intends to stay, 0 intends to return. */
  readonly stay: Uint8Array;
  /** 1 for a chain migrant: arrived to join its kin (`kin`) and searches near it while unhoused. */
  readonly chain: Uint8Array;
  /**
   * Start of the current homeless spell: the tick the household found itself without a dwelling in
   * the city (arrived, returned from abroad, or displaced and found nothing); NO_TICK while it has a
   * dwelling. searchSince measures the search, which for a displaced household began while it was
   * still housed.
   */
  readonly unhousedSince: Int32Array;
  /** 1 while an unhoused household lives in emergency accommodation (off the housing market, still searching). */
  readonly emergency: Uint8Array;
  /** Dwelling lived in, -1 when unhoused or free. */
  readonly dwelling: Int32Array;
  /**
   * Copies of the dwelling's quarter (-1 when unhoused), segment and base rent, kept by moveIn /
   * moveOut so that the per-household passes of a tick read memory in order instead of jumping
   * through the dwelling arrays.
   */
  readonly quarter: Int32Array;
  readonly segment: Uint8Array;
  readonly baseRent: Float32Array;
  /** Quarter of the first dwelling in the city (-1 until housed; for households present at the start, the quarter at the start). */
  readonly arrivalQuarter: Int32Array;
  /**
   * Quarter whose school the children attend (-1 without children or unhoused): the catchment
   * school of the own quarter, or an adjacent quarter's when the household avoids it (school-choice.ts).
   */
  readonly schoolAttended: Int32Array;
  /** Tick of the last move into a dwelling (-1: never moved during the run). */
  readonly lastMoveTick: Int32Array;
  /** SEARCH_NONE / VOLUNTARY / FORCED / HOMELESS / RELOCATE. */
  readonly search: Uint8Array;
  /** Tick the current search began (-1 when not searching). */
  readonly searchSince: Int32Array;
  /** Ticks the last completed search lasted (-1: none yet). */
  readonly lastSearchTicks: Int32Array;
  /** Number of moves within the city during the run. */
  readonly moves: Uint16Array;
  /**
   * Refusal reasons met (bit reason - 1, see CityState.noteRefusal): `refusedNow` in tick
   * `refusedTick` (stale when that is not the current tick; NO_TICK never), `refusedInSearch` in the
   * current search.
   */
  readonly refusedNow: Uint32Array;
  readonly refusedTick: Int32Array;
  readonly refusedInSearch: Uint32Array;
  /** Monthly cost of its dwelling and its income when it moved in (for the cause of a displacement). */
  readonly costAtMoveIn: Float32Array;
  readonly incomeAtMoveIn: Float32Array;
  /** Command of the language and recognised skills, 0-1 (processes/skills.ts). */
  readonly skill: Float32Array;
  /** Slots not in use, as a stack; freeCount of them are valid. */
  readonly freeSlots: Int32Array;
  freeCount: number;
  /** Slots are used below this index; loops over households stop here. */
  highWater = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.status = new Uint8Array(capacity);
    this.origin = new Uint8Array(capacity);
    this.arrivalTick = new Int32Array(capacity);
    this.income = new Float64Array(capacity);
    this.incomeAtArrival = new Float64Array(capacity);
    this.incomeBand = new Uint8Array(capacity);
    this.education = new Uint8Array(capacity);
    this.milieu = new Uint8Array(capacity);
    this.children = new Uint8Array(capacity);
    this.legal = new Uint8Array(capacity);
    this.obligationEnd = new Int32Array(capacity).fill(-1);
    this.kin = new Int32Array(capacity).fill(-1);
    this.kinGeneration = new Uint32Array(capacity);
    this.generation = new Uint32Array(capacity);
    this.stay = new Uint8Array(capacity);
    this.chain = new Uint8Array(capacity);
    this.unhousedSince = new Int32Array(capacity).fill(NO_TICK);
    this.emergency = new Uint8Array(capacity);
    this.dwelling = new Int32Array(capacity).fill(-1);
    this.quarter = new Int32Array(capacity).fill(-1);
    this.segment = new Uint8Array(capacity);
    this.baseRent = new Float32Array(capacity);
    this.arrivalQuarter = new Int32Array(capacity).fill(-1);
    this.schoolAttended = new Int32Array(capacity).fill(-1);
    this.lastMoveTick = new Int32Array(capacity).fill(-1);
    this.search = new Uint8Array(capacity);
    this.searchSince = new Int32Array(capacity).fill(-1);
    this.lastSearchTicks = new Int32Array(capacity).fill(-1);
    this.moves = new Uint16Array(capacity);
    this.refusedNow = new Uint32Array(capacity);
    this.refusedTick = new Int32Array(capacity).fill(NO_TICK);
    this.refusedInSearch = new Uint32Array(capacity);
    this.costAtMoveIn = new Float32Array(capacity);
    this.incomeAtMoveIn = new Float32Array(capacity);
    this.skill = new Float32Array(capacity);
    this.freeSlots = new Int32Array(capacity);
    // Lowest slots on top of the stack, so a fresh city fills slots 0, 1, 2, ...
    for (let i = 0; i < capacity; i++) this.freeSlots[i] = capacity - 1 - i;
    this.freeCount = capacity;
  }

  /** A free slot, reset to defaults, or -1 when all are in use. */
  take(): number {
    if (this.freeCount === 0) return -1;
    const h = this.freeSlots[--this.freeCount]!;
    if (h >= this.highWater) this.highWater = h + 1;
    this.obligationEnd[h] = -1;
    this.kin[h] = -1;
    this.dwelling[h] = -1;
    this.arrivalQuarter[h] = -1;
    this.schoolAttended[h] = -1;
    this.lastMoveTick[h] = -1;
    this.search[h] = 0;
    this.searchSince[h] = -1;
    this.lastSearchTicks[h] = -1;
    this.moves[h] = 0;
    this.legal[h] = LEGAL_REGULAR;
    this.chain[h] = 0;
    this.unhousedSince[h] = NO_TICK;
    this.emergency[h] = 0;
    this.refusedTick[h] = NO_TICK;
    this.refusedInSearch[h] = 0;
    return h;
  }

  /** Give a slot back (the household has left the city). */
  release(h: number): void {
    this.status[h] = FREE;
    this.dwelling[h] = -1;
    this.search[h] = 0;
    this.generation[h] = (this.generation[h]! + 1) >>> 0;
    this.freeSlots[this.freeCount++] = h;
  }

  /** Kin of h if the link is still valid (the related household is in the city), else -1. */
  kinOf(h: number): number {
    const k = this.kin[h]!;
    if (k < 0 || !inCity(this.status[k]!) || this.generation[k] !== this.kinGeneration[h]) return -1;
    return k;
  }

  link(h: number, k: number): void {
    this.kin[h] = k;
    this.kinGeneration[h] = this.generation[k]!;
  }

  /** The arrays that make up the state, by name (for snapshots and digests). */
  arrays(): Record<
    string,
    Uint8Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array
  > {
    return {
      status: this.status,
      origin: this.origin,
      arrivalTick: this.arrivalTick,
      income: this.income,
      incomeAtArrival: this.incomeAtArrival,
      incomeBand: this.incomeBand,
      education: this.education,
      milieu: this.milieu,
      children: this.children,
      legal: this.legal,
      obligationEnd: this.obligationEnd,
      kin: this.kin,
      kinGeneration: this.kinGeneration,
      generation: this.generation,
      stay: this.stay,
      chain: this.chain,
      unhousedSince: this.unhousedSince,
      emergency: this.emergency,
      dwelling: this.dwelling,
      arrivalQuarter: this.arrivalQuarter,
      schoolAttended: this.schoolAttended,
      lastMoveTick: this.lastMoveTick,
      search: this.search,
      searchSince: this.searchSince,
      lastSearchTicks: this.lastSearchTicks,
      moves: this.moves,
      refusedNow: this.refusedNow,
      refusedTick: this.refusedTick,
      refusedInSearch: this.refusedInSearch,
      costAtMoveIn: this.costAtMoveIn,
      incomeAtMoveIn: this.incomeAtMoveIn,
      skill: this.skill,
      freeSlots: this.freeSlots,
    };
  }
}
