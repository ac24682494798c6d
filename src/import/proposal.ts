// What the extraction proposes, shared by the extractor and the merge of its proposals.
import type { RelationType } from '../model/vocabulary.js';

/** One end of a relation: a key of the graph, or null for a node the importer proposes to create. */
export interface End {
  match: string | null;
  /** As the profile writes it. */
  name: string;
}
/** Kept for the dry run's `other`. */
export type Other = End;

export interface ProposedRelation {
  type: RelationType;
  /** Seen from the profile's actor; absent for a relation between two other bodies. */
  direction?: 'OUTGOING' | 'INCOMING';
  other?: End;
  /** The relation's two ends in graph direction. */
  from: End;
  to: End;
  since: string | null;
  role: string | null;
  /** A founding membership (MEMBER_OF only), the model's one encoding of a founding member. */
  founding: boolean;
  evidence: string;
  confidence: number;
  /** An acronym the page gives the new end in parentheses, for the proposed new actor. */
  acronyms?: Record<string, string>;
}

/** A proposal's confidence: a rule's factor times a reading's, to the hundredth (as reports print it). */
export const scaledConfidence = (factor: number, confidence: number) =>
  Math.round(factor * confidence * 100) / 100;
