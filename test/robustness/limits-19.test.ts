/**
 * Issue 19, fault 5 (message lines, duplicate keys): a line never runs past a stated length, and a
 * key given twice in one object is refused by name instead of the last one silently winning.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS } from '../../cli/errors.ts';
import { formatProblem, MAX_ALLOWED_CHARS, MAX_PATH_CHARS } from '../../sim/params/validate.ts';
import { parseDocument, resolveScenario } from '../../sim/scenario/resolve.ts';
import { kiezHere } from '../batch/helpers.ts';
import { tempDir } from '../cli/kiez.ts';

const lines = (text: string): string[] => {
  const parsed = parseDocument(text);
  if (!parsed.ok) return [formatProblem(parsed.problem)];
  const r = resolveScenario(parsed.value);
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('message lines have a length limit', () => {
  it('a 600,000-character key gives a line of at most the stated length, cut with an ellipsis', () => {
    const key = 'k'.repeat(600_000);
    const [line, ...rest] = lines(`{"${key}": 1}`);
    expect(rest).toEqual([]);
    expect(line!.length).toBeLessThanOrEqual(MAX_PATH_CHARS + 60 + MAX_ALLOWED_CHARS + 4);
    expect(line).toMatch(/^k{190,}\.\.\.: 1: no such key; known keys: name, /);
  });

  it('kiez validate prints such a key on one line of at most MAX_LINE_CHARS', async () => {
    const dir = tempDir();
    const file = join(dir, 'long-key.json');
    writeFileSync(file, JSON.stringify({ ['x'.repeat(600_000)]: 1, ticks: 2 }));
    const r = await kiezHere(['validate', file]);
    expect(r.code).toBe(2);
    const out = r.stderr.trimEnd().split('\n');
    expect(out).toHaveLength(1);
    expect(out[0]!.length).toBeLessThanOrEqual(MAX_LINE_CHARS);
    expect(out[0]).toContain('...');
  });
});

describe('duplicate keys', () => {
  it('a key given twice is refused by name, at the top level and nested', () => {
    expect(lines('{"ticks": 5, "ticks": 7}')).toEqual([
      'ticks: "given twice": each key once per object (JSON readers differ on which one counts)',
    ]);
    expect(lines('{"classic": {"size": 20, "torus": true, "size": 30}}')).toEqual([
      'classic.size: "given twice": each key once per object (JSON readers differ on which one counts)',
    ]);
    expect(lines('{"policies": [{"type": "cap"}, {"type": "cap", "type": "x"}]}')).toEqual([
      'policies[1].type: "given twice": each key once per object (JSON readers differ on which one counts)',
    ]);
  });

  it('keys equal only after unescaping count as the same key; equal keys in different objects do not', () => {
    expect(lines('{"ticks": 5, "t\\u0069cks": 7}')).toEqual([
      'ticks: "given twice": each key once per object (JSON readers differ on which one counts)',
    ]);
    expect(lines('{"classic": {"size": 20}, "measures": {"every": 1}, "name": "size \\" size"}')).toEqual([]);
    expect(lines('[{"a": 1}, {"a": 2}]')).toEqual(['(top level): [{"a":1},{"a":2}]: an object']);
  });
});
