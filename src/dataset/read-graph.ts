import type { Database } from '../db/database.js';
import { namedQuery } from '../db/query.js';
import {
  decodeEntity,
  decodeRelation,
  decodeSource,
  entityProjection,
  relationProjection,
  sourceProjection,
} from '../model/projection.js';
import type { Entity, Relation } from '../model/types.js';
import { RELATION_TYPES } from '../model/vocabulary.js';
import type { Dataset } from './types.js';

const ALL_ENTITIES = namedQuery(
  'allEntities',
  `MATCH (n:Entity) RETURN ${entityProjection('n')} AS entity ORDER BY n.key`,
  (row) => decodeEntity(row.entity),
);

const ALL_RELATIONS = namedQuery(
  'allRelations',
  `MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $types RETURN ${relationProjection('r')} AS relation`,
  (row) => decodeRelation(row.relation),
);

const ALL_SOURCES = namedQuery(
  'allSources',
  `MATCH (s:Source) RETURN ${sourceProjection('s')} AS source ORDER BY s.key`,
  (row) => decodeSource(row.source),
);

/** True for a fact the write API or the importer wrote or changed. */
function authoredOutsideData(fact: Entity | Relation): boolean {
  return (
    fact.record !== undefined &&
    (fact.record.origin !== 'curated' || fact.record.updatedBy !== undefined)
  );
}

/**
 * The graph as a dataset, for `npm run export:data`: everything (loadable into an empty database as
 * it is), or with `apiOnly` only what was authored through the API and the sources it cites.
 */
export async function readGraphDataset(db: Database, apiOnly = false): Promise<Dataset> {
  const [nodes, relations, sources] = await Promise.all([
    db.read(ALL_ENTITIES),
    db.read(ALL_RELATIONS, { types: Object.keys(RELATION_TYPES) }),
    db.read(ALL_SOURCES),
  ]);
  if (!apiOnly) return { nodes, relations, sources };
  const keptNodes = nodes.filter(authoredOutsideData);
  const keptRelations = relations.filter(authoredOutsideData);
  const cited = new Set([...keptNodes, ...keptRelations].flatMap((fact) => fact.sources));
  return {
    nodes: keptNodes,
    relations: keptRelations,
    sources: sources.filter((source) => cited.has(source.key)),
  };
}
