/**
 * Invariants of the city model, checked after every tick in tests: one household per dwelling,
 * dwelling and household arrays agree, every household is housed, searching or unhoused (never lost)
 * or in the pool abroad, each vacancy pool (market, social, communal) and the per-quarter index of
 * market vacancies, the searcher set, pool abroad and free list hold exactly what they should, no
 * household under the residence obligation lives in an owner-occupied dwelling, the kept composition
 * counts equal a recount, children attend their catchment school or an adjacent one, population
 * accounting (households in the city minus the initial population = arrivals, returners included,
 * minus departures of every reason; the population the state reports is the count in the city), a
 * household is without a dwelling exactly while a homeless spell is open, the people counts add up
 * to their totals, and no NaN anywhere.
 */
import { BANDS, MILIEUS, UnitCounts } from './composition.ts';
import { COMMUNAL, OWNER, P_RENT, P_SEGMENT, PACK, PRIVATE } from './generate.ts';
import { ABROAD, FREE, HOUSED, LEGAL_OBLIGATION, NO_TICK, SEARCH_NONE, UNHOUSED } from './households.ts';
import type { IndexSet } from './index-set.ts';
import { SEGMENTS } from './state.ts';
import type { CityModel } from './model.ts';
import type { UnitScale } from './units.ts';

const MOST = 20;

/** Problems found (empty when the state is consistent); stops after a few. */
export function checkInvariants(model: CityModel): string[] {
  const s = model.state;
  const { hh, layout } = s;
  const D = layout.dwellings;
  const problems: string[] = [];
  const add = (p: string) => {
    if (problems.length < MOST) problems.push(p);
  };
  const { packed } = layout;
  for (let d = 0; d < D; d++) {
    const o = d * PACK;
    if (packed[o + P_SEGMENT] !== layout.segment[d] || packed[o + P_RENT] !== layout.baseRent[d]) {
      add(`dwelling ${d} packed segment or rent differs from the layout (use state.setDwellingHousing)`);
    }
    const h = s.occupant[d]!;
    if (h >= 0 && (hh.status[h] !== HOUSED || hh.dwelling[h] !== d))
      add(`dwelling ${d} names household ${h}, which does not live there`);
    const pool = s.poolOf(layout.segment[d]!);
    if (h < 0 !== pool.has(d))
      add(`dwelling ${d} is ${h < 0 ? 'vacant but not in' : 'occupied but in'} its segment's vacancy pool`);
    for (const other of [s.vacancies, s.socialVacancies, s.communalVacancies]) {
      if (other !== pool && other.has(d)) add(`dwelling ${d} is in another segment's vacancy pool`);
    }
  }
  checkPositions('market vacancy pool', s.vacancies, add);
  checkPositions('social vacancy pool', s.socialVacancies, add);
  checkPositions('communal vacancy pool', s.communalVacancies, add);
  const segDwellings = new Int32Array(s.quarterSegmentDwellings.length);
  const segVacant = new Int32Array(s.quarterSegmentVacant.length);
  for (let d = 0; d < D; d++) {
    const k = layout.dwellingQuarter[d]! * SEGMENTS + layout.segment[d]!;
    segDwellings[k]!++;
    if (s.occupant[d]! < 0) segVacant[k]!++;
  }
  for (let k = 0; k < segDwellings.length; k++) {
    if (segDwellings[k] !== s.quarterSegmentDwellings[k] || segVacant[k] !== s.quarterSegmentVacant[k]) {
      add(
        `quarter-segment ${k} counts ${s.quarterSegmentDwellings[k]}/${s.quarterSegmentVacant[k]}, recount ${segDwellings[k]}/${segVacant[k]}`,
      );
      break;
    }
  }
  const qv = s.quarterVacancies;
  for (let d = 0; d < D; d++) {
    const q = layout.dwellingQuarter[d]!;
    const i = qv.position[d]!;
    if (qv.items[i] !== d || i < qv.start[q]! || i >= qv.start[q + 1]!)
      add(`dwelling ${d} is misplaced in the per-quarter vacancy index`);
    if (qv.has(d) !== s.vacancies.has(d))
      add(`dwelling ${d} market vacancy differs between the pool and the per-quarter index`);
  }
  for (let q = 0; q < layout.quarters.units; q++) {
    const market =
      s.quarterSegmentVacant[q * SEGMENTS + PRIVATE]! + s.quarterSegmentVacant[q * SEGMENTS + OWNER]!;
    if (qv.size[q] !== market) add(`quarter ${q} index holds ${qv.size[q]} vacancies, count ${market}`);
  }
  let inUse = 0;
  let inCity = 0;
  let abroad = 0;
  const blocks = new UnitCounts(layout.blocks.units, s.groups);
  const quarters = new UnitCounts(layout.quarters.units, s.groups);
  const vacant = s.quarterDwellings.slice();
  let underObligationInOwner = 0;
  for (let h = 0; h < hh.capacity; h++) {
    const status = hh.status[h]!;
    if (status === FREE) {
      if (s.searchers.has(h)) add(`free slot ${h} is in the searcher set`);
      if (s.abroad.has(h)) add(`free slot ${h} is in the pool abroad`);
      continue;
    }
    if (status !== ABROAD && s.abroad.has(h)) add(`household ${h} is in the city and in the pool abroad`);
    if (status !== UNHOUSED && hh.emergency[h] !== 0)
      add(`household ${h} with status ${status} is in emergency accommodation`);
    if (h >= hh.highWater) add(`household ${h} lies above the high-water mark ${hh.highWater}`);
    inUse++;
    if (status === ABROAD) {
      abroad++;
      if (!s.abroad.has(h)) add(`household ${h} is abroad but not in the pool abroad`);
      if (hh.dwelling[h] !== -1 || hh.quarter[h] !== -1 || hh.search[h] !== SEARCH_NONE || s.searchers.has(h))
        add(`household ${h} abroad has a dwelling, a quarter or a search`);
      continue;
    }
    inCity++;
    const searching = hh.search[h] !== SEARCH_NONE;
    if (searching !== s.searchers.has(h)) add(`household ${h} search flag and searcher set disagree`);
    const income = hh.income[h]!;
    if (!Number.isFinite(income) || income <= 0) add(`household ${h} has income ${income}`);
    if (hh.incomeBand[h] !== s.bandOf(income)) add(`household ${h} income band is stale`);
    const d = hh.dwelling[h]!;
    if (status === HOUSED) {
      if (d < 0 || d >= D || s.occupant[d] !== h)
        add(`household ${h} is housed in ${d}, which does not name it`);
      else {
        const q = layout.dwellingQuarter[d]!;
        if (
          hh.quarter[h] !== q ||
          hh.segment[h] !== layout.segment[d] ||
          hh.baseRent[h] !== layout.baseRent[d]
        ) {
          add(`household ${h} copies of its dwelling's quarter, segment or rent are stale`);
        }
        const school = hh.schoolAttended[h]!;
        if (hh.children[h] !== 1 ? school !== -1 : school !== q && !adjacent(layout.quarters, q, school))
          add(
            `household ${h} attends school ${school}, neither its catchment (${q}) nor an adjacent quarter's`,
          );
        blocks.adjust(layout.dwellingBlock[d]!, hh.origin[h]!, hh.incomeBand[h]!, hh.milieu[h]!, 1);
        quarters.adjust(q, hh.origin[h]!, hh.incomeBand[h]!, hh.milieu[h]!, 1);
        if (layout.segment[d] !== COMMUNAL) vacant[q]!--;
        if (hh.legal[h] === LEGAL_OBLIGATION && layout.segment[d] === OWNER) underObligationInOwner++;
      }
      if (hh.unhousedSince[h] !== NO_TICK) add(`housed household ${h} has an open homeless spell`);
    } else if (status === UNHOUSED) {
      const since = hh.unhousedSince[h]!;
      if (since === NO_TICK || since > s.tick)
        add(`unhoused household ${h} has no homeless spell open (unhousedSince ${since})`);
      if (d !== -1 || hh.quarter[h] !== -1 || hh.schoolAttended[h] !== -1)
        add(
          `unhoused household ${h} names dwelling ${d}, quarter ${hh.quarter[h]} or school ${hh.schoolAttended[h]}`,
        );
      if (!searching) add(`unhoused household ${h} is not searching`);
    } else add(`household ${h} has unknown status ${status}`);
  }
  if (underObligationInOwner > 0) {
    add(
      `${underObligationInOwner} households under the residence obligation live in owner-occupied dwellings`,
    );
  }
  if (inUse + hh.freeCount !== hh.capacity) {
    add(`${inUse} households in use and ${hh.freeCount} free slots do not add up to ${hh.capacity}`);
  }
  const freeSeen = new Uint8Array(hh.capacity);
  for (let i = 0; i < hh.freeCount; i++) {
    const h = hh.freeSlots[i]!;
    if (hh.status[h] !== FREE || freeSeen[h]) add(`free list entry ${h} is in use or listed twice`);
    freeSeen[h] = 1;
  }
  for (let i = 0; i < s.searchers.size; i++) {
    if (s.searchers.position[s.searchers.items[i]!] !== i) add(`searcher set position of item ${i} is wrong`);
  }
  compareCounts('block', blocks, s.blockCounts, add);
  compareCounts('quarter', quarters, s.quarterCounts, add);
  for (let q = 0; q < vacant.length; q++) {
    if (vacant[q] !== s.quarterVacant[q])
      add(`quarter ${q} vacancy count ${s.quarterVacant[q]}, recount ${vacant[q]}`);
  }
  if (inCity - s.population0 !== s.arrivalsTotal - s.departuresTotal) {
    add(
      `population change ${inCity - s.population0} is not arrivals ${s.arrivalsTotal} minus departures ${s.departuresTotal}`,
    );
  }
  if (abroad !== s.abroad.size) add(`${abroad} households abroad, the pool abroad holds ${s.abroad.size}`);
  if (s.population() !== inCity) add(`population() is ${s.population()}, households in the city ${inCity}`);
  for (let i = 0; i < s.abroad.size; i++) {
    if (s.abroad.position[s.abroad.items[i]!] !== i) add(`pool abroad position of item ${i} is wrong`);
  }
  for (let q = 0; q < layout.quarters.units; q++) {
    const r = s.rentIndex[q]!;
    if (!Number.isFinite(r) || r <= 0) add(`quarter ${q} rent index ${r}`);
    const p = s.priceIndex[q]!;
    if (!Number.isFinite(p) || p <= 0) add(`quarter ${q} price index ${p}`);
    for (const [name, x] of [
      ['school', s.school[q]!],
      ['image', s.image[q]!],
    ] as const) {
      if (!(x >= 0 && x <= 1)) add(`quarter ${q} ${name} ${x} outside 0-1`);
    }
  }
  const m = model.metrics();
  for (const [k, v] of Object.entries(m)) if (!Number.isFinite(v)) add(`metric ${k} is ${v}`);
  let unhousedByGroup = 0;
  for (const g of s.groupNames) unhousedByGroup += m[`unhoused.${g}`]!;
  if (unhousedByGroup !== m['unhoused'])
    add(`unhoused by group sum to ${unhousedByGroup}, not ${m['unhoused']}`);
  const causes = m['displacements.rentRise']! + m['displacements.incomeLoss']! + m['displacements.atMoveIn']!;
  if (causes !== m['displacements'])
    add(`displacements by cause sum to ${causes}, not ${m['displacements']}`);
  for (const reason of s.reasons) {
    for (const g of s.groupNames) {
      if (m[`refusals.${reason}.${g}`]! > m[`refusalLooks.${reason}.${g}`]!)
        add(`more households refused for ${reason} (${g}) than looks refused`);
    }
  }
  return problems;
}

function checkPositions(name: string, set: IndexSet, add: (p: string) => void): void {
  for (let i = 0; i < set.size; i++) {
    if (set.position[set.items[i]!] !== i) {
      add(`${name} position of item ${i} is wrong`);
      return;
    }
  }
}

function compareCounts(scale: string, recount: UnitCounts, kept: UnitCounts, add: (p: string) => void): void {
  const pairs = [
    ['total', recount.total, kept.total],
    ['origin', recount.origin, kept.origin],
    [`band (${BANDS})`, recount.band, kept.band],
    [`milieu (${MILIEUS})`, recount.milieu, kept.milieu],
  ] as const;
  for (const [name, a, b] of pairs) {
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) {
        add(`${scale} ${name} count ${i} is ${b[i]}, recount ${a[i]}`);
        break;
      }
    }
  }
}

function adjacent(scale: UnitScale, a: number, b: number): boolean {
  for (let i = scale.adjacencyStart[a]!; i < scale.adjacencyStart[a + 1]!; i++)
    if (scale.adjacency[i] === b) return true;
  return false;
}
