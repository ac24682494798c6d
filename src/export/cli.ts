import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { isGraphEmpty, seedDatabase } from '../dataset/seed-database.js';
import { type OpenDatabase, openDatabase } from '../db/open-database.js';
import { DomainError } from '../domain-error.js';
import { describeStartupError } from '../errors.js';
import { applySchema } from '../model/apply-schema.js';
import { FORMATS, isFormatName } from './formats.js';
import { parseExportOptions } from './options.js';
import { progressReporter } from './progress.js';
import { startExport } from './run-export.js';
import { writeExport } from './write-file.js';

const USAGE = `Usage: npm run export -- --format <${Object.keys(FORMATS).join('|')}> [--keys mes,ripess]
  [--depth 0-3] [--types MEMBER_OF,PARTICIPATES_IN] [--activeAt 2012] [--out file]
Without --keys: the whole graph. Without --out: to standard output.
The export streams: memory stays bounded whatever the graph's size. If it fails midway, the command
exits with 1 and --out leaves no file.`;

// `npm run export`: the same exports as GET /export/*, from the local Neo4j or NEO4J_URI.
const { values } = parseArgs({
  options: {
    format: { type: 'string' },
    keys: { type: 'string', multiple: true },
    depth: { type: 'string' },
    types: { type: 'string', multiple: true },
    activeAt: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean' },
  },
});

let open: OpenDatabase | undefined;
try {
  if (values.help || !values.format || !isFormatName(values.format)) {
    console.error(values.help ? USAGE : `Unknown or missing --format.\n${USAGE}`);
    process.exitCode = values.help ? 0 : 2;
  } else {
    const options = parseExportOptions((name) => {
      const value = values[name as 'keys' | 'depth' | 'types' | 'activeAt'];
      return value === undefined ? [] : Array.isArray(value) ? value : [value];
    });
    open = await openDatabase(loadConfig().database);
    await applySchema(open.db);
    if (await isGraphEmpty(open.db)) await seedDatabase(open.db);
    const progress = progressReporter();
    const result = await startExport(open.db, values.format, options, { onPage: progress.onPage });
    try {
      await writeExport(result.body, values.out, process.stdout);
    } finally {
      progress.done();
    }
    console.error(
      `${result.written.nodes} nodes, ${result.written.edges} edges, dataset version ${result.datasetVersion}` +
        (values.out ? ` -> ${values.out}` : ''),
    );
  }
} catch (error) {
  console.error(error instanceof DomainError ? error.message : describeStartupError(error));
  process.exitCode = 1;
} finally {
  await open?.close();
}
