/**
 * How many households and dwellings an area of a city file has: the one rule the layout builds by
 * (real/layout.ts) and the cost estimate counts by before the city is built (cityFileDwellings,
 * from the table alone, no boundaries parsed). Per area, households = the file's, or persons /
 * householdSize; dwellings = the file's, but at least enough for those households at the declared
 * vacancy. The estimate leaves out communal places (a few per area) and the layout's apportioning
 * of households to groups (its rounding differs by a few dwellings).
 */
import type { CityTable } from './city-table.ts';

export interface SizeRule {
  readonly householdSize: number;
  readonly vacancy: number;
  readonly scale: number;
}

/** Households of area a before scaling: the file's, or its persons / householdSize. */
export function areaHouseholds(table: CityTable, a: number, persons: number, householdSize: number): number {
  const given = table.values.households[a]!;
  return Number.isFinite(given) ? given : persons / householdSize;
}

/** Dwellings of an area holding `households`: the file's count (NaN: none given), at least enough at `vacancy`. */
export function areaDwellings(households: number, given: number, vacancy: number): number {
  const need = Math.ceil(households / (1 - vacancy));
  return Number.isFinite(given) ? Math.max(given, need) : need;
}

export function cityFileDwellings(table: CityTable, rule: SizeRule): number {
  let total = 0;
  for (let a = 0; a < table.ids.length; a++) {
    let persons = 0;
    for (const col of table.persons) persons += col[a]!;
    const households = areaHouseholds(table, a, persons, rule.householdSize) / rule.scale;
    total += areaDwellings(households, Math.round(table.values.dwellings[a]! / rule.scale), rule.vacancy);
  }
  return total;
}
