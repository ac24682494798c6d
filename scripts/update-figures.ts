// `npm run figures`: the dataset's figures, computed from data/, written into tests/support/facts.ts,
// the README and the importer's name fixture, so no figure is typed by hand. The tests then check the loaded graph against them.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pinnedCounts } from '../src/dataset/coverage.js';
import { readDataset } from '../src/dataset/read-dataset.js';
import { type Dataset, DatasetValidationError } from '../src/dataset/types.js';

const FACTS = new URL('../tests/support/facts.ts', import.meta.url);
const README = new URL('../README.md', import.meta.url);
const GRAPH_NAMES = new URL('../tests/fixtures/graph-names.json', import.meta.url);

/** The neighbourhood `subgraph(keys: [start], depth)` returns: nodes within `depth` steps, either direction, and every relation among them. */
function neighbourhood({ relations }: Dataset, start: string, depth: number) {
  const adjacent = new Map<string, string[]>();
  for (const { from, to } of relations) {
    adjacent.set(from, [...(adjacent.get(from) ?? []), to]);
    adjacent.set(to, [...(adjacent.get(to) ?? []), from]);
  }
  const reached = new Set([start]);
  let front = [start];
  for (let step = 0; step < depth; step += 1) {
    front = front.flatMap((key) => adjacent.get(key) ?? []).filter((key) => !reached.has(key));
    for (const key of front) reached.add(key);
  }
  const edges = relations.filter((r) => reached.has(r.from) && reached.has(r.to)).length;
  return { nodes: reached.size, edges };
}

function replaceOnce(text: string, pattern: RegExp, replacement: string, where: string): string {
  if (!pattern.test(text)) throw new Error(`${where}: no match for ${pattern}`);
  return text.replace(pattern, replacement);
}

const dataset = (() => {
  try {
    return readDataset();
  } catch (error) {
    if (!(error instanceof DatasetValidationError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
})();
const counts = pinnedCounts(dataset);
const mes = neighbourhood(dataset, 'mes', 2);

let facts = readFileSync(FACTS, 'utf8');
for (const [name, value] of Object.entries(counts)) {
  facts = replaceOnce(facts, new RegExp(`(\\n  ${name}: )\\d+,`), `$1${value},`, 'facts.ts');
}
facts = replaceOnce(
  facts,
  /MES_SUBGRAPH_DEPTH_2 = \{ nodes: \d+, edges: \d+ \}/,
  `MES_SUBGRAPH_DEPTH_2 = { nodes: ${mes.nodes}, edges: ${mes.edges} }`,
  'facts.ts',
);
writeFileSync(FACTS, facts);

let readme = readFileSync(README, 'utf8');
readme = replaceOnce(
  readme,
  /\d+ actors, events and laws around MES and \d+ relations/,
  `${counts.nodes} actors, events and laws around MES and ${counts.relations} relations`,
  'README.md',
);
readme = replaceOnce(readme, /\(\d+ of them\)/, `(${counts.sources} of them)`, 'README.md');
readme = replaceOnce(
  readme,
  /\d+ nodes and \d+ edges, `truncated: false`/,
  `${mes.nodes} nodes and ${mes.edges} edges, \`truncated: false\``,
  'README.md',
);
writeFileSync(README, readme);
// The names the importer matches against, as its `importGraphNames` query reads them from the loaded graph.
const graphNames = [...dataset.nodes]
  .sort((a, b) => (a.key < b.key ? -1 : 1))
  .map((node) => ({
    key: node.key,
    family: node.family,
    name: node.name,
    acronym: node.acronym ?? null,
    aliases: [...node.aliases, ...Object.values(node.names)],
    date: node.date?.value ?? null,
    founded: node.founded?.date?.value ?? null,
    relations: dataset.relations
      .filter((relation) => relation.from === node.key)
      .map((relation) => `${relation.type}|${relation.to}`)
      .sort(),
    relationSince: dataset.relations
      .filter((relation) => relation.from === node.key && relation.since && !relation.disputed)
      .map((relation) => `${relation.type}|${relation.to}|${relation.since?.value}`)
      .sort(),
    resourceCounts: Object.keys(node.resourceCounts).length > 0 ? node.resourceCounts : null,
  }));
writeFileSync(GRAPH_NAMES, `${JSON.stringify(graphNames, null, 2)}\n`);
// The fixture is kept in the project's format, so a run that changes no name changes no line.
execFileSync('npx', ['biome', 'format', '--write', fileURLToPath(GRAPH_NAMES)], {
  stdio: 'ignore',
});

console.log(
  `facts.ts, README.md and graph-names.json: ${counts.nodes} nodes, ${counts.relations} relations, ${counts.sources} sources; MES at depth 2: ${mes.nodes} nodes, ${mes.edges} edges`,
);
