// Debug only: which reader or rule made a proposal, for an audit of readers; off unless a script turns it on.
import type { ProposedRelation } from './proposal.js';

/** A reader's result that may name the rule that read it. */
interface Tagged {
  reader?: string;
}

let tracing = false;

/** Turns the `reader` tag on (an audit script); the importer's output never carries it otherwise. */
export function traceReaders(on: boolean): void {
  tracing = on;
}

/** Each reading tagged with the rule that read it, when tracing; the same array otherwise. */
export function readBy<T extends Tagged>(readings: T[], reader: string): T[] {
  return tracing ? readings.map((reading) => ({ ...reading, reader })) : readings;
}

/** The proposal tagged with the rule that made it, when tracing; the same object otherwise. */
export function withReader(relation: ProposedRelation, reader: () => string): ProposedRelation {
  return tracing ? { ...relation, reader: reader() } : relation;
}
