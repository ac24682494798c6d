/**
 * Reads the graph version for requests that may be answered from the cache, one read at a time.
 *
 * A request may only trust a read that started after it arrived (a seed in another process may have
 * committed just before), so a request arriving while a read is in flight waits for the next one;
 * every request that arrives meanwhile shares that next read.
 */
export class VersionGate {
  private inFlight: Promise<number> | undefined;
  private next: Promise<number> | undefined;
  private lastSeen: number | undefined;

  constructor(
    private readonly readVersion: () => Promise<number>,
    /** Called when a read finds another version than the previous read did. */
    private readonly onChange: (version: number) => void = () => {},
  ) {}

  /** The graph version, as read by a query started no earlier than this call. */
  current(): Promise<number> {
    if (this.inFlight === undefined) return this.start();
    this.next ??= this.inFlight.then(
      () => this.startNext(),
      () => this.startNext(),
    );
    return this.next;
  }

  private startNext(): Promise<number> {
    this.next = undefined;
    return this.start();
  }

  private start(): Promise<number> {
    const read = this.readVersion().then((version) => {
      if (this.lastSeen !== undefined && version !== this.lastSeen) this.onChange(version);
      this.lastSeen = version;
      return version;
    });
    this.inFlight = read;
    const settle = () => {
      if (this.inFlight === read) this.inFlight = undefined;
    };
    read.then(settle, settle);
    return read;
  }
}
