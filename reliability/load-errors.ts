/** GraphQL errors seen in answers, counted by operation, code and message. */
export class ErrorTally {
  /** `operation: CODE message` → how many answers carried it. */
  readonly counts = new Map<string, number>();
  answers = 0;

  /** Counts the errors of one answer body; returns whether it had none. */
  record(operation: string, status: number, body: string): boolean {
    if (!body.includes('"errors"')) return true;
    this.answers += 1;
    for (const kind of errorKinds(body)) {
      const key = `${operation} (${status}): ${kind}`;
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    }
    return false;
  }

  /** The most frequent kinds first. */
  top(limit: number): [string, number][] {
    return [...this.counts].sort((a, b) => b[1] - a[1]).slice(0, limit);
  }
}

interface ErrorBody {
  errors?: { message?: unknown; extensions?: { code?: unknown } }[];
}

/** `CODE message` of each distinct error of a body; the raw start of a body that is not JSON. */
function errorKinds(body: string): Set<string> {
  let parsed: ErrorBody;
  try {
    parsed = JSON.parse(body) as ErrorBody;
  } catch {
    return new Set([`unparsable body ${body.slice(0, 80)}`]);
  }
  return new Set(
    (parsed.errors ?? []).map(
      (error) => `${String(error.extensions?.code ?? 'NO_CODE')} ${String(error.message)}`,
    ),
  );
}
