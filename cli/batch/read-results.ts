/**
 * Reading a finished sweep back: its manifest and the rows of its results.csv (streamed line by
 * line, fields unquoted as csvField wrote them), for `kiez sensitivity` and scripts. A folder that
 * is not a finished sweep is a UsageError naming what is missing.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.ts';
import { MANIFEST_FORMAT, type SweepManifest } from './manifest.ts';
import { MANIFEST_FILE, RESULTS_FILE } from './results.ts';

export function readManifest(dir: string): SweepManifest {
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) {
    throw new UsageError(
      `${dir}: not a finished sweep (no ${MANIFEST_FILE}); run kiez sweep (or kiez merge) into it first`,
    );
  }
  let m: SweepManifest;
  try {
    m = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new UsageError(`${path}: not JSON; it is written by kiez sweep`);
  }
  if (m?.format !== MANIFEST_FORMAT)
    throw new UsageError(`${path}: not a kiez sweep manifest (format ${MANIFEST_FORMAT})`);
  return m;
}

/** The fields of one CSV line (RFC 4180 quoting, as csvField writes it). */
export function csvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          v += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else v += line[i++];
      }
      out.push(v);
      i++; // the comma
    } else {
      const end = line.indexOf(',', i);
      const stop = end < 0 ? line.length : end;
      out.push(line.slice(i, stop));
      i = stop + 1;
    }
  }
  return out;
}

/** Every line of a text file, streamed in 1 MiB chunks (a sweep's table can be larger than memory). */
export function* fileLines(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(1 << 20);
  let rest = '';
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      const text = rest + buf.toString('utf8', 0, n);
      const lines = text.split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}

/** The header and the rows of a sweep's results.csv. */
export function resultsOf(dir: string): { header: string[]; rows: Generator<string[]> } {
  const path = join(dir, RESULTS_FILE);
  if (!existsSync(path)) throw new UsageError(`${dir}: no ${RESULTS_FILE}; the sweep has not finished`);
  const lines = fileLines(path);
  const first = lines.next();
  const header = first.done ? [] : csvLine(first.value);
  function* rows() {
    for (const l of lines) if (l) yield csvLine(l);
  }
  return { header, rows: rows() };
}
