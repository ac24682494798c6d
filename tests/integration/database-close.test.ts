import { describe, expect, it } from 'vitest';
import { connectTestDatabase } from '../support/database.js';

// neo4j-driver leaves a query under way pending forever when its driver is closed; an export
// reading its next page ahead would hang on it (tests the database: the real Neo4j of the setup).
describe('closing the database', () => {
  it('fails a read under way with DATABASE_UNAVAILABLE instead of leaving it pending', async () => {
    const db = await connectTestDatabase();
    const slow = db.read('UNWIND range(1, 20000000) AS x RETURN sum(x) AS total');
    const outcome = slow.then(
      () => 'answered',
      (error: { code?: string }) => error.code,
    );
    await db.close();
    // Answered before the close took effect, or failed as unavailable: never pending.
    expect(['answered', 'DATABASE_UNAVAILABLE']).toContain(await outcome);
  });

  it('fails a read started after the close', async () => {
    const db = await connectTestDatabase();
    await db.close();
    await expect(db.read('RETURN 1 AS one')).rejects.toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
    });
  });
});
