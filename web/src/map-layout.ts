import type { GeoProjection } from 'd3-geo';

/** An actor placed on the map, in the map's pixels before any zoom. */
export interface PlacedActor {
  key: string;
  x: number;
  y: number;
}

/** The smallest span, in degrees, a fitted map shows: one city alone is not a whole screen. */
const MIN_SPAN = { lon: 6, lat: 4 };

/** The share of actors left out at each side when fitting: a few far-off ones do not shrink Europe. */
const TRIM = 0.1;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? 0;
}

/**
 * The corners of the box holding most of the coordinates (the outer tenth of each side left
 * out, zoom out to see it), widened to at least `MIN_SPAN`, for fitting.
 */
export function fittingBox(points: [number, number][]): GeoJSON.MultiPoint {
  const widen = (values: number[], span: number): [number, number] => {
    const sorted = [...values].sort((a, b) => a - b);
    const [low, high] = [quantile(sorted, TRIM), quantile(sorted, 1 - TRIM)];
    const missing = Math.max(0, span - (high - low)) / 2;
    return [low - missing, high + missing];
  };
  const [west, east] = widen(
    points.map(([lon]) => lon),
    MIN_SPAN.lon,
  );
  const [south, north] = widen(
    points.map(([, lat]) => lat),
    MIN_SPAN.lat,
  );
  return {
    type: 'MultiPoint',
    coordinates: [
      [west, Math.max(south, -80)],
      [east, Math.min(north, 80)],
    ],
  };
}

/** Golden-angle turn: successive markers of one place spread evenly around it. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Actors of one town share a point: the 2nd, 3rd… are set on a sunflower spiral around it, `step`
 * pixels apart, so that each stays visible and clickable at any zoom.
 */
export function spreadColocated(
  actors: { key: string; lon: number; lat: number }[],
  projection: GeoProjection,
  step: number,
): PlacedActor[] {
  const seen = new Map<string, number>();
  return actors.flatMap(({ key, lon, lat }) => {
    const point = projection([lon, lat]);
    if (!point) return [];
    const place = `${lon.toFixed(3)},${lat.toFixed(3)}`;
    const rank = seen.get(place) ?? 0;
    seen.set(place, rank + 1);
    const distance = step * Math.sqrt(rank);
    return [
      {
        key,
        x: point[0] + distance * Math.cos(rank * GOLDEN_ANGLE),
        y: point[1] + distance * Math.sin(rank * GOLDEN_ANGLE),
      },
    ];
  });
}
