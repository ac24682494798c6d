import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/auth/tokens.js';
import type { Database } from '../../src/db/database.js';
import { applySchema } from '../../src/model/apply-schema.js';
import { type App, createApp } from '../../src/yoga.js';
import { bearer } from '../support/auth.js';
import { connectTestDatabase, emptyDatabase } from '../support/database.js';
import { execute, firstError } from '../support/graphql-client.js';
import { testNeo4jEnv } from '../support/neo4j-pool.js';
import { runScript } from '../support/processes.js';
import { WhoAmI } from '../support/write-operations.js';

let db: Database;
let app: App;
beforeAll(async () => {
  db = await connectTestDatabase();
  await emptyDatabase(db);
  await applySchema(db);
  app = createApp({ db });
});
afterAll(() => db?.close());

/** `npm run token -- <args>` against the test database, as NEO4J_URI names it. */
function token(...args: string[]) {
  return runScript(
    'src/cli/token.ts',
    {
      ...testNeo4jEnv(),
    },
    60_000,
    args,
  );
}

describe('npm run token', () => {
  it('create prints a token once, stores only its hash; list shows it; revoke refuses it', async () => {
    const created = await token('create', '--name', 'cli-curator', '--role', 'curator');
    expect(created.code).toBe(0);
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^sg_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).toMatch(/shown once/);

    const stored = await db.read('MATCH (t:ApiToken {name: $name}) RETURN properties(t) AS props', {
      name: 'cli-curator',
    });
    expect(stored[0]?.props).toMatchObject({ role: 'curator', hash: hashToken(secret) });
    expect(JSON.stringify(stored)).not.toContain(secret);

    expect((await execute(app, WhoAmI, {}, bearer(secret))).data?.viewer?.name).toBe('cli-curator');

    const listed = await token('list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^cli-curator\tcurator\tcreated \S+\tlast used \S+\tlive$/m);
    expect(listed.stdout).not.toContain(secret);
    expect(listed.stdout).not.toContain(hashToken(secret));

    const revoked = await token('revoke', 'cli-curator');
    expect(revoked.code).toBe(0);
    expect(firstError(await execute(app, WhoAmI, {}, bearer(secret))).code).toBe('UNAUTHENTICATED');
    expect((await token('list')).stdout).toMatch(/^cli-curator\tcurator\t.*\trevoked \S+$/m);
  });

  it('refuses a taken name, a bad role, and revoking an unknown name, with exit code 2', async () => {
    await token('create', '--name', 'twice', '--role', 'admin');
    const again = await token('create', '--name', 'twice', '--role', 'admin');
    expect(again).toMatchObject({ code: 2, stdout: '' });
    expect(again.stderr).toMatch(/already exists/);
    const badRole = await token('create', '--name', 'x', '--role', 'owner');
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toMatch(/--role must be one of curator, admin/);
    const unknown = await token('revoke', 'nobody');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/No live token/);
  });
});
