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

describe('IndexSet mirror', () => {
  // Records of 2 numbers per id: id's record is [10 * id, 10 * id + 1].
  const table = Float32Array.from({ length: 20 }, (_, i) => 10 * (i >> 1) + (i & 1));
  const recordsOf = (set: IndexSet, mirror: Float32Array) =>
    Array.from(set.toArray(), (id, i) => [id, mirror[2 * i], mirror[2 * i + 1]]);

  it('keeps each member record beside it in list order through adds, removes and growth', () => {
    const set = new IndexSet(10, 16);
    set.add(4);
    set.add(7);
    set.mirrorOf(table, 2);
    for (const id of [1, 9, 0, 3, 8, 2, 5, 6]) set.add(id);
    set.remove(4); // 6, the last, takes its place
    set.remove(3);
    const mirror = set.mirrorOf(table, 2);
    expect(recordsOf(set, mirror)).toEqual(Array.from(set.toArray(), (id) => [id, 10 * id, 10 * id + 1]));
    expect(set.items[0]).toBe(6);
    expect([mirror[0], mirror[1]]).toEqual([60, 61]);
  });

  it('reads a record again after its source was written, and rebuilds after a restore', () => {
    const source = table.slice();
    const set = new IndexSet(10, 16);
    set.add(2);
    set.add(5);
    set.mirrorOf(source, 2);
    source[2 * 5] = 99;
    set.refresh(5);
    set.refresh(8); // not a member: nothing to do
    expect(Array.from(set.mirrorOf(source, 2).subarray(0, 4))).toEqual([20, 21, 99, 51]);
    set.setAll(Int32Array.from([8, 2]));
    expect(Array.from(set.mirrorOf(source, 2).subarray(0, 4))).toEqual([80, 81, 20, 21]);
  });

  it('gives memory back when the set has shrunk to well under its mirror', () => {
    const set = new IndexSet(1000, 1000);
    for (let i = 0; i < 1000; i++) set.add(i);
    const big = Float32Array.from({ length: 1000 }, (_, i) => i);
    expect(set.mirrorOf(big, 1).length).toBe(1500);
    for (let i = 0; i < 990; i++) set.remove(i);
    const mirror = set.mirrorOf(big, 1);
    expect(mirror.length).toBe(16); // at least 16, else 1.5 x size
    expect(Array.from(mirror.subarray(0, set.size)).sort((a, b) => a - b)).toEqual([
      990, 991, 992, 993, 994, 995, 996, 997, 998, 999,
    ]);
  });
});

describe('IndexSet keys', () => {
  it('keeps a key made from each member record beside it, through adds, removes, refreshes and restores', () => {
    const source = Float32Array.from({ length: 10 }, (_, i) => i);
    const set = new IndexSet(10, 16);
    for (const id of [3, 1, 4]) set.add(id);
    set.mirrorOf(source, 1);
    let factor = 2;
    set.keyBy((records, at) => records[at]! * factor);
    set.add(5);
    set.remove(3); // 5, the last, takes its place
    source[4] = 9;
    set.refresh(4);
    const keysOf = () => Array.from(set.keysNow().subarray(0, set.size));
    expect(Array.from(set.toArray())).toEqual([5, 1, 4]);
    expect(keysOf()).toEqual([10, 2, 18]);
    factor = 3; // what the keys read besides the record changed: key again
    set.keyBy((records, at) => records[at]! * factor);
    expect(keysOf()).toEqual([15, 3, 27]);
    set.setAll(Int32Array.from([7, 5]));
    expect(keysOf()).toEqual([21, 15]);
    for (const id of [0, 2, 6, 8, 9, 3, 1, 4]) set.add(id);
    expect(keysOf()).toEqual([21, 15, 0, 6, 18, 24, 27, 9, 3, 27]);
  });

  it('grows its keys with its records', () => {
    const source = Float32Array.from({ length: 100 }, (_, i) => i);
    const set = new IndexSet(100, 16);
    set.mirrorOf(source, 1);
    set.keyBy((records, at) => 1000 - records[at]!);
    for (let id = 0; id < 60; id++) set.add(id);
    expect(set.mirrorOf(source, 1).length).toBeGreaterThanOrEqual(60);
    expect(Array.from(set.keysNow().subarray(0, 60))).toEqual(Array.from({ length: 60 }, (_, i) => 1000 - i));
  });

  it('needs a mirror to key from', () => {
    expect(() => new IndexSet(4).keyBy(() => 0)).toThrow('keyBy needs a mirror (mirrorOf)');
  });
});
