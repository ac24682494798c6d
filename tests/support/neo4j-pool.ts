import { inject } from 'vitest';

/** How many integration files run at once; each owns one Neo4j of the pool while it runs. */
export const TEST_WORKERS = Math.max(1, Number(process.env.TEST_WORKERS ?? 2));

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
}

/**
 * The Neo4j this test file owns: vitest gives each running file a pool id from 1 to maxWorkers that no
 * other running file holds, so files running side by side never share a database.
 */
export function testNeo4j(): TestNeo4j {
  const uris = inject('neo4jUris');
  const poolId = Number(process.env.VITEST_POOL_ID ?? 1);
  return {
    uri: uris[(poolId - 1) % uris.length] as string,
    user: inject('neo4jUser'),
    password: inject('neo4jPassword'),
  };
}

/** The same database as environment variables, for the processes a test starts. */
export function testNeo4jEnv(): { NEO4J_URI: string; NEO4J_USER: string; NEO4J_PASSWORD: string } {
  const { uri, user, password } = testNeo4j();
  return { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
}
