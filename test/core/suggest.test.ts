import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, nearestNames } from '../../sim/params/suggest.ts';

describe('nearest names for a typo', () => {
  it('counts edits, an adjacent swap as one', () => {
    expect(editDistance('ticks', 'ticks')).toBe(0);
    expect(editDistance('tikcs', 'ticks')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('Seed', 'seed')).toBe(0);
  });

  it('suggests the nearest known names, nearest first, and nothing for a far name', () => {
    const known = ['ticks', 'seed', 'city.size', 'city.start', 'households.moveRate'];
    expect(nearestNames('tick', known)).toEqual(['ticks']);
    expect(nearestNames('city.stat', known)).toEqual(['city.start', 'city.size']);
    expect(nearestNames('moveRate', known)).toEqual(['households.moveRate']);
    expect(nearestNames('zzzzzz', known)).toEqual([]);
  });

  it('writes the hint for an error line', () => {
    expect(didYouMean('sede', ['seed', 'ticks'])).toBe(' (did you mean "seed"?)');
    expect(didYouMean('qqqq', ['seed'])).toBe('');
  });
});
