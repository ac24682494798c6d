import type { Role } from '../../src/auth/roles.js';
import { createToken } from '../../src/auth/tokens.js';
import type { Database } from '../../src/db/database.js';

/** The header a client sends with a credential. */
export function bearer(credential: string): Record<string, string> {
  return { authorization: `Bearer ${credential}` };
}

/** A fresh API token of `role`, stored in the test database. */
export function tokenFor(db: Database, name: string, role: Role): Promise<string> {
  return createToken(db, name, role);
}

/** Every node and relationship with its labels and properties: equal fingerprints, unchanged graph. */
export async function graphFingerprint(db: Database): Promise<string> {
  const rows = await db.read(`
    CALL () { MATCH (n) RETURN collect([elementId(n), labels(n), properties(n)]) AS nodes }
    CALL () { MATCH ()-[r]->() RETURN collect([elementId(r), type(r), properties(r)]) AS rels }
    RETURN nodes, rels`);
  const row = rows[0] ?? {};
  const sorted = (value: unknown) =>
    Array.isArray(value) ? value.map((v) => JSON.stringify(v)).sort() : [];
  return JSON.stringify({ nodes: sorted(row.nodes), rels: sorted(row.rels) });
}
