/**
 * The latitudes a point within `radiusKm` of a centre can have: any great-circle distance is at
 * least the earth's radius times the difference of latitudes, so the band loses no such point and
 * lets a `near` filter start from the latitude index instead of every actor.
 */
export interface LatitudeBand {
  latitudeFrom: number;
  latitudeTo: number;
}

// Smaller than any radius Neo4j's point.distance uses (6,378.14 km), so the band is never too narrow.
const EARTH_RADIUS_KM = 6_356;
// Room for the rounding of the distance and of the degrees.
const MARGIN_DEGREES = 1e-6;

export function latitudeBand(near: { latitude: number; radiusKm: number }): LatitudeBand {
  const half = ((near.radiusKm / EARTH_RADIUS_KM) * 180) / Math.PI + MARGIN_DEGREES;
  return {
    latitudeFrom: Math.max(-90, near.latitude - half),
    latitudeTo: Math.min(90, near.latitude + half),
  };
}
