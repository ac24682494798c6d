import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { startApi } from '../bench/api.js';
import { loadServingConfig } from '../src/config.js';
import { readApiTiming, startApiTiming } from './api-timing.js';
import { formatLoadReport } from './load-report.js';
import { loadPassed, runLoad } from './load-run.js';
import { INSPECT_ARG, inspectorUrl, processMemory } from './process-memory.js';
import { choiceOption, commandLine, intOption, runReliabilityScript } from './script.js';

// `npm run load [-- --connections 200 --seconds 60 --cache on|off --runtime compiled|tsx
// --warm-up on|off]`: the mix against the API started as its own process, the production way.
const options = commandLine(() => {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '200' },
      seconds: { type: 'string', default: '60' },
      cache: { type: 'string', default: 'on' },
      runtime: { type: 'string', default: 'compiled' },
      'warm-up': { type: 'string', default: 'on' },
    },
  });
  return {
    connections: intOption(values.connections, 'connections', 1, 10_000),
    seconds: intOption(values.seconds, 'seconds', 1, 3_600),
    cache: choiceOption(values.cache, 'cache', ['on', 'off'] as const),
    runtime: choiceOption(values.runtime, 'runtime', ['compiled', 'tsx'] as const),
    warmUp: choiceOption(values['warm-up'], 'warm-up', ['on', 'off'] as const),
  };
});

runReliabilityScript(async (database, cleanup) => {
  const { connections, seconds, cache, runtime } = options;
  // Production serving is what is measured, unless NODE_ENV says otherwise.
  const nodeEnv = process.env.NODE_ENV || 'production';
  const serving = loadServingConfig({ ...process.env, NODE_ENV: nodeEnv });
  console.log(`starting the API (${runtime === 'compiled' ? 'node dist/main.js' : 'tsx'})...`);
  const api = await startApi(
    database.connection,
    { responseCache: cache === 'on', runtime },
    cleanup,
    { nodeEnv, nodeArgs: [INSPECT_ARG] },
  );
  const inspector = inspectorUrl(api.output());
  if (!inspector) console.warn('the API printed no inspector URL: its heap is not read, RSS only');
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
  console.log(`database: ${database.description}`);
  console.log(`API pid ${api.pid}, NODE_ENV=${nodeEnv}, response cache ${cache}, rate limit off`);
  console.log(`load average at the start: ${load}`);
  const report = await runLoad({
    url: api.url,
    connections,
    seconds,
    timeoutSeconds: Math.ceil(serving.requestTimeoutMs / 1000) + 5,
    idleMs: 5_000,
    warmUp: options.warmUp === 'on',
    memory: () => processMemory(api.pid, inspector),
    apiTiming: inspector
      ? {
          start: () => startApiTiming(inspector, serving.requestTimeoutMs),
          read: () => readApiTiming(inspector),
        }
      : undefined,
  });
  console.log(formatLoadReport(report, connections, seconds));
  return loadPassed(report);
});
