import { describe, expect, it } from 'vitest';
import { CityModel } from '../../sim/city/model.ts';
import { COMMUNAL } from '../../sim/city/generate.ts';
import { cityScenario } from './helpers.ts';

describe('city outputs', () => {
  const model = new CityModel(cityScenario({}, 6), 3);
  for (let t = 0; t < 6; t++) model.step();
  const housed = model.metrics()['housed']!;

  it('hands the measures every housed household with a category on six dimensions and a unit on three scales', () => {
    const inputs = model.measureInputs();
    expect(inputs.households).toBe(housed);
    expect(inputs.dimensions.map((d) => d.name)).toEqual([
      'origin',
      'income',
      'milieu',
      'tenure',
      'education',
      'household',
    ]);
    expect(inputs.scales.map((s) => s.name)).toEqual(['block', 'quarter', 'district']);
    expect(inputs.radii).toEqual([1, 2, 4]);
    for (const d of inputs.dimensions) {
      for (let i = 0; i < inputs.households; i++) expect(d.category[i]!).toBeLessThan(d.labels.length);
    }
    for (const s of inputs.scales) {
      let outside = 0;
      for (let i = 0; i < inputs.households; i++) {
        const u = s.unitOfCell[inputs.cellOf[i]!]!;
        if (u < 0 || u >= s.units) outside++;
      }
      expect(outside).toBe(0);
      expect(s.adjacencyStart.length).toBe(s.units + 1);
    }
    let offRaster = 0;
    for (let i = 0; i < inputs.households; i++) {
      if (inputs.cellOf[i]! < 0 || inputs.cellOf[i]! >= inputs.width * inputs.height) offRaster++;
    }
    expect(offRaster).toBe(0);
  });

  it('draws map layers over the whole raster, empty where no one lives, with units at every scale', () => {
    const view = model.view();
    const cells = view.width * view.height;
    expect(Object.keys(view.layers)).toEqual([
      'origin',
      'income',
      'milieu',
      'tenure',
      'rent',
      'quality',
      'vacancy',
      'image',
      'school',
      'turnover',
    ]);
    for (const layer of Object.values(view.layers)) expect(layer.values.length).toBe(cells);
    const { cellStart } = model.state.layout;
    const origin = view.layers['origin']!.values;
    for (let c = 0; c < cells; c++) {
      if (cellStart[c + 1] === cellStart[c]) {
        expect(origin[c]).toBe(255);
        expect(view.layers['rent']!.values[c]).toBeNaN();
      }
    }
    expect(Object.keys(view.units)).toEqual(['block', 'quarter', 'district']);
    expect(view.tick).toBe(6);
  });

  it('draws no rent for a cell of communal places (they charge none), and a positive one wherever a dwelling is let', () => {
    const rent = model.view().layers['rent']!.values;
    const { cellStart, segment } = model.state.layout;
    let communalCells = 0;
    for (let c = 0; c < rent.length; c++) {
      const start = cellStart[c]!;
      const end = cellStart[c + 1]!;
      if (start === end) continue;
      let market = 0;
      for (let d = start; d < end; d++) if (segment[d] !== COMMUNAL) market++;
      if (market === 0) {
        communalCells++;
        expect(rent[c]).toBeNaN();
      } else expect(rent[c]).toBeGreaterThan(0);
    }
    expect(communalCells).toBeGreaterThan(0);
  });

  it("maps each quarter's turnover: the share of its households that moved in within 12 ticks", () => {
    const m = new CityModel(cityScenario({}, 16), 4);
    const layerAt = () => m.view().layers['turnover']!;
    // Nobody has moved yet in the city as built.
    expect(new Set(layerAt().values)).toEqual(new Set([0]));
    for (let t = 0; t < 16; t++) m.step();
    const table = m.stateTable();
    const moved = new Map<number, number>();
    const housed = new Map<number, number>();
    for (let d = 0; d < table.rows; d++) {
      if (Number.isNaN(table.value('household', d) as number)) continue;
      const q = table.value('quarter', d) as number;
      housed.set(q, (housed.get(q) ?? 0) + 1);
      const last = table.value('lastMoveTick', d) as number;
      if (!Number.isNaN(last) && 16 - last < 12) moved.set(q, (moved.get(q) ?? 0) + 1);
    }
    const view = m.view();
    const layer = view.layers['turnover']!;
    const quarterOfCell = view.units['quarter']!;
    let checked = 0;
    let positive = 0;
    for (let c = 0; c < layer.values.length; c++) {
      const q = quarterOfCell[c]!;
      if (q < 0 || !housed.has(q)) continue;
      expect(layer.values[c]).toBeCloseTo((moved.get(q) ?? 0) / housed.get(q)!, 6);
      checked++;
      if (layer.values[c]! > 0) positive++;
    }
    expect(checked).toBeGreaterThan(100);
    expect(positive).toBeGreaterThan(0);
  });

  it('lists one row per dwelling in the state table, household fields empty (NaN) when vacant, then the unhoused', () => {
    const table = model.stateTable();
    expect(table.rows).toBe(model.state.layout.dwellings + model.metrics()['unhoused']!);
    let vacant = 0;
    for (let d = 0; d < model.state.layout.dwellings; d++) {
      const h = table.value('household', d);
      if (Number.isNaN(h)) {
        vacant++;
        expect(table.value('origin', d)).toBeNaN();
        expect(table.value('income', d)).toBeNaN();
      } else {
        expect(model.state.occupant[d]).toBe(h);
        expect(table.value('income', d)).toBe(model.state.hh.income[h as number]);
      }
      // Communal places cost their residents nothing (the authority pays).
      if (model.state.layout.segment[d] === COMMUNAL) expect(table.value('rent', d)).toBe(0);
      else expect(table.value('rent', d)).toBeGreaterThan(0);
    }
    const s = model.state;
    expect(vacant).toBe(s.vacancies.size + s.socialVacancies.size + s.communalVacancies.size);
  });
});
