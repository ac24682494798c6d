// What the general reader and its clause frames need from the extractor, and what they give back.
import type { RelationType } from '../model/vocabulary.js';
import type { End } from './proposal.js';

export type Body = End & { confidence: number };

/** What the reader needs from the extractor: who the actor is and what a phrase names. */
export interface ReaderContext {
  self: End;
  refersToSelf(text: string): boolean;
  isSelf(end: End): boolean;
  /** A graph node or an organisation-shaped new name; undefined for persons, places, years, phrases. */
  resolve(phrase: string, alone: boolean): Body | undefined;
  /** The bodies other than the actor that a text names (graph names, organisation-shaped names). */
  othersIn(text: string): Body[];
}

export interface Reading {
  type: RelationType;
  from: End;
  to: End;
  confidence: number;
}
