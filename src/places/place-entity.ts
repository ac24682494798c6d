import type { Entity } from '../model/types.js';
import { locateCity } from './gazetteer.js';

/** Gives an entity with a seat city and a country the city's coordinates; leaves the others as they are. */
export function placeCity(entity: Entity): void {
  if (!entity.city || !entity.country) return;
  const lookup = locateCity(entity.city, entity.country, entity.region);
  if (lookup.found) entity.coordinates = lookup.coordinates;
}
