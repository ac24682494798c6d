import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { fittingBox, spreadColocated } from '../../web/src/map-layout.js';
import { stateFromQuery, stateToQuery } from '../../web/src/view-state.js';

describe('the explorer map layout', () => {
  it('fits most actors, not the far-off few, and never less than a region', () => {
    // Eighteen French towns, a Quebec and a Brazilian actor.
    const france = Array.from({ length: 18 }, (_, i): [number, number] => [
      -1 + (i % 6),
      43 + (i % 5),
    ]);
    const box = fittingBox([...france, [-73.6, 45.5], [-46.6, -23.5]]);
    const [[west, south], [east, north]] = box.coordinates as [[number, number], [number, number]];
    expect(west).toBeGreaterThan(-10);
    expect(south).toBeGreaterThan(35);
    expect(east).toBeLessThan(10);
    expect(north).toBeLessThan(50);
    const alone = fittingBox([[2.35, 48.86]]).coordinates as [number, number][];
    expect((alone[1]?.[0] ?? 0) - (alone[0]?.[0] ?? 0)).toBeCloseTo(6);
    expect((alone[1]?.[1] ?? 0) - (alone[0]?.[1] ?? 0)).toBeCloseTo(4);
  });

  it('spreads the actors of one town around it, the first on the town itself', () => {
    const projection = geoMercator().scale(1000).translate([0, 0]);
    const paris = { lon: 2.35, lat: 48.86 };
    const placed = spreadColocated(
      ['a', 'b', 'c', 'd']
        .map((key) => ({ key, ...paris }))
        .concat({ key: 'lyon', lon: 4.84, lat: 45.76 }),
      projection,
      7,
    );
    const [x, y] = projection([paris.lon, paris.lat]) as [number, number];
    expect(placed[0]).toEqual({ key: 'a', x, y });
    const distances = placed.slice(0, 4).map((p) => Math.hypot(p.x - x, p.y - y));
    expect(distances.slice(1).every((d) => d >= 7 - 1e-9)).toBe(true);
    for (let i = 0; i < 4; i += 1) {
      for (let j = i + 1; j < 4; j += 1) {
        const [p, q] = [placed[i], placed[j]];
        expect(Math.hypot((p?.x ?? 0) - (q?.x ?? 0), (p?.y ?? 0) - (q?.y ?? 0))).toBeGreaterThan(5);
      }
    }
    const [lx, ly] = projection([4.84, 45.76]) as [number, number];
    expect(placed[4]).toEqual({ key: 'lyon', x: lx, y: ly });
  });

  it('keeps the map and its arcs in the view URL', () => {
    const state = stateFromQuery('?actor=mes&depth=2&year=2012&view=map&arcs=1');
    expect(state).toMatchObject({ view: 'map', arcs: true, activeAt: 2012 });
    expect(stateToQuery(state)).toBe('actor=mes&depth=2&year=2012&view=map&arcs=1');
    expect(stateFromQuery('?actor=mes&view=globe')).toMatchObject({ view: 'graph', arcs: false });
    expect(stateToQuery(stateFromQuery('?actor=mes'))).toBe('actor=mes&depth=2');
  });
});
