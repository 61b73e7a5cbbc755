/**
 * The seeded synthetic city: a square raster, quarters as Voronoi cells around jittered seeds,
 * districts as groups of neighbouring quarters, blocks as square tiles cut by quarter borders.
 * Housing types are laid out in rings from the centre (with noise); each built cell holds one
 * building whose dwellings share its segment. Everything static about the city lives here; what
 * changes during a run (rents, images, schools, occupants) lives in the model.
 */
import type { RealLayoutInfo } from './real/layout.ts';
import { apportion } from '../classic/engine.ts';
import { type Rng, randomNormal, stream } from '../rng.ts';
import { HOUSING_TYPES, type CityLayoutParams } from './params-city.ts';
import { type UnitScale, unitScale } from './units.ts';

export const SEGMENT_LABELS = ['social', 'private', 'owner', 'communal'] as const;
export const SOCIAL = 0;
export const PRIVATE = 1;
export const OWNER = 2;
/**
 * Communal accommodation (Gemeinschaftsunterkunft): places the authority fills with asylum seekers
 * under the residence obligation (and, where a scenario says so, unhoused households). Not on the
 * housing market: nobody rents or buys one, and they are not counted in the housing stock.
 */
export const COMMUNAL = 3;

/**
 * Stride and offsets of `CityLayout.packed`: the dwelling data that search reads, side by side, so
 * that looking at a random vacancy touches one cache line instead of one per array. Whole numbers
 * up to 2^24 are exact in a Float32.
 */
export const PACK = 8;
export const P_RENT = 0;
export const P_QUALITY = 1;
export const P_SEGMENT = 2;
export const P_QUARTER = 3;
export const P_BLOCK = 4;
export const P_X = 5;
export const P_Y = 6;

export interface CityLayout {
  readonly width: number;
  readonly height: number;
  /** Dwellings and communal places (every index of the per-dwelling arrays). */
  readonly dwellings: number;
  /** Dwellings of the housing stock (`city.dwellings`): all but the communal places. */
  readonly regularDwellings: number;
  /** Communal places (segment COMMUNAL), in one building per quarter on a cell left open otherwise. */
  readonly communalPlaces: number;
  readonly buildings: number;
  /** Raster cell (y * width + x) of each dwelling. */
  readonly dwellingCell: Int32Array;
  /** Building of each dwelling (buildings are numbered in raster order, one per built cell). */
  readonly dwellingBuilding: Int32Array;
  readonly dwellingBlock: Int32Array;
  readonly dwellingQuarter: Int32Array;
  /** Market segment: SOCIAL, PRIVATE or OWNER. */
  readonly segment: Uint8Array;
  /** Housing quality 0-1. */
  readonly quality: Float32Array;
  /** Rent (EUR/month) at the start; private and owner rents then move with the quarter's rent index. */
  readonly baseRent: Float32Array;
  /** Copies of baseRent, quality, segment, quarter, block, x and y per dwelling, PACK apart (see P_*). */
  readonly packed: Float32Array;
  /** Dwellings of cell c are cellStart[c] .. cellStart[c + 1] - 1. */
  readonly cellStart: Int32Array;
  readonly blocks: UnitScale;
  readonly quarters: UnitScale;
  readonly districts: UnitScale;
  readonly blockQuarter: Int32Array;
  readonly quarterDistrict: Int32Array;
  /** Housing type of each quarter (index into HOUSING_TYPES). */
  readonly quarterType: Uint8Array;
  /** 1 for an arrival quarter. */
  readonly quarterArrival: Uint8Array;
  /** Distance of the quarter's seed from the centre, as a share of the half diagonal. */
  readonly quarterCentreDistance: Float32Array;
  /** School quality and image at the start (0-1). */
  readonly quarterSchool0: Float32Array;
  readonly quarterImage0: Float32Array;
  /** A city generated from a city file (real/layout.ts): its areas, scales and what the data gives. */
  readonly real?: RealLayoutInfo;
}

const clamp01 = (x: number) => (x < 0 ? 0 : Math.min(x, 1));

export function generateCity(p: CityLayoutParams, seed: number): CityLayout {
  const rng = stream(seed, 'city/generate');
  const regular = p.dwellings;
  const types = HOUSING_TYPES.map((t) => p.types[t]);
  const cellsWanted =
    types.reduce((a, t) => a + (t.share * regular) / t.dwellingsPerBuilding, 0) / p.builtShare;
  const side = Math.max(4, Math.ceil(Math.sqrt(cellsWanted)));
  const width = side;
  const height = side;
  const cells = width * height;

  // Quarters: Voronoi cells of jittered seeds.
  const usedTypes = types.filter((t) => t.share > 0).length;
  const Q = Math.min(cells, Math.max(usedTypes, Math.round(regular / p.dwellingsPerQuarter)));
  const qSeeds = jitteredSeeds(rng, Q, width, height);
  const cellQuarter = nearestSeed(qSeeds, width, height);
  const quarterCells = new Int32Array(Q);
  for (let c = 0; c < cells; c++) quarterCells[cellQuarter[c]!]!++;

  // Districts: quarters grouped by the nearest district seed.
  const K0 = Math.max(1, Math.round(Q / p.quartersPerDistrict));
  const dSeeds = jitteredSeeds(rng, K0, width, height);
  const quarterDistrict0 = new Int32Array(Q);
  for (let q = 0; q < Q; q++) {
    quarterDistrict0[q] = nearestOf(dSeeds, qSeeds.x[q]!, qSeeds.y[q]!);
  }
  const { dense: quarterDistrict, count: K } = densify(quarterDistrict0, K0);

  // Housing types in rings: quarters sorted by noisy distance from the centre.
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  const halfDiagonal = Math.sqrt(cx * cx + cy * cy) || 1;
  const quarterCentreDistance = new Float32Array(Q);
  const noisy = new Float64Array(Q);
  for (let q = 0; q < Q; q++) {
    const dx = qSeeds.x[q]! - cx;
    const dy = qSeeds.y[q]! - cy;
    const r = Math.sqrt(dx * dx + dy * dy) / halfDiagonal;
    quarterCentreDistance[q] = r;
    noisy[q] = r + (rng() - 0.5) * 2 * p.ringNoise;
  }
  const byDistance = Array.from({ length: Q }, (_, q) => q).sort((a, b) => noisy[a]! - noisy[b]! || a - b);
  const typeOrder = HOUSING_TYPES.map((_, t) => t)
    .filter((t) => types[t]!.share > 0)
    .sort((a, b) => types[a]!.ring - types[b]!.ring || a - b);
  const quarterType = new Uint8Array(Q);
  const typeDwellings = apportion(
    types.map((t) => t.share),
    regular,
  );
  let k = 0;
  typeOrder.forEach((t, i) => {
    const typesLeft = typeOrder.length - i - 1;
    const want = typeDwellings[t]!;
    let capacity = 0;
    // Take quarters until the type's dwellings fit, leaving one quarter for each type still to come.
    while (k < Q - typesLeft) {
      if (typesLeft > 0 && capacity > 0 && capacity >= want) break;
      const q = byDistance[k++]!;
      quarterType[q] = t;
      capacity += quarterCells[q]! * p.builtShare * types[t]!.dwellingsPerBuilding;
    }
  });

  // Built cells and dwellings per cell: each type's dwellings spread evenly over its built cells.
  const built = new Uint8Array(cells);
  const quarterBuilt = new Int32Array(Q);
  for (let c = 0; c < cells; c++) {
    if (rng() < p.builtShare) {
      built[c] = 1;
      quarterBuilt[cellQuarter[c]!]!++;
    }
  }
  for (let q = 0; q < Q; q++) {
    const c = qSeeds.y[q]! * width + qSeeds.x[q]!;
    if (quarterBuilt[q] === 0 && built[c] === 0) {
      built[c] = 1;
      quarterBuilt[q]!++;
    }
  }
  const communal = communalCells(p.communalPlacesPerQuarter, built, cellQuarter, qSeeds, width, Q);
  const typeBuilt = new Int32Array(HOUSING_TYPES.length);
  for (let c = 0; c < cells; c++) if (built[c]) typeBuilt[quarterType[cellQuarter[c]!]!]!++;
  const typeSeen = new Int32Array(HOUSING_TYPES.length);
  const cellStart = new Int32Array(cells + 1);
  for (let c = 0; c < cells; c++) {
    let n = 0;
    if (communal[c]) n = p.communalPlacesPerQuarter;
    else if (built[c]) {
      const t = quarterType[cellQuarter[c]!]!;
      const i = typeSeen[t]!++;
      const total = typeDwellings[t]!;
      const b = typeBuilt[t]!;
      n = Math.floor(((i + 1) * total) / b) - Math.floor((i * total) / b);
    }
    cellStart[c + 1] = cellStart[c]! + n;
  }

  // Blocks: square tiles cut along quarter borders, numbered densely.
  const tilesPerRow = Math.ceil(width / p.blockSide);
  const blockKey = new Int32Array(cells);
  for (let c = 0; c < cells; c++) {
    const x = c % width;
    const y = (c - x) / width;
    blockKey[c] =
      (Math.floor(y / p.blockSide) * tilesPerRow + Math.floor(x / p.blockSide)) * Q + cellQuarter[c]!;
  }
  const blockIds = new Map<number, number>();
  const cellBlock = new Int32Array(cells);
  const blockQuarterList: number[] = [];
  for (let c = 0; c < cells; c++) {
    const key = blockKey[c]!;
    let b = blockIds.get(key);
    if (b === undefined) {
      b = blockIds.size;
      blockIds.set(key, b);
      blockQuarterList.push(cellQuarter[c]!);
    }
    cellBlock[c] = b;
  }
  const cellDistrict = new Int32Array(cells);
  for (let c = 0; c < cells; c++) cellDistrict[c] = quarterDistrict[cellQuarter[c]!]!;

  // Dwellings: segment per building, quality and rent per dwelling.
  const D = cellStart[cells]!;
  const dwellingCell = new Int32Array(D);
  const dwellingBuilding = new Int32Array(D);
  const dwellingBlock = new Int32Array(D);
  const dwellingQuarter = new Int32Array(D);
  const segment = new Uint8Array(D);
  const quality = new Float32Array(D);
  const baseRent = new Float32Array(D);
  let buildings = 0;
  for (let c = 0; c < cells; c++) {
    const start = cellStart[c]!;
    const end = cellStart[c + 1]!;
    if (end === start) continue;
    if (communal[c]) {
      for (let d = start; d < end; d++) {
        dwellingCell[d] = c;
        dwellingBuilding[d] = buildings;
        dwellingBlock[d] = cellBlock[c]!;
        dwellingQuarter[d] = cellQuarter[c]!;
        segment[d] = COMMUNAL;
        quality[d] = p.communalQuality;
      }
      buildings++;
      continue;
    }
    const t = types[quarterType[cellQuarter[c]!]!]!;
    const u = rng();
    const seg = u < t.socialShare ? SOCIAL : u < t.socialShare + t.ownerShare ? OWNER : PRIVATE;
    for (let d = start; d < end; d++) {
      dwellingCell[d] = c;
      dwellingBuilding[d] = buildings;
      dwellingBlock[d] = cellBlock[c]!;
      dwellingQuarter[d] = cellQuarter[c]!;
      segment[d] = seg;
      const q = clamp01(t.quality + p.qualitySpread * randomNormal(rng));
      quality[d] = q;
      const factor = Math.max(
        0.2,
        1 + p.qualityRentEffect * (q - t.quality) + p.rentSpread * randomNormal(rng),
      );
      baseRent[d] = t.rent * factor * (seg === SOCIAL ? p.socialRentFactor : 1);
    }
    buildings++;
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

  const quarterArrival = new Uint8Array(Q);
  const quarterSchool0 = new Float32Array(Q);
  const quarterImage0 = new Float32Array(Q);
  for (let q = 0; q < Q; q++) {
    const t = types[quarterType[q]!]!;
    quarterArrival[q] = t.arrival ? 1 : 0;
    quarterSchool0[q] = clamp01(t.school + p.unitSpread * randomNormal(rng));
    quarterImage0[q] = clamp01(t.image + p.unitSpread * randomNormal(rng));
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
    blocks: unitScale('block', cellBlock, width, height, blockIds.size),
    quarters: unitScale('quarter', cellQuarter, width, height, Q),
    districts: unitScale('district', cellDistrict, width, height, K),
    blockQuarter: Int32Array.from(blockQuarterList),
    quarterDistrict,
    quarterType,
    quarterArrival,
    quarterCentreDistance,
    quarterSchool0,
    quarterImage0,
  };
}

/**
 * The cell of each quarter's communal accommodation: the open (unbuilt) cell nearest the quarter's
 * seed, so the building takes no room from housing; a quarter without an open cell has none.
 * No randomness: the places do not change any other draw of the generator.
 */
function communalCells(
  places: number,
  built: Uint8Array,
  cellQuarter: Int32Array,
  seeds: Seeds,
  width: number,
  quarters: number,
): Uint8Array {
  const out = new Uint8Array(built.length);
  if (places === 0) return out;
  const best = new Int32Array(quarters).fill(-1);
  const bestD = new Float64Array(quarters).fill(Number.POSITIVE_INFINITY);
  for (let c = 0; c < built.length; c++) {
    if (built[c]) continue;
    const q = cellQuarter[c]!;
    const x = c % width;
    const d = squaredDistance(seeds, q, x, (c - x) / width);
    if (d < bestD[q]!) {
      bestD[q] = d;
      best[q] = c;
    }
  }
  for (let q = 0; q < quarters; q++) if (best[q]! >= 0) out[best[q]!] = 1;
  return out;
}

interface Seeds {
  readonly x: Int32Array;
  readonly y: Int32Array;
  /** Seed in each slot of the jitter grid, -1 for a dropped slot. */
  readonly slot: Int32Array;
  readonly perRow: number;
  readonly slotSize: number;
}

/** `n` seeds, one in each of n randomly kept slots of a square jitter grid over the raster. */
function jitteredSeeds(rng: Rng, n: number, width: number, height: number): Seeds {
  const perRow = Math.ceil(Math.sqrt(n));
  const slots = perRow * perRow;
  const keep = new Uint8Array(slots).fill(1);
  let drop = slots - n;
  while (drop > 0) {
    const s = Math.floor(rng() * slots);
    if (keep[s]) {
      keep[s] = 0;
      drop--;
    }
  }
  const slotSize = width / perRow;
  const x = new Int32Array(n);
  const y = new Int32Array(n);
  const slot = new Int32Array(slots).fill(-1);
  let i = 0;
  for (let s = 0; s < slots; s++) {
    if (!keep[s]) continue;
    const sx = s % perRow;
    const sy = (s - sx) / perRow;
    x[i] = Math.min(width - 1, Math.floor((sx + 0.15 + 0.7 * rng()) * slotSize));
    y[i] = Math.min(height - 1, Math.floor((sy + 0.15 + 0.7 * rng()) * (height / perRow)));
    slot[s] = i++;
  }
  return { x, y, slot, perRow, slotSize };
}

/** Nearest seed of every cell (ties to the lower seed index), searching the slots around the cell. */
function nearestSeed(seeds: Seeds, width: number, height: number): Int32Array {
  const out = new Int32Array(width * height);
  const { perRow, slotSize } = seeds;
  const reach = 2;
  for (let y = 0; y < height; y++) {
    const sy = Math.min(perRow - 1, Math.floor(y / (height / perRow)));
    for (let x = 0; x < width; x++) {
      const sx = Math.min(perRow - 1, Math.floor(x / slotSize));
      let best = -1;
      let bestD = Number.POSITIVE_INFINITY;
      for (let dy = -reach; dy <= reach; dy++) {
        const ty = sy + dy;
        if (ty < 0 || ty >= perRow) continue;
        for (let dx = -reach; dx <= reach; dx++) {
          const tx = sx + dx;
          if (tx < 0 || tx >= perRow) continue;
          const s = seeds.slot[ty * perRow + tx]!;
          if (s < 0) continue;
          const d = squaredDistance(seeds, s, x, y);
          if (d < bestD || (d === bestD && s < best)) {
            bestD = d;
            best = s;
          }
        }
      }
      out[y * width + x] = best < 0 ? nearestOf(seeds, x, y) : best;
    }
  }
  return out;
}

/** Nearest seed by a full scan (ties to the lower index). */
function nearestOf(seeds: Seeds, x: number, y: number): number {
  let best = 0;
  let bestD = Number.POSITIVE_INFINITY;
  for (let s = 0; s < seeds.x.length; s++) {
    const d = squaredDistance(seeds, s, x, y);
    if (d < bestD) {
      bestD = d;
      best = s;
    }
  }
  return best;
}

/** Renumber ids 0..n-1 to dense ids in order of first appearance, dropping unused ones. */
function densify(ids: Int32Array, n: number): { dense: Int32Array; count: number } {
  const map = new Int32Array(n).fill(-1);
  const dense = new Int32Array(ids.length);
  let count = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (map[id]! < 0) map[id] = count++;
    dense[i] = map[id]!;
  }
  return { dense, count };
}

function squaredDistance(seeds: Seeds, s: number, x: number, y: number): number {
  const dx = seeds.x[s]! - x;
  const dy = seeds.y[s]! - y;
  return dx * dx + dy * dy;
}

/**
 * `CityLayout.packed`: the dwelling data search reads, side by side (stride PACK), from the layout's
 * arrays. One place for the synthetic and the real city, so the two cannot pack differently.
 */
export function packDwellings(
  width: number,
  dwellingCell: Int32Array,
  baseRent: Float32Array,
  quality: Float32Array,
  segment: Uint8Array,
  dwellingQuarter: Int32Array,
  dwellingBlock: Int32Array,
): Float32Array {
  const D = dwellingCell.length;
  const packed = new Float32Array(D * PACK);
  for (let d = 0; d < D; d++) {
    const c = dwellingCell[d]!;
    const o = d * PACK;
    packed[o + P_RENT] = baseRent[d]!;
    packed[o + P_QUALITY] = quality[d]!;
    packed[o + P_SEGMENT] = segment[d]!;
    packed[o + P_QUARTER] = dwellingQuarter[d]!;
    packed[o + P_BLOCK] = dwellingBlock[d]!;
    packed[o + P_X] = c % width;
    packed[o + P_Y] = Math.floor(c / width);
  }
  return packed;
}
