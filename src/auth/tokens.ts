import { createHash, randomBytes } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { namedStatement } from '../db/query.js';
import { isRole, type Role, type Viewer } from './roles.js';

const TOKEN_PREFIX = 'sg_';
const TOKEN_PATTERN = /^sg_[A-Za-z0-9_-]{43}$/;
export const TOKEN_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

/** A new random API token: 256 bits, shown once, stored only as its hash. */
export function generateToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function looksLikeToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** SHA-256 suffices: the token is random, so there is nothing to brute-force a slow hash against. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface TokenInfo {
  name: string;
  role: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export class TokenNameTaken extends Error {}

const CREATE_TOKEN = namedStatement(
  'createToken',
  `
OPTIONAL MATCH (existing:ApiToken {name: $name})
WITH existing WHERE existing IS NULL
CREATE (t:ApiToken {name: $name, role: $role, hash: $hash, createdAt: datetime()})
RETURN t.name AS name`,
);

const LIST_TOKENS = namedStatement(
  'listTokens',
  `
MATCH (t:ApiToken)
RETURN t.name AS name, t.role AS role, toString(t.createdAt) AS createdAt,
       toString(t.lastUsedAt) AS lastUsedAt, toString(t.revokedAt) AS revokedAt
ORDER BY t.name`,
);

const REVOKE_TOKEN = namedStatement(
  'revokeToken',
  `
MATCH (t:ApiToken {name: $name}) WHERE t.revokedAt IS NULL
SET t.revokedAt = datetime()
RETURN t.name AS name`,
);

// Runs on the leader, so a revocation made a moment ago is seen; lastUsedAt is written at most once a minute.
const VIEWER_BY_HASH = namedStatement(
  'viewerByTokenHash',
  `
MATCH (t:ApiToken {hash: $hash}) WHERE t.revokedAt IS NULL
FOREACH (_ IN CASE WHEN t.lastUsedAt IS NULL OR t.lastUsedAt < datetime() - duration('PT1M')
                   THEN [1] ELSE [] END | SET t.lastUsedAt = datetime())
RETURN t.name AS name, t.role AS role`,
);

/** Stores a new token's hash under `name` and returns the token, which is not kept anywhere. */
export async function createToken(db: Database, name: string, role: Role): Promise<string> {
  const token = generateToken();
  const taken = new TokenNameTaken(`A token named "${name}" already exists (revoked ones too).`);
  try {
    const rows = await db.write(CREATE_TOKEN, { name, role, hash: hashToken(token) });
    if (rows.length === 0) throw taken;
  } catch (error) {
    // Two creations of one name at once: the unique constraint refuses the second.
    if (error instanceof Neo4jError && error.code.endsWith('ConstraintValidationFailed'))
      throw taken;
    throw error;
  }
  return token;
}

export async function listTokens(db: Database): Promise<TokenInfo[]> {
  const rows = await db.read(LIST_TOKENS);
  return rows.map((row) => ({
    name: String(row.name),
    role: String(row.role),
    createdAt: String(row.createdAt),
    lastUsedAt: typeof row.lastUsedAt === 'string' ? row.lastUsedAt : null,
    revokedAt: typeof row.revokedAt === 'string' ? row.revokedAt : null,
  }));
}

/** True when a live token of that name was revoked; false when none was live. */
export async function revokeToken(db: Database, name: string): Promise<boolean> {
  return (await db.write(REVOKE_TOKEN, { name })).length > 0;
}

/** The viewer a live token stands for, or null for an unknown or revoked token. */
export async function viewerForToken(db: Database, token: string): Promise<Viewer | null> {
  if (!looksLikeToken(token)) return null;
  const row = (await db.write(VIEWER_BY_HASH, { hash: hashToken(token) }))[0];
  if (!row || !isRole(row.role)) return null;
  return { name: String(row.name), role: row.role, via: 'token' };
}
