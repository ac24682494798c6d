import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BenchSettings } from './settings.js';
import type { Measurement } from './stats.js';

export interface OperationResult {
  id: string;
  name: string;
  /** What every side returned, e.g. "66 nodes, 82 edges". */
  answer: string;
  /** Neo4j queries per request: the API's (from `extensions.db`) and the raw side's (always 1). */
  roundTrips: { graphql: number; cypher: number };
  /** Neo4j db hits per request (every statement under PROFILE), the API's and the raw side's. */
  dbHits: { graphql: number; cypher: number };
  /** The API with its response cache off. */
  graphql: Measurement;
  /** The same Cypher behind a bare node:http server: both sides pay for HTTP and JSON. */
  rawHttp: Measurement;
  /** The same Cypher from neo4j-driver in this process, no HTTP: a floor, for information. */
  cypher: Measurement;
  /** The API with its response cache on, the same operation repeated (hits). */
  cached: Measurement;
  ratios: { requestsPerSecond: number; p50: number; cachedSpeedup: number };
}

export interface Machine {
  node: string;
  cpus: number;
  cpuModel: string;
  totalMemoryGiB: number;
  platform: string;
  neo4j: string;
  /** 1-minute load average before the run started: other work on the machine skews the figures. */
  loadAverageAtStart: number;
}

export interface BenchReport {
  finishedAt: string;
  machine: Machine;
  settings: BenchSettings;
  database: string;
  operations: OperationResult[];
}

const RESULTS_FILE = fileURLToPath(new URL('./results/latest.json', import.meta.url));

export function machineFacts(neo4j: string, loadAverageAtStart: number): Machine {
  return {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    totalMemoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    neo4j,
    loadAverageAtStart: Math.round(loadAverageAtStart * 100) / 100,
  };
}

export function withRatios(base: Omit<OperationResult, 'ratios'>): OperationResult {
  return {
    ...base,
    ratios: {
      requestsPerSecond: base.graphql.requestsPerSecond / base.rawHttp.requestsPerSecond,
      p50: base.graphql.p50Ms / base.rawHttp.p50Ms,
      cachedSpeedup: base.cached.requestsPerSecond / base.graphql.requestsPerSecond,
    },
  };
}

const ms = (value: number | null) => (value === null ? 'n/a' : value.toFixed(2));
const rate = (value: number) => value.toFixed(0);
const ratio = (value: number) => `${value.toFixed(2)}x`;

/** Plain-text table: first column left-aligned, the others right-aligned. */
function alignedTable(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) => {
          const width = widths[column] ?? 0;
          return column === 0 ? cell.padEnd(width) : cell.padStart(width);
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function formatTable(results: OperationResult[]): string {
  const header = [
    'operation',
    'GQL req/s',
    'p50 ms',
    'p99 ms',
    '|',
    'raw HTTP req/s',
    'p50 ms',
    'p99 ms',
    '|',
    'req/s GQL/raw',
    'p50 GQL/raw',
    '|',
    'cached req/s',
    'p50 ms',
    'cached/GQL',
    '|',
    'in-process raw req/s',
  ];
  const rows = results.map((r) => [
    `${r.id}. ${r.name}`,
    rate(r.graphql.requestsPerSecond),
    ms(r.graphql.p50Ms),
    ms(r.graphql.p99Ms),
    '|',
    rate(r.rawHttp.requestsPerSecond),
    ms(r.rawHttp.p50Ms),
    ms(r.rawHttp.p99Ms),
    '|',
    ratio(r.ratios.requestsPerSecond),
    ratio(r.ratios.p50),
    '|',
    rate(r.cached.requestsPerSecond),
    ms(r.cached.p50Ms),
    ratio(r.ratios.cachedSpeedup),
    '|',
    rate(r.cypher.requestsPerSecond),
  ]);
  return alignedTable([header, ...rows]);
}

/** Where the time goes: Neo4j queries and CPU per request of each server process. */
export function formatCostTable(results: OperationResult[]): string {
  const header = [
    'per request',
    'GQL queries',
    'db hits',
    'API CPU ms',
    'Neo4j CPU ms',
    '|',
    'raw queries',
    'db hits',
    'raw server CPU ms',
    'Neo4j CPU ms',
    '|',
    'cached API CPU ms',
    'Neo4j CPU ms',
  ];
  const rows = results.map((r) => [
    `${r.id}. ${r.name}`,
    String(r.roundTrips.graphql),
    String(r.dbHits.graphql),
    ms(r.graphql.cpuPerRequest.nodeMs),
    ms(r.graphql.cpuPerRequest.neo4jMs),
    '|',
    String(r.roundTrips.cypher),
    String(r.dbHits.cypher),
    ms(r.rawHttp.cpuPerRequest.nodeMs),
    ms(r.rawHttp.cpuPerRequest.neo4jMs),
    '|',
    ms(r.cached.cpuPerRequest.nodeMs),
    ms(r.cached.cpuPerRequest.neo4jMs),
  ]);
  return alignedTable([header, ...rows]);
}

export function formatReport(report: BenchReport): string {
  const { machine, settings } = report;
  return [
    `machine: Node ${machine.node}, ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.totalMemoryGiB} GiB RAM, ${machine.platform}`,
    `load average before the run: ${machine.loadAverageAtStart} (near 0 on an otherwise idle machine)`,
    `database: ${machine.neo4j}, ${report.database}`,
    `settings: ${settings.connections} connections / workers, ${settings.seconds} s measured per operation and side, in ${settings.rounds} rounds taking turns, after ${settings.warmupSeconds} s of warm-up; API run ${settings.apiRuntime === 'compiled' ? 'compiled (node dist/main.js)' : 'under tsx (node --import tsx src/main.ts)'}`,
    '',
    formatTable(report.operations),
    '',
    formatCostTable(report.operations),
    '',
    ...report.operations.map((r) => `${r.id}. answer (every side): ${r.answer}`),
  ].join('\n');
}

/** Writes the report to bench/results/latest.json and returns the path. */
export async function writeReport(report: BenchReport): Promise<string> {
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  await writeFile(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  return RESULTS_FILE;
}
