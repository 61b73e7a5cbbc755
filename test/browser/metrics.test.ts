import { describe, expect, it } from 'vitest';
import { scaleFamilies } from '../../ui/charts/metrics.ts';

describe('scale families of metric names', () => {
  it('groups an index at each container scale and radius, in the order reported', () => {
    const names = [
      'tick',
      'similarShare',
      'D.group.block3',
      'H.group.block3',
      'D.group.block5',
      'D.group.r1',
      'D.group.r2',
    ];
    expect([...scaleFamilies(names)]).toEqual([
      ['D.group', ['D.group.block3', 'D.group.block5', 'D.group.r1', 'D.group.r2']],
    ]);
  });

  it('leaves out breakdowns by group that have no person-centred radius', () => {
    const names = ['refusals.cap.native', 'refusals.cap.refugee', 'D.origin.quarter', 'D.origin.r2'];
    expect([...scaleFamilies(names).keys()]).toEqual(['D.origin']);
  });
});
