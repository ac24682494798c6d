// `npm run import -- FILE|DIR|URL|- [--actor KEY] [--source-url URL] [--any-language] [--dry-run] [--json]`
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { type FileOutcome, importFile, isFailure, profileFiles } from '../import/files.js';
import { formatSummary, summarise } from '../import/summary.js';
import { formatOutcome } from '../import/text-report.js';
import { loadMatcher } from './load-matcher.js';
import { runCommand } from './run-command.js';

const USAGE =
  'usage: npm run import -- FILE|DIR|URL|- [--actor KEY] [--source-url URL] [--any-language] [--dry-run] [--json]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'source-url': { type: 'string' },
      actor: { type: 'string' },
      'any-language': { type: 'boolean', default: false },
    },
  });
  const [path] = positionals;
  if (!path || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  if (!values['dry-run']) {
    console.error(
      'Only --dry-run is available here: store proposals for review with the importProfile mutation (docs/importer.md, "Review workflow").',
    );
    return 2;
  }
  let files: string[];
  try {
    files = await profileFiles(path);
  } catch {
    console.error(
      `${path}: no such file or directory (give a file, a directory, a URL or - for standard input)`,
    );
    return 2;
  }
  const matcher = await loadMatcher();
  const bar =
    files.length > 1 && process.stderr.isTTY
      ? new SingleBar({ stream: process.stderr })
      : undefined;
  bar?.start(files.length, 0);
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const outcome = await importFile(file, matcher, {
      actorKey: values.actor,
      anyLanguage: values['any-language'],
    });
    const sourceUrl = values['source-url'];
    outcomes.push(isFailure(outcome) || !sourceUrl ? outcome : { ...outcome, sourceUrl });
    bar?.increment();
  }
  bar?.stop();
  const single = files.length === 1 && files[0] === path;
  if (values.json) console.log(JSON.stringify(single ? outcomes[0] : outcomes, null, 2));
  else for (const outcome of outcomes) console.log(formatOutcome(outcome));
  if (!single) (values.json ? console.error : console.log)(formatSummary(summarise(outcomes)));
  const failures = outcomes.filter(isFailure);
  for (const failure of failures) console.error(`${failure.error.code}: ${failure.error.message}`);
  return failures.length > 0 ? 1 : 0;
}

runCommand(main, USAGE);
