// The in-process notice that the graph changed (written here, or a newer version seen from
// another process): caches of computed answers subscribe to it instead of being cleared by name.
const listeners = new Set<() => void>();

export function onGraphChange(listener: () => void): void {
  listeners.add(listener);
}

export function graphChanged(): void {
  for (const listener of listeners) listener();
}
