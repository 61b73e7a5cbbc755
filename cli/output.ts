/** The final state as CSV, one row per cell or dwelling, written atomically. */
import { csvField } from '../sim/csv.ts';
import type { StateTable } from '../sim/model.ts';
import { AtomicWriter } from './files.ts';

export function writeStateCsv(table: StateTable, path: string): void {
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
