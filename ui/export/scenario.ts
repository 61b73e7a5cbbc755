/**
 * Scenarios in and out of the page: a JSON file that `npx kiez run` accepts unchanged, and a share
 * link carrying the scenario in the URL hash. Whatever comes in is parsed with the CLI's limits and
 * validated by the same `resolveScenario`, and its problems come back as the CLI prints them.
 */
import { formatProblem } from '../../sim/params/validate.ts';
import { parseDocument, resolveScenario, scenarioForOutput } from '../../sim/scenario/resolve.ts';
import type { Scenario } from '../../sim/scenario/spec.ts';
import { presetLoader } from '../app/presets.ts';

export type Loaded = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

/** The text of the scenario file, with the seed it ran with. */
export function scenarioJson(s: Scenario, seed: number): string {
  return `${JSON.stringify({ ...scenarioForOutput(s), seed }, null, 2)}\n`;
}

export function fileNameFor(s: Scenario, ext: string): string {
  const base =
    s.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'scenario';
  return `${base}.${ext}`;
}

/** Parse and validate scenario text (a file or a decoded link). */
export function loadScenarioText(text: string, source: string): Loaded {
  const parsed = parseDocument(text);
  if (!parsed.ok) return { ok: false, problems: [`${source}: ${formatProblem(parsed.problem)}`] };
  const r = resolveScenario(parsed.value, { source, load: presetLoader });
  if (!r.ok) return { ok: false, problems: r.problems.map(formatProblem) };
  return { ok: true, scenario: r.scenario };
}

const SHARE_KEY = 's';

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** `#s=...`: the scenario as compact JSON, UTF-8, base64url. */
export function shareHash(s: Scenario, seed: number): string {
  const json = JSON.stringify({ ...scenarioForOutput(s), seed });
  return `#${SHARE_KEY}=${toBase64Url(new TextEncoder().encode(json))}`;
}

/** The scenario in a location hash, if there is one; problems when it is unreadable or invalid. */
export function scenarioFromHash(hash: string): Loaded | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const encoded = params.get(SHARE_KEY);
  if (encoded === null) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(encoded));
  } catch {
    return { ok: false, problems: ['(link): not a readable scenario: a link made with "share link"'] };
  }
  return loadScenarioText(text, '(link)');
}
