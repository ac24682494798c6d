// `npm run export:data -- [--out DIR] [--api-only]`: the graph in the data/ format, to review and commit.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { readGraphDataset } from '../dataset/read-graph.js';
import { writeDataset } from '../dataset/write-dataset.js';
import { type OpenDatabase, openDatabase } from '../db/open-database.js';
import { describeStartupError } from '../errors.js';

const USAGE = `Usage: npm run export:data -- [--out DIR] [--api-only]
  --out DIR    where to write sources.yaml, actors.yaml, events.yaml, documents.yaml, relations.yaml
               (default: exported-data; --out data overwrites the curated files, to review with git diff)
  --api-only   only what was written or changed through the API (and the sources it cites)`;

let open: OpenDatabase | undefined;
try {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'exported-data' },
      'api-only': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
  } else {
    open = await openDatabase(loadConfig().database);
    const dataset = await readGraphDataset(open.db, values['api-only'] ?? false);
    writeDataset(values.out, dataset);
    console.error(
      `Wrote ${dataset.nodes.length} nodes, ${dataset.relations.length} relations and ${dataset.sources.length} sources to ${values.out}/`,
    );
  }
} catch (error) {
  console.error(
    error instanceof TypeError && /option/.test(error.message)
      ? `${error.message}\n${USAGE}`
      : describeStartupError(error),
  );
  process.exitCode = 1;
} finally {
  await open?.close();
}
