// The one Cypher projection of a node and of a relationship, each with its one decoder.

import type { Plain } from '../db/plain.js';
import { list, map, type Row, text } from '../db/query.js';
import { entityFromProps, relationFromProps, sourceFromProps } from './storage.js';
import type { Entity, Relation, Source } from './types.js';

/**
 * Cypher for a node as decoders read it: its properties but the search copies and the loader's hash
 * (longer than the rest and read by no resolver), and its labels.
 */
export function entityProjection(node: string): string {
  return `{props: ${node} {.*, searchNames: null, searchDescription: null, contentHash: null}, labels: labels(${node})}`;
}

/** Cypher for a relationship as decoders read it: its type, the keys of its ends, its properties. */
export function relationProjection(rel: string): string {
  return `{type: type(${rel}), from: startNode(${rel}).key, to: endNode(${rel}).key, props: properties(${rel})}`;
}

/** Cypher for a source node. */
export function sourceProjection(node: string): string {
  return `properties(${node})`;
}

function props(value: Plain | undefined): Row {
  return value === null || value === undefined ? {} : map(value);
}

export function decodeEntity(value: Plain | undefined): Entity {
  const projected = map(value);
  return entityFromProps(props(projected.props), list(text)(projected.labels));
}

export function decodeRelation(value: Plain | undefined): Relation {
  const projected = map(value);
  return relationFromProps(
    text(projected.type),
    text(projected.from),
    text(projected.to),
    props(projected.props),
  );
}

export function decodeSource(value: Plain | undefined): Source {
  return sourceFromProps(map(value));
}

export const decodeEntities = list(decodeEntity);
export const decodeRelations = list(decodeRelation);
