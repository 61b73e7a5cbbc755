import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../sim/params/validate.ts';
import { parseDocument, resolveScenario } from '../../sim/scenario/resolve.ts';

function problems(doc: unknown): string[] {
  const r = resolveScenario(doc);
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('scenario validation', () => {
  it('fills every default for an empty document', () => {
    const r = resolveScenario({});
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.scenario.mode).toBe('classic');
      expect(r.scenario.classic.size).toBe(50);
      expect(r.scenario.classic.threshold).toEqual([0.375]);
    }
  });

  it('names an unknown key and lists the known ones', () => {
    expect(problems({ classic: { sise: 10 } })).toEqual([
      'classic.sise: 10: no such key (did you mean "size"?); known keys: size, torus, shares, vacancy, agents, layout, blockSize, grid, radius, rule, threshold, ceiling, minSimilar, move, walkStep, similarMeasure, decide, stopWhenSettled',
    ]);
  });

  it('names a value out of range with the range and unit', () => {
    expect(problems({ classic: { vacancy: 1.5 } })).toEqual([
      'classic.vacancy: 1.5: a number from 0.001 to 0.99 (share)',
    ]);
  });

  it('names a value of the wrong type', () => {
    expect(problems({ classic: { torus: 'yes', radius: 1.5, move: 'teleport' } })).toEqual([
      'classic.torus: "yes": true or false',
      'classic.radius: 1.5: a whole number from 1 to 5 (cells)',
      'classic.move: "teleport": one of "random", "nearest", "walk"',
    ]);
  });

  it('refuses shares that do not sum to 1', () => {
    expect(problems({ classic: { shares: [0.5, 0.6] } })).toEqual([
      'classic.shares: [0.5,0.6]: shares summing to 1 (they sum to 1.1)',
    ]);
  });

  it('refuses a grid too small for its agents', () => {
    expect(problems({ classic: { size: 10, agents: 100 } })).toEqual([
      'classic.agents: 100: at most 99 agents on a 10 x 10 grid (at least one empty cell)',
    ]);
  });

  it('refuses a threshold list whose length is not the number of groups', () => {
    expect(problems({ classic: { shares: [0.5, 0.5], threshold: [0.3, 0.3, 0.3] } })).toEqual([
      'classic.threshold: [0.3,0.3,0.3]: one value, or one per group (2)',
    ]);
  });

  it('reports every problem at once, not just the first', () => {
    expect(problems({ seed: -1, ticks: 'many', classic: { size: 2, vacancy: 0 } })).toHaveLength(4);
  });

  it('never lets NaN or Infinity through', () => {
    expect(problems({ classic: { vacancy: Number.NaN, size: Number.POSITIVE_INFINITY } })).toEqual([
      'classic.size: Infinity: a whole number from 3 to 4000 (cells)',
      'classic.vacancy: NaN: a number from 0.001 to 0.99 (share)',
    ]);
  });

  it('refuses a section that belongs to another mode', () => {
    expect(problems({ mode: 'city', classic: {} })[0]).toMatch(/^classic: \{\}: only in mode "classic"/);
  });

  it('parses JSON with a clear problem for broken text and for deep nesting', () => {
    const broken = parseDocument('{"mode": "classic",');
    expect(broken.ok).toBe(false);
    const deep = parseDocument('['.repeat(100) + ']'.repeat(100));
    expect(deep.ok).toBe(false);
    if (!deep.ok)
      expect(formatProblem(deep.problem)).toBe('(file): "nesting deeper than 32": at most 32 levels');
  });

  it('follows extends, the child overriding the parent key by key', () => {
    const docs: Record<string, unknown> = {
      base: { name: 'base', classic: { size: 30, threshold: 0.5 } },
    };
    const r = resolveScenario(
      { extends: 'base', classic: { size: 40 } },
      { source: 'child', load: (ref) => ({ value: docs[ref], name: ref }) },
    );
    expect(r.ok && r.scenario.classic.size).toBe(40);
    expect(r.ok && r.scenario.classic.threshold).toEqual([0.5]);
    expect(r.ok && r.scenario.name).toBe('base');
  });

  it('detects an extends cycle', () => {
    const r = resolveScenario(
      { extends: 'a' },
      { source: 'x', load: (ref) => ({ value: { extends: ref === 'a' ? 'b' : 'a' }, name: ref }) },
    );
    expect(r.ok).toBe(false);
  });
});
