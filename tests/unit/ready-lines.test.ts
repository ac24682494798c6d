import { describe, expect, it } from 'vitest';
import { readyLines } from '../../src/cli/ready-lines.js';

const address = { address: '0.0.0.0', family: 'IPv4', port: 4000 };

describe('the ready lines of npm start', () => {
  it('list the explorer, GraphiQL, the exports and the local database', () => {
    const lines = readyLines({
      seconds: 12.34,
      address,
      graphiql: true,
      database: {
        kind: 'local',
        port: 7687,
        dataDir: '/srv/data',
        heap: '512m',
        pageCacheMiB: 256,
      },
      local: { uri: 'bolt://127.0.0.1:7687', pid: 42 },
    });
    expect(lines).toEqual([
      'solidarity-graph ready in 12.3 s (http://localhost:4000/ready answers 200)',
      '  explorer:  http://localhost:4000/',
      '  GraphiQL:  http://localhost:4000/graphql',
      '  exports:   http://localhost:4000/export/graph.gexf (also graph.graphml, graph.cyjs, graph.json, nodes.csv, edges.csv, sources.csv, graph.jsonld, actors.geojson)',
      '  database:  local Neo4j bolt://127.0.0.1:7687 (pid 42), data in /srv/data',
    ]);
  });

  it('say how to turn GraphiQL on, and never print credentials written into NEO4J_URI', () => {
    const lines = readyLines({
      seconds: 1,
      address: { address: '127.0.0.1', family: 'IPv4', port: 8080 },
      graphiql: false,
      database: {
        kind: 'remote',
        uri: 'neo4j+s://neo4j:secret@db.example.org',
        user: 'neo4j',
        password: 'secret',
        database: 'graph',
      },
    });
    expect(lines[2]).toBe(
      '  GraphiQL:  off (GRAPHIQL=on turns it on); the API is at http://127.0.0.1:8080/graphql',
    );
    expect(lines[4]).toBe(
      '  database:  NEO4J_URI neo4j+s://db.example.org as "neo4j", database "graph"',
    );
    expect(lines.join('\n')).not.toContain('secret');
  });
});
