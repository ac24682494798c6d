import type { Database } from '../db/database.js';
import { ABOVE_EVERY_KEY } from '../model/formats.js';
import type { RelationType } from '../model/vocabulary.js';
import { firstNeighbours } from './expand.js';

/**
 * The `$near` of a subgraph's first level for several seeds, read under one budget: the level keeps
 * the first `limit - seeds` neighbours of all seeds together in key order, so each seed starts with
 * its share of `limit` and only the seeds that may still hold a key below the cut-off read more
 * (their share doubled, up to `limit`), from their last key up to the cut-off: no key is read twice,
 * and the answer is that of reading `limit` per seed: every key below the cut-off is read, and one
 * more than the level keeps tells it was cut.
 * With `activeAt`, the neighbours along steps that held in that year.
 */
export async function seedNeighbours(
  db: Database,
  seeds: readonly string[],
  depth: number,
  types: RelationType[] | null,
  limit: number,
  activeAt: number | null = null,
): Promise<Record<string, string[]>> {
  if (seeds.length <= 1) return firstNeighbours(db, seeds, depth, types, limit, activeAt);
  const seedSet = new Set(seeds);
  // One past what the level keeps: enough to know whether the limit cut it.
  const wanted = limit - seeds.length + 1;
  const near: Record<string, string[]> = Object.fromEntries(seeds.map((key) => [key, []]));
  let asking = [...seeds];
  // Every seed still asking has read `read` keys: they all filled each read so far.
  let read = 0;
  let upTo = Math.min(limit, Math.ceil(limit / seeds.length));
  let cutOff: string | null = null;
  for (;;) {
    const ranges = Object.fromEntries(
      asking.map((key) => [
        key,
        { after: near[key]?.at(-1) ?? '', until: cutOff ?? ABOVE_EVERY_KEY },
      ]),
    );
    const found = await firstNeighbours(db, asking, depth, types, upTo - read, activeAt, ranges);
    const filled = asking.filter((key) => (found[key]?.length ?? 0) === upTo - read);
    for (const key of asking) near[key] = [...(near[key] ?? []), ...(found[key] ?? [])];
    read = upTo;
    cutOff = cutOffKey(near, seedSet, wanted);
    // A seed may hold a key below the cut-off when it filled its read and its last key is lower.
    asking = filled.filter((key) => {
      const last = near[key]?.at(-1);
      return read < limit && last !== undefined && (cutOff === null || last < cutOff);
    });
    if (asking.length === 0) return cutOff === null ? near : below(near, cutOff);
    upTo = Math.min(limit, read * 2);
  }
}

/** The `wanted`-th smallest key the seeds reach (seeds aside), or null when they reach fewer. */
function cutOffKey(
  near: Record<string, string[]>,
  seeds: ReadonlySet<string>,
  wanted: number,
): string | null {
  const reached = new Set<string>();
  for (const keys of Object.values(near))
    for (const key of keys) if (!seeds.has(key)) reached.add(key);
  if (reached.size < wanted) return null;
  return [...reached].sort(byCodePoint)[wanted - 1] ?? null;
}

/** Each seed's keys up to the cut-off: the rest cannot enter the level. */
function below(near: Record<string, string[]>, cutOff: string): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(near).map(([key, keys]) => [key, keys.filter((k) => k <= cutOff)]),
  );
}

// Neo4j orders strings by code point, as `<` does on JavaScript strings of the BMP.
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
