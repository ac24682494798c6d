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

/** A page's `pageInfo` whose cursors are encoded only when selected (prototype getters). */
export class LazyPageInfo<Item> {
  constructor(
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
    private readonly first: Item | undefined,
    private readonly last: Item | undefined,
    private readonly cursorOf: (item: Item) => string,
  ) {}
  get startCursor(): string | null {
    return this.first === undefined ? null : this.cursorOf(this.first);
  }
  get endCursor(): string | null {
    return this.last === undefined ? null : this.cursorOf(this.last);
  }
}
