import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, tokenFor } from '../support/auth.js';
import { useCuratedApp } from '../support/curated-app.js';
import { type Answer, answerOf, executeText } from '../support/graphql-client.js';

const { app, db } = useCuratedApp();
let curator: Record<string, string>;

const create = (key: string, city: string) => /* GraphQL */ `
  mutation { createEntity(input: { key: "${key}", kind: Network, name: "${key}", country: "FR", city: "${city}", sources: ["S1"] }, reason: "places test") { version } }`;

beforeAll(async () => {
  curator = bearer(await tokenFor(db(), 'places-test-curator', 'curator'));
  await answerOf(app(), create('reseau-lyonnais-test', 'Lyon'), { headers: curator });
  await answerOf(app(), create('reseau-lillois-test', 'Lille'), { headers: curator });
});

const NEAR = /* GraphQL */ `
  query PlacesNear($near: Near!) {
    actors(filter: { near: $near }, first: 100) {
      totalCount
      edges { node { key city location { latitude longitude } } }
    }
  }`;

describe('places', () => {
  it('derives a written city’s location from the gazetteer and finds it with actors(near:)', async () => {
    const near = { latitude: 45.76, longitude: 4.84, radiusKm: 50 };
    const { actors } = await answerOf(app(), NEAR, { variables: { near } });
    const keys = actors.edges.map((edge: Answer) => edge.node.key);
    expect(keys).toContain('reseau-lyonnais-test');
    expect(keys).not.toContain('reseau-lillois-test');
    expect(actors.totalCount).toBe(keys.length);
    const lyon = actors.edges.find((edge: Answer) => edge.node.key === 'reseau-lyonnais-test');
    expect(lyon.node.city).toBe('Lyon');
    expect(lyon.node.location.latitude).toBeCloseTo(45.75, 1);
    expect(lyon.node.location.longitude).toBeCloseTo(4.85, 1);
  });

  it('finds from the latitude index exactly the actors the distance rule finds among all actors', async () => {
    const circles = [
      { latitude: 48.8566, longitude: 2.3522, radiusKm: 500 },
      { latitude: 45.76, longitude: 4.84, radiusKm: 1 },
      { latitude: 89.9, longitude: -170, radiusKm: 5000 },
      { latitude: -10, longitude: 179.9, radiusKm: 20_000 },
    ];
    for (const near of circles) {
      const rows = await db().read(
        `MATCH (n:Actor) WHERE point.distance(point({latitude: n.lat, longitude: n.lon}),
           point({latitude: $near.latitude, longitude: $near.longitude})) <= $near.radiusKm * 1000.0
         RETURN n.key AS key ORDER BY key`,
        { near },
      );
      const { actors } = await answerOf(app(), NEAR, { variables: { near } });
      const keys = actors.edges.map((edge: Answer) => edge.node.key);
      expect(keys, JSON.stringify(near)).toEqual(rows.map((row) => row.key).slice(0, 100));
      expect(actors.totalCount).toBe(rows.length);
    }
  });

  it('pages a region from its index as every actor of the region, in key order', async () => {
    const [row] = await db().read(
      'MATCH (n:Actor) WHERE n.region IS NOT NULL WITH n.region AS region, count(*) AS c ORDER BY c DESC LIMIT 1 RETURN region',
    );
    const region = String(row?.region);
    const expected = await db().read(
      'MATCH (n:Actor {region: $region}) RETURN n.key AS key ORDER BY key',
      { region },
    );
    const first = await answerOf(
      app(),
      '{ actors(first: 2, filter: { region: $region }) { totalCount edges { node { key } } pageInfo { endCursor } } }'.replace(
        '$region',
        JSON.stringify(region),
      ),
    );
    const after = first.actors.pageInfo.endCursor;
    const rest = await answerOf(
      app(),
      `{ actors(first: 100, after: "${after}", filter: { region: ${JSON.stringify(region)} }) { edges { node { key } } } }`,
    );
    const keys = [...first.actors.edges, ...rest.actors.edges].map((edge: Answer) => edge.node.key);
    expect(keys).toEqual(expected.map((r) => r.key));
    expect(first.actors.totalCount).toBe(expected.length);
  });

  it('names the field of an out-of-range circle', async () => {
    const result = await executeText(app(), NEAR, {
      variables: { near: { latitude: 95, longitude: 4.84, radiusKm: 50 } },
    });
    expect(result.errors?.[0]?.message).toMatch(/actors\.filter\.near\.latitude/);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('exports placed actors as GeoJSON points (longitude first) and their coordinates in nodes.csv', async () => {
    const geo = await app().fetch('http://test/export/actors.geojson');
    expect(geo.headers.get('content-type')).toMatch(/application\/geo\+json/);
    const collection = await geo.json();
    expect(collection.type).toBe('FeatureCollection');
    const lille = collection.features.find((f: Answer) => f.id === 'reseau-lillois-test');
    expect(lille.geometry.type).toBe('Point');
    expect(lille.geometry.coordinates[0]).toBeCloseTo(3.06, 1);
    expect(lille.geometry.coordinates[1]).toBeCloseTo(50.63, 1);
    expect(lille.properties.city).toBe('Lille');
    expect(collection.features.every((f: Answer) => f.geometry.coordinates.length === 2)).toBe(
      true,
    );

    const csv = await (await app().fetch('http://test/export/nodes.csv')).text();
    const rows: Record<string, string>[] = parseCsv(csv, { columns: true });
    const row = rows.find((r) => r.id === 'reseau-lyonnais-test');
    expect(row).toMatchObject({ city: 'Lyon', country: 'FR' });
    expect(Number(row?.lat)).toBeCloseTo(45.75, 1);
  });
});
