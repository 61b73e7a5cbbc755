/**
 * Reading observed data for `kiez measures --table` and `kiez difference`: a CSV file (a long
 * table of counts, or a state exported by `kiez run --state`), or a scenario file, which is run to
 * its last tick and read as its state export. Every problem is a UsageError naming the file.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import {
  readCountRows,
  type ObservedTable,
  parseCsv,
  type TableSpec,
} from '../../sim/measures/count-table.ts';
import { ScenarioError } from '../../sim/scenario/resolve.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { UsageError } from '../errors.ts';
import { loadScenarioFile } from '../files.ts';

/** Largest CSV read (a census table of every block of a country fits). */
const MAX_TABLE_BYTES = 1 << 30;

function readText(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${path}: a readable CSV file (${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')})`,
    );
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`${path}: a readable CSV file (not a regular file)`);
    if (stat.size > MAX_TABLE_BYTES)
      throw new UsageError(`${path}: ${stat.size} bytes: at most ${MAX_TABLE_BYTES} bytes`);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** The rows of a scenario's final state export (header first), after running it. */
function scenarioRows(path: string, seed: number | undefined): string[][] {
  const scenario = loadScenarioFile(path, seed === undefined ? {} : { seed });
  let sim: ReturnType<typeof createSimulation>;
  try {
    sim = createSimulation({ ...scenario, measures: { ...scenario.measures, every: 0 } });
  } catch (e) {
    if (e instanceof ScenarioError) throw UsageError.fromProblems(e.problems, path);
    throw e;
  }
  sim.advance(scenario.ticks);
  const table = sim.stateTable();
  const rows: string[][] = [[...table.columns]];
  for (let r = 0; r < table.rows; r++) {
    rows.push(
      table.columns.map((c) => {
        const v = table.value(c, r);
        return typeof v === 'number' ? (Number.isNaN(v) ? '' : String(v)) : v;
      }),
    );
  }
  return rows;
}

/** A CSV table or a scenario's final state as measure inputs. */
export function loadObserved(path: string, spec: TableSpec, seed?: number): ObservedTable {
  const rows = /\.json$/i.test(path) ? scenarioRows(path, seed) : parseCsv(readText(path));
  const r = readCountRows(rows, spec);
  if (!r.ok) throw UsageError.fromProblems(r.problems, path);
  return r.table;
}

/** A comma list flag as names. */
export function namesFlag(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
