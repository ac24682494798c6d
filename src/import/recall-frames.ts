// Session 27's added frames for prose no earlier frame reads, in order; the first that reads a clause wins.
import { UNASSERTED } from './frame-lexicon.js';
import { readFrontedFunding } from './fronted-funding.js';
import { readParticipations } from './participation-frames.js';
import { readProjectAgents } from './project-agents.js';
import type { ReaderContext, Reading } from './reader-context.js';

const READERS = [readProjectAgents, readFrontedFunding, readParticipations];

/** The readings of the first added frame that finds bodies on both sides of a clause. */
export function readAddedFrames(clause: string, context: ReaderContext): Reading[] {
  // "would be coordinated by", "n'est pas financé": a denied or supposed clause states nothing.
  if (UNASSERTED.test(clause)) return [];
  for (const read of READERS) {
    const readings = read(clause, context);
    if (readings.length > 0) return readings;
  }
  return [];
}
