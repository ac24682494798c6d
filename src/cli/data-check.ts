// `npm run data:check`: validates data/ as the loader does and prints what it covers; non-zero on any error.
import { parseArgs } from 'node:util';
import { type Coverage, datasetCoverage } from '../dataset/coverage.js';
import { DATA_DIR, readDataset } from '../dataset/read-dataset.js';
import { DatasetValidationError } from '../dataset/types.js';
import { GAZETTEER_ATTRIBUTION } from '../places/gazetteer.js';

const USAGE = `Usage: npm run -s data:check -- [--dir DIR] [--json] [--list]
  --dir DIR   the dataset folder (default: data/)
  --json      the coverage as JSON on standard output
  --list      list the keys behind each gap (isolated nodes, actors without country, …)`;

const share = (part: number, whole: number) =>
  whole === 0 ? '0%' : `${((100 * part) / whole).toFixed(1)}%`;

function tally(title: string, counts: Record<string, number>): string {
  const items = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return `${title}: ${items.map(([name, n]) => `${name} ${n}`).join(', ')}`;
}

function gaps(coverage: Coverage, list: boolean): string[] {
  const lines: [string, string[]][] = [
    ['actors without country', coverage.actorsWithoutCountry],
    ['French regional/local actors without region', coverage.frenchRegionalWithoutRegion],
    ['cities the gazetteer cannot place', coverage.unplacedCities],
    ['isolated nodes', coverage.isolatedNodes],
    [
      'sources missing url/title/publisher/language/accessed',
      coverage.incompleteSources.map((s) => `${s.key} (${s.missing.join(', ')})`),
    ],
  ];
  return lines.map(
    ([label, keys]) =>
      `${label}: ${keys.length}${list && keys.length > 0 ? `\n  ${keys.join('\n  ')}` : ''}`,
  );
}

function report(coverage: Coverage, list: boolean): string {
  const c = coverage;
  return [
    `${c.nodes} nodes, ${c.relations} relations, ${c.sources} sources`,
    `relations with two or more sources: ${c.multiSourceRelations} (${share(c.multiSourceRelations, c.relations)})`,
    `facts without a source: ${c.unsourcedFacts}; disputed relations: ${c.disputedRelations}`,
    `actors with coordinates: ${c.actorsWithCoordinates} of ${c.actors} (${share(c.actorsWithCoordinates, c.actors)})`,
    ...gaps(c, list),
    tally('nodes by kind', c.nodesByKind),
    tally('relations by type', c.relationsByType),
    GAZETTEER_ATTRIBUTION,
  ].join('\n');
}

function main(): number {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: DATA_DIR },
      json: { type: 'boolean' },
      list: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    const coverage = datasetCoverage(readDataset(values.dir));
    console.log(
      values.json ? JSON.stringify(coverage, null, 2) : report(coverage, values.list ?? false),
    );
    return 0;
  } catch (error) {
    if (!(error instanceof DatasetValidationError)) throw error;
    console.error(error.message);
    return 1;
  }
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(USAGE);
  process.exitCode = 2;
}
