/**
 * What the city hands outwards: the inputs of the segregation measures (housed households on the
 * raster, their categories, their units at each scale), the map's raster layers, and the tables of
 * `kiez run --state`: one row per dwelling and per unhoused household, and beside it one row per
 * raster cell with its units, enough to recompute every index from the exported files alone.
 */
import type { Dimension, MeasureInputs } from '../measures/inputs.ts';
import type { StateTable } from '../model.ts';
import type { MapLayer, MapView } from '../view.ts';
import { HOUSING_TYPES } from './params-city.ts';
import { COMMUNAL, SEGMENT_LABELS } from './generate.ts';
import { FREE, HOUSED, UNHOUSED } from './households.ts';
import { EDUCATION_LABELS, INCOME_BAND_LABELS, MILIEU_LABELS } from './params-households.ts';
import type { CityState } from './state.ts';

/** Radii (raster cells) of the person-centred neighbourhoods reported for the city. */
export const CITY_RADII = [1, 2, 4] as const;
export const HOUSEHOLD_TYPE_LABELS = ['noChildren', 'children'] as const;
export const LEGAL_LABELS = ['regular', 'residenceObligation'] as const;
const EMPTY = 255;

interface MeasureBuffers {
  cellOf: Int32Array;
  origin: Uint8Array;
  income: Uint8Array;
  milieu: Uint8Array;
  tenure: Uint8Array;
  education: Uint8Array;
  household: Uint8Array;
}

/** The dwelling's columns, then the household's (empty for a vacant dwelling, resp. an unhoused household's dwelling). */
const DWELLING_COLUMNS = [
  'dwelling',
  'x',
  'y',
  'cell',
  'building',
  'block',
  'quarter',
  'district',
  'housingType',
  'arrivalQuarter',
  'segment',
  'rent',
  'quality',
  'school',
  'image',
] as const;

const HOUSEHOLD_COLUMNS = [
  'household',
  'origin',
  'arrivalTick',
  'yearsSinceArrival',
  'income',
  'incomeAtArrival',
  'incomeBand',
  'education',
  'milieu',
  'children',
  'schoolAttended',
  'legalStatus',
  'obligationEnd',
  'kin',
  'intendsToStay',
  'firstQuarter',
  'lastMoveTick',
  'moves',
  'searching',
  'searchSince',
  'lastSearchTicks',
] as const;

const STATE_COLUMNS = [...DWELLING_COLUMNS, ...HOUSEHOLD_COLUMNS];
const IS_DWELLING_COLUMN = new Set<string>(DWELLING_COLUMNS);

/** Columns of the cells table: every raster cell, built or not, with its unit at each scale. */
const CELL_COLUMNS = [
  'cell',
  'x',
  'y',
  'block',
  'quarter',
  'district',
  'housingType',
  'built',
  'dwellings',
] as const;

/**
 * A category layer from one value per quarter (e.g. its type): each cell takes its quarter's value;
 * a negative value (no category) leaves the quarter's cells empty.
 */
export function quarterCategoryLayer(
  quarterOfCell: Int32Array,
  perQuarter: Int32Array,
  labels: readonly string[],
): MapLayer {
  const values = new Uint8Array(quarterOfCell.length).fill(EMPTY);
  for (let c = 0; c < values.length; c++) {
    const v = perQuarter[quarterOfCell[c]!]!;
    if (v >= 0 && v < labels.length) values[c] = v;
  }
  return { kind: 'category', values, labels };
}

export class CityOutputs {
  private readonly s: CityState;
  private buffers: MeasureBuffers | undefined;

  constructor(s: CityState) {
    this.s = s;
  }

  measureInputs(): MeasureInputs {
    const s = this.s;
    const { hh, layout } = s;
    if (!this.buffers) {
      const n = hh.capacity;
      this.buffers = {
        cellOf: new Int32Array(n),
        origin: new Uint8Array(n),
        income: new Uint8Array(n),
        milieu: new Uint8Array(n),
        tenure: new Uint8Array(n),
        education: new Uint8Array(n),
        household: new Uint8Array(n),
      };
    }
    const b = this.buffers;
    let i = 0;
    // In dwelling order, which is raster-cell order: the indices count households by cell, and
    // counts written in order stay in cache.
    for (let d = 0; d < layout.dwellings; d++) {
      const h = s.occupant[d]!;
      if (h < 0 || hh.status[h] !== HOUSED) continue;
      b.cellOf[i] = layout.dwellingCell[d]!;
      b.origin[i] = hh.origin[h]!;
      b.income[i] = hh.incomeBand[h]!;
      b.milieu[i] = hh.milieu[h]!;
      b.tenure[i] = layout.segment[d]!;
      b.education[i] = hh.education[h]!;
      b.household[i] = hh.children[h]!;
      i++;
    }
    const dimensions: Dimension[] = [
      { name: 'origin', labels: s.groupNames, category: b.origin },
      { name: 'income', labels: INCOME_BAND_LABELS, category: b.income },
      { name: 'milieu', labels: MILIEU_LABELS, category: b.milieu },
      { name: 'tenure', labels: SEGMENT_LABELS, category: b.tenure },
      { name: 'education', labels: EDUCATION_LABELS, category: b.education },
      { name: 'household', labels: HOUSEHOLD_TYPE_LABELS, category: b.household },
    ];
    const scale = (u: typeof layout.blocks) => ({
      name: u.name,
      units: u.units,
      unitOfCell: u.unitOfCell,
      adjacencyStart: u.adjacencyStart,
      adjacency: u.adjacency,
    });
    return {
      households: i,
      width: layout.width,
      height: layout.height,
      torus: false,
      cellOf: b.cellOf,
      dimensions,
      // A real city: the file's scales between its areas and its districts, and radii in metres.
      scales: [
        scale(layout.blocks),
        scale(layout.quarters),
        ...(layout.real?.middleScales ?? []).map(scale),
        scale(layout.districts),
      ],
      radii: (layout.real?.radii ?? CITY_RADII).filter(
        (r) => 2 * r + 1 <= Math.min(layout.width, layout.height),
      ),
    };
  }

  view(): MapView {
    const s = this.s;
    const { hh, layout } = s;
    const cells = layout.width * layout.height;
    const modal = (labels: readonly string[], category: (h: number) => number): MapLayer => {
      const values = new Uint8Array(cells).fill(EMPTY);
      const counts = new Int32Array(labels.length);
      for (let c = 0; c < cells; c++) {
        const start = layout.cellStart[c]!;
        const end = layout.cellStart[c + 1]!;
        if (start === end) continue;
        counts.fill(0);
        let best = -1;
        for (let d = start; d < end; d++) {
          const h = s.occupant[d]!;
          if (h < 0) continue;
          const k = category(h);
          counts[k]!++;
          if (best < 0 || counts[k]! > counts[best]! || (counts[k] === counts[best] && k < best)) best = k;
        }
        if (best >= 0) values[c] = best;
      }
      return { kind: 'category', values, labels };
    };
    // The mean over a cell's dwellings (those `counts` keeps, all by default); NaN without any.
    const perCell = (
      unit: string,
      value: (d: number) => number,
      counts?: (d: number) => boolean,
    ): MapLayer => {
      const values = new Float32Array(cells).fill(Number.NaN);
      for (let c = 0; c < cells; c++) {
        const start = layout.cellStart[c]!;
        const end = layout.cellStart[c + 1]!;
        let sum = 0;
        let n = 0;
        for (let d = start; d < end; d++) {
          if (counts && !counts(d)) continue;
          sum += value(d);
          n++;
        }
        if (n > 0) values[c] = sum / n;
      }
      return { kind: 'continuous', values, unit };
    };
    const perQuarter = (values: Float64Array): MapLayer => {
      const out = new Float32Array(cells);
      for (let c = 0; c < cells; c++) out[c] = values[layout.quarters.unitOfCell[c]!]!;
      return { kind: 'continuous', values: out, unit: '0-1' };
    };
    const tenure = new Uint8Array(cells).fill(EMPTY);
    for (let c = 0; c < cells; c++) {
      if (layout.cellStart[c + 1]! > layout.cellStart[c]!) tenure[c] = layout.segment[layout.cellStart[c]!]!;
    }
    return {
      width: layout.width,
      height: layout.height,
      tick: s.tick,
      layers: {
        origin: modal(s.groupNames, (h) => hh.origin[h]!),
        income: modal(INCOME_BAND_LABELS, (h) => hh.incomeBand[h]!),
        milieu: modal(MILIEU_LABELS, (h) => hh.milieu[h]!),
        tenure: { kind: 'category', values: tenure, labels: SEGMENT_LABELS },
        // Communal places charge no rent: a cell of them has no rent, not one of 0 EUR.
        rent: perCell(
          'EUR/month',
          (d) => s.rent(d),
          (d) => layout.segment[d] !== COMMUNAL,
        ),
        quality: perCell('0-1', (d) => layout.quality[d]!),
        vacancy: perCell('share', (d) => (s.occupant[d]! < 0 ? 1 : 0)),
        image: perQuarter(s.image),
        school: perQuarter(s.school),
        turnover: perQuarter(this.movedInWithinAYear()),
      },
      units: {
        block: layout.blocks.unitOfCell.slice(),
        quarter: layout.quarters.unitOfCell.slice(),
        district: layout.districts.unitOfCell.slice(),
      },
    };
  }

  /**
   * Turnover of each quarter: the share of its households that moved in (or were placed) within the
   * last 12 ticks, a year; households there since the city was built never moved. NaN when empty.
   */
  private movedInWithinAYear(): Float64Array {
    const { hh, layout } = this.s;
    const Q = layout.quarters.units;
    const moved = new Float64Array(Q);
    const housed = new Float64Array(Q);
    for (let h = 0; h < hh.highWater; h++) {
      if (hh.status[h] !== HOUSED) continue;
      const q = hh.quarter[h]!;
      housed[q]!++;
      const t = hh.lastMoveTick[h]!;
      if (t >= 0 && this.s.tick - t < 12) moved[q]!++;
    }
    for (let q = 0; q < Q; q++) moved[q] = housed[q]! > 0 ? moved[q]! / housed[q]! : Number.NaN;
    return moved;
  }

  /**
   * One row per dwelling (household fields empty when vacant), then one per unhoused household in
   * slot order (dwelling fields empty); the cells table as its companion `cells`.
   */
  stateTable(): StateTable {
    const s = this.s;
    const { hh, layout } = s;
    const w = layout.width;
    const D = layout.dwellings;
    const unhoused: number[] = [];
    for (let h = 0; h < hh.highWater; h++) if (hh.status[h] === UNHOUSED) unhoused.push(h);
    return {
      columns: STATE_COLUMNS,
      rows: D + unhoused.length,
      companions: { cells: this.cellTable() },
      value: (column, row) => {
        if (row >= D)
          return IS_DWELLING_COLUMN.has(column)
            ? Number.NaN
            : this.householdValue(column, unhoused[row - D]!);
        const d = row;
        const c = layout.dwellingCell[d]!;
        const q = layout.dwellingQuarter[d]!;
        switch (column) {
          case 'dwelling':
            return d;
          case 'x':
            return c % w;
          case 'y':
            return Math.floor(c / w);
          case 'cell':
            return c;
          case 'building':
            return layout.dwellingBuilding[d]!;
          case 'block':
            return layout.dwellingBlock[d]!;
          case 'quarter':
            return q;
          case 'district':
            return layout.quarterDistrict[q]!;
          case 'housingType':
            return HOUSING_TYPES[layout.quarterType[q]!]!;
          case 'arrivalQuarter':
            return layout.quarterArrival[q]!;
          case 'segment':
            return SEGMENT_LABELS[layout.segment[d]!]!;
          case 'rent':
            return s.rent(d);
          case 'quality':
            return layout.quality[d]!;
          case 'school':
            return s.school[q]!;
          case 'image':
            return s.image[q]!;
        }
        const h = s.occupant[d]!;
        if (h < 0 || hh.status[h] === FREE) return Number.NaN;
        return this.householdValue(column, h);
      },
    };
  }

  /** The raster cells: position, block, quarter, district, the quarter's housing type, dwellings. */
  private cellTable(): StateTable {
    const { layout } = this.s;
    const w = layout.width;
    return {
      columns: CELL_COLUMNS,
      rows: layout.width * layout.height,
      value: (column, c) => {
        switch (column) {
          case 'cell':
            return c;
          case 'x':
            return c % w;
          case 'y':
            return Math.floor(c / w);
          case 'block':
            return layout.blocks.unitOfCell[c]!;
          case 'quarter':
            return layout.quarters.unitOfCell[c]!;
          case 'district':
            return layout.districts.unitOfCell[c]!;
          case 'housingType':
            return HOUSING_TYPES[layout.quarterType[layout.quarters.unitOfCell[c]!]!]!;
          case 'built':
            return layout.cellStart[c + 1]! > layout.cellStart[c]! ? 1 : 0;
          case 'dwellings':
            return layout.cellStart[c + 1]! - layout.cellStart[c]!;
          default:
            throw new Error(`unknown cell column ${column}`);
        }
      },
    };
  }

  /** Household h's value in a household column of the state table. */
  private householdValue(column: string, h: number): number | string {
    const s = this.s;
    const { hh } = s;
    switch (column) {
      case 'household':
        return h;
      case 'origin':
        return s.groupNames[hh.origin[h]!]!;
      case 'arrivalTick':
        return hh.arrivalTick[h]!;
      case 'yearsSinceArrival':
        return (s.tick - hh.arrivalTick[h]!) / 12;
      case 'income':
        return hh.income[h]!;
      case 'incomeAtArrival':
        return hh.incomeAtArrival[h]!;
      case 'incomeBand':
        return INCOME_BAND_LABELS[hh.incomeBand[h]!]!;
      case 'education':
        return EDUCATION_LABELS[hh.education[h]!]!;
      case 'milieu':
        return MILIEU_LABELS[hh.milieu[h]!]!;
      case 'children':
        return hh.children[h]!;
      case 'schoolAttended':
        return hh.schoolAttended[h]! < 0 ? Number.NaN : hh.schoolAttended[h]!;
      case 'legalStatus':
        return LEGAL_LABELS[hh.legal[h]!]!;
      case 'obligationEnd':
        return hh.obligationEnd[h]! < 0 ? Number.NaN : hh.obligationEnd[h]!;
      case 'kin': {
        const k = hh.kinOf(h);
        return k < 0 ? Number.NaN : k;
      }
      case 'intendsToStay':
        return hh.stay[h]!;
      case 'firstQuarter':
        return hh.arrivalQuarter[h]!;
      case 'lastMoveTick':
        return hh.lastMoveTick[h]! < 0 ? Number.NaN : hh.lastMoveTick[h]!;
      case 'moves':
        return hh.moves[h]!;
      case 'searching':
        return hh.search[h]!;
      case 'searchSince':
        return hh.searchSince[h]! < 0 ? Number.NaN : hh.searchSince[h]!;
      case 'lastSearchTicks':
        return hh.lastSearchTicks[h]! < 0 ? Number.NaN : hh.lastSearchTicks[h]!;
      default:
        throw new Error(`unknown state column ${column}`);
    }
  }
}
