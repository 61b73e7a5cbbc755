import { describe, expect, it } from 'vitest';
import { CITY_CELL_METRES, niceLength, scaleLabel } from '../../ui/map/scale-length.ts';
import { Viewport } from '../../ui/map/viewport.ts';

describe('the map scale bar', () => {
  it('picks the longest 1, 2 or 5 times a power of ten that fits', () => {
    expect(niceLength(7350)).toBe(5000);
    expect(niceLength(1999)).toBe(1000);
    expect(niceLength(2000)).toBe(2000);
    expect(niceLength(0.7)).toBe(0.5);
    expect(niceLength(0)).toBe(0);
  });

  it('says metres up to a kilometre, kilometres beyond', () => {
    expect(scaleLabel(500, CITY_CELL_METRES)).toBe('500 m');
    expect(scaleLabel(2000, CITY_CELL_METRES)).toBe('2 km');
  });
});

describe('the map viewport', () => {
  it('fits and centres the raster at zoom 1', () => {
    const v = new Viewport();
    expect(v.placement(600, 400, 100, 100)).toEqual({ scale: 4, dx: 100, dy: 0 });
  });

  it('keeps the raster point under the pointer when zooming there', () => {
    const v = new Viewport();
    // Canvas point (200, 100) shows raster point (25, 25) at zoom 1.
    v.zoomAt(2, 200, 100, 600, 400, 100, 100);
    const p = v.placement(600, 400, 100, 100);
    expect(p.scale).toBe(8);
    expect((200 - p.dx) / p.scale).toBe(25);
    expect((100 - p.dy) / p.scale).toBe(25);
  });

  it('keeps the picture on the canvas when panned past its edge', () => {
    const v = new Viewport();
    v.zoomAt(4, 300, 200, 600, 400, 100, 100);
    v.panBy(10_000, 10_000, 16);
    const p = v.placement(600, 400, 100, 100);
    expect([p.dx, p.dy]).toEqual([0, 0]);
  });
});
