import { describe, expect, it } from 'vitest';
import { IndexSet } from '../../sim/city/index-set.ts';

describe('IndexSet', () => {
  it('grows its list by doubling from the capacity given and keeps the order', () => {
    const set = new IndexSet(1000, 16);
    for (let i = 0; i < 40; i++) set.add(999 - i);
    expect(set.size).toBe(40);
    expect(set.items.length).toBe(64);
    expect(Array.from(set.toArray().slice(0, 3))).toEqual([999, 998, 997]);
    set.remove(999);
    expect(set.has(999)).toBe(false);
    expect(set.items[0]).toBe(960); // the last member took the removed one's place
  });

  it('never grows past its universe', () => {
    const set = new IndexSet(20, 16);
    for (let i = 0; i < 20; i++) set.add(i);
    expect(set.items.length).toBe(20);
  });

  it('shares one position array between disjoint sets, each knowing only its own members', () => {
    const position = new Int32Array(10).fill(-1);
    const a = new IndexSet(10, 16, position);
    const b = new IndexSet(10, 16, position);
    a.add(3);
    a.add(5);
    b.add(7);
    b.add(2);
    expect([a.has(3), a.has(5), a.has(7), a.has(2)]).toEqual([true, true, false, false]);
    expect([b.has(3), b.has(7), b.has(2)]).toEqual([false, true, true]);
    b.remove(3); // not b's: nothing happens to a
    expect(a.has(3)).toBe(true);
    a.remove(3);
    b.add(3);
    expect(Array.from(a.toArray())).toEqual([5]);
    expect(Array.from(b.toArray())).toEqual([7, 2, 3]);
  });

  it('restores a list without touching the members of a set sharing its positions', () => {
    const position = new Int32Array(10).fill(-1);
    const a = new IndexSet(10, 16, position);
    const b = new IndexSet(10, 16, position);
    a.add(1);
    b.add(4);
    a.setAll(Int32Array.from([6, 8]));
    expect(a.has(1)).toBe(false);
    expect(b.has(4)).toBe(true);
    expect(Array.from(a.toArray())).toEqual([6, 8]);
  });
});
