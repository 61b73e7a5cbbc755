import { describe, expect, it } from 'vitest';
import { typeExplanations, typeNames } from '../../ui/measures/type-names.ts';

// Two types: type 1 holds 80 % of households, 10 % migrants, 20 % low incomes; type 2 the other
// 20 %, 50 % migrants and 60 % low incomes. The city: 18 % migrants, 28 % low incomes.
const row = {
  tick: 12,
  'typology.type1.quarters': 8,
  'typology.type1.householdShare': 0.8,
  'typology.type1.migrantShare': 0.1,
  'typology.type1.lowIncomeShare': 0.2,
  'typology.type2.quarters': 2,
  'typology.type2.householdShare': 0.2,
  'typology.type2.migrantShare': 0.5,
  'typology.type2.lowIncomeShare': 0.6,
};

describe('quarter type names', () => {
  it('names each type from its shares against the city', () => {
    expect([...typeNames(row, 'en')]).toEqual([
      ['type 1', 'type 1: few migrants, higher incomes'],
      ['type 2', 'type 2: many migrants, low incomes'],
    ]);
    expect(typeNames(row, 'de').get('type 2')).toBe('Typ 2: viele Zugewanderte, niedrige Einkommen');
  });

  it('names nothing without a typology in the row', () => {
    expect(typeNames({ tick: 1, population: 5 }, 'en').size).toBe(0);
    expect(typeNames(undefined, 'en').size).toBe(0);
  });

  it('explains each type by its quarters, households and shares beside the city', () => {
    expect(typeExplanations(row, 'en').get('type 2')).toBe(
      'type 2: many migrants, low incomes. 2 quarters with 20 % of the households; 50 % with a migration background (city 18 %), 60 % with low incomes (city 28 %).',
    );
    expect(typeExplanations(row, 'de').get('type 1')).toBe(
      'Typ 1: wenige Zugewanderte, höhere Einkommen. 8 Quartiere mit 80 % der Haushalte; 10 % mit Migrationshintergrund (Stadt 18 %), 20 % mit niedrigem Einkommen (Stadt 28 %).',
    );
    expect(typeExplanations(undefined, 'en').size).toBe(0);
  });
});
