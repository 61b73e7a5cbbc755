/**
 * School segregation beside residential segregation, over the same households: housed households
 * with children, grouped once by the school their children attend (`D.origin.school`,
 * `D.income.school`) and once by the quarter they live in, i.e. their catchment school
 * (`D.origin.catchment`, `D.income.catchment`); multigroup D over origin groups and income bands,
 * and D of low incomes against all others (`D.income=low.school`, `D.income=low.catchment`).
 * The gap between the two is what avoiding catchment schools adds. `schoolAvoiders` is the share of
 * those households whose children attend another quarter's school. Columns left out when undefined.
 */
import { Composition, unitComposition } from '../measures/composition.ts';
import { groupDissimilarity, multigroupDissimilarity } from '../measures/dissimilarity.ts';
import type { Metrics } from '../model.ts';
import { BANDS } from './composition.ts';
import { HOUSED } from './households.ts';
import type { CityState } from './state.ts';

export class SchoolSegregation {
  private readonly s: CityState;
  private readonly composition = new Composition();
  /** Scratch over the households with children, compacted: school, residence quarter, origin, band. */
  private readonly school: Int32Array;
  private readonly home: Int32Array;
  private readonly origin: Uint8Array;
  private readonly band: Uint8Array;

  constructor(s: CityState) {
    this.s = s;
    const n = s.hh.capacity;
    this.school = new Int32Array(n);
    this.home = new Int32Array(n);
    this.origin = new Uint8Array(n);
    this.band = new Uint8Array(n);
  }

  /** Add the school columns to `out` and return it. */
  addTo(out: Metrics): Metrics {
    const { hh } = this.s;
    let n = 0;
    let avoiders = 0;
    for (let h = 0; h < hh.highWater; h++) {
      if (hh.status[h] !== HOUSED || hh.children[h] !== 1) continue;
      const school = hh.schoolAttended[h]!;
      const home = hh.quarter[h]!;
      this.school[n] = school;
      this.home[n] = home;
      this.origin[n] = hh.origin[h]!;
      this.band[n] = hh.incomeBand[h]!;
      if (school !== home) avoiders++;
      n++;
    }
    if (n === 0) return out;
    out['schoolAvoiders'] = avoiders / n;
    const Q = this.s.layout.quarters.units;
    const G = this.s.groups;
    put(out, 'D.origin.school', this.d(Q, this.school, this.origin, n, G));
    put(out, 'D.origin.catchment', this.d(Q, this.home, this.origin, n, G));
    this.income(out, 'school', Q, this.school, n);
    this.income(out, 'catchment', Q, this.home, n);
    return out;
  }

  private d(units: number, unitOf: Int32Array, category: Uint8Array, n: number, k: number): number {
    return multigroupDissimilarity(unitComposition(this.composition, units, unitOf, category, n, k));
  }

  /** Multigroup D over the income bands, and D of low incomes against the rest (band 0), from one count. */
  private income(out: Metrics, scale: string, units: number, unitOf: Int32Array, n: number): void {
    const c = unitComposition(this.composition, units, unitOf, this.band, n, BANDS);
    put(out, `D.income.${scale}`, multigroupDissimilarity(c));
    put(out, `D.income=low.${scale}`, groupDissimilarity(c, 0));
  }
}

function put(out: Metrics, name: string, value: number): void {
  if (!Number.isNaN(value)) out[name] = value;
}
