/** Which parameters a calibration can fit: paths checked against the declaration and the base scenario. */
import { describe, expect, it } from 'vitest';
import { declaredParameter, numberParameter, valueAt } from '../../sim/calibrate/parameters.ts';
import { loadScenario, scenarioForOutput } from '../../sim/scenario/resolve.ts';

const city = scenarioForOutput(loadScenario({ mode: 'city' }));

describe('calibration parameter paths', () => {
  it('finds a number parameter with its declared range', () => {
    const found = numberParameter('behaviour.moveRate', city);
    expect(found).toEqual({
      spec: expect.objectContaining({ kind: 'number', min: 0, max: 1, unit: 'per tick' }),
    });
  });

  it('suggests the nearest path for a typo', () => {
    expect(declaredParameter('behaviour.moveRat', city)).toEqual({
      problem:
        'no such parameter (did you mean "behaviour.moveRate" or "behaviour.downRate"?); see npx kiez params',
    });
  });

  it('refuses a section and a parameter that is not a number, saying what they are', () => {
    expect(declaredParameter('behaviour', city)).toEqual({
      problem: expect.stringMatching(/^a section, not a parameter; parameters of behaviour: moveRate, /),
    });
    expect(numberParameter('mode', city)).toEqual({ problem: 'a number parameter to fit; mode is a choice' });
    expect(numberParameter('households.incomeBands', city)).toEqual({
      problem: 'a number parameter to fit; households.incomeBands is a list of numbers',
    });
  });

  it('reads a list item by name or index from the base scenario', () => {
    expect(valueAt(city, 'households.groups[refugee].discrimination')).toBe(
      valueAt(city, 'households.groups[3].discrimination'),
    );
    expect(declaredParameter('households.groups[nobody].share', city)).toEqual({
      problem: 'no item "nobody" in groups of the base scenario; it has: native, eu, established, refugee',
    });
  });

  it('fits a path into a list only where the sweep setter writes it, and says so otherwise', () => {
    const found = declaredParameter('households.groups[refugee].discrimination', city);
    // Either the setter of sim/batch/grid.ts writes list paths (issue 15) or the path is refused.
    if ('spec' in found) expect(found.spec).toMatchObject({ kind: 'number', min: 0, max: 1 });
    else
      expect(found.problem).toBe(
        'a path into a list that this version cannot set into a scenario; use a dotted path',
      );
  });
});
