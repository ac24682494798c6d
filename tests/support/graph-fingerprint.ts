import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { testNeo4j } from './neo4j-pool.js';

/**
 * A hash of everything a test can see in the graph: every node and relationship with its labels,
 * type and properties, and the indexes and constraints. Equal fingerprints mean no file wrote since.
 */
export async function graphFingerprint(db: Database): Promise<string> {
  const hash = createHash('sha256');
  const parts = [
    'MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
    'MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS a, elementId(b) AS b, properties(r) AS props ORDER BY id',
    'SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name',
    'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name',
  ];
  for (const query of parts) {
    for (const row of await db.read(query)) hash.update(JSON.stringify(row, plainValue));
  }
  return hash.digest('hex');
}

// Driver integers and temporal values print as their string forms.
function plainValue(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return String(value);
  }
  return value;
}

// One marker per database of the pool, in the run's own directory: files that share a database never run at once.
function markerFile(): string {
  const dir = inject('fixtureMarkers');
  mkdirSync(dir, { recursive: true });
  return join(
    dir,
    `${createHash('sha256').update(testNeo4j().uri).digest('hex').slice(0, 16)}.txt`,
  );
}

export function readLoadedFingerprint(): string | undefined {
  try {
    return readFileSync(markerFile(), 'utf8');
  } catch {
    return undefined;
  }
}

export function rememberLoadedFingerprint(fingerprint: string | undefined): void {
  if (fingerprint === undefined) rmSync(markerFile(), { force: true });
  else writeFileSync(markerFile(), fingerprint);
}
