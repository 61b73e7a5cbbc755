import { describe, expect, it } from 'vitest';
import { CityModel } from '../../sim/city/model.ts';
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

  it('lists one row per dwelling in the state table, household fields empty (NaN) when vacant', () => {
    const table = model.stateTable();
    expect(table.rows).toBe(model.state.layout.dwellings);
    let vacant = 0;
    for (let d = 0; d < table.rows; d++) {
      const h = table.value('household', d);
      if (Number.isNaN(h)) {
        vacant++;
        expect(table.value('origin', d)).toBeNaN();
        expect(table.value('income', d)).toBeNaN();
      } else {
        expect(model.state.occupant[d]).toBe(h);
        expect(table.value('income', d)).toBe(model.state.hh.income[h as number]);
      }
      expect(table.value('rent', d)).toBeGreaterThan(0);
    }
    expect(vacant).toBe(model.state.vacancies.size);
  });
});
