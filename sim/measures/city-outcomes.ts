/**
 * Adapter from the city model's state to the outcome measures: per-quarter profiles from the
 * quarter counts the city keeps, newcomers from the household arrays (see sim/city/README.md).
 * Random starts come from the tick's own seed. Columns: `disadvantage.*`, `springboard.*`,
 * `typology.typeN.*`. Kept across ticks, and saved with snapshots so that a restored run reports
 * the same numbers: the typology's centroids, from which the next typology starts (so a type keeps
 * its number and a quarter changes type when its profile moves, not when a fresh clustering happens
 * to number or cut the types differently), and each quarter's type at every computed tick, which the
 * map shows (past typologies cannot be recomputed from the present state).
 */
import { CityModel } from '../city/model.ts';
import type { CityState } from '../city/state.ts';
import { inCity } from '../city/households.ts';
import { quarterCategoryLayer } from '../city/outputs.ts';
import type { Metrics, Model, TypedArray } from '../model.ts';
import { deriveSeed, stream } from '../rng.ts';
import { concentratedDisadvantage } from './disadvantage.ts';
import { listOf } from './params.ts';
import type { OutcomeParams } from './outcome-params.ts';
import { springboard } from './springboard.ts';
import { TypeHistory } from './type-history.ts';
import { quarterTypology } from './typology.ts';
import type { MapLayer } from '../view.ts';

/** Quarter profile features of the typology, in this order (the first one numbers the types). */
export const TYPOLOGY_FEATURES = [
  'migrantShare',
  'lowIncomeShare',
  'highIncomeShare',
  'school',
  'image',
  'rentIndex',
  'vacancy',
] as const;

export class CityOutcomes {
  private readonly p: OutcomeParams;
  private readonly seed: number;
  private readonly s: CityState;
  private readonly native: Uint8Array;
  private readonly households: Int32Array;
  private readonly migrant: Int32Array;
  private readonly lowIncome: Int32Array;
  private readonly flags: Uint8Array;
  private readonly active: Uint8Array;
  private readonly profile: Float64Array;
  private readonly present: Uint8Array;
  private readonly quarterNow: Int32Array;
  /** Type of each quarter at the last computation (-1 none), for maps. */
  readonly quarterType: Int32Array;
  /** quarterType at every tick the typology was computed. */
  readonly history: TypeHistory;
  /** Centroids of the last typology (types x features, standardised units); empty before the first. */
  private centroids: Float64Array = new Float64Array(0);

  constructor(p: OutcomeParams, seed: number, s: CityState) {
    this.p = p;
    this.seed = seed;
    this.s = s;
    const Q = s.layout.quarters.units;
    const natives = listOf(p.nativeGroups);
    this.native = Uint8Array.from(s.groupNames, (n) => (natives.includes(n) ? 1 : 0));
    this.households = new Int32Array(Q);
    this.migrant = new Int32Array(Q);
    this.lowIncome = new Int32Array(Q);
    this.flags = new Uint8Array(Q);
    this.active = new Uint8Array(Q);
    this.profile = new Float64Array(Q * TYPOLOGY_FEATURES.length);
    this.present = new Uint8Array(s.hh.capacity);
    this.quarterNow = new Int32Array(s.hh.capacity);
    this.quarterType = new Int32Array(Q).fill(-1);
    this.history = new TypeHistory(Q);
  }

  due(tick: number): boolean {
    return this.p.every > 0 && tick % this.p.every === 0;
  }

  compute(out: Metrics): Metrics {
    this.quarterProfiles();
    this.disadvantage(out);
    this.springboard(out);
    if (this.p.typology.types > 0) this.typology(out);
    return out;
  }

  private quarterProfiles(): void {
    const s = this.s;
    const qc = s.quarterCounts;
    const G = s.groups;
    const F = TYPOLOGY_FEATURES.length;
    for (let q = 0; q < qc.units; q++) {
      const n = qc.total[q]!;
      let natives = 0;
      for (let g = 0; g < G; g++) if (this.native[g] === 1) natives += qc.origin[q * G + g]!;
      this.households[q] = n;
      this.migrant[q] = n - natives;
      this.lowIncome[q] = qc.band[q * 3]!;
      this.active[q] = n > 0 ? 1 : 0;
      const row = q * F;
      const share = (x: number) => (n > 0 ? x / n : 0);
      this.profile[row] = share(n - natives);
      this.profile[row + 1] = share(qc.band[q * 3]!);
      this.profile[row + 2] = share(qc.band[q * 3 + 2]!);
      this.profile[row + 3] = s.school[q]!;
      this.profile[row + 4] = s.image[q]!;
      this.profile[row + 5] = s.rentIndex[q]!;
      this.profile[row + 6] = s.quarterDwellings[q]! > 0 ? s.quarterVacant[q]! / s.quarterDwellings[q]! : 0;
    }
  }

  private disadvantage(out: Metrics): void {
    const r = concentratedDisadvantage(
      {
        quarters: this.households.length,
        households: this.households,
        migrant: this.migrant,
        lowIncome: this.lowIncome,
        school: this.s.school,
      },
      this.p.disadvantage,
      this.flags,
    );
    put(out, 'disadvantage.quarters', r.quarters);
    put(out, 'disadvantage.householdShare', r.householdShare);
    put(out, 'disadvantage.migrantShare', r.migrantShare);
  }

  private springboard(out: Metrics): void {
    const { hh, layout } = this.s;
    for (let h = 0; h < hh.highWater; h++) {
      this.present[h] = inCity(hh.status[h]!) ? 1 : 0;
      const d = hh.dwelling[h]!;
      this.quarterNow[h] = d >= 0 ? layout.dwellingQuarter[d]! : -1;
    }
    const p = this.p.springboard;
    const r = springboard(
      {
        slots: hh.highWater,
        present: this.present,
        arrivalTick: hh.arrivalTick,
        income: hh.income,
        incomeAtArrival: hh.incomeAtArrival,
        arrivalQuarter: hh.arrivalQuarter,
        quarter: this.quarterNow,
        ...(p.arrivalQuartersOnly ? { arrivalQuarters: layout.quarterArrival } : {}),
      },
      // Households present at the start have no arrival to follow: only arrivals during the run.
      { tick: this.s.tick, followUp: p.followUp, window: p.window, minGain: p.minGain, earliestArrival: 1 },
    );
    put(out, 'springboard.cohort', r.cohort);
    put(out, 'springboard.meanGain', r.meanGain);
    put(out, 'springboard.gained', r.gained);
    put(out, 'springboard.gainedLeft', r.gainedLeft);
    put(out, 'springboard.gainedStayed', r.gainedStayed);
    put(out, 'springboard.stuck', r.stuck);
    put(out, 'springboard.movedWithoutGain', r.movedWithoutGain);
  }

  private typology(out: Metrics): void {
    const Q = this.households.length;
    const F = TYPOLOGY_FEATURES.length;
    const k = this.p.typology.types;
    const rng = stream(deriveSeed(this.seed, this.s.tick), 'measures/typology');
    const t = quarterTypology(this.profile, Q, F, this.active, rng, {
      k,
      restarts: this.p.typology.restarts,
      iterations: 100,
      previous: this.centroids.length === k * F ? this.centroids : undefined,
    });
    this.centroids = t.centroids;
    this.quarterType.set(t.type);
    this.history.record(this.s.tick, this.quarterType);
    const housed = this.households.reduce((a, b) => a + b, 0);
    for (let c = 0; c < k; c++) {
      let quarters = 0;
      let n = 0;
      let migrant = 0;
      let low = 0;
      for (let q = 0; q < Q; q++) {
        if (t.type[q] !== c) continue;
        quarters++;
        n += this.households[q]!;
        migrant += this.migrant[q]!;
        low += this.lowIncome[q]!;
      }
      const name = `typology.type${c + 1}`;
      put(out, `${name}.quarters`, quarters);
      put(out, `${name}.householdShare`, housed > 0 ? n / housed : Number.NaN);
      put(out, `${name}.migrantShare`, n > 0 ? migrant / n : Number.NaN);
      put(out, `${name}.lowIncomeShare`, n > 0 ? low / n : Number.NaN);
    }
  }

  /** Names of the types, numbered as the `typology.typeN.*` columns. */
  typeLabels(): string[] {
    return Array.from({ length: this.p.typology.types }, (_, c) => `type ${c + 1}`);
  }

  /** The map layer: each cell in its quarter's type, empty where a quarter has no type (yet). */
  typologyLayer(): MapLayer | undefined {
    if (this.p.typology.types === 0) return undefined;
    return quarterCategoryLayer(this.s.layout.quarters.unitOfCell, this.quarterType, this.typeLabels());
  }

  /** Copies of the history for a snapshot (none when the typology is off). */
  save(): Record<string, TypedArray> {
    if (this.p.typology.types === 0) return {};
    const h = this.history.save();
    return { typologyTicks: h.ticks, typologyTypes: h.types, typologyCentroids: this.centroids.slice() };
  }

  /** Back to a snapshot's history; the last recorded row is the current typology. */
  restore(saved: Readonly<Record<string, TypedArray>>): void {
    const ticks = saved['typologyTicks'];
    const types = saved['typologyTypes'];
    if (!ticks || !types) return;
    this.history.restore(ticks, types);
    if (this.history.length > 0) this.quarterType.set(this.history.row(this.history.length - 1));
    const centroids = saved['typologyCentroids'];
    // Fewer types than asked when fewer quarters have households.
    const F = TYPOLOGY_FEATURES.length;
    const most = this.p.typology.types * F;
    if (centroids !== undefined) {
      if (!(centroids instanceof Float64Array) || centroids.length % F !== 0 || centroids.length > most) {
        throw new Error(
          `snapshot: typologyCentroids must be a Float64Array of up to ${most} values, ${F} per type`,
        );
      }
      this.centroids = centroids.slice();
    }
  }
}

/** Set a column unless its value is undefined (NaN): an empty CSV field, never a NaN. */
function put(out: Metrics, name: string, value: number): void {
  if (!Number.isNaN(value)) out[name] = value;
}

/** The outcome measures of a model, when it is the city (undefined otherwise). */
export function outcomesFor(p: OutcomeParams, seed: number, model: Model): CityOutcomes | undefined {
  return model instanceof CityModel && p.every > 0 ? new CityOutcomes(p, seed, model.state) : undefined;
}
