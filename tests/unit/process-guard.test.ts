import { describe, expect, it } from 'vitest';
import { runScript } from '../support/processes.js';

describe('the process-level guard', () => {
  it('logs an unhandled rejection with the request it belongs to, and the process goes on', async () => {
    const run = await runScript('tests/support/reject-in-request.ts', {});
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'unhandled rejection (request GET /export/graph.gexf?keys=mes), the API keeps serving: Error: the stream was cancelled after it failed',
    );
    expect(run.stdout).toContain('still serving');
  });
});
