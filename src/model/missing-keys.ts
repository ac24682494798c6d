// The one Cypher rule for "which of the keys asked does no node have": every read that checks its
// keys first (subgraph, shared affiliations, common members, source citations) composes it.

/** The labels whose keys a statement checks: entities, and the sources a write cites. */
export type KeyedLabel = 'Entity' | 'Source';

/**
 * A subquery binding `missing`: the keys of the list parameter `keys` (e.g. `$keys`) that no
 * `label` node has, in the order asked (a subquery that aggregates, so one row even for no keys).
 */
export function missingKeysCall(label: KeyedLabel, keys = '$keys'): string {
  return `CALL () {
  UNWIND ${keys} AS key
  OPTIONAL MATCH (found:${label} {key: key})
  WITH key, found WHERE found IS NULL
  RETURN collect(key) AS missing
}`;
}
