import { createHash } from 'node:crypto';
import {
  entityLabels,
  entityToProps,
  relationToProps,
  type StoredProps,
  sourceToProps,
} from '../model/storage.js';
import { type Entity, type Relation, relationId, type Source } from '../model/types.js';
import type { RelationType } from '../model/vocabulary.js';

export interface GraphNode {
  key: string;
  labels: string[];
  props: StoredProps;
}

export interface GraphRelation {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  props: StoredProps;
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

/** Marks an element as owned by the curated dataset, with a hash to detect edits. */
function curated(props: StoredProps, extra: unknown = null): StoredProps {
  return { ...props, curated: true, contentHash: hashOf([props, extra]) };
}

export function sourceToGraph(source: Source): GraphNode {
  return { key: source.key, labels: ['Source'], props: curated(sourceToProps(source)) };
}

export function nodeToGraph(node: Entity): GraphNode {
  const labels = entityLabels(node);
  return { key: node.key, labels, props: curated(entityToProps(node), labels) };
}

export function relationToGraph(relation: Relation): GraphRelation {
  const id = relationId(relation);
  const props = curated({ curatedId: id, ...relationToProps(relation) });
  return { id, type: relation.type, from: relation.from, to: relation.to, props };
}

/** One hash of the whole of data/'s content, whatever the order of its entries: who a load is. */
export function datasetHash(facts: readonly { props: StoredProps }[]): string {
  return hashOf(facts.map((fact) => String(fact.props.contentHash)).sort());
}
