/**
 * Reads the graph version for requests that may be answered from the cache, one read at a time.
 *
 * A request may only trust a read that started after it arrived (a seed in another process may have
 * committed just before), so a request arriving while a read is in flight waits for the next one;
 * every request that arrives meanwhile shares that next read. With `spacingMs`, reads start at
 * least that long apart, so that under load each read serves more requests, unless a turn of the
 * event loop passes without a new request: a burst of requests (clients answered together send
 * their next ones together) is then all waiting, and waiting longer would serve nobody more. A
 * request waits at most the spacing longer, and one arriving at an idle gate is read for at once.
 */
export class VersionGate {
  private inFlight: Promise<number> | undefined;
  private next: Promise<number> | undefined;
  private lastSeen: number | undefined;
  private lastStart = Number.NEGATIVE_INFINITY;
  /** Requests that asked so far: a turn of the event loop without a new one is a quiet turn. */
  private asked = 0;

  constructor(
    private readonly readVersion: () => Promise<number>,
    /** Called when a read finds another version than the previous read did. */
    private readonly onChange: (version: number) => void = () => {},
    private readonly spacingMs = 0,
  ) {}

  /** The graph version, as read by a query started no earlier than this call. */
  current(): Promise<number> {
    this.asked += 1;
    if (this.next !== undefined) return this.next;
    if (this.inFlight === undefined && this.untilSpaced() <= 0) return this.start();
    const previous = this.inFlight ?? Promise.resolve();
    const startNext = () => this.startWhenSpaced();
    this.next = previous.then(startNext, startNext);
    return this.next;
  }

  /** Milliseconds until the next read may start. */
  private untilSpaced(): number {
    return this.lastStart + this.spacingMs - performance.now();
  }

  private async startWhenSpaced(): Promise<number> {
    while (this.untilSpaced() > 0) {
      const before = this.asked;
      await new Promise((resolve) => setImmediate(resolve));
      if (this.asked === before) break;
    }
    this.next = undefined;
    return this.start();
  }

  private start(): Promise<number> {
    this.lastStart = performance.now();
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
