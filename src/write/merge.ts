import type { Database } from '../db/database.js';
import { badInput, notFound } from '../domain-error.js';
import type { Author } from '../history/changes.js';
import { versionedWrite } from '../history/versioned-write.js';
import { WRITE_LIMITS } from '../limits.js';
import { entityProblems } from '../model/rules.js';
import { entityLabels, entityToProps, REPLACEABLE_LABELS } from '../model/storage.js';
import { type Entity, versionOf } from '../model/types.js';
import { RELATION_TYPES } from '../model/vocabulary.js';
import { conflict, invalid } from './model-input.js';
import { requiredText } from './validate.js';
import { ENTITY_FOR_WRITE, MOVE_AND_ALIAS, WRITE_ENTITY } from './write-queries.js';

function union(...lists: (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/** `keep` with `gone`'s names as aliases and its sources added. */
function absorb(keep: Entity, gone: Entity): Entity {
  const names = [gone.name, ...(gone.acronym ? [gone.acronym] : []), ...Object.values(gone.names)];
  const own = new Set([keep.name, keep.acronym, ...Object.values(keep.names)]);
  return {
    ...keep,
    aliases: union(keep.aliases, names, gone.aliases).filter((alias) => !own.has(alias)),
    sources: union(keep.sources, gone.sources),
  };
}

/**
 * Merges `gone` into `keep`, two nodes that are the same actor: relations, sources and aliases
 * move to `keep`, and `gone`'s key keeps answering as an alias. Both versions must be current.
 */
export async function mergeEntities(
  db: Database,
  author: Author,
  args: { keep: string; keepVersion: number; gone: string; goneVersion: number; reason: string },
): Promise<{ entity: Entity; moved: number; graphVersion: number }> {
  const at = 'mergeEntities';
  const why = requiredText(`${at}.reason`, args.reason, WRITE_LIMITS.reason);
  if (args.keep === args.gone) throw badInput(`${at}.merge`, 'cannot merge a node into itself');
  const { result, graphVersion } = await versionedWrite(db, author, async (tx) => {
    const read = async (key: string, version: number, argument: string) => {
      const [entity] = await tx.run(ENTITY_FOR_WRITE, { key });
      if (!entity) throw notFound(`${at}.${argument}`, `no node has the key "${key}"`);
      const current = versionOf(entity);
      if (current !== version) throw conflict(`"${key}"`, version, current);
      return entity;
    };
    const keep = await read(args.keep, args.keepVersion, 'keep');
    const gone = await read(args.gone, args.goneVersion, 'merge');
    if (keep.family !== gone.family) {
      throw badInput(
        `${at}.merge`,
        `"${gone.key}" is a ${gone.family} and "${keep.key}" a ${keep.family}`,
      );
    }
    const merged = absorb(keep, gone);
    const problem = invalid(at, entityProblems(merged));
    if (problem) throw problem;
    const [moved = 0] = await tx.run(MOVE_AND_ALIAS, {
      keep: keep.key,
      gone: gone.key,
      types: Object.keys(RELATION_TYPES),
      who: author.who,
    });
    await tx.run(WRITE_ENTITY, {
      key: merged.key,
      labels: entityLabels(merged),
      replaceable: REPLACEABLE_LABELS,
      props: entityToProps(merged),
      origin: 'api',
      who: author.who,
    });
    await tx.record({
      operation: 'MERGED_AWAY',
      entityType: 'Entity',
      entityKey: gone.key,
      before: entityToProps(gone),
      after: { mergedInto: keep.key },
      reason: why,
    });
    await tx.record({
      operation: 'MERGE_ENTITIES',
      entityType: 'Entity',
      entityKey: keep.key,
      before: null,
      after: { ...entityToProps(merged), absorbed: gone.key, movedRelations: moved },
      reason: why,
    });
    return { entity: merged, moved };
  });
  return { ...result, graphVersion };
}
