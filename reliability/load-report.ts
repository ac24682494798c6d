import type { ApiTiming } from './api-timing.js';
import type { LoadReport } from './load-run.js';
import type { ProcessMemory } from './process-memory.js';

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

function memoryLine(label: string, memory: ProcessMemory): string {
  const heap = memory.heapUsedBytes === undefined ? 'not read' : mib(memory.heapUsedBytes);
  return `  ${label}: rss ${mib(memory.rssBytes)}, live heap after GC ${heap}`;
}

function apiLine(api: ApiTiming | undefined): string {
  if (!api) return 'inside the API: not measured (no inspector)';
  return (
    `inside the API (headers parsed to response sent): ${api.requests} requests, slowest ` +
    `${Math.round(api.maxMs)} ms, ${api.over} over ${api.limitMs} ms; event-loop delay p99 ` +
    `${Math.round(api.loopDelayP99Ms)} ms, max ${Math.round(api.loopDelayMaxMs)} ms`
  );
}

/** The run as the lines `npm run load` prints and docs/reliability.md quotes. */
export function formatLoadReport(report: LoadReport, connections: number, seconds: number): string {
  const { memory, latency, graphqlErrors } = report;
  const non2xx = Object.entries(report.non2xx).map(([status, count]) => `${count} x ${status}`);
  const lines = [
    `${connections} connections x ${seconds} s: ${report.requests} requests, ` +
      `${Math.round(report.requestsPerSecond)} req/s`,
    `timeouts: ${report.timeouts}, other connection errors: ${report.otherErrors}`,
    `non-2xx: ${non2xx.length === 0 ? 0 : non2xx.join(', ')}`,
    `answers with GraphQL errors: ${graphqlErrors.answers}`,
    ...graphqlErrors.top(10).map(([kind, count]) => `  ${count} x ${kind}`),
    `latency (2xx): p50 ${latency.p50} ms, p99 ${latency.p99} ms, max ${latency.max} ms`,
    apiLine(report.api),
    'API process memory:',
    memoryLine('before', memory.before),
    memoryLine('end of the run', memory.end),
    memoryLine('after idling', memory.after),
  ];
  return lines.join('\n');
}
