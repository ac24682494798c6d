// What the extraction proposes, shared by the extractor and the merge of its proposals.
import type { RelationType } from '../model/vocabulary.js';

export interface Other {
  /** A key of the graph, or null for a node the importer proposes to create. */
  match: string | null;
  /** As the profile writes it. */
  name: string;
}

export interface ProposedRelation {
  type: RelationType;
  /** Seen from the profile's actor. */
  direction: 'OUTGOING' | 'INCOMING';
  other: Other;
  since: string | null;
  role: string | null;
  /** A founding membership (MEMBER_OF only), the model's one encoding of a founding member. */
  founding: boolean;
  evidence: string;
  confidence: number;
}
