import { freePort } from '../../src/neo4j/free-port.js';
import { testNeo4jEnv } from './neo4j-pool.js';
import { isAlive, PROJECT_ROOT, type Started, startNode } from './processes.js';

export interface ApiProcess extends Started {
  /** http://127.0.0.1:PORT */
  base: string;
  alive(): boolean;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the API as `npm start` runs it (its own process, under tsx), by default against the test
 * database, and resolves once /ready answers 200.
 */
export async function startApiProcess(
  env: NodeJS.ProcessEnv = {},
  readyWithinMs = 120_000,
): Promise<ApiProcess> {
  const port = await freePort();
  const started = startNode(['--import', 'tsx', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      ...testNeo4jEnv(),
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env,
    },
  });
  const base = `http://127.0.0.1:${port}`;
  const pid = started.child.pid ?? -1;
  const api: ApiProcess = {
    ...started,
    base,
    alive: () => started.child.exitCode === null && isAlive(pid),
    stop: async () => {
      if (api.alive()) started.child.kill('SIGTERM');
      return started.exited;
    },
  };
  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    const status = await fetch(`${base}/ready`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return api;
    if (!api.alive() || Date.now() > deadline) {
      started.child.kill('SIGKILL');
      throw new Error(`the API did not get ready:\n${started.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
