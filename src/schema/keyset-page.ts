/**
 * A forward page out of `first + 1` rows read in cursor order: the extra row only says that a next
 * page exists. `hasPrevious` is whether the page started after a cursor.
 */
export function keysetPage<Row>(
  rows: readonly Row[],
  first: number,
  hasPrevious: boolean,
  cursorOf: (row: Row) => string,
) {
  const edges = rows.slice(0, first).map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
