/**
 * The multidimensional city model (mode "city"). One tick is one month: policies' preparations,
 * what they put into the quarters (courses, counselling, school investment, image campaigns),
 * departures, returns from the pool abroad, arrivals, language and skills, income change, move
 * decisions, social housing let from the waiting list, one round of search and choice on the market
 * (after which households unhoused too long leave or go to emergency accommodation), then rents and
 * prices, schools (their pupils and quality) and images (and what rents make of them) respond. Each process draws from its own named stream, so the numbers of one never depend on how
 * much another draws. A "settled" start runs `city.burnIn` ticks before the reported tick 0.
 */
import { Digest } from '../digest.ts';
import { ScenarioError } from '../scenario/resolve.ts';
import type { MeasureInputs } from '../measures/inputs.ts';
import type { Metrics, Model, ModelState, StateTable, TypedArray } from '../model.ts';
import { type Rng, type RngState, restoreStream, stream } from '../rng.ts';
import type { MapView } from '../view.ts';
import { Chooser } from './choice.ts';
import { generateCity } from './generate.ts';
import { generateRealCity } from './real/layout.ts';
import { cityMetrics, TALLIES } from './metrics.ts';
import { CityOutputs } from './outputs.ts';
import type { CityParams } from './params.ts';
import type { CityPolicy } from './policy-hooks.ts';
import { populate } from './start.ts';
import { IncomeProcess } from './processes/income.ts';
import { decideMoves } from './processes/decide.ts';
import { arrivals, departures } from './processes/flows.ts';
import { returns } from './processes/returns.ts';
import { updateImages } from './processes/image.ts';
import { adjustQuarters } from './processes/market.ts';
import { Schools } from './processes/schools.ts';
import { learnSkills } from './processes/skills.ts';
import { QuarterSupport } from './processes/support.ts';
import { searchRound } from './processes/search.ts';
import { SocialAllocation } from './processes/social-allocation.ts';
import { SchoolSegregation } from './school-segregation.ts';
import { CityState } from './state.ts';

/** The processes' random streams, by name (`city/<name>`). */
const STREAMS = [
  'departures',
  'returns',
  'arrivals',
  'income',
  'decide',
  'social',
  'search',
  'school',
] as const;
type StreamName = (typeof STREAMS)[number];

/** Per-tick counters kept in snapshots, so that metrics() right after a restore matches. */
const COUNTERS = [
  'arrivals',
  'departures',
  'moves',
  'displacements',
  'displacedByRentRise',
  'displacedByIncomeLoss',
  'displacedAtMoveIn',
  'becameUnhoused',
  'notAdmitted',
  'searchesEnded',
  'searchTicksSum',
  'rises',
  'falls',
  'secondaryMoves',
  'authorityPlacements',
  'rentalMoveIns',
  'returners',
  'toEmergency',
  'regionFamilies',
  'arrivalsTotal',
  'departuresTotal',
  'population0',
] as const;

export class CityModel implements Model {
  readonly state: CityState;
  readonly chooser: Chooser;
  private readonly rngs: Record<StreamName, Rng>;
  /** Scratch: the returners of the tick, then the order in which searchers take their turn. */
  private readonly order: Int32Array;
  private readonly outputs: CityOutputs;
  private readonly tallies: Float64Array;
  readonly income: IncomeProcess;
  /** What policies put into each quarter this tick (the mechanisms' policy inputs). */
  readonly support: QuarterSupport;
  /** Each school's pupils, composition and quality. */
  readonly schoolPlaces: Schools;
  private readonly schools: SchoolSegregation;
  private readonly social: SocialAllocation;

  constructor(params: CityParams, seed: number, saved?: ModelState, policies: readonly CityPolicy[] = []) {
    const layout = cityLayout(params, seed);
    // Streams first: the state draws from city/school whenever a household moves in, from the start.
    this.rngs = saved
      ? restoreStreams(saved)
      : (Object.fromEntries(STREAMS.map((n) => [n, stream(seed, `city/${n}`)])) as Record<StreamName, Rng>);
    this.state = new CityState(params, layout, this.rngs.school, policies);
    this.chooser = new Chooser(this.state);
    this.order = new Int32Array(this.state.hh.capacity);
    this.outputs = new CityOutputs(this.state);
    this.tallies = new Float64Array(this.state.groups * TALLIES);
    this.support = new QuarterSupport(this.state);
    this.schoolPlaces = new Schools(this.state, this.support);
    this.income = new IncomeProcess(this.state, this.support);
    this.schools = new SchoolSegregation(this.state);
    this.social = new SocialAllocation(this.state, this.chooser);
    if (saved) {
      this.restore(saved);
    } else {
      populate(this.state, this.chooser, stream(seed, 'city/init'));
      this.burnIn();
      this.state.beginReportedRun();
    }
  }

  /** A settled start runs its burn-in ticks (numbered up to 0, before any policy acts) before tick 0. */
  private burnIn(): void {
    const c = this.state.params.city;
    if (c.start !== 'settled' || c.burnIn === 0) return;
    this.state.tick = -c.burnIn;
    for (let t = 0; t < c.burnIn; t++) this.step();
  }

  get tick(): number {
    return this.state.tick;
  }

  get finished(): boolean {
    return false;
  }

  step(): void {
    const s = this.state;
    const r = this.rngs;
    s.tick++;
    s.resetTickCounters();
    for (const p of s.policies) p.beforeTick?.(s);
    this.support.update();
    departures(s, r.departures);
    returns(s, r.returns, this.order);
    arrivals(s, r.arrivals);
    const mostGain = learnSkills(s, this.support);
    this.income.run(r.income, mostGain);
    decideMoves(s, this.chooser, r.decide);
    this.social.run(r.social);
    // Rents stand still during the round (the market moves them after it): each vacancy is priced once.
    this.chooser.priceVacancies();
    searchRound(s, this.chooser, this.order, r.search);
    this.chooser.forgetPrices();
    adjustQuarters(s);
    this.schoolPlaces.run();
    updateImages(s, this.support);
    s.people.endTick(s.tick);
  }

  metrics(): Metrics {
    const m = this.schools.addTo(cityMetrics(this.state, this.tallies));
    // A city file run at 1:N says so in every row, so no count is read as the city's own.
    const real = this.state.layout.real;
    if (real) m['populationScale'] = real.scale;
    return m;
  }

  /** The arrays that make up the dynamic state (live, not copies). */
  private stateArrays(): Record<string, TypedArray> {
    const s = this.state;
    return {
      ...s.hh.arrays(),
      vacancies: s.vacancies.items.subarray(0, s.vacancies.size),
      socialVacancies: s.socialVacancies.items.subarray(0, s.socialVacancies.size),
      communalVacancies: s.communalVacancies.items.subarray(0, s.communalVacancies.size),
      waitingList: s.waitingList.entries(s.hh),
      searchers: s.searchers.items.subarray(0, s.searchers.size),
      quarterVacancies: s.quarterVacancies.items,
      abroad: s.abroad.items.subarray(0, s.abroad.size),
      rentIndex: s.rentIndex,
      priceIndex: s.priceIndex,
      school: s.school,
      image: s.image,
      refusals: s.refusals,
      departuresBy: s.departuresBy,
      returnersBy: s.returnersBy,
      refusalLooks: s.refusalLooks,
      ...s.people.arrays(),
      ...this.policyArrays(),
    };
  }

  /** What the policies decided during the run (`CityPolicy.arrays`), as `policies[i].<name>`. */
  private policyArrays(): Record<string, TypedArray> {
    const out: Record<string, TypedArray> = {};
    this.state.policies.forEach((p, i) => {
      for (const [k, a] of Object.entries(p.arrays?.(this.state) ?? {})) out[`policies[${i}].${k}`] = a;
    });
    return out;
  }

  save(): ModelState {
    const s = this.state;
    const arrays: Record<string, TypedArray> = {};
    for (const [k, a] of Object.entries(this.stateArrays())) arrays[k] = a.slice();
    const scalars: Record<string, number> = { freeCount: s.hh.freeCount, highWater: s.hh.highWater };
    for (const c of COUNTERS) scalars[c] = s[c];
    const rng: Record<string, RngState> = {};
    for (const n of STREAMS) rng[n] = this.rngs[n].state();
    return { tick: s.tick, arrays, scalars, rng };
  }

  private restore(saved: ModelState): void {
    const s = this.state;
    const a = saved.arrays;
    const get = (name: string): TypedArray => {
      const x = a[name];
      if (!x) throw new Error(`city snapshot lacks the array "${name}"`);
      return x;
    };
    for (const [name, target] of Object.entries(s.hh.arrays())) target.set(get(name) as never);
    s.hh.freeCount = saved.scalars['freeCount'] ?? 0;
    s.hh.highWater = saved.scalars['highWater'] ?? 0;
    s.rentIndex.set(get('rentIndex') as Float64Array);
    s.priceIndex.set(get('priceIndex') as Float64Array);
    s.waitingList.setEntries(get('waitingList') as Int32Array);
    s.school.set(get('school') as Float64Array);
    s.image.set(get('image') as Float64Array);
    s.refusals.set(get('refusals') as Int32Array);
    s.departuresBy.set(get('departuresBy') as Int32Array);
    s.returnersBy.set(get('returnersBy') as Int32Array);
    s.refusalLooks.set(get('refusalLooks') as Int32Array);
    s.people.restore(get);
    // Policies that changed the housing stock re-apply it before the derived copies are rebuilt.
    for (const [name, target] of Object.entries(this.policyArrays())) target.set(get(name) as never);
    s.tick = saved.tick;
    for (const p of s.policies) p.restored?.(s);
    s.rebuildDerived(
      {
        market: get('vacancies') as Int32Array,
        social: get('socialVacancies') as Int32Array,
        communal: get('communalVacancies') as Int32Array,
      },
      get('searchers') as Int32Array,
      get('quarterVacancies') as Int32Array,
      get('abroad') as Int32Array,
    );
    for (const c of COUNTERS) s[c] = saved.scalars[c] ?? 0;
    s.tick = saved.tick;
  }

  digest(): string {
    const d = new Digest().number(this.state.tick);
    for (const [k, a] of Object.entries(this.stateArrays())) d.text(k).array(a);
    return d.hex();
  }

  stateTable(): StateTable {
    return this.outputs.stateTable();
  }

  measureInputs(): MeasureInputs {
    return this.outputs.measureInputs();
  }

  view(): MapView {
    return this.outputs.view();
  }
}

/** The synthetic city, or the one a city file describes when city.source names one. */
function cityLayout(params: CityParams, seed: number) {
  if (params.city.source === '') return generateCity(params.city, seed);
  if (!params.cityFile) {
    throw new ScenarioError([
      {
        path: 'city.source',
        value: params.city.source,
        allowed: 'a city file read by the caller (kiez reads it relative to the scenario file)',
      },
    ]);
  }
  return generateRealCity(params, params.cityFile, seed);
}

function restoreStreams(saved: ModelState): Record<StreamName, Rng> {
  const rngs = {} as Record<StreamName, Rng>;
  for (const n of STREAMS) {
    const st = saved.rng[n];
    if (!st) throw new Error(`city snapshot lacks the random stream "${n}"`);
    rngs[n] = restoreStream(st);
  }
  return rngs;
}
