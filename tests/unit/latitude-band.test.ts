import { describe, expect, it } from 'vitest';
import { latitudeBand } from '../../src/graph/latitude-band.js';

// The haversine distance Neo4j's point.distance computes for WGS-84 points (radius 6,378.14 km).
function distanceKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const [lat1, lon1] = [a[0] * rad, a[1] * rad];
  const [lat2, lon2] = [b[0] * rad, b[1] * rad];
  const h =
    Math.sin((lat2 - lat1) / 2) ** 2 +
    Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2;
  return 2 * 6378.14 * Math.asin(Math.sqrt(h));
}

describe('latitudeBand', () => {
  it('holds every point within the radius, due north and south included', () => {
    for (const [latitude, radiusKm] of [
      [48.8566, 500],
      [0, 1],
      [-33.9, 2000],
      [89.5, 300],
    ] as const) {
      const band = latitudeBand({ latitude, radiusKm });
      for (let step = -400; step <= 400; step += 1) {
        const point: [number, number] = [Math.max(-90, Math.min(90, latitude + step / 20)), 3];
        if (distanceKm([latitude, 3], point) <= radiusKm) {
          expect(point[0]).toBeGreaterThanOrEqual(band.latitudeFrom);
          expect(point[0]).toBeLessThanOrEqual(band.latitudeTo);
        }
      }
    }
  });

  it('stays within the poles', () => {
    expect(latitudeBand({ latitude: 80, radiusKm: 20_000 })).toEqual({
      latitudeFrom: -90,
      latitudeTo: 90,
    });
  });
});
