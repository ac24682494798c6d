// The one Cypher projection of a node and of a relationship, each with its one decoder.

import type { Plain } from '../db/plain.js';
import { list, map, type Row, text } from '../db/query.js';
import {
  entityFromBrief,
  entityFromProps,
  RELATION_READ_PROPS,
  type ReadProps,
  relationFromBrief,
  relationFromProps,
  sourceFromProps,
} from './storage.js';
import type { Entity, EntityRow, Relation, RelationRow, Source } from './types.js';
import { ENTITY_KINDS } from './vocabulary.js';

/** Whether a query reads its nodes, and its relationships, briefly (see the projections below). */
export interface ReadBriefness {
  nodes: boolean;
  relations: boolean;
  /** Brief nodes of which only the key and type are selected: no name or acronym read. */
  nodeKeys?: boolean;
}

/** Whole reads: what a query gets when nothing says its selection needs less. */
export const WHOLE_READS: ReadBriefness = { nodes: false, relations: false };

/** The kinds a node may store, as a Cypher list (a closed vocabulary of plain names). */
const KNOWN_KINDS = `[${ENTITY_KINDS.map((kind) => {
  if (!/^[A-Za-z]+$/.test(kind)) throw new Error(`kind ${kind} is not a plain name`);
  return `'${kind}'`;
}).join(', ')}]`;

/**
 * A brief row's labels: null when the stored kind is a known one, since the kind alone then decides
 * the family (`familyAndKindOf`), and the labels are most of a brief row's strings to decode.
 */
function labelsUnlessKnownKind(node: string, stored: string): string {
  return `CASE WHEN ${stored}.kind IN ${KNOWN_KINDS} THEN null ELSE labels(${node}) END`;
}

/**
 * Cypher for a node as decoders read it: its properties but the search copies and the loader's hash
 * (longer than the rest and read by no resolver), and its labels. With `briefParam`, a boolean
 * parameter, only what the identity fields read (schema/brief-selection.ts) when it is true, as a
 * list: the driver then decodes no property names (one plan serves both readings).
 */
export function entityProjection(node: string, briefParam?: string, keysParam?: string): string {
  const whole = `{props: ${node} {.*, searchNames: null, searchDescription: null, contentHash: null}, labels: labels(${node})}`;
  if (briefParam === undefined) return whole;
  const labels = labelsUnlessKnownKind(node, 'stored');
  // One map projection (one store read), handed over as a list.
  const brief = `[stored IN [${node} {.key, .name, .kind, .acronym}] | [stored.key, stored.name, stored.kind, stored.acronym, ${labels}]][0]`;
  if (keysParam === undefined) return `CASE WHEN ${briefParam} THEN ${brief} ELSE ${whole} END`;
  // With `keysParam` true, the same list without name and acronym (the kind and labels give the type).
  const keys = `[stored IN [${node} {.key, .kind}] | [stored.key, null, stored.kind, null, ${labels}]][0]`;
  return `CASE WHEN ${briefParam} THEN CASE WHEN ${keysParam} THEN ${keys} ELSE ${brief} END ELSE ${whole} END`;
}

/**
 * Cypher for a node of which only the key and type are read, its key given by `keyExpr` (a
 * relationship's stored end key, so no key is read from the node): `[key, kind]`, with the labels
 * only when the kind is not a known one. Three values where `entityProjection`'s keys row is eight.
 * `kindExpr` is the node's kind already bound, where the caller read it once for the whole row.
 */
export function entityKeyKindProjection(
  node: string,
  keyExpr: string,
  kindExpr = `${node}.kind`,
): string {
  return `CASE WHEN ${kindExpr} IN ${KNOWN_KINDS} THEN [${keyExpr}, ${kindExpr}] ELSE [${keyExpr}, ${kindExpr}, labels(${node})] END`;
}

/** A whole relationship's properties as one map projection: its end keys and what its decoder reads. */
const wholeRelationStored = (rel: string) =>
  `${rel} {${['fromKey', 'toKey', ...RELATION_READ_PROPS].map((name) => `.${name}`).join(', ')}}`;

/** The properties of a whole relationship row, as a list in `RELATION_READ_PROPS`'s order. */
const wholeRelationProps = RELATION_READ_PROPS.map((name) => `stored.${name}`).join(', ');

/**
 * Cypher for a relationship as decoders read it: its type, the keys of its ends (stored on it, so
 * its end nodes are not read; older relationships without them read the nodes), the properties its
 * decoder reads (`RELATION_READ_PROPS`, as a list: the driver decodes no names, and the bookkeeping
 * properties, hashes and indexed years, are not sent). With `briefParam` true, only the type and
 * the end keys, as a list.
 */
export function relationProjection(rel: string, briefParam?: string): string {
  const from = (keys: string) => `coalesce(${keys}.fromKey, startNode(${rel}).key)`;
  const to = (keys: string) => `coalesce(${keys}.toKey, endNode(${rel}).key)`;
  // Each reading binds what it reads as one map first: one store read instead of one per property.
  const whole = `[stored IN [${wholeRelationStored(rel)}] | {type: type(${rel}), from: ${from('stored')}, to: ${to('stored')}, props: [${wholeRelationProps}]}][0]`;
  if (briefParam === undefined) return whole;
  const brief = `[stored IN [${rel} {.fromKey, .toKey}] | [type(${rel}), ${from('stored')}, ${to('stored')}]][0]`;
  return `CASE WHEN ${briefParam} THEN ${brief} ELSE ${whole} END`;
}

/** Cypher for a source node. */
export function sourceProjection(node: string): string {
  return `properties(${node})`;
}

function props(value: Plain | undefined): Row {
  return value === null || value === undefined ? {} : map(value);
}

const optionalText = (value: Plain | undefined): string | null =>
  typeof value === 'string' ? value : null;

/** A node read whole (`entityProjection` without a brief parameter). */
export function decodeEntity(value: Plain | undefined): Entity {
  const projected = map(value);
  return entityFromProps(props(projected.props), list(text)(projected.labels));
}

/** A node read by `entityProjection` with a brief parameter: brief when it came as a list. */
export function decodeEntityRow(value: Plain | undefined): EntityRow {
  if (!Array.isArray(value)) return decodeEntity(value);
  const [key, name, kind, acronym, labels] = value;
  return entityFromBrief(
    text(key),
    optionalText(name),
    optionalText(kind),
    optionalText(acronym),
    list(text)(labels),
  );
}

/** A node read by `entityKeyKindProjection`: its key, its stored kind, and its labels or nothing. */
export function decodeEntityKeyKind(
  key: Plain | undefined,
  kind: Plain | undefined,
  labels: Plain | undefined,
): EntityRow {
  return entityFromBrief(text(key), null, optionalText(kind), null, list(text)(labels ?? null));
}

/** A whole relationship row's property list by name, without the properties it does not hold. */
function relationProps(value: Plain | undefined): ReadProps {
  const read: ReadProps = {};
  if (!Array.isArray(value)) return read;
  RELATION_READ_PROPS.forEach((name, at) => {
    const stored = value[at];
    if (stored !== null && stored !== undefined) read[name] = stored;
  });
  return read;
}

/** A relationship read whole (`relationProjection` without a brief parameter). */
export function decodeRelation(value: Plain | undefined): Relation {
  const projected = map(value);
  return relationFromProps(
    text(projected.type),
    text(projected.from),
    text(projected.to),
    relationProps(projected.props),
  );
}

/** A relationship read by `relationProjection` with a brief parameter: brief when it came as a list. */
export function decodeRelationRow(value: Plain | undefined): RelationRow {
  if (!Array.isArray(value)) return decodeRelation(value);
  const [type, from, to] = value;
  return relationFromBrief(text(type), text(from), text(to));
}

export function decodeSource(value: Plain | undefined): Source {
  return sourceFromProps(map(value));
}

export const decodeEntities = list(decodeEntity);
export const decodeRelations = list(decodeRelation);
export const decodeEntityRows = list(decodeEntityRow);
export const decodeRelationRows = list(decodeRelationRow);
