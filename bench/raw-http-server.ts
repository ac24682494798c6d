import { createServer } from 'node:http';
import neo4j, { routing } from 'neo4j-driver';
import { OPERATIONS } from './operations.js';

// The raw side of `npm run bench` over HTTP: a bare node:http server that runs each operation's
// Cypher as one statement and answers its rows as JSON, as a hand-written service would.
const env = process.env;
const driver = neo4j.driver(
  env.NEO4J_URI ?? '',
  neo4j.auth.basic(env.NEO4J_USER ?? 'neo4j', env.NEO4J_PASSWORD ?? ''),
  // Plain JS numbers, as the API returns them, so both sides serialise the same kind of JSON.
  { disableLosslessIntegers: true, logging: { level: 'error', logger: () => {} } },
);
const database = env.NEO4J_DATABASE || undefined;
const byId = new Map(OPERATIONS.map((operation) => [`/cypher/${operation.id}`, operation]));

const server = createServer((req, res) => {
  const operation = byId.get(req.url ?? '');
  if (req.method !== 'POST' || operation === undefined) {
    res.writeHead(404).end();
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => {
    body += chunk;
  });
  req.on('end', async () => {
    try {
      const params = JSON.parse(body || '{}') as Record<string, unknown>;
      const result = await driver.executeQuery(operation.cypher, params, {
        routing: routing.READ,
        database,
      });
      const rows = result.records.map((record) => record.toObject());
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ rows }));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: String(error) }));
    }
  });
});

server.listen(Number(env.PORT ?? 0), '127.0.0.1', () => {
  console.log('raw Cypher server ready');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.closeAllConnections();
    server.close();
    driver.close().finally(() => process.exit(0));
  });
}
