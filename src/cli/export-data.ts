// `npm run export:data -- [--out DIR] [--api-only]`: the graph in the data/ format, to review and commit.
import { parseArgs } from 'node:util';
import { readGraphDataset } from '../dataset/read-graph.js';
import { writeDataset } from '../dataset/write-dataset.js';
import { withBoot } from './boot.js';
import { runCommand } from './run-command.js';

const USAGE = `Usage: npm run export:data -- [--out DIR] [--api-only]
  --out DIR    where to write sources.yaml, actors.yaml, events.yaml, documents.yaml, relations.yaml
               (default: exported-data; --out data overwrites the curated files, to review with git diff)
  --api-only   only what was written or changed through the API (and the sources it cites)`;

runCommand(async () => {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'exported-data' },
      'api-only': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const dataset = await withBoot({ seedIfEmpty: false, log: console.error }, ({ db }) =>
    readGraphDataset(db, values['api-only'] ?? false),
  );
  writeDataset(values.out, dataset);
  console.error(
    `Wrote ${dataset.nodes.length} nodes, ${dataset.relations.length} relations and ${dataset.sources.length} sources to ${values.out}/`,
  );
  return 0;
}, USAGE);
