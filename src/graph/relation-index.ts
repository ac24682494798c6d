import type { RelationType } from '../model/vocabulary.js';

/**
 * The start of a read of one node's relationships `r` of one type and direction from that type's
 * index (schema.cypher: `(toKey, fromKey)` and `(fromKey, toKey)`): `anchor` holds the node's key
 * (`nodeKey`), `otherEnd` the key of the node at the other end, bound to `other`; rows come in
 * `otherEnd` order when the caller orders by `r.${anchor}, r.${otherEnd}`.
 */
export function indexedRelations(
  type: RelationType,
  direction: 'INCOMING' | 'OUTGOING',
  other: string,
  nodeKey: string,
) {
  const incoming = direction === 'INCOMING';
  const [anchor, otherEnd] = incoming ? ['toKey', 'fromKey'] : ['fromKey', 'toKey'];
  const pattern = incoming ? `(${other})-[r:${type}]->()` : `()-[r:${type}]->(${other})`;
  return {
    anchor,
    otherEnd,
    match: `MATCH ${pattern}
    USING INDEX r:${type}(${anchor}, ${otherEnd})
    WHERE r.${anchor} = ${nodeKey}`,
  };
}
