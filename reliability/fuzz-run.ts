import { type FuzzRequest, fuzzRequest, seededRandom } from './fuzz-cases.js';

export interface FuzzResponse {
  status: number;
  text: string;
}

/** What the requests of one phase (database up, or stopped) got. */
export interface PhaseReport {
  requests: number;
  byStatus: Record<number, number>;
  serverErrors: { kind: string; status: number; text: string }[];
  /** 503s that say the database did not answer in time (coded, with Retry-After): a busy or
   * stopped database, not a fault of the API; none on a quiet machine with the database up. */
  unavailable: { kind: string; text: string; startedAtS: number }[];
  /** `/ready` answering 503: its protocol while the database does not answer. */
  notReady: number;
  unmasked: { kind: string; text: string }[];
  overDeadline: { kind: string; ms: number }[];
  slowestMs: number;
  /** The kind of the slowest request. */
  slowestKind: string;
  /** What it sent (the start of its body, target or request line), to replay it. */
  slowestSent: string;
}

export interface FuzzReport {
  requests: number;
  seed: number;
  /** Requests sent per kind, so a run shows which categories it covered. */
  byKind: Record<string, number>;
  /** Requests that neither started nor ended while the database was stopped. */
  up: PhaseReport;
  /** Requests in flight at some time while the database was stopped (none without an outage). */
  outage: PhaseReport;
  /** How long the database was stopped, when it was. */
  stoppedMs?: number;
  /** When it was stopped and resumed, in seconds from the start of the run. */
  stoppedAtS?: number;
  resumedAtS?: number;
}

/** A database outage in the middle of a run: `stop` once `afterRequests` were sent, `resume` later. */
export interface FuzzOutage {
  afterRequests: number;
  durationMs: number;
  stop(): void;
  resume(): void;
}

// What must never reach a client: stack frames, file paths, library names, driver or Cypher
// details, echoed bodies. One check for every response body.
const LEAK =
  /\bat [\w.<>]+ \(|node_modules|\/(?:work|home|usr|tmp|app|src|dist)\/|\.[cm]?[jt]s:\d|whatwg|graphql-yoga|TypeError|RangeError|Neo4jError|neo4j-driver|bolt:\/\/|ECONNREFUSED|originalError|"stack"|Cypher|MATCH \(/i;

const UNAVAILABLE = /"code":"(?:DATABASE_UNAVAILABLE|QUERY_TIMEOUT)"/;

function emptyPhase(): PhaseReport {
  return {
    requests: 0,
    byStatus: {},
    serverErrors: [],
    unavailable: [],
    notReady: 0,
    unmasked: [],
    overDeadline: [],
    slowestMs: 0,
    slowestKind: '',
    slowestSent: '',
  };
}

/** Adds one answer to its phase's report. */
function judge(
  phase: PhaseReport,
  request: FuzzRequest,
  response: FuzzResponse,
  ms: number,
  deadlineMs: number,
  startedAtS: number,
): void {
  phase.requests += 1;
  if (ms > phase.slowestMs) {
    phase.slowestMs = ms;
    phase.slowestKind = request.kind;
    phase.slowestSent = (
      request.raw ?? `${request.method} ${request.path} ${request.body ?? ''}`
    ).slice(0, 300);
  }
  phase.byStatus[response.status] = (phase.byStatus[response.status] ?? 0) + 1;
  const text = response.text.slice(0, 300);
  if (response.status === 503 && UNAVAILABLE.test(response.text))
    phase.unavailable.push({ kind: request.kind, text, startedAtS });
  else if (response.status === 503 && request.path === '/ready' && !request.raw)
    phase.notReady += 1;
  else if (response.status >= 500)
    phase.serverErrors.push({ kind: request.kind, status: response.status, text });
  if (LEAK.test(response.text)) phase.unmasked.push({ kind: request.kind, text });
  if (ms > deadlineMs) phase.overDeadline.push({ kind: request.kind, ms });
}

/**
 * Sends `count` seeded requests through `send` and collects what breaks the promises; with an
 * `outage`, the requests in flight while the database was stopped are reported apart.
 */
export async function runFuzz(options: {
  send: (request: FuzzRequest) => Promise<FuzzResponse>;
  count: number;
  seed: number;
  deadlineMs: number;
  concurrency?: number;
  outage?: FuzzOutage;
  /** Ends the run early, before `count` requests were sent, once it says so. */
  until?: () => boolean;
}): Promise<FuzzReport> {
  const random = seededRandom(options.seed);
  const report: FuzzReport = {
    requests: 0,
    seed: options.seed,
    byKind: {},
    up: emptyPhase(),
    outage: emptyPhase(),
  };
  const { outage } = options;
  let stoppedAt = Number.POSITIVE_INFINITY;
  let resumedAt = Number.POSITIVE_INFINITY;
  let resumed: Promise<void> = Promise.resolve();
  const stopDatabase = () => {
    if (!outage) return;
    outage.stop();
    stoppedAt = performance.now();
    resumed = new Promise((resolve) =>
      setTimeout(() => {
        outage.resume();
        resumedAt = performance.now();
        resolve();
      }, outage.durationMs),
    );
  };
  const runStarted = performance.now();
  const worker = async () => {
    while (report.requests < options.count && !options.until?.()) {
      if (report.requests === outage?.afterRequests) stopDatabase();
      // Made as it is sent: the n-th request of a seed is the same whatever the concurrency.
      const request = fuzzRequest(random);
      report.requests += 1;
      const started = performance.now();
      const response = await options.send(request);
      const ended = performance.now();
      report.byKind[request.kind] = (report.byKind[request.kind] ?? 0) + 1;
      const duringOutage = started < resumedAt && ended > stoppedAt;
      const phase = duringOutage ? report.outage : report.up;
      const startedAtS = (started - runStarted) / 1000;
      judge(phase, request, response, ended - started, options.deadlineMs, startedAtS);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  // A run shorter than the outage still gives the database back before the graph is compared.
  await resumed;
  if (outage && stoppedAt !== Number.POSITIVE_INFINITY) {
    report.stoppedMs = resumedAt - stoppedAt;
    report.stoppedAtS = (stoppedAt - runStarted) / 1000;
    report.resumedAtS = (resumedAt - runStarted) / 1000;
  }
  return report;
}

/**
 * True when the run kept every promise: no 5xx but the coded 503s of the outage, nothing leaked,
 * nobody waited past the deadline, and no coded 503 while the database was up.
 */
export function fuzzPassed(report: FuzzReport): boolean {
  const { up, outage } = report;
  return (
    up.serverErrors.length === 0 &&
    up.unavailable.length === 0 &&
    up.notReady === 0 &&
    outage.serverErrors.length === 0 &&
    up.unmasked.length === 0 &&
    outage.unmasked.length === 0 &&
    up.overDeadline.length === 0 &&
    outage.overDeadline.length === 0
  );
}
