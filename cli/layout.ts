/**
 * `--layout NAME|FILE` of `kiez run`: a classic scenario's starting layout from the command line,
 * by name (random, halves, stripes, blocks) or from a text file drawn one row per line ("." empty,
 * "A", "B" ... the groups), validated with the scenario like any other value. A drawn file sets
 * the grid's size too (its number of rows): the drawing is the grid.
 */
import { readFileSync } from 'node:fs';
import { LAYOUTS } from '../sim/classic/layout.ts';
import { resolveScenario, scenarioForOutput } from '../sim/scenario/resolve.ts';
import type { Scenario } from '../sim/scenario/spec.ts';
import { UsageError } from './errors.ts';

/** Largest layout file read: a 1000 x 1000 grid with its line ends, with room to spare. */
const MAX_LAYOUT_BYTES = 1_100_000;

export function withLayout(scenario: Scenario, flag: string): Scenario {
  if (scenario.mode !== 'classic') {
    throw new UsageError(`--layout: ${JSON.stringify(flag)}: only a classic scenario has a starting layout`);
  }
  const named = (LAYOUTS as readonly string[]).includes(flag) && flag !== 'grid';
  const change = named ? { layout: flag, grid: '' } : drawn(readLayoutFile(flag));
  const doc = scenarioForOutput(scenario);
  const r = resolveScenario({ ...doc, classic: { ...(doc['classic'] as object), ...change } });
  if (!r.ok) throw UsageError.fromProblems(r.problems, named ? '--layout' : flag);
  return r.scenario;
}

/** A drawn layout and the size it sets: its number of (non-empty trailing) rows. */
function drawn(text: string): Record<string, unknown> {
  const rows = text.split('\n');
  while (rows.length > 0 && rows.at(-1)!.trim() === '') rows.pop();
  return { layout: 'grid', grid: text, size: Math.max(rows.length, 1) };
}

function readLayoutFile(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(
      `--layout: ${JSON.stringify(path)}: neither a layout name (random, halves, stripes, blocks) nor a readable file`,
    );
  }
  if (text.length > MAX_LAYOUT_BYTES) {
    throw new UsageError(`${path}: ${text.length} characters; a layout file has at most ${MAX_LAYOUT_BYTES}`);
  }
  return text;
}
