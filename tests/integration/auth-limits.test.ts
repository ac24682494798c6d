import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createToken } from '../../src/auth/tokens.js';
import type { Database } from '../../src/db/database.js';
import { applySchema } from '../../src/model/apply-schema.js';
import { type App, createApp } from '../../src/yoga.js';
import { bearer } from '../support/auth.js';
import { connectTestDatabase, emptyDatabase } from '../support/database.js';

let db: Database;
let app: App;
let token: string;

beforeAll(async () => {
  db = await connectTestDatabase();
  await emptyDatabase(db);
  await applySchema(db);
  token = await createToken(db, 'limits', 'curator');
  app = createApp({ db, auth: { maxFailures: 3, failureWindowMs: 60_000, trustProxy: true } });
});
afterAll(() => db?.close());
afterEach(() => vi.restoreAllMocks());

function ask(client: string, credential?: string) {
  return app.fetch('http://test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `203.0.113.9, ${client}`,
      ...(credential ? bearer(credential) : {}),
    },
    body: JSON.stringify({ query: '{ viewer { name } }' }),
  });
}

async function codeOf(response: Response): Promise<unknown> {
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code ?? null;
}

describe('failed authentications are rate-limited per client', () => {
  it('after 3 failures a client gets RATE_LIMITED, even with a good token; others do not', async () => {
    for (let i = 0; i < 3; i += 1) {
      expect(await codeOf(await ask('10.0.0.1', 'wrong'))).toBe('UNAUTHENTICATED');
    }
    const limited = await ask('10.0.0.1', token);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await codeOf(limited)).toBe('RATE_LIMITED');
    // Reads without a credential stay open to it; another client is not affected.
    expect(await codeOf(await ask('10.0.0.1'))).toBeNull();
    expect(await codeOf(await ask('10.0.0.2', token))).toBeNull();
  });
});

describe('tokens never reach the logs', () => {
  it('refused and accepted tokens leave no trace in what the server prints', async () => {
    const printed: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(
          args.map((a) => (a instanceof Error ? `${a.message}${a.stack}` : String(a))).join(' '),
        );
      });
    }
    const wrong = `sg_${'B'.repeat(43)}`;
    await ask('10.0.0.3', wrong);
    await ask('10.0.0.3', token);
    // A token check that fails unexpectedly (database gone) is logged as a masked error.
    const gone = await connectTestDatabase();
    await gone.close();
    const broken = createApp({
      db: gone,
      auth: { maxFailures: 3, failureWindowMs: 1, trustProxy: false },
    });
    const response = await broken.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: JSON.stringify({ query: '{ viewer { name } }' }),
    });
    expect(await response.text()).toContain('Unexpected error');
    expect(printed.length).toBeGreaterThan(0);
    const all = printed.join('\n');
    expect(all).not.toContain(wrong);
    expect(all).not.toContain(token);
    expect(all).not.toContain(token.slice(3, 20));
  });
});
