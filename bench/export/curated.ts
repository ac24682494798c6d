import { parseArgs } from 'node:util';
import { FORMATS, type FormatName } from '../../src/export/formats.js';
import type { ExportOptions } from '../../src/export/options.js';
import { startExport } from '../../src/export/run-export.js';
import { Cleanup } from '../cleanup.js';
import { openBenchDatabase } from '../database.js';

// `npm run bench:export:curated [-- --runs 7]`: the time of each export of the curated graph, for
// MES at depth 2 and for the whole graph (the median of `runs` runs after one warm-up), in-process.
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Number(values.runs);
const cleanup = new Cleanup();

const SELECTIONS: Record<string, ExportOptions> = {
  'MES, depth 2': { keys: ['mes'], depth: 2, types: null, activeAt: null },
  'whole graph': { keys: null, depth: 1, types: null, activeAt: null },
};

async function main(): Promise<void> {
  const { db, description } = await openBenchDatabase(cleanup);
  const rows: string[] = [];
  for (const [name, options] of Object.entries(SELECTIONS)) {
    for (const format of Object.keys(FORMATS) as FormatName[]) {
      const times: number[] = [];
      let bytes = 0;
      for (let run = 0; run <= RUNS; run += 1) {
        const started = performance.now();
        const stream = await startExport(db, format, options);
        bytes = 0;
        for await (const chunk of stream.body) bytes += chunk.byteLength;
        if (run > 0) times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)] ?? 0;
      rows.push(`| ${name} | ${format} | ${(bytes / 1024).toFixed(0)} | ${median.toFixed(0)} |`);
      console.log(rows.at(-1));
    }
  }
  console.log(
    [
      '',
      `Curated graph, ${description}; median of ${RUNS} runs after a warm-up.`,
      '| selection | format | KiB | ms |',
      '|---|---|---:|---:|',
      ...rows,
    ].join('\n'),
  );
}

cleanup.runThenExit(main);
