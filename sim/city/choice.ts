/**
 * Search and choice. A searching household looks at a random sample of vacancies, keeps those it
 * can get (affordable, eligible, not refused by a landlord or a policy) and chooses among them and,
 * when it is a voluntary mover, its current dwelling: by multinomial logit over a utility of price,
 * quality, neighbours' origin, status and milieu, nearness to kin, school and image (after Bruch &
 * Mare 2006), or by a Schelling-like threshold rule. Utility reads the kept composition counts, so
 * each candidate costs O(1).
 */
import { exp } from '../math/portable.ts';
import type { Rng } from '../rng.ts';
import { BANDS, MILIEUS } from './composition.ts';
import { OWNER, P_BLOCK, P_QUALITY, P_QUARTER, P_SEGMENT, P_X, P_Y, PACK, SOCIAL } from './generate.ts';
import { SEARCH_VOLUNTARY, UNHOUSED } from './households.ts';
import { REFUSED_AFFORDABILITY, REFUSED_DISCRIMINATION, REFUSED_ELIGIBILITY } from './policy-hooks.ts';
import type { BehaviourParams } from './params-behaviour.ts';
import type { CityState } from './state.ts';
import type { CityPolicy } from './policy-hooks.ts';

/** The household found nothing it can get (or nothing acceptable). */
export const FOUND_NOTHING = -1;
/** The household chose to stay where it is. */
export const CHOSE_STAY = -2;

export class Chooser {
  private readonly s: CityState;
  private readonly candidates: Int32Array;
  private readonly utilities: Float64Array;
  /** Sum of the absolute weights: utility / this is the normalised utility (about -1..1). */
  readonly weightSum: number;
  // The behaviour parameters read per candidate, copied once.
  private readonly wPrice: number;
  private readonly wQuality: number;
  private readonly wKin: number;
  private readonly wImage: number;
  private readonly invKinDistance: number;
  /** Of each round's sample, how many an unhoused chain migrant draws from its kin's quarter. */
  private readonly nearSamples: number;
  private readonly socialLimit: number;
  /** Mortgage rule: the largest owner cost / income a lender accepts (maxPriceToIncome / priceToRent). */
  private readonly ownerBurden: number;
  private readonly socialDiscrimination: number;
  private readonly hasCostHooks: boolean;
  private readonly discriminationHooks: readonly CityPolicy[];
  // The household in focus (see focus()), so that each candidate reads only the dwelling's data.
  private h = -1;
  private income = 0;
  /** Most the household in focus can pay (state.affordableRent). */
  private affordable = 0;
  private origin = 0;
  private milieu = 0;
  private band = 0;
  private wSchool = 0;
  // The neighbourhood weights of the focus household's group (GroupPreferences).
  private wOwn = 0;
  private wStatus = 0;
  private wMilieu = 0;
  private thresholdForm = false;
  private ownThreshold = 0;
  private hasOthers = false;
  private readonly prefs: GroupPreferences;
  private discrimination = 0;
  private hasKin = false;
  private kinX = 0;
  private kinY = 0;
  /** Whether readForUtility has run for the household in focus. */
  private utilityReady = false;
  /** Between priceVacancies and forgetPrices: the market pool's keys are each vacancy's cost now. */
  private priced = false;
  private readonly rentKey: (records: Float32Array, at: number) => number;

  constructor(s: CityState) {
    this.s = s;
    const b = s.params.behaviour;
    this.candidates = new Int32Array(b.sampleSize);
    this.utilities = new Float64Array(b.sampleSize + 1);
    this.wPrice = b.priceWeight;
    this.wQuality = b.qualityWeight;
    this.prefs = new GroupPreferences(b, s.groupNames);
    this.wKin = b.kinWeight;
    this.wImage = b.imageWeight;
    this.invKinDistance = 1 / b.kinDistance;
    this.nearSamples = Math.round(b.chainSearchShare * b.sampleSize);
    this.socialLimit = b.socialIncomeLimit;
    this.ownerBurden = b.maxPriceToIncome / b.priceToRent;
    this.socialDiscrimination = b.socialDiscriminationFactor;
    this.hasCostHooks = s.policies.some((p) => p.costFor);
    this.discriminationHooks = s.policies.filter((p) => p.discriminationFactor);
    this.rentKey = (records, at) => s.rentAt(records, at);
    // The general weights (a group's own weights, where it has them, are not counted: assumption).
    this.weightSum =
      Math.abs(b.priceWeight) +
        Math.abs(b.qualityWeight) +
        Math.abs(b.ownOriginWeight) +
        Math.abs(b.statusWeight) +
        Math.abs(b.milieuWeight) +
        Math.abs(b.kinWeight) +
        Math.abs(b.schoolWeight) +
        Math.abs(b.imageWeight) || 1;
  }

  /**
   * Price every market vacancy once (its rent or owner cost now, kept beside it in the pool, and
   * made for each vacancy added) until forgetPrices: a look refused on its cost then reads one
   * number. Only while rents stand still (the search round: they move after it) and no policy
   * changes what a dwelling costs a household (cost hooks are per household).
   */
  priceVacancies(): void {
    if (this.hasCostHooks) return;
    this.s.vacancies.mirrorOf(this.s.layout.packed, PACK);
    this.s.vacancies.keyBy(this.rentKey);
    this.priced = true;
  }

  forgetPrices(): void {
    this.priced = false;
  }

  /**
   * Read household h's attributes once for all the dwellings it weighs: now what access needs; what
   * only utility needs (its milieu, band, children, where its kin lives), when utility first asks
   * (readForUtility). A searcher whose looks are all refused never needs those (measured: in
   * Berlin most unhoused searchers; reaching the kin's dwelling is three reads one after another).
   */
  private focus(h: number): void {
    const s = this.s;
    const { hh } = s;
    this.h = h;
    this.income = hh.income[h]!;
    this.affordable = s.affordableRent(this.income);
    this.origin = hh.origin[h]!;
    this.discrimination = s.params.households.groups[this.origin]!.discrimination;
    this.utilityReady = false;
  }

  /** The rest of focus(h): what utility reads of the household in focus. */
  private readForUtility(): void {
    const s = this.s;
    const b = s.params.behaviour;
    const { hh } = s;
    const h = this.h;
    this.utilityReady = true;
    this.milieu = hh.milieu[h]!;
    this.band = hh.incomeBand[h]!;
    const pr = this.prefs;
    const g = this.origin;
    this.wOwn = pr.own[g]!;
    this.wStatus = pr.status[g]!;
    this.wMilieu = pr.milieu[g]!;
    this.thresholdForm = pr.threshold[g] === 1;
    this.ownThreshold = pr.ownThreshold[g]!;
    this.hasOthers = pr.hasOthers[g] === 1;
    this.wSchool = hh.children[h] ? b.schoolWeight : b.schoolWeight * b.schoolWeightNoChildren;
    const k = this.wKin !== 0 ? hh.kinOf(h) : -1;
    const kd = k >= 0 ? hh.dwelling[k]! : -1;
    this.hasKin = kd >= 0;
    this.kinX = kd >= 0 ? s.layout.packed[kd * PACK + P_X]! : 0;
    this.kinY = kd >= 0 ? s.layout.packed[kd * PACK + P_Y]! : 0;
  }

  /** Monthly cost of dwelling d to the household in focus. */
  private cost(d: number): number {
    return this.hasCostHooks ? this.s.costFor(this.h, d) : this.s.rent(d);
  }

  /**
   * Utility of dwelling d for household h. With `self`, h lives in d and is left out of the
   * neighbourhood counts (a household is not its own neighbour).
   */
  utility(h: number, d: number, self: boolean): number {
    this.focus(h);
    return this.utilityAt(this.s.layout.packed, d * PACK, self, this.cost(d));
  }

  /**
   * Utility for the household in focus of the dwelling whose packed record starts at `at` in `p`
   * (layout.packed, or the market pool's mirror of it), costing `cost`.
   */
  private utilityAt(p: Float32Array, at: number, self: boolean, cost: number): number {
    if (!this.utilityReady) this.readForUtility();
    const s = this.s;
    const q = p[at + P_QUARTER]!;
    const one = self ? 1 : 0;
    // The block is the neighbourhood; an empty block falls back to its quarter.
    let counts = s.blockCounts;
    let u = p[at + P_BLOCK]!;
    if (counts.total[u]! - one <= 0) {
      counts = s.quarterCounts;
      u = q;
    }
    const n = counts.total[u]! - one;
    let v = -this.wPrice * (cost / this.income) + this.wQuality * p[at + P_QUALITY]!;
    if (n > 0) {
      const own = counts.origin[u * s.groups + this.origin]! - one;
      const same = counts.milieu[u * MILIEUS + this.milieu]! - one;
      const high = counts.band[u * BANDS + 2]! - (this.band === 2 ? one : 0);
      const low = counts.band[u * BANDS]! - (this.band === 0 ? one : 0);
      if (!this.thresholdForm) v += (this.wOwn * own + this.wMilieu * same + this.wStatus * (high - low)) / n;
      else
        v +=
          (own / n >= this.ownThreshold ? this.wOwn : 0) +
          (this.wMilieu * same + this.wStatus * (high - low)) / n;
      if (this.hasOthers) v += this.othersTerm(counts.origin, u, n);
    }
    if (this.hasKin) {
      const dx = p[at + P_X]! - this.kinX;
      const dy = p[at + P_Y]! - this.kinY;
      v += this.wKin * exp(-Math.sqrt(dx * dx + dy * dy) * this.invKinDistance);
    }
    return v + this.wSchool * s.school[q]! + this.wImage * s.image[q]!;
  }

  /**
   * The focus group's weights on other groups' shares of unit u (n other households): linear,
   * weight x share; threshold, the weight when the share is above that group's tolerance. The
   * household itself is of its own group, never of another, so no self-correction is needed.
   */
  private othersTerm(origin: Int32Array, u: number, n: number): number {
    const G = this.s.groups;
    const row = this.origin * G;
    const { other, otherThreshold } = this.prefs;
    let v = 0;
    for (let k = 0; k < G; k++) {
      const w = other[row + k]!;
      if (w === 0) continue;
      const x = origin[u * G + k]! / n;
      v += this.thresholdForm ? (x > otherThreshold[row + k]! ? w : 0) : w * x;
    }
    return v;
  }

  /** Share of h's own origin among the other households of d's block (its quarter if the block is empty). */
  ownShare(h: number, d: number): number {
    const s = this.s;
    let counts = s.blockCounts;
    let u = s.layout.packed[d * PACK + P_BLOCK]!;
    if (counts.total[u] === 0) {
      counts = s.quarterCounts;
      u = s.layout.packed[d * PACK + P_QUARTER]!;
    }
    const n = counts.total[u]!;
    return n === 0 ? 0 : counts.origin[u * s.groups + s.hh.origin[h]!]! / n;
  }

  /**
   * 0 when the household in focus can get vacant dwelling d costing `cost`, else the refusal reason
   * code (1-based index into state.reasons). The checks run in this order, and a refusal names the
   * first that fails: affordability (cost above maxRentBurden x income, or above coveredRent for a
   * household on basic security), eligibility (social housing:
   * income above socialIncomeLimit; owner-occupied: the mortgage rule, price above maxPriceToIncome
   * years of income, i.e. cost above maxPriceToIncome / priceToRent x income, with the cost after
   * any subsidy), landlord discrimination, then each policy's reasons in the order of the policies.
   */
  private access(d: number, segment: number, cost: number, rng: Rng): number {
    const s = this.s;
    const income = this.income;
    if (cost > this.affordable) return REFUSED_AFFORDABILITY;
    if (
      segment === SOCIAL ? income > this.socialLimit : segment === OWNER && cost > this.ownerBurden * income
    ) {
      return REFUSED_ELIGIBILITY;
    }
    if (this.discrimination > 0) {
      let p = segment === SOCIAL ? this.discrimination * this.socialDiscrimination : this.discrimination;
      for (let i = 0; i < this.discriminationHooks.length; i++) {
        p *= this.discriminationHooks[i]!.discriminationFactor!(s, this.h, d);
      }
      if (p > 0 && rng() < p) return REFUSED_DISCRIMINATION;
    }
    for (let i = 0; i < s.policies.length; i++) {
      const refuse = s.policies[i]!.refuse;
      if (!refuse) continue;
      const r = refuse(s, this.h, d);
      if (r > 0) return s.policyReasonBase[i]! + r;
    }
    return 0;
  }

  /**
   * Whether household h gets social dwelling d offered from the waiting list: 0, or the refusal
   * reason code (affordability, landlord discrimination, a policy: see access). Refusals are counted.
   */
  offerRefused(h: number, d: number, rng: Rng): number {
    this.focus(h);
    const refused = this.access(d, this.s.layout.packed[d * PACK + P_SEGMENT]!, this.cost(d), rng);
    if (refused > 0) this.s.noteRefusal(h, refused);
    return refused;
  }

  /**
   * Whether household h takes the dwelling d it is offered: a household that must move (unhoused,
   * displaced, leaving communal accommodation) always does; a voluntary mover weighs it against
   * staying by the same logit as its own search.
   */
  acceptsOffer(h: number, d: number, rng: Rng): boolean {
    const s = this.s;
    const current = s.hh.dwelling[h]!;
    if (current < 0 || s.hh.search[h] !== SEARCH_VOLUNTARY) return true;
    this.focus(h);
    const p = s.layout.packed;
    const offer = this.utilityAt(p, d * PACK, false, this.cost(d));
    const stay = this.utilityAt(p, current * PACK, true, this.cost(current));
    const scale = s.params.behaviour.logitScale;
    return rng() * (1 + exp(scale * (stay - offer))) < 1;
  }

  /**
   * A random market vacancy (private or owner-occupied) in quarter q, or -1 when q has none: where a
   * chain migrant looks near its kin. Social dwellings are let from the waiting list, not searched.
   */
  sampleNear(q: number, rng: Rng): number {
    return this.s.quarterVacancies.sample(q, rng);
  }

  /** The quarter h searches near: its kin's, when h is an unhoused chain migrant whose kin is housed; else -1. */
  private nearQuarter(h: number): number {
    const { hh } = this.s;
    if (hh.chain[h] !== 1 || hh.status[h] !== UNHOUSED || this.nearSamples === 0) return -1;
    const k = hh.kinOf(h);
    return k < 0 ? -1 : hh.quarter[k]!;
  }

  /** One round of search by h: a dwelling to move to, CHOSE_STAY or FOUND_NOTHING. */
  search(h: number, rng: Rng): number {
    const s = this.s;
    const b = s.params.behaviour;
    const { candidates, utilities } = this;
    const pool = s.vacancies;
    const packed = s.layout.packed;
    // A draw from the pool reads the pool's own copy of the dwelling's record (list order), not packed.
    const mirror = pool.mirrorOf(packed, PACK);
    const prices = this.priced ? pool.keysNow() : null;
    this.focus(h);
    const near = this.nearQuarter(h);
    let n = 0;
    // Reasons met this round (bit reason - 1): the household's side is noted once, after the round.
    let refusedMask = 0;
    const looks = s.refusalLooks;
    // Read once: nothing inside one search changes them (the pool changes only when someone moves).
    const size = pool.size;
    const samples = size > 0 ? b.sampleSize : 0;
    const nearSamples = near >= 0 ? this.nearSamples : 0;
    const affordable = this.affordable;
    // Looks refused on the price alone, added to refusalLooks after the loop.
    let tooDear = 0;
    for (let i = 0; i < samples; i++) {
      let d = i < nearSamples ? this.sampleNear(near, rng) : -1;
      let p = packed;
      let at = d * PACK;
      let cost = 0;
      if (d < 0) {
        const j = Math.floor(rng() * size);
        if (prices) {
          // The first check of access, on the price alone: most looks end here.
          cost = prices[j]!;
          if (cost > affordable) {
            tooDear++;
            continue;
          }
        }
        d = pool.items[j]!;
        p = mirror;
        at = j * PACK;
        if (!prices) cost = this.hasCostHooks ? s.costFor(this.h, d) : s.rentAt(p, at);
      } else cost = this.hasCostHooks ? s.costFor(this.h, d) : s.rentAt(p, at);
      const refused = this.access(d, p[at + P_SEGMENT]!, cost, rng);
      if (refused > 0) {
        looks[(refused - 1) * s.groups + this.origin]!++;
        refusedMask |= 1 << (refused - 1);
        continue;
      }
      candidates[n] = d;
      utilities[n] = this.utilityAt(p, at, false, cost);
      n++;
    }
    if (tooDear > 0) {
      looks[(REFUSED_AFFORDABILITY - 1) * s.groups + this.origin]! += tooDear;
      refusedMask |= 1 << (REFUSED_AFFORDABILITY - 1);
    }
    if (refusedMask !== 0) s.noteRefusedReasons(h, refusedMask);
    if (n === 0) return FOUND_NOTHING;
    const current = s.hh.dwelling[h]!;
    const stay =
      current >= 0 && s.hh.search[h] === SEARCH_VOLUNTARY
        ? this.utilityAt(packed, current * PACK, true, this.cost(current))
        : Number.NaN;
    return b.choice === 'logit' ? this.logit(n, stay, rng) : this.threshold(h, n, stay, rng);
  }

  /** Multinomial logit over the n candidates and, unless stayUtility is NaN, staying. */
  private logit(n: number, stayUtility: number, rng: Rng): number {
    const { candidates, utilities } = this;
    const scale = this.s.params.behaviour.logitScale;
    const withStay = !Number.isNaN(stayUtility);
    const count = withStay ? n + 1 : n;
    if (withStay) utilities[n] = stayUtility;
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < count; i++) if (utilities[i]! > max) max = utilities[i]!;
    let total = 0;
    for (let i = 0; i < count; i++) {
      const w = exp(scale * (utilities[i]! - max));
      utilities[i] = w;
      total += w;
    }
    let r = rng() * total;
    for (let i = 0; i < count; i++) {
      r -= utilities[i]!;
      if (r < 0) return i === n ? CHOSE_STAY : candidates[i]!;
    }
    return withStay ? CHOSE_STAY : candidates[n - 1]!;
  }

  /** A random acceptable candidate: own-origin share at least the threshold and no worse than staying. */
  private threshold(h: number, n: number, stayUtility: number, rng: Rng): number {
    const { candidates, utilities } = this;
    const limit = this.s.params.behaviour.ownShareThreshold;
    let chosen = FOUND_NOTHING;
    let seen = 0;
    for (let i = 0; i < n; i++) {
      if (this.ownShare(h, candidates[i]!) < limit) continue;
      if (!Number.isNaN(stayUtility) && utilities[i]! < stayUtility) continue;
      seen++;
      if (rng() * seen < 1) chosen = candidates[i]!;
    }
    return chosen;
  }
}

/**
 * Neighbourhood weights per origin group, from `behaviour.groupPreferences`: a group without an
 * entry gets the general weights, linear, and no weights on other groups.
 */
export class GroupPreferences {
  readonly own: Float64Array;
  readonly ownThreshold: Float64Array;
  readonly status: Float64Array;
  readonly milieu: Float64Array;
  /** 1 for the threshold form. */
  readonly threshold: Uint8Array;
  /** other[g * G + k]: group g's weight on group k's share; otherThreshold likewise. */
  readonly other: Float64Array;
  readonly otherThreshold: Float64Array;
  readonly hasOthers: Uint8Array;

  constructor(b: BehaviourParams, groupNames: readonly string[]) {
    const G = groupNames.length;
    this.own = new Float64Array(G).fill(b.ownOriginWeight);
    this.ownThreshold = new Float64Array(G);
    this.status = new Float64Array(G).fill(b.statusWeight);
    this.milieu = new Float64Array(G).fill(b.milieuWeight);
    this.threshold = new Uint8Array(G);
    this.other = new Float64Array(G * G);
    this.otherThreshold = new Float64Array(G * G);
    this.hasOthers = new Uint8Array(G);
    for (const p of b.groupPreferences) {
      const g = groupNames.indexOf(p.group);
      if (g < 0) continue; // refused before the run (preferenceProblems)
      this.own[g] = p.ownWeight;
      this.ownThreshold[g] = p.ownThreshold;
      this.status[g] = p.statusWeight;
      this.milieu[g] = p.milieuWeight;
      this.threshold[g] = p.form === 'threshold' ? 1 : 0;
      for (const o of p.others) {
        const k = groupNames.indexOf(o.group);
        if (k < 0 || k === g) continue;
        this.other[g * G + k] = o.weight;
        this.otherThreshold[g * G + k] = o.threshold;
        if (o.weight !== 0) this.hasOthers[g] = 1;
      }
    }
  }
}
