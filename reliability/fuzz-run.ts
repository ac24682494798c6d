import { type FuzzRequest, fuzzRequest, seededRandom } from './fuzz-cases.js';

export interface FuzzResponse {
  status: number;
  text: string;
}

export interface FuzzReport {
  requests: number;
  seed: number;
  byStatus: Record<number, number>;
  /** Requests sent per kind, so a run shows which categories it covered. */
  byKind: Record<string, number>;
  serverErrors: { kind: string; status: number; text: string }[];
  /** 503s that say the database did not answer in time (coded, with Retry-After): a busy or
   * stopped database, not a fault of the API; none on a quiet machine. */
  unavailable: { kind: string; text: string }[];
  unmasked: { kind: string; text: string }[];
  overDeadline: { kind: string; ms: number }[];
  slowestMs: number;
  /** The kind of the slowest request. */
  slowestKind: string;
}

// What must never reach a client: stack frames, file paths, library names, driver or Cypher
// details, echoed bodies. One check for every response body.
const LEAK =
  /\bat [\w.<>]+ \(|node_modules|\/(?:work|home|usr|tmp|app|src|dist)\/|\.[cm]?[jt]s:\d|whatwg|graphql-yoga|TypeError|RangeError|Neo4jError|neo4j-driver|bolt:\/\/|ECONNREFUSED|originalError|"stack"|Cypher|MATCH \(/i;

const UNAVAILABLE = /"code":"(?:DATABASE_UNAVAILABLE|QUERY_TIMEOUT)"/;

/** Sends `count` seeded requests through `send` and collects what breaks the promises. */
export async function runFuzz(options: {
  send: (request: FuzzRequest) => Promise<FuzzResponse>;
  count: number;
  seed: number;
  deadlineMs: number;
  concurrency?: number;
}): Promise<FuzzReport> {
  const random = seededRandom(options.seed);
  const requests = Array.from({ length: options.count }, () => fuzzRequest(random));
  const report: FuzzReport = {
    requests: options.count,
    seed: options.seed,
    byStatus: {},
    byKind: {},
    serverErrors: [],
    unavailable: [],
    unmasked: [],
    overDeadline: [],
    slowestMs: 0,
    slowestKind: '',
  };
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++] as FuzzRequest;
      const started = performance.now();
      const response = await options.send(request);
      const ms = performance.now() - started;
      if (ms > report.slowestMs) {
        report.slowestMs = ms;
        report.slowestKind = request.kind;
      }
      report.byStatus[response.status] = (report.byStatus[response.status] ?? 0) + 1;
      report.byKind[request.kind] = (report.byKind[request.kind] ?? 0) + 1;
      const text = response.text.slice(0, 300);
      if (response.status === 503 && UNAVAILABLE.test(response.text))
        report.unavailable.push({ kind: request.kind, text });
      else if (response.status >= 500)
        report.serverErrors.push({ kind: request.kind, status: response.status, text });
      if (LEAK.test(response.text)) report.unmasked.push({ kind: request.kind, text });
      if (ms > options.deadlineMs) report.overDeadline.push({ kind: request.kind, ms });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  return report;
}

/** True when the run kept every promise. */
export function fuzzPassed(report: FuzzReport): boolean {
  return (
    report.serverErrors.length === 0 &&
    report.unmasked.length === 0 &&
    report.overDeadline.length === 0
  );
}
