import { describe, expect, it } from 'vitest';
import { routesAcrossServers } from '../../src/db/connect.js';

// Reads follow the shared bookmarks only where they may reach another server than the writes.
describe('routesAcrossServers', () => {
  it.each([
    'neo4j://db:7687',
    'neo4j+s://x.databases.neo4j.io',
    'neo4j+ssc://db:7687',
    'NEO4J://db',
  ])('%s routes across servers', (uri) => {
    expect(routesAcrossServers(uri)).toBe(true);
  });

  it.each(['bolt://127.0.0.1:7687', 'bolt+s://db:7687', 'bolt+ssc://db:7687', ' BOLT://db '])(
    '%s talks to one server',
    (uri) => {
      expect(routesAcrossServers(uri)).toBe(false);
    },
  );
});
