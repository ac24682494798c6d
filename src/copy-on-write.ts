// Maps the items of a list or the values of a map, copying the container only from the first value
// that changes: rows that need no conversion (the common case) are returned as they are.

/** `list` with each item mapped; `list` itself when no item changed. */
export function mapListCopyOnWrite(list: unknown[], map: (item: unknown) => unknown): unknown[] {
  let copy: unknown[] | undefined;
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    const mapped = map(item);
    if (copy) copy.push(mapped);
    else if (mapped !== item) {
      copy = list.slice(0, index);
      copy.push(mapped);
    }
  }
  return copy ?? list;
}

/** `record` with each value mapped (`map` also hears its key); `record` itself when none changed. */
export function mapValuesCopyOnWrite(
  record: Record<string, unknown>,
  map: (item: unknown, key: string) => unknown,
): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const key in record) {
    const item = record[key];
    const mapped = map(item, key);
    if (copy) copy[key] = mapped;
    else if (mapped !== item) {
      copy = {};
      for (const earlier in record) {
        if (earlier === key) break;
        copy[earlier] = record[earlier];
      }
      copy[key] = mapped;
    }
  }
  return copy ?? record;
}
