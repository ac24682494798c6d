// `tsx scripts/profile-statement.ts NAME|FILE.cypher 'PARAMS_JSON'`: PROFILEs cypher/generated/NAME.cypher
// with those parameters on NEO4J_URI, read-only (a read transaction), and prints the time, the
// database hits and the plan's operators: how a statement is checked against a big graph one may
// only read.
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';

const [name, paramsJson = '{}'] = process.argv.slice(2);
if (!name) throw new Error('usage: profile-statement.ts NAME [PARAMS_JSON]');
// A name of cypher/generated, or a path to a .cypher file (a variant being tried).
const file = name.endsWith('.cypher')
  ? name
  : new URL(`../cypher/generated/${name}.cypher`, import.meta.url);
const cypher = readFileSync(file, 'utf8')
  .replace(/^\/\/.*\n/, '')
  .replace(/;\s*$/, '');
// Integral numbers as Neo4j integers, as the API sends them.
const params = JSON.parse(paramsJson, (_key, value) =>
  typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value,
);
const driver = neo4j.driver(
  process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
);

type Plan = {
  operatorType: string;
  dbHits: number;
  rows: number;
  identifiers: string[];
  arguments: Record<string, unknown>;
  children: Plan[];
};

function print(plan: Plan, depth = 0): void {
  const details = String(plan.arguments.Details ?? '').slice(0, 140);
  console.log(
    `${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} hits=${plan.dbHits} ${details}`,
  );
  for (const child of plan.children) print(child, depth + 1);
}

const session = driver.session({ defaultAccessMode: neo4j.session.READ });
try {
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    await session.executeRead((tx) => tx.run(cypher, params));
    console.log(`run ${run}: ${(performance.now() - started).toFixed(0)} ms`);
  }
  const result = await session.executeRead((tx) => tx.run(`PROFILE ${cypher}`, params));
  const profile = result.summary.profile as unknown as Plan;
  print(profile);
} finally {
  await session.close();
  await driver.close();
}
