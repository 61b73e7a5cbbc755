import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEFT_ELSEWHERE, LEFT_UNHOUSED } from '../../sim/city/state.ts';
import { describe, expect, it } from 'vitest';
import { writeStateCsv } from '../../cli/output.ts';
import { CityModel } from '../../sim/city/model.ts';
import { ENDED_GAVE_UP, ENDED_MOVED, ENDED_STAYED } from '../../sim/city/people-counts.ts';
import { HOUSING_TYPES } from '../../sim/city/params-city.ts';
import { HOUSED, NO_TICK, SEARCH_HOMELESS, SEARCH_VOLUNTARY, UNHOUSED } from '../../sim/city/households.ts';
import { REFUSED_AFFORDABILITY, REFUSED_ELIGIBILITY } from '../../sim/city/policy-hooks.ts';
import { medianInPlace } from '../../sim/math/select.ts';
import { stream } from '../../sim/rng.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { tempDir } from '../cli/kiez.ts';
import { cityScenario, groupsWith } from './helpers.ts';

/** A city of 3,000 dwellings as built (tick 0, no burn-in), its counters reset as at the start of a tick. */
function freshCity(seed = 7): CityModel {
  return new CityModel(cityScenario({ city: { burnIn: 0 } }, 6), seed);
}

/** Start tick `tick` by hand: what CityModel.step does before its processes. */
function beginTick(m: CityModel, tick: number): void {
  m.state.tick = tick;
  m.state.resetTickCounters();
}

/** Housed households of origin g that are not searching, the first n in slot order. */
function housedOf(m: CityModel, g: number, n: number): number[] {
  const { hh } = m.state;
  const out: number[] = [];
  for (let h = 0; h < hh.highWater && out.length < n; h++) {
    if (hh.status[h] === HOUSED && hh.origin[h] === g && hh.search[h] === 0) out.push(h);
  }
  return out;
}

describe('refusals count households, refusalLooks count looks', () => {
  it('a household refused twice for affordability in one tick counts once; its looks count twice', () => {
    const m = freshCity();
    const s = m.state;
    const [h] = housedOf(m, 0, 1) as [number];
    const native = s.groupNames[0]!;
    beginTick(m, 1);
    s.startSearch(h, SEARCH_VOLUNTARY);
    s.noteRefusal(h, REFUSED_AFFORDABILITY);
    s.noteRefusal(h, REFUSED_AFFORDABILITY);
    s.noteRefusal(h, REFUSED_ELIGIBILITY);
    const x = m.metrics();
    expect(x[`refusals.affordability.${native}`]).toBe(1);
    expect(x[`refusalLooks.affordability.${native}`]).toBe(2);
    expect(x[`refusals.eligibility.${native}`]).toBe(1);
    expect(x[`refusalLooks.eligibility.${native}`]).toBe(1);
    expect(x[`refusals.discrimination.${native}`]).toBe(0);
    // The next tick counts the same household again, once.
    beginTick(m, 2);
    s.noteRefusal(h, REFUSED_AFFORDABILITY);
    const y = m.metrics();
    expect(y[`refusals.affordability.${native}`]).toBe(1);
    expect(y[`refusalLooks.affordability.${native}`]).toBe(1);
    expect(y[`refusals.eligibility.${native}`]).toBe(0);
  });

  it('a household that can afford nothing counts 12 looks and 1 household per round of 12, and still 1 after two rounds', () => {
    const m = freshCity();
    const s = m.state;
    const [h] = housedOf(m, 1, 1) as [number];
    const group = s.groupNames[1]!;
    beginTick(m, 1);
    s.setIncome(h, 1);
    s.startSearch(h, SEARCH_VOLUNTARY);
    const rng = stream(1, 'test');
    expect(m.chooser.search(h, rng)).toBe(-1);
    let x = m.metrics();
    expect(s.params.behaviour.sampleSize).toBe(12);
    expect(x[`refusalLooks.affordability.${group}`]).toBe(12);
    expect(x[`refusals.affordability.${group}`]).toBe(1);
    m.chooser.search(h, rng);
    x = m.metrics();
    expect(x[`refusalLooks.affordability.${group}`]).toBe(24);
    expect(x[`refusals.affordability.${group}`]).toBe(1);
  });

  it('never counts more households than looks, nor a household for a reason it was not refused for, over a busy run', () => {
    const m = new CityModel(cityScenario({ behaviour: { maxRentBurden: 0.3 } }, 12), 2);
    for (let t = 0; t < 12; t++) {
      m.step();
      const x = m.metrics();
      let households = 0;
      for (const reason of m.state.reasons) {
        for (const g of m.state.groupNames) {
          const people = x[`refusals.${reason}.${g}`]!;
          const looks = x[`refusalLooks.${reason}.${g}`]!;
          expect(people).toBeLessThanOrEqual(looks);
          expect(people > 0).toBe(looks > 0);
          households += people;
        }
      }
      // Each searcher counts at most once per reason.
      expect(households).toBeLessThanOrEqual(3 * m.state.hh.highWater);
      expect(x['refusals.affordability.native']).toBeGreaterThan(0);
    }
  });
});

describe('searches by group', () => {
  it('reports the mean and median length of the searches that ended in the tick, 0 for a group with none', () => {
    const m = freshCity();
    const s = m.state;
    const hs = housedOf(m, 0, 4);
    beginTick(m, 10);
    // Searches begun at ticks 10, 8, 5 and 1 and ending at tick 10 last 1, 3, 6 and 10 ticks.
    [10, 8, 5, 1].forEach((since, i) => {
      const h = hs[i]!;
      s.startSearch(h, SEARCH_VOLUNTARY);
      s.hh.searchSince[h] = since;
      s.endSearch(h, ENDED_STAYED);
    });
    const x = m.metrics();
    const [a, b] = s.groupNames as [string, string];
    expect(x[`searchesEnded.${a}`]).toBe(4);
    expect(x[`searchTicks.mean.${a}`]).toBe(5);
    expect(x[`searchTicks.median.${a}`]).toBe(4.5);
    expect(x[`searchesEnded.${b}`]).toBe(0);
    expect(x[`searchTicks.mean.${b}`]).toBe(0);
    expect(x[`searchTicks.median.${b}`]).toBe(0);
    expect(x['medianSearchTicks']).toBe(4.5);
    expect(x['meanSearchTicks']).toBe(5);
    // The next tick starts empty.
    beginTick(m, 11);
    expect(m.metrics()[`searchesEnded.${a}`]).toBe(0);
  });

  it('keeps every ended search of a tick however many end (2,000 here, beyond the first buffer)', () => {
    const m = freshCity();
    const s = m.state;
    const hs = housedOf(m, 0, 2000).concat(housedOf(m, 1, 100));
    expect(hs).toHaveLength(2100);
    beginTick(m, 20);
    // Lengths 1..7 in turn: 300 of each.
    hs.forEach((h, i) => {
      s.startSearch(h, SEARCH_VOLUNTARY);
      s.hh.searchSince[h] = 20 - (i % 7);
      s.endSearch(h, ENDED_STAYED);
    });
    const x = m.metrics();
    const [a, b] = s.groupNames as [string, string];
    expect(x['searchesEnded']).toBe(2100);
    expect(x[`searchesEnded.${a}`]! + x[`searchesEnded.${b}`]!).toBe(2100);
    expect(x['meanSearchTicks']).toBe(4);
    expect(x['medianSearchTicks']).toBe(4);
  });

  it('counts where refused searches ended: housing type moved to, stayed, gave up, left; unrefused searches not at all', () => {
    const m = freshCity();
    const s = m.state;
    const g = s.groupNames[2]!;
    const [mover, stayer, quitter, leaver, unrefused] = housedOf(m, 2, 5) as [
      number,
      number,
      number,
      number,
      number,
    ];
    beginTick(m, 1);
    for (const h of [mover, stayer, quitter, leaver, unrefused]) s.startSearch(h, SEARCH_VOLUNTARY);
    for (const h of [mover, stayer, quitter, leaver]) s.noteRefusal(h, REFUSED_AFFORDABILITY);
    const before = m.metrics();
    const d = s.vacancies.items[0]!;
    const type = HOUSING_TYPES[s.layout.quarterType[s.layout.dwellingQuarter[d]!]!]!;
    s.moveOut(mover);
    s.moveIn(mover, d);
    s.endSearch(mover, ENDED_MOVED);
    s.endSearch(stayer, ENDED_STAYED);
    s.endSearch(quitter, ENDED_GAVE_UP);
    s.depart(leaver, LEFT_ELSEWHERE);
    s.endSearch(unrefused, ENDED_STAYED);
    const x = m.metrics();
    const delta = (where: string) => x[`afterRefusal.${where}.${g}`]! - before[`afterRefusal.${where}.${g}`]!;
    expect(delta(type)).toBe(1);
    expect(delta('stayed')).toBe(1);
    expect(delta('gaveUp')).toBe(1);
    expect(delta('left')).toBe(1);
    let moved = 0;
    for (const t of HOUSING_TYPES) moved += delta(t);
    expect(moved).toBe(1);
    // A new search starts with a clean record: ending it does not count as refused.
    s.startSearch(stayer, SEARCH_VOLUNTARY);
    s.endSearch(stayer, ENDED_STAYED);
    expect(m.metrics()[`afterRefusal.stayed.${g}`]).toBe(x[`afterRefusal.stayed.${g}`]);
  });

  it('shares housed within 3 and 12 ticks count a spell once its 3 or 12 ticks are over, cumulatively', () => {
    const m = freshCity();
    const s = m.state;
    const g = s.groupNames[3]!;
    const hs = housedOf(m, 3, 4) as [number, number, number, number];
    const within = () => {
      const x = m.metrics();
      return [
        x[`housedWithin3.${g}`],
        x[`housedWithin12.${g}`],
        x[`homelessSearches.${g}`],
        x[`unhoused.${g}`],
      ];
    };
    // Tick 1: four households lose their dwellings (as displaced households that found nothing).
    beginTick(m, 1);
    for (const h of hs) {
      s.startSearch(h, 2);
      s.becomeUnhoused(h);
    }
    s.people.endTick(1);
    expect(within()).toEqual([0, 0, 4, 4]);
    // Housed at ticks 2, 3 and 4 (spells of 2, 3 and 4 ticks); the fourth leaves at tick 5.
    const house = (h: number) => {
      s.moveIn(h, s.vacancies.items[0]!);
      s.endSearch(h, ENDED_MOVED);
    };
    for (let t = 2; t <= 14; t++) {
      beginTick(m, t);
      if (t <= 4) house(hs[t - 2]!);
      if (t === 5) s.depart(hs[3]!, LEFT_UNHOUSED);
      s.people.endTick(t);
      const [in3, in12, started, unhoused] = within();
      expect(started).toBe(4);
      expect(unhoused).toBe(t < 2 ? 4 : t <= 4 ? 4 - (t - 1) : 0);
      // The spells of tick 1 have had their 3 ticks at the end of tick 3: 2 of 4 housed within them.
      expect(in3).toBe(t < 3 ? 0 : 0.5);
      // And their 12 ticks at the end of tick 12: 3 of 4.
      expect(in12).toBe(t < 12 ? 0 : 0.75);
    }
    expect(s.hh.status[hs[0]]).toBe(HOUSED);
    expect(s.hh.unhousedSince[hs[0]]).toBe(NO_TICK);
  });

  it('counts every arrival and every household that lost its dwelling as a homeless spell; unhoused by group sums to unhoused', () => {
    // No asylum seekers, so every arrival starts without a dwelling.
    const groups = groupsWith({ refugee: { arrivals: 3, asylumShare: 0 }, eu: { asylumShare: 0 } });
    const busy = cityScenario(
      { households: { groups }, behaviour: { rentSpeed: 0.02, displacementBurden: 0.45 } },
      24,
    );
    const m = new CityModel(busy, 3);
    let lost = 0;
    for (let t = 0; t < 24; t++) {
      m.step();
      const x = m.metrics();
      lost += x['becameUnhoused']!;
      let started = 0;
      let unhoused = 0;
      for (const g of m.state.groupNames) {
        started += x[`homelessSearches.${g}`]!;
        unhoused += x[`unhoused.${g}`]!;
        for (const k of ['housedWithin3', 'housedWithin12']) {
          expect(x[`${k}.${g}`]).toBeGreaterThanOrEqual(0);
          expect(x[`${k}.${g}`]).toBeLessThanOrEqual(1);
        }
      }
      expect(x['authorityPlacements']).toBe(0);
      expect(unhoused).toBe(x['unhoused']);
      expect(started).toBe(x['arrivalsTotal']! + lost);
    }
    expect(m.metrics()['housedWithin12.refugee']).toBeGreaterThan(0);
  });
});

describe('displacement by cause', () => {
  it('tells a rent rise from an income loss from a burden already too high at move-in', () => {
    const m = freshCity();
    const s = m.state;
    const [a, b, c] = housedOf(m, 0, 3) as [number, number, number];
    beginTick(m, 1);
    const limit = s.params.behaviour.displacementBurden;
    // a: cost tripled at the same income.
    s.hh.costAtMoveIn[a] = s.housingCost(a) / 3;
    s.hh.incomeAtMoveIn[a] = s.hh.income[a]!;
    s.noteDisplacement(a);
    // b: same cost, income down to a third.
    s.hh.costAtMoveIn[b] = s.housingCost(b);
    s.hh.incomeAtMoveIn[b] = s.housingCost(b) / (limit / 2);
    s.setIncome(b, s.hh.incomeAtMoveIn[b]! / 3);
    s.noteDisplacement(b);
    // c: moved in with a burden over the limit.
    s.hh.costAtMoveIn[c] = 1000;
    s.hh.incomeAtMoveIn[c] = 1000;
    s.noteDisplacement(c);
    const x = m.metrics();
    expect([x['displacements'], x['displacements.rentRise'], x['displacements.incomeLoss']]).toEqual([
      3, 1, 1,
    ]);
    expect(x['displacements.atMoveIn']).toBe(1);
  });

  it('splits every displacement of a run with rising rents into causes that sum to the total', () => {
    const scenario = cityScenario(
      {
        households: { groups: groupsWith({ refugee: { arrivals: 2, asylumShare: 1 } }), obligationMonths: 4 },
        behaviour: { rentSpeed: 0.02, displacementBurden: 0.45 },
      },
      24,
    );
    const m = new CityModel(scenario, 1);
    let total = 0;
    let rent = 0;
    for (let t = 0; t < 24; t++) {
      m.step();
      const x = m.metrics();
      expect(
        x['displacements.rentRise']! + x['displacements.incomeLoss']! + x['displacements.atMoveIn']!,
      ).toBe(x['displacements']);
      total += x['displacements']!;
      rent += x['displacements.rentRise']!;
    }
    expect(total).toBeGreaterThan(0);
    expect(rent).toBeGreaterThan(0);
  });

  it('keeps cost and income at move-in, in single precision, for every household of the city as built and for a mover', () => {
    const m = freshCity();
    const s = m.state;
    const { hh } = s;
    let housed = 0;
    for (let h = 0; h < hh.highWater; h++) {
      if (hh.status[h] !== HOUSED) continue;
      housed++;
      expect(hh.costAtMoveIn[h]).toBe(Math.fround(s.housingCost(h)));
      expect(hh.incomeAtMoveIn[h]).toBe(Math.fround(hh.income[h]!));
    }
    expect(housed).toBeGreaterThan(2000);
    const [h] = housedOf(m, 0, 1) as [number];
    s.moveOut(h);
    s.setIncome(h, 2345.5);
    s.moveIn(h, s.vacancies.items[0]!);
    expect([hh.costAtMoveIn[h], hh.incomeAtMoveIn[h]]).toEqual([Math.fround(s.housingCost(h)), 2345.5]);
  });
});

describe('the median', () => {
  it('is the middle value, the mean of the two middle values, or 0 for none', () => {
    expect(medianInPlace(Int32Array.of(5, 1, 3), 3)).toBe(3);
    expect(medianInPlace(Int32Array.of(10, 1, 6, 3), 4)).toBe(4.5);
    expect(medianInPlace(Int32Array.of(2, 2, 2, 2, 9), 5)).toBe(2);
    expect(medianInPlace(Int32Array.of(7, 7, 1, 1), 4)).toBe(4);
    expect(medianInPlace(new Int32Array(3), 0)).toBe(0);
    // Only the first n values count.
    expect(medianInPlace(Int32Array.of(4, 8, 100, 100), 2)).toBe(6);
  });

  it('agrees with sorting on seeded random buffers', () => {
    const rng = stream(9, 'median');
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(rng() * 40);
      const a = new Int32Array(n);
      for (let i = 0; i < n; i++) a[i] = Math.floor(rng() * 12);
      const sorted = a.slice().sort();
      const want = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
      expect(medianInPlace(a, n)).toBe(want);
    }
  });
});

/** Rows of a CSV written by writeStateCsv (no field of these tables needs quoting). */
function readCsv(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const cols = head!.split(',');
  return lines.map((l) => {
    const f = l.split(',');
    return Object.fromEntries(cols.map((c, i) => [c, f[i]!]));
  });
}

/** Multigroup D (Reardon & Firebaugh) of categories over units, from pairs (unit, category). */
function multigroupD(pairs: readonly [string, string][]): number {
  const byUnit = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  for (const [u, k] of pairs) {
    const m = byUnit.get(u) ?? new Map<string, number>();
    m.set(k, (m.get(k) ?? 0) + 1);
    byUnit.set(u, m);
    totals.set(k, (totals.get(k) ?? 0) + 1);
  }
  const T = pairs.length;
  let I = 0;
  for (const n of totals.values()) I += (n / T) * (1 - n / T);
  let dev = 0;
  for (const m of byUnit.values()) {
    let t = 0;
    for (const n of m.values()) t += n;
    for (const [k, n] of totals) dev += t * Math.abs((m.get(k) ?? 0) / t - n / T);
  }
  return dev / (2 * T * I);
}

describe('the exported state', () => {
  const scenario = cityScenario(
    {
      households: { groups: groupsWith({ refugee: { arrivals: 3 } }) },
      measures: { indices: 'D,moran', dimensions: 'origin', scales: 'block,quarter' },
    },
    12,
  );
  const sim = createSimulation(scenario, 5);
  sim.advance(12);
  const metrics = sim.metrics();
  const dir = tempDir();
  const path = join(dir, 'final.csv');
  writeStateCsv(sim.stateTable(), path);
  const rows = readCsv(path);
  const cells = readCsv(join(dir, 'final.cells.csv'));
  const model = sim.model as CityModel;

  it('lists every dwelling and then every unhoused household, dwelling fields empty', () => {
    const s = model.state;
    const unhoused = metrics['unhoused']!;
    expect(unhoused).toBeGreaterThan(0);
    expect(rows).toHaveLength(s.layout.dwellings + unhoused);
    const tail = rows.slice(s.layout.dwellings);
    for (const r of tail) {
      expect([r['dwelling'], r['cell'], r['quarter'], r['rent'], r['segment']]).toEqual(['', '', '', '', '']);
      expect(r['searching']).toBe(String(SEARCH_HOMELESS));
      expect(r['schoolAttended']).toBe('');
      expect(s.hh.status[Number(r['household'])]).toBe(UNHOUSED);
    }
    expect(rows.slice(0, s.layout.dwellings).every((r, d) => r['dwelling'] === String(d))).toBe(true);
  });

  it("gives each family's school attended and leaves it empty without children", () => {
    const { hh } = model.state;
    let families = 0;
    for (const r of rows) {
      if (r['household'] === '' || r['dwelling'] === '') continue;
      const h = Number(r['household']);
      if (hh.children[h]) {
        families++;
        expect(r['schoolAttended']).toBe(String(hh.schoolAttended[h]));
      } else expect(r['schoolAttended']).toBe('');
    }
    expect(families).toBeGreaterThan(100);
  });

  it('lists every raster cell with its block, quarter, district and housing type', () => {
    const { layout } = model.state;
    expect(cells).toHaveLength(layout.width * layout.height);
    let dwellings = 0;
    for (const c of cells) dwellings += Number(c['dwellings']);
    expect(dwellings).toBe(layout.dwellings);
    expect(new Set(cells.map((c) => c['housingType']))).toEqual(new Set(HOUSING_TYPES));
    expect(cells.filter((c) => c['built'] === '0').length).toBeGreaterThan(0);
  });

  it('lets D(origin, quarter), D(origin, school) and Moran of refugees over blocks be recomputed from the files alone', () => {
    const housed = rows.filter((r) => r['dwelling'] !== '' && r['household'] !== '');
    const dQuarter = multigroupD(housed.map((r) => [r['quarter']!, r['origin']!]));
    expect(Math.abs(dQuarter - metrics['D.origin.quarter']!)).toBeLessThan(1e-12);
    const families = housed.filter((r) => r['children'] === '1');
    const dSchool = multigroupD(families.map((r) => [r['schoolAttended']!, r['origin']!]));
    expect(Math.abs(dSchool - metrics['D.origin.school']!)).toBeLessThan(1e-12);
    const dBlock = multigroupD(housed.map((r) => [r['block']!, r['origin']!]));
    expect(Math.abs(dBlock - metrics['D.origin.block']!)).toBeLessThan(1e-12);

    // Moran's I needs the blocks' rook adjacency: from the cells table alone.
    const width = Math.max(...cells.map((c) => Number(c['x']))) + 1;
    const blockAt = (x: number, y: number) => cells[y * width + x]!['block']!;
    const links = new Set<string>();
    for (const c of cells) {
      const x = Number(c['x']);
      const y = Number(c['y']);
      expect(Number(c['cell'])).toBe(y * width + x);
      for (const [nx, ny] of [
        [x + 1, y],
        [x, y + 1],
      ] as const) {
        if (nx >= width || ny * width + nx >= cells.length) continue;
        const a = c['block']!;
        const b = blockAt(nx, ny);
        if (a !== b) links.add(`${a}|${b}`).add(`${b}|${a}`);
      }
    }
    const total = new Map<string, number>();
    const refugees = new Map<string, number>();
    for (const r of housed) {
      total.set(r['block']!, (total.get(r['block']!) ?? 0) + 1);
      if (r['origin'] === 'refugee') refugees.set(r['block']!, (refugees.get(r['block']!) ?? 0) + 1);
    }
    const share = new Map([...total].map(([u, n]) => [u, (refugees.get(u) ?? 0) / n]));
    let mean = 0;
    for (const v of share.values()) mean += v / share.size;
    let s0 = 0;
    let cross = 0;
    let squares = 0;
    for (const v of share.values()) squares += (v - mean) ** 2;
    for (const link of links) {
      const [a, b] = link.split('|') as [string, string];
      if (!share.has(a) || !share.has(b)) continue;
      s0++;
      cross += (share.get(a)! - mean) * (share.get(b)! - mean);
    }
    const moran = (share.size / s0) * (cross / squares);
    expect(metrics['moran.origin=refugee.block']).toBeDefined();
    expect(Math.abs(moran - metrics['moran.origin=refugee.block']!)).toBeLessThan(1e-12);
  });
});
