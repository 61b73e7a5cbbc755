/**
 * A city generated from a city file: the areas' cells on the raster, as many households per area
 * and group as the data implies (at the declared scale), dwellings enough for them, segments and
 * rents from the data or the declared defaults, buildings, blocks, and the file's hierarchy as the
 * unit scales with the adjacency of the real boundaries. The result is the same `CityLayout` the
 * synthetic generator makes, with `real` describing the areas.
 */
import { apportion } from '../../math/apportion.ts';
import type { Problem } from '../../params/spec.ts';
import { randomNormal, shuffleInPlace, stream } from '../../rng.ts';
import { ScenarioError } from '../../scenario/resolve.ts';
import { COMMUNAL, type CityLayout, OWNER, PRIVATE, packDwellings, SOCIAL } from '../generate.ts';
import type { CityParams } from '../params.ts';
import { HOUSING_TYPES } from '../params-city.ts';
import { rookAdjacency, type UnitScale } from '../units.ts';
import { type CityFileText, type RealCity, readCityFile } from './city-file.ts';
import { fillOutside } from './rasterise.ts';
import { areaDwellings, areaHouseholds } from './size.ts';

/** What a real city's layout knows beyond the synthetic one's. */
export interface RealLayoutInfo {
  readonly areaIds: readonly string[];
  readonly areaNames: readonly string[];
  /** One simulated household for this many. */
  readonly scale: number;
  readonly cellSize: number;
  /** Easting of the raster's west edge and northing of its north edge, in `crs`. */
  readonly west: number;
  readonly north: number;
  readonly crs: string;
  /** The file's scales between the areas (quarters) and the coarsest (districts), finest first. */
  readonly middleScales: readonly UnitScale[];
  /** Ids and names of the units of every scale by name (quarter, the middle scales, district). */
  readonly unitIds: Readonly<Record<string, readonly string[]>>;
  readonly unitNames: Readonly<Record<string, readonly string[]>>;
  /** Households the data gives each area, by group: [g * areas + a], at this scale. */
  readonly households: Int32Array;
  /** Share of each area's households on basic security (the file's, or the mean of those given). */
  readonly transferShare: Float64Array;
  /** Residents the file gives (all areas, real count). */
  readonly residents: number;
  /** Person-centred radii in cells (city.real.radii / cellSize, whole cells, at least 1). */
  readonly radii: readonly number[];
}

/** The groups of a city file must be the scenario's origin groups, each once. */
export function groupProblems(city: RealCity, groups: readonly string[]): Problem[] {
  const file = city.table.groups;
  const problems: Problem[] = [];
  for (const g of groups) {
    if (!file.includes(g))
      problems.push({
        path: `city file: persons.${g}`,
        value: 'absent',
        allowed: `a column persons.<group> for every origin group of the scenario (${groups.join(', ')})`,
      });
  }
  for (const g of file) {
    if (!groups.includes(g))
      problems.push({
        path: `city file: persons.${g}`,
        value: g,
        allowed: `an origin group of the scenario (${groups.join(', ')}): add it to households.groups or rename the column`,
      });
  }
  return problems;
}

/** Read and check the city file against the scenario; throws ScenarioError listing every problem. */
export function readRealCity(params: CityParams, file: CityFileText): RealCity {
  const read = readCityFile(file, params.city.real.cellSize);
  if (!read.ok) throw new ScenarioError(read.problems);
  const gp = groupProblems(
    read.city,
    params.households.groups.map((g) => g.name),
  );
  if (gp.length > 0) throw new ScenarioError(gp);
  return read.city;
}

export function generateRealCity(params: CityParams, file: CityFileText, seed: number): CityLayout {
  const city = readRealCity(params, file);
  const p = params.city;
  const r = p.real;
  const rng = stream(seed, 'city/generate');
  const { table, raster } = city;
  const A = table.ids.length;
  const groupNames = params.households.groups.map((g) => g.name);
  const G = groupNames.length;
  const { width, height } = raster;
  const cells = width * height;

  // Households by area and group: persons / householdSize (or the file's households, split as its
  // persons are), apportioned per group so the city's total of each group is its rounded sum.
  const personsOf = new Float64Array(A);
  const persons = groupNames.map((g) => table.persons[table.groups.indexOf(g)]!);
  for (const col of persons) for (let a = 0; a < A; a++) personsOf[a]! += col[a]!;
  const households = new Int32Array(G * A);
  const householdsOf = new Int32Array(A);
  persons.forEach((col, g) => {
    const w = Array.from(col, (n, a) => {
      const hhs = areaHouseholds(table, a, personsOf[a]!, r.householdSize);
      return personsOf[a]! > 0 ? (hhs * n) / personsOf[a]! : 0;
    });
    const total = Math.round(w.reduce((s, x) => s + x, 0) / p.scale);
    const parts = total > 0 ? apportion(w, total) : w.map(() => 0);
    parts.forEach((n, a) => {
      households[g * A + a] = n;
      householdsOf[a]! += n;
    });
  });

  // Dwellings, and of them social and owner-occupied, per area.
  const dwellingsOf = new Int32Array(A);
  const socialOf = new Int32Array(A);
  const ownerOf = new Int32Array(A);
  const scaled = (v: number) => (Number.isFinite(v) ? Math.round(v / p.scale) : Number.NaN);
  for (let a = 0; a < A; a++) {
    const d = areaDwellings(householdsOf[a]!, scaled(table.values.dwellings[a]!), r.vacancy);
    dwellingsOf[a] = d;
    const social = scaled(table.values['dwellings.social'][a]!);
    const owner = scaled(table.values['dwellings.owner'][a]!);
    socialOf[a] = Math.min(d, Number.isFinite(social) ? social : Math.round(r.socialShare * d));
    ownerOf[a] = Math.min(d - socialOf[a]!, Number.isFinite(owner) ? owner : Math.round(r.ownerShare * d));
  }

  // Cells of each area in raster order; the communal building in the cell nearest the area's middle.
  const areaCells: number[][] = Array.from({ length: A }, () => []);
  for (let c = 0; c < cells; c++) {
    const a = raster.areaOfCell[c]!;
    if (a >= 0) areaCells[a]!.push(c);
  }
  const communalPlaces = Math.round(p.communalPlacesPerQuarter / p.scale);
  const communalCell = new Int32Array(A).fill(-1);
  const cx = new Float64Array(A);
  const cy = new Float64Array(A);
  for (let a = 0; a < A; a++) {
    const cs = areaCells[a]!;
    for (const c of cs) {
      cx[a]! += (c % width) / cs.length;
      cy[a]! += Math.floor(c / width) / cs.length;
    }
    if (communalPlaces === 0) continue;
    let best = cs[0]!;
    let bestD = Number.POSITIVE_INFINITY;
    for (const c of cs) {
      const dx = (c % width) - cx[a]!;
      const dy = Math.floor(c / width) - cy[a]!;
      if (dx * dx + dy * dy < bestD) {
        bestD = dx * dx + dy * dy;
        best = c;
      }
    }
    communalCell[a] = best;
  }
  const regularOfCell = new Int32Array(cells);
  for (let a = 0; a < A; a++) {
    const cs = areaCells[a]!;
    const n = dwellingsOf[a]!;
    cs.forEach((c, i) => {
      regularOfCell[c] = Math.floor(((i + 1) * n) / cs.length) - Math.floor((i * n) / cs.length);
    });
  }
  const cellStart = new Int32Array(cells + 1);
  for (let c = 0; c < cells; c++) {
    const a = raster.areaOfCell[c]!;
    const communal = a >= 0 && communalCell[a] === c ? communalPlaces : 0;
    cellStart[c + 1] = cellStart[c]! + communal + regularOfCell[c]!;
  }
  const D = cellStart[cells]!;
  const regular = dwellingsOf.reduce((s, x) => s + x, 0);

  // Units: areas are quarters; the file's parents are the middle scales and the districts.
  const filled = fillOutside(raster.areaOfCell, width, height);
  const quarters = scaleOf('quarter', raster.areaOfCell, filled, width, height, A);
  const parentScales = table.scales.map((sc, k) => {
    const ids: string[] = [];
    const index = new Map<string, number>();
    const areaUnit = new Int32Array(A);
    sc.parentOf.forEach((id, a) => {
      let u = index.get(id);
      if (u === undefined) {
        u = ids.length;
        index.set(id, u);
        ids.push(id);
      }
      areaUnit[a] = u;
    });
    const last = k === table.scales.length - 1;
    const name = last ? 'district' : sc.name;
    const raw = raster.areaOfCell.map((a) => (a < 0 ? -1 : areaUnit[a]!));
    const full = filled.map((a) => areaUnit[a]!);
    return {
      scale: scaleOf(name, raw, full, width, height, ids.length),
      ids,
      names: ids.map((id) => sc.names.get(id) ?? id),
      areaUnit,
    };
  });
  const top = parentScales[parentScales.length - 1];
  const districts =
    top?.scale ??
    scaleOf(
      'district',
      raster.areaOfCell.map((a) => (a < 0 ? -1 : 0)),
      new Int32Array(cells),
      width,
      height,
      1,
    );
  const quarterDistrict = top ? top.areaUnit : new Int32Array(A);

  // Blocks: square tiles of blockSide cells cut along area borders.
  const tilesPerRow = Math.ceil(width / p.blockSide);
  const blockIds = new Map<number, number>();
  const cellBlock = new Int32Array(cells);
  const blockQuarter: number[] = [];
  for (let c = 0; c < cells; c++) {
    const x = c % width;
    const y = (c - x) / width;
    const a = filled[c]!;
    const key = (Math.floor(y / p.blockSide) * tilesPerRow + Math.floor(x / p.blockSide)) * A + a;
    let b = blockIds.get(key);
    if (b === undefined) {
      b = blockIds.size;
      blockIds.set(key, b);
      blockQuarter.push(a);
    }
    cellBlock[c] = b;
  }
  const rawBlock = cellBlock.map((b, c) => (raster.areaOfCell[c]! < 0 ? -1 : b));
  const blocks: UnitScale = {
    name: 'block',
    units: blockIds.size,
    unitOfCell: cellBlock,
    ...rookAdjacency(rawBlock, width, height, blockIds.size),
  };

  // Dwellings: buildings of dwellingsPerBuilding in each cell; segments by building, so that each
  // area has its social and owner-occupied counts (the building at a boundary is split).
  const dwellingCell = new Int32Array(D);
  const dwellingBuilding = new Int32Array(D);
  const dwellingBlock = new Int32Array(D);
  const dwellingQuarter = new Int32Array(D);
  const segment = new Uint8Array(D);
  const quality = new Float32Array(D);
  const baseRent = new Float32Array(D);
  const areaBuildings: number[][] = Array.from({ length: A }, () => []);
  const buildingFirst: number[] = [];
  let buildings = 0;
  for (let c = 0; c < cells; c++) {
    const a = raster.areaOfCell[c]!;
    let d = cellStart[c]!;
    const end = cellStart[c + 1]!;
    if (a >= 0 && communalCell[a] === c && communalPlaces > 0) {
      for (let k = 0; k < communalPlaces; k++, d++) {
        dwellingBuilding[d] = buildings;
        segment[d] = COMMUNAL;
        quality[d] = p.communalQuality;
      }
      buildingFirst.push(d - communalPlaces);
      buildings++;
    }
    for (let k = 0; d < end; k++, d++) {
      if (k % r.dwellingsPerBuilding === 0) {
        areaBuildings[a]!.push(buildings);
        buildingFirst.push(d);
        buildings++;
      }
      dwellingBuilding[d] = buildings - 1;
      segment[d] = PRIVATE;
    }
    for (let e = cellStart[c]!; e < end; e++) {
      dwellingCell[e] = c;
      dwellingBlock[e] = cellBlock[c]!;
      dwellingQuarter[e] = a;
    }
  }
  buildingFirst.push(D);
  for (let a = 0; a < A; a++) {
    const order = Int32Array.from(areaBuildings[a]!);
    shuffleInPlace(rng, order);
    let social = socialOf[a]!;
    let owner = ownerOf[a]!;
    for (const bld of order) {
      for (let d = buildingFirst[bld]!; d < buildingFirst[bld + 1]!; d++) {
        if (social > 0) {
          segment[d] = SOCIAL;
          social--;
        } else if (owner > 0) {
          segment[d] = OWNER;
          owner--;
        }
      }
    }
  }
  for (let d = 0; d < D; d++) {
    if (segment[d] === COMMUNAL) continue;
    const a = dwellingQuarter[d]!;
    const q = clamp01(r.quality + p.qualitySpread * randomNormal(rng));
    quality[d] = q;
    const rent = Number.isFinite(table.values.rent[a]!) ? table.values.rent[a]! : r.rent;
    const factor = Math.max(
      0.2,
      1 + p.qualityRentEffect * (q - r.quality) + p.rentSpread * randomNormal(rng),
    );
    baseRent[d] = rent * factor * (segment[d] === SOCIAL ? p.socialRentFactor : 1);
  }
  const packed = packDwellings(
    width,
    dwellingCell,
    baseRent,
    quality,
    segment,
    dwellingQuarter,
    dwellingBlock,
  );

  // Areas' profiles: the file's image, school and arrival flag, else neutral; a housing type read
  // from the stock (for outputs and policies that target a type).
  const value = (key: 'image' | 'school', a: number) =>
    Number.isFinite(table.values[key][a]!) ? table.values[key][a]! : 0.5;
  const quarterArrival = Uint8Array.from({ length: A }, (_, a) => (table.values.arrival[a] === 1 ? 1 : 0));
  const quarterType = Uint8Array.from({ length: A }, (_, a) => {
    const d = Math.max(1, dwellingsOf[a]!);
    const type = quarterArrival[a]
      ? 'oldTown'
      : socialOf[a]! / d >= 0.2
        ? 'estate'
        : ownerOf[a]! / d >= 0.4
          ? 'suburb'
          : value('image', a) >= 0.7
            ? 'upscale'
            : 'oldTown';
    return HOUSING_TYPES.indexOf(type);
  });
  // Distance from the residents' centre of gravity, as a share of the farthest area's.
  let mx = 0;
  let my = 0;
  const residents = personsOf.reduce((s, x) => s + x, 0);
  for (let a = 0; a < A; a++) {
    mx += (cx[a]! * personsOf[a]!) / (residents || 1);
    my += (cy[a]! * personsOf[a]!) / (residents || 1);
  }
  const dist = Float64Array.from({ length: A }, (_, a) =>
    Math.sqrt((cx[a]! - mx) * (cx[a]! - mx) + (cy[a]! - my) * (cy[a]! - my)),
  );
  const far = Math.max(1e-9, ...dist);
  const quarterCentreDistance = Float32Array.from(dist, (x) => x / far);

  const given = Array.from(table.values['share.transfer']).filter(Number.isFinite);
  const meanTransfer = given.length > 0 ? given.reduce((s, x) => s + x, 0) / given.length : 0;
  const transferShare = Float64Array.from(table.values['share.transfer'], (x) =>
    Number.isFinite(x) ? x : meanTransfer,
  );
  const radii = [...new Set(r.radii.map((m) => Math.max(1, Math.round(m / r.cellSize))))].sort(
    (x, y) => x - y,
  );
  const middle = parentScales.slice(0, -1);
  const unitIds: Record<string, readonly string[]> = { quarter: table.ids, district: top?.ids ?? ['city'] };
  const unitNames: Record<string, readonly string[]> = {
    quarter: table.names,
    district: top?.names ?? ['city'],
  };
  for (const m of middle) {
    unitIds[m.scale.name] = m.ids;
    unitNames[m.scale.name] = m.names;
  }

  return {
    width,
    height,
    dwellings: D,
    regularDwellings: regular,
    communalPlaces: D - regular,
    buildings,
    dwellingCell,
    dwellingBuilding,
    dwellingBlock,
    dwellingQuarter,
    segment,
    quality,
    baseRent,
    packed,
    cellStart,
    blocks,
    quarters,
    districts,
    blockQuarter: Int32Array.from(blockQuarter),
    quarterDistrict,
    quarterType,
    quarterArrival,
    quarterCentreDistance,
    quarterSchool0: Float32Array.from({ length: A }, (_, a) => value('school', a)),
    quarterImage0: Float32Array.from({ length: A }, (_, a) => value('image', a)),
    real: {
      areaIds: table.ids,
      areaNames: table.names,
      scale: p.scale,
      cellSize: r.cellSize,
      west: raster.west,
      north: raster.north,
      crs: city.boundaries.crs,
      middleScales: middle.map((m) => m.scale),
      unitIds,
      unitNames,
      households,
      transferShare,
      residents,
      radii,
    },
  };
}

/** A unit scale whose every cell has a unit (`full`) but whose adjacency is the city's own (`raw`, -1 outside). */
function scaleOf(
  name: string,
  raw: Int32Array,
  full: Int32Array,
  width: number,
  height: number,
  units: number,
): UnitScale {
  return { name, units, unitOfCell: full, ...rookAdjacency(raw, width, height, units) };
}

const clamp01 = (x: number) => (x < 0 ? 0 : Math.min(x, 1));
