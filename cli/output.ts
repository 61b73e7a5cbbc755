/**
 * The final state as CSV, one row per cell or dwelling (city: and per unhoused household), written
 * atomically; the table's companions beside it (`final.csv` -> `final.cells.csv`).
 */
import { csvField } from '../sim/csv.ts';
import type { StateTable } from '../sim/model.ts';
import { AtomicWriter } from './files.ts';

/** Where a companion table of the state goes: `final.csv` and `cells` -> `final.cells.csv`. */
export function companionPath(path: string, name: string): string {
  return path.replace(/(\.csv)?$/i, `.${name}.csv`);
}

/** The paths writeStateCsv writes for `table` at `path`: the table first, then its companions. */
export function statePaths(table: StateTable, path: string): string[] {
  return [path, ...Object.keys(table.companions ?? {}).map((name) => companionPath(path, name))];
}

export function writeStateCsv(table: StateTable, path: string): void {
  writeTableCsv(table, path);
  for (const [name, companion] of Object.entries(table.companions ?? {})) {
    writeTableCsv(companion, companionPath(path, name));
  }
}

function writeTableCsv(table: StateTable, path: string): void {
  const w = new AtomicWriter(path);
  try {
    w.write(`${table.columns.join(',')}\n`);
    const row: string[] = new Array(table.columns.length);
    for (let r = 0; r < table.rows; r++) {
      for (let c = 0; c < table.columns.length; c++) row[c] = csvField(table.value(table.columns[c]!, r));
      w.write(`${row.join(',')}\n`);
    }
    w.close();
  } catch (e) {
    w.abort();
    throw e;
  }
}
