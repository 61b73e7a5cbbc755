/**
 * How many dwellings a city file gives at a scale, from its table alone (no boundaries parsed):
 * what the cost estimate of a run needs before the city is built. The count follows the layout's
 * rule (real/layout.ts): per area, households = the file's, or persons / householdSize; dwellings =
 * the file's, but at least enough for those households at the declared vacancy; all / scale.
 * Communal places are left out (a few per area).
 */
import type { CityTable } from './city-table.ts';

export interface SizeRule {
  readonly householdSize: number;
  readonly vacancy: number;
  readonly scale: number;
}

export function cityFileDwellings(table: CityTable, rule: SizeRule): number {
  let total = 0;
  for (let a = 0; a < table.ids.length; a++) {
    let persons = 0;
    for (const col of table.persons) persons += col[a]!;
    const given = table.values.households[a]!;
    const households = (Number.isFinite(given) ? given : persons / rule.householdSize) / rule.scale;
    const need = Math.ceil(households / (1 - rule.vacancy));
    const dwellings = table.values.dwellings[a]! / rule.scale;
    total += Number.isFinite(dwellings) ? Math.max(Math.round(dwellings), need) : need;
  }
  return total;
}
