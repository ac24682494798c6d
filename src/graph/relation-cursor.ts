import { isOneOf, RELATION_TYPES, type RelationType } from '../model/vocabulary.js';

/**
 * Where a page of a node's relationships starts: just after this one, in the order pages use
 * (relationship type, then the other end's key, then the start's key).
 */
export interface RelationCursor {
  type: RelationType;
  otherKey: string;
  fromKey: string;
}

const PREFIX = 'relation:';

export function encodeRelationCursor(cursor: RelationCursor): string {
  return Buffer.from(
    `${PREFIX}${cursor.type}|${cursor.otherKey}|${cursor.fromKey}`,
    'utf8',
  ).toString('base64url');
}

/** The cursor's position, or null when the text is not a cursor this API handed out. */
export function decodeRelationCursor(text: string): RelationCursor | null {
  const decoded = Buffer.from(text, 'base64url').toString('utf8');
  if (!decoded.startsWith(PREFIX)) return null;
  const [type, otherKey, fromKey, ...rest] = decoded.slice(PREFIX.length).split('|');
  if (rest.length > 0 || !type || !otherKey || !fromKey) return null;
  if (!isOneOf(RELATION_TYPES, type)) return null;
  return { type, otherKey, fromKey };
}
