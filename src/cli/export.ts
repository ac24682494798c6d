import { parseArgs } from 'node:util';
import { DomainError } from '../domain-error.js';
import { FORMATS, isFormatName } from '../export/formats.js';
import { parseExportOptions } from '../export/options.js';
import { progressReporter } from '../export/progress.js';
import { startExport } from '../export/run-export.js';
import { writeExport } from '../export/write-file.js';
import { withBoot } from './boot.js';
import { CommandFailure, runCommand, UsageError } from './run-command.js';

const USAGE = `Usage: npm run export -- --format <${Object.keys(FORMATS).join('|')}> [--keys mes,ripess]
  [--depth 0-3] [--types MEMBER_OF,PARTICIPATES_IN] [--activeAt 2012] [--out file]
Without --keys: the whole graph. Without --out: to standard output.
The export streams: memory stays bounded whatever the graph's size. If it fails midway, the command
exits with 1 and --out leaves no file.`;

/** A bad option or a failure midway is the export's own one-line message. */
function exportFailure(error: unknown): unknown {
  return error instanceof DomainError ? new CommandFailure(error.message) : error;
}

// `npm run export`: the same exports as GET /export/*, from the local Neo4j or NEO4J_URI.
runCommand(
  async () => {
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
    if (values.help) {
      console.error(USAGE);
      return 0;
    }
    const format = values.format;
    if (!format || !isFormatName(format))
      throw new UsageError(`Unknown or missing --format.\n${USAGE}`);
    // Standard output may be the export itself, so start-up lines go to standard error.
    const options = parseExportOptions((name) => {
      const value = values[name as 'keys' | 'depth' | 'types' | 'activeAt'];
      return value === undefined ? [] : Array.isArray(value) ? value : [value];
    });
    return withBoot({ seedIfEmpty: true, log: console.error }, async ({ db }) => {
      const progress = progressReporter();
      const result = await startExport(db, format, options, { onPage: progress.onPage });
      try {
        await writeExport(result.body, values.out, process.stdout);
      } finally {
        progress.done();
      }
      console.error(
        `${result.written.nodes} nodes, ${result.written.edges} edges, dataset version ${result.datasetVersion}` +
          (values.out ? ` -> ${values.out}` : ''),
      );
      return 0;
    });
  },
  USAGE,
  exportFailure,
);
