import { evaluateString } from './inspector.js';

/** How long the API itself held the run's requests, read inside its process. */
export interface ApiTiming {
  /** Requests answered, from headers parsed (`http.server.request.start`) to response finished. */
  requests: number;
  maxMs: number;
  /** Requests the API held longer than the limit given at start. */
  over: number;
  limitMs: number;
  /** The API's event-loop delay over the run (perf_hooks histogram). */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

// Runs inside the API through the inspector: Node's built-in HTTP diagnostics channels, no API code.
const INSTALL = (limitMs: number) => `(() => {
  const channels = process.getBuiltinModule('node:diagnostics_channel');
  const { monitorEventLoopDelay } = process.getBuiltinModule('node:perf_hooks');
  globalThis.__loadTiming?.stop();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const started = new WeakMap();
  const timing = { requests: 0, maxMs: 0, over: 0, limitMs: ${limitMs} };
  const onStart = ({ request }) => started.set(request, performance.now());
  const onFinish = ({ request }) => {
    const at = started.get(request);
    if (at === undefined) return;
    const ms = performance.now() - at;
    timing.requests += 1;
    timing.maxMs = Math.max(timing.maxMs, ms);
    if (ms > timing.limitMs) timing.over += 1;
  };
  channels.subscribe('http.server.request.start', onStart);
  channels.subscribe('http.server.response.finish', onFinish);
  const stop = () => {
    loop.disable();
    channels.unsubscribe('http.server.request.start', onStart);
    channels.unsubscribe('http.server.response.finish', onFinish);
  };
  globalThis.__loadTiming = { timing, loop, stop };
  return 'installed';
})()`;

const READ = `JSON.stringify({
  ...globalThis.__loadTiming.timing,
  loopDelayP99Ms: globalThis.__loadTiming.loop.percentile(99) / 1e6,
  loopDelayMaxMs: globalThis.__loadTiming.loop.max / 1e6,
})`;

/** Starts timing the API's requests (those held longer than `limitMs` are counted). */
export async function startApiTiming(inspector: string, limitMs: number): Promise<void> {
  await evaluateString(inspector, INSTALL(limitMs));
}

/** What the API measured since `startApiTiming`; the probe stays installed. */
export async function readApiTiming(inspector: string): Promise<ApiTiming> {
  return JSON.parse(await evaluateString(inspector, READ)) as ApiTiming;
}
