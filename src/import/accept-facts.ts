// Accepting what a page says of facts the graph may already hold: the profiled actor's founding
// year and resource counts, and a relation's start year. A claim that differs from the graph's is
// written as a dispute that keeps both claims and both sources, never over the graph's value.

import { badInput, notFound } from '../domain-error.js';
import type { Author } from '../history/changes.js';
import type { VersionedTransaction } from '../history/versioned-write.js';
import { WRITE_LIMITS } from '../limits.js';
import { type FoundingFact, type Relation, relationId } from '../model/types.js';
import type { RelationType } from '../model/vocabulary.js';
import { updateEntityIn } from '../write/entities.js';
import type { FoundingInput } from '../write/model-input.js';
import { updateRelationIn } from '../write/relations.js';
import { ENTITY_FOR_WRITE, RELATION_FOR_WRITE } from '../write/write-queries.js';
import type { ResourceCount } from './parse.js';

/** Proposal types besides relation types and NEW_ACTOR. */
export const FOUNDING_DATE = 'FOUNDING_DATE';
export const RESOURCE_COUNTS = 'RESOURCE_COUNTS';

export interface FoundingPayload {
  /** The profiled actor's key, or `new:<name>` while it is a proposed node. */
  key: string;
  founded: string;
  /** The graph's founding date when the page contradicts it. */
  graphValue: string | null;
}

export interface CountsPayload {
  key: string;
  resourceCounts: ResourceCount[];
}

/** Who says what, for a dispute's note. */
export interface PageClaim {
  /** The page's Source key. */
  source: string;
  url: string;
  reason: string;
  at: string;
}

/** The note of a dispute: the existing one, then what the page says (cut to the model's limit). */
function disputeNote(existing: string | undefined, addition: string): string {
  return [existing, addition].filter(Boolean).join(' ').slice(0, WRITE_LIMITS.reason);
}

/** A founding fact back in the write API's input form, so that a patch keeps all of it. */
function foundingInput(fact: FoundingFact): FoundingInput {
  return {
    date: fact.date?.value ?? null,
    place: fact.place ?? null,
    sources: fact.sources,
    disputed: fact.disputed,
    note: fact.note ?? null,
    alternatives: fact.alternatives.map((claim) => ({
      date: claim.date.value,
      sources: claim.sources,
    })),
    stages: fact.stages.map((stage) => ({
      stage: stage.stage,
      date: stage.date?.value ?? null,
      place: stage.place ?? null,
      sources: stage.sources,
    })),
  };
}

async function entityFor(tx: VersionedTransaction, key: string, at: string) {
  const [entity] = await tx.run(ENTITY_FOR_WRITE, { key });
  if (!entity) throw notFound(at, `no node has the key "${key}": it was retired or merged`);
  return entity;
}

/**
 * The page's founding year on the actor: set when the graph has none, a second source when it agrees,
 * else a dispute: the graph's date stays the main claim, the page's joins `alternatives`.
 */
export async function acceptFounding(
  tx: VersionedTransaction,
  author: Author,
  key: string,
  year: string,
  claim: PageClaim,
): Promise<string> {
  const entity = await entityFor(tx, key, `${claim.at}.id`);
  const fact = entity.founded;
  const same = (value: string) => value.slice(0, 4) === year;
  let founded: FoundingInput;
  if (!fact?.date) {
    founded = { ...(fact ? foundingInput(fact) : {}), date: year, sources: [claim.source] };
  } else if (same(fact.date.value)) {
    founded = { ...foundingInput(fact), sources: [...fact.sources, claim.source] };
  } else {
    const base = foundingInput(fact);
    const known = fact.alternatives.find((other) => same(other.date.value));
    founded = {
      ...base,
      disputed: true,
      note: disputeNote(
        fact.note,
        `The page ${claim.url} (${claim.source}) gives ${year}; ${fact.date.value} comes from ${fact.sources.join(', ')}.`,
      ),
      alternatives: known
        ? (base.alternatives ?? []).map((other) =>
            same(other.date) ? { ...other, sources: [...other.sources, claim.source] } : other,
          )
        : [...(base.alternatives ?? []), { date: year, sources: [claim.source] }],
    };
  }
  await updateEntityIn(tx, author, entity, { founded }, claim.reason, 'import', claim.at);
  return key;
}

/** The page's resource counts on the actor (a profile's counts replace the older ones, type by type). */
export async function acceptCounts(
  tx: VersionedTransaction,
  author: Author,
  key: string,
  counts: readonly ResourceCount[],
  claim: PageClaim,
): Promise<string> {
  const entity = await entityFor(tx, key, `${claim.at}.id`);
  const merged = { ...entity.resourceCounts };
  for (const count of counts) merged[count.type] = count.count;
  const patch = {
    resourceCounts: Object.entries(merged).map(([type, count]) => ({ key: type, count })),
    sources: [...entity.sources, claim.source],
  };
  await updateEntityIn(tx, author, entity, patch, claim.reason, 'import', claim.at);
  return key;
}

/**
 * A relation the graph holds with another `since`: the graph's year stays, the relation becomes
 * disputed, cites the page too, and its note says which source gives which year.
 */
export async function acceptSinceDispute(
  tx: VersionedTransaction,
  author: Author,
  ends: { from: string; type: RelationType; to: string },
  since: string,
  claim: PageClaim,
): Promise<string> {
  const [relation]: (Relation | null)[] = await tx.run(RELATION_FOR_WRITE, ends);
  if (!relation) {
    throw badInput(
      `${claim.at}.id`,
      `the relation ${relationId(ends)} the page contradicts is no longer in the graph: reject the proposal and propose it again`,
    );
  }
  const graphSince = relation.since?.value;
  const agrees = graphSince !== undefined && graphSince.slice(0, 4) === since.slice(0, 4);
  const patch = agrees
    ? { sources: [...relation.sources, claim.source] }
    : {
        disputed: true,
        note: disputeNote(
          relation.note,
          `Since ${graphSince ?? 'no year'} per ${relation.sources.join(', ')}; since ${since} per the page ${claim.url} (${claim.source}).`,
        ),
        sources: [...relation.sources, claim.source],
      };
  const operation = agrees ? 'UPDATE_RELATION' : 'MARK_DISPUTED';
  await updateRelationIn(tx, author, relation, patch, claim.reason, operation, claim.at, 'import');
  return relationId(relation);
}
