import { routing } from 'neo4j-driver';
import type { RawNeo4j } from './database.js';
import type { BenchOperation } from './operations.js';
import type { Samples } from './stats.js';

function execute(raw: RawNeo4j, operation: BenchOperation) {
  return raw.driver.executeQuery(operation.cypher, operation.params, {
    routing: routing.READ,
    database: raw.database,
  });
}

/** Runs the operation's Cypher once and returns the shape of its answer. */
export async function checkCypher(raw: RawNeo4j, operation: BenchOperation): Promise<string> {
  const result = await execute(raw, operation);
  return operation.cypherShape(result.records.map((record) => record.toObject()));
}

/** `workers` closed loops issuing the query back to back until `seconds` have passed. */
export async function runCypher(
  raw: RawNeo4j,
  operation: BenchOperation,
  workers: number,
  seconds: number,
): Promise<Samples> {
  const latenciesMs: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      await execute(raw, operation);
      latenciesMs.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return { latenciesMs, seconds: (performance.now() - started) / 1000 };
}
