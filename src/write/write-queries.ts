// The Cypher of the write API: named, parameterised, labels and types only from the model.
import { bool, list, namedQuery, namedStatement, num, type Row, text } from '../db/query.js';
import {
  memberWindowInputs,
  refreshMemberWindow,
  refreshMemberWindowsOf,
} from '../model/active-at.js';
import { evolutionBuckets, recountEvolution } from '../model/evolution-counts.js';
import { missingKeysCall } from '../model/missing-keys.js';
import {
  decodeEntity,
  decodeRelation,
  entityProjection,
  relationProjection,
} from '../model/projection.js';
import { ORIGINS } from '../model/storage.js';
import { type RecordInfo, storedVersion, UNRECORDED } from '../model/types.js';
import { isOneOf } from '../model/vocabulary.js';

/** The bookkeeping a write leaves on what it wrote. */
function decodeWritten(row: Row): RecordInfo {
  const origin = text(row.origin);
  return {
    version: num(row.version),
    origin: isOneOf(ORIGINS, origin) ? origin : 'api',
    updatedBy: text(row.updatedBy),
  };
}

export const ENTITY_FOR_WRITE = namedQuery(
  'entityForWrite',
  `
OPTIONAL MATCH (n:Entity {key: $key})
RETURN CASE WHEN n IS NULL THEN null ELSE ${entityProjection('n')} END AS entity`,
  (row) => (row.entity == null ? null : decodeEntity(row.entity)),
);

/** A key is taken by a live node, a retired one, or an alias left by a merge. */
export const KEY_TAKEN = namedQuery(
  'keyTaken',
  `
OPTIONAL MATCH (n:Entity {key: $key})
OPTIONAL MATCH (r:Retired {key: $key})
OPTIONAL MATCH (a:KeyAlias {key: $key})
RETURN n IS NOT NULL OR r IS NOT NULL OR a IS NOT NULL AS taken`,
  (row) => bool(row.taken),
);

export const MISSING_SOURCES = namedQuery(
  'missingSources',
  `
${missingKeysCall('Source')}
RETURN missing`,
  (row) => list(text)(row.missing),
);

// The loader's markers (curated, contentHash) survive, and apiEdited tells it not to overwrite.
export const WRITE_ENTITY = namedQuery(
  'writeEntity',
  `
MERGE (n:Entity {key: $key})
ON CREATE SET n.version = 0
WITH n, n.curated AS curated, n.contentHash AS contentHash, n.origin AS origin,
     ${storedVersion('n')} AS version, ${memberWindowInputs('n')} AS windowBefore
REMOVE n:$($replaceable)
SET n:$($labels)
SET n = $props
SET n.curated = curated, n.contentHash = contentHash, n.version = version + 1,
    n.origin = coalesce(origin, CASE WHEN curated THEN '${UNRECORDED.origin}' ELSE $origin END),
    n.apiEdited = true, n.updatedBy = $who, n.updatedAt = datetime.transaction()
${refreshMemberWindowsOf('n', 'windowBefore')}
RETURN n.version AS version, n.origin AS origin, n.updatedBy AS updatedBy`,
  decodeWritten,
);

export const RETIRE_ENTITY = namedStatement(
  'retireEntity',
  `
MATCH (n:Entity {key: $key})
CALL (n) {
  MATCH (n)-[rel]-() UNWIND ${evolutionBuckets('rel')} AS bucket
  RETURN collect(DISTINCT bucket) AS buckets
}
SET n.retiredLabels = labels(n), n.retiredAt = datetime.transaction(), n.retiredBy = $who,
    n.retiredReason = $reason, n.version = ${storedVersion('n')} + 1, n.apiEdited = true
REMOVE n:$($replaceable)
REMOVE n:Entity
SET n:Retired
${refreshMemberWindowsOf('n')}
${recountEvolution('buckets')}
RETURN n.version AS version`,
);

export const RELATION_FOR_WRITE = namedQuery(
  'relationForWrite',
  `
OPTIONAL MATCH (:Entity {key: $from})-[r:$($type)]->(:Entity {key: $to})
RETURN CASE WHEN r IS NULL THEN null ELSE ${relationProjection('r')} END AS relation`,
  (row) => (row.relation == null ? null : decodeRelation(row.relation)),
);

/** A founding encoded the other way on the same pair (FOUNDED vs MEMBER_OF founding). */
export const FOUNDING_OF_PAIR = namedQuery(
  'foundingOfPair',
  `
MATCH (:Entity {key: $from})-[r:MEMBER_OF|FOUNDED]->(:Entity {key: $to})
WHERE type(r) = 'FOUNDED' OR r.founding = true
RETURN type(r) AS type`,
  (row) => text(row.type),
);

export const WRITE_RELATION = namedQuery(
  'writeRelation',
  `
MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
MERGE (a)-[r:$($type)]->(b)
ON CREATE SET r.version = 0
WITH r, r.curated AS curated, r.contentHash AS contentHash, r.curatedId AS curatedId,
     r.origin AS origin, ${storedVersion('r')} AS version, ${evolutionBuckets('r')} AS bucketsBefore
SET r = $props
SET r.curated = curated, r.contentHash = contentHash, r.curatedId = curatedId,
    r.version = version + 1,
    r.origin = coalesce(origin, CASE WHEN curated THEN '${UNRECORDED.origin}' ELSE $origin END),
    r.apiEdited = true, r.updatedBy = $who, r.updatedAt = datetime.transaction()
${refreshMemberWindow('r')}
WITH *, bucketsBefore + ${evolutionBuckets('r')} AS buckets
${recountEvolution('buckets')}
RETURN r.version AS version, r.origin AS origin, r.updatedBy AS updatedBy`,
  decodeWritten,
);

export const DELETE_RELATION = namedStatement(
  'deleteRelation',
  `
MATCH (:Entity {key: $from})-[r:$($type)]->(:Entity {key: $to})
WITH r, ${evolutionBuckets('r')} AS buckets
DELETE r
WITH buckets
${recountEvolution('buckets')}`,
);

const UNION_SOURCES = `reduce(acc = coalesce(n.sources, []), s IN coalesce(p.sources, []) | CASE WHEN s IN acc THEN acc ELSE acc + s END)`;
const ON_CREATE_MOVED = `n = p, n.curated = null, n.contentHash = null, n.curatedId = null, n.version = 1,
    n.apiEdited = true, n.origin = 'api', n.updatedBy = $who, n.updatedAt = datetime.transaction()`;
const ON_MATCH_MOVED = `n.sources = ${UNION_SOURCES}, n.version = ${storedVersion('n')} + 1,
    n.apiEdited = true, n.updatedBy = $who, n.updatedAt = datetime.transaction()`;

/**
 * Moves every relationship of `gone` to `keep` (a relationship `keep` already has gains the moved
 * one's sources), drops those between the two, leaves `gone`'s key answering as an alias of `keep`
 * and deletes `gone`. Types come from the closed vocabulary ($types).
 */
export const MOVE_AND_ALIAS = namedQuery(
  'mergeEntities',
  `
MATCH (keep:Entity {key: $keep}), (gone:Entity {key: $gone})
// Moved relationships keep their years; dropped ones leave the buckets of gone's relationships.
CALL (gone) {
  MATCH (gone)-[rel]-() UNWIND ${evolutionBuckets('rel')} AS bucket
  RETURN collect(DISTINCT bucket) AS buckets
}
CALL (keep, gone) {
  MATCH (gone)-[r]->(x:Entity) WHERE x <> keep AND type(r) IN $types
  WITH keep, r, x, type(r) AS t, properties(r) AS p
  MERGE (keep)-[n:$(t)]->(x)
  ON CREATE SET ${ON_CREATE_MOVED}
  ON MATCH SET ${ON_MATCH_MOVED}
  SET n.fromKey = keep.key, n.toKey = x.key
  ${refreshMemberWindow('n')}
  DELETE r
  RETURN count(*) AS outgoing
}
CALL (keep, gone) {
  MATCH (gone)<-[r]-(x:Entity) WHERE x <> keep AND type(r) IN $types
  WITH keep, r, x, type(r) AS t, properties(r) AS p
  MERGE (keep)<-[n:$(t)]-(x)
  ON CREATE SET ${ON_CREATE_MOVED}
  ON MATCH SET ${ON_MATCH_MOVED}
  SET n.fromKey = x.key, n.toKey = keep.key
  ${refreshMemberWindow('n')}
  DELETE r
  RETURN count(*) AS incoming
}
CALL (gone, keep) {
  OPTIONAL MATCH (alias:KeyAlias)-[old:ALIAS_OF]->(gone)
  FOREACH (_ IN CASE WHEN alias IS NULL THEN [] ELSE [1] END |
    DELETE old
    MERGE (alias)-[:ALIAS_OF]->(keep))
}
CREATE (:KeyAlias {key: gone.key, createdAt: datetime.transaction(), createdBy: $who})-[:ALIAS_OF]->(keep)
DETACH DELETE gone
WITH buckets, outgoing + incoming AS moved
${recountEvolution('buckets')}
RETURN moved`,
  (row) => num(row.moved),
);
