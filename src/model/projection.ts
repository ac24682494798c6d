// The one Cypher projection of a node and of a relationship, each with its one decoder.

import type { Plain } from '../db/plain.js';
import { list, map, type Row, text } from '../db/query.js';
import { entityFromProps, relationFromProps, sourceFromProps } from './storage.js';
import type { Entity, Relation, Source } from './types.js';

/** Whether a query reads its nodes, and its relationships, briefly (see the projections below). */
export interface ReadBriefness {
  nodes: boolean;
  relations: boolean;
}

/** Whole reads: what a query gets when nothing says its selection needs less. */
export const WHOLE_READS: ReadBriefness = { nodes: false, relations: false };

/** What a brief read of a node keeps: what the identity fields read (schema/brief-selection.ts). */
const BRIEF_PROPERTIES = '.key, .name, .kind, .acronym';

/**
 * Cypher for a node as decoders read it: its properties but the search copies and the loader's hash
 * (longer than the rest and read by no resolver), and its labels. With `briefParam`, a boolean
 * parameter, only the brief properties when it is true (one plan serves both).
 */
export function entityProjection(node: string, briefParam?: string): string {
  const whole = `{props: ${node} {.*, searchNames: null, searchDescription: null, contentHash: null}, labels: labels(${node})}`;
  if (briefParam === undefined) return whole;
  return `CASE WHEN ${briefParam} THEN {props: ${node} {${BRIEF_PROPERTIES}}, labels: labels(${node})} ELSE ${whole} END`;
}

/**
 * Cypher for a relationship as decoders read it: its type, the keys of its ends (stored on it, so
 * its end nodes are not read; older relationships without them read the nodes), its properties
 * (none when the boolean parameter `briefParam` is true).
 */
export function relationProjection(rel: string, briefParam?: string): string {
  const props =
    briefParam === undefined
      ? `properties(${rel})`
      : `CASE WHEN ${briefParam} THEN {} ELSE properties(${rel}) END`;
  return `{type: type(${rel}), from: coalesce(${rel}.fromKey, startNode(${rel}).key), to: coalesce(${rel}.toKey, endNode(${rel}).key), props: ${props}}`;
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
