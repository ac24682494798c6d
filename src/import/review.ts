// The review workflow: an imported profile becomes proposals; a curator accepts or rejects each.

import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../db/database.js';
import { queryTimeoutError } from '../db/errors.js';
import { badInput, DomainError, notFound } from '../domain-error.js';
import type { Author } from '../history/changes.js';
import { type VersionedTransaction, versionedWrite } from '../history/versioned-write.js';
import { WRITE_LIMITS } from '../limits.js';
import { relationId } from '../model/types.js';
import type { NodeKind, RelationType } from '../model/vocabulary.js';
import { normalise } from '../text/normalise.js';
import { createEntityIn } from '../write/entities.js';
import { addRelationIn } from '../write/relations.js';
import { addSourceIn, validateNewSource } from '../write/sources.js';
import { httpUrl, languageCode, optionalText } from '../write/validate.js';
import {
  acceptCounts,
  acceptFounding,
  acceptSinceDispute,
  type CountsPayload,
  FOUNDING_DATE,
  type FoundingPayload,
  type PageClaim,
  RESOURCE_COUNTS,
} from './accept-facts.js';
import { readGraphNames } from './graph-names.js';
import { MAX_PROFILE_BYTES, ProfileError, type ResourceCount } from './parse.js';
import type { ProfileResult } from './profile-import.js';
import { importProfileOffLoop, ProfileTimeout } from './read-off-loop.js';
import {
  CREATE_IMPORT,
  DECIDE_PROPOSAL,
  EXISTING_RELATIONS,
  IMPORT_PROPOSALS,
  type ImportRow,
  PROPOSAL_FOR_REVIEW,
  PROPOSED_IDENTITIES,
  PROPOSED_NODE,
  type ProposalRow,
  type ProposalStatus,
  SOURCE_EXISTS,
} from './review-queries.js';

export const NEW_ACTOR = 'NEW_ACTOR';
const NEW_PREFIX = 'new:';

/** What a relation proposal stores as its payload; a `new:` end is a node still to create. */
interface RelationPayload {
  from: string;
  type: RelationType;
  to: string;
  otherName: string;
  since: string | null;
  role: string | null;
  founding: boolean;
}

interface ActorPayload {
  name: string;
  acronym: string | null;
}

/** A relation the graph holds with another `since`: accepting records a dispute. */
interface ContradictionPayload extends RelationPayload {
  graphSince: string;
}

interface Candidate {
  identity: string;
  type: string;
  payload: RelationPayload | ContradictionPayload | ActorPayload | FoundingPayload | CountsPayload;
  evidence: string;
  confidence: number;
}

export interface ImportOutcome extends ImportRow {
  proposals: ProposalRow[];
  /** Proposals the importer found but did not store: already proposed, or already facts. */
  skipped: number;
}

export interface ImportArgs {
  text: string;
  sourceUrl: string;
  language: string;
  /** Read a page in a language other than French or English anyway. */
  anyLanguage?: boolean | null;
}

const newIdentity = (name: string) => `${NEW_PREFIX}${normalise(name)}`;

/** The proposals a profile gives: its relations, and every node it names that the graph lacks. */
function candidatesOf(result: ProfileResult): Candidate[] {
  const self = result.actor.match ?? newIdentity(result.actor.name);
  const out: Candidate[] = [];
  if (result.actor.match === null) {
    out.push({
      identity: self,
      type: NEW_ACTOR,
      payload: { name: result.actor.name, acronym: result.actor.acronym },
      evidence: result.actor.name,
      confidence: 1,
    });
  }
  const seen = new Set(out.map((c) => c.identity));
  const selfName = normalise(result.actor.name);
  const endId = (end: { match: string | null; name: string }) =>
    end.match ?? (normalise(end.name) === selfName ? self : newIdentity(end.name));
  for (const relation of result.relations) {
    for (const end of [relation.from, relation.to]) {
      const id = endId(end);
      if (end.match !== null || seen.has(id)) continue;
      seen.add(id);
      const described = result.newActors.find(
        (actor) => normalise(actor.name) === normalise(end.name),
      );
      out.push({
        identity: id,
        type: NEW_ACTOR,
        payload: { name: end.name, acronym: described?.acronym ?? null },
        evidence: relation.evidence,
        confidence: relation.confidence,
      });
    }
    const [from, to] = [endId(relation.from), endId(relation.to)];
    const other = relation.other ?? (from === self ? relation.to : relation.from);
    const payload: RelationPayload = {
      from,
      type: relation.type,
      to,
      otherName: other.name,
      since: relation.since,
      role: relation.role,
      founding: relation.founding,
    };
    const contradicts = relation.status === 'CONTRADICTS' && relation.graphValue !== undefined;
    out.push({
      // A contradiction is its own proposal: the relation's id is already a fact of the graph.
      identity: contradicts
        ? `${relationId(payload)}|since:${relation.since}`
        : relationId(payload),
      type: relation.type,
      payload: contradicts ? { ...payload, graphSince: relation.graphValue as string } : payload,
      evidence: relation.evidence,
      confidence: relation.confidence,
    });
  }
  return [...out, ...factCandidates(result, self)];
}

/** The actor's founding year and resource counts, unless the graph already says the same. */
function factCandidates(result: ProfileResult, self: string): Candidate[] {
  return (result.facts ?? [])
    .filter((fact) => fact.status !== 'IN_GRAPH')
    .map((fact): Candidate => {
      if (fact.field === 'founded') {
        const founded = fact.value as string;
        return {
          identity: `${self}|founded|${founded}`,
          type: FOUNDING_DATE,
          payload: { key: self, founded, graphValue: fact.graphValue ?? null },
          evidence: fact.evidence,
          confidence: 0.9,
        };
      }
      const counts = fact.value as ResourceCount[];
      return {
        identity: `${self}|resourceCounts|${counts.map((c) => `${c.type}=${c.count}`).join(',')}`,
        type: RESOURCE_COUNTS,
        payload: { key: self, resourceCounts: counts },
        evidence: fact.evidence,
        confidence: 1,
      };
    });
}

const isRelationCandidate = (candidate: Candidate) =>
  ![NEW_ACTOR, FOUNDING_DATE, RESOURCE_COUNTS].includes(candidate.type);

/**
 * Reads the profile in a worker within the request's time left, refusing what is not one with
 * BAD_USER_INPUT on `importProfile.text` (UNSUPPORTED_LANGUAGE for a page the rules cannot read).
 */
async function readProfile(
  db: Database,
  text: string,
  anyLanguage: boolean,
): Promise<ProfileResult> {
  const timeoutMs = db.timeLeftMs();
  try {
    const names = await readGraphNames(db);
    return await importProfileOffLoop(text, 'the profile', names, timeoutMs, anyLanguage);
  } catch (error) {
    if (error instanceof ProfileError && error.code === 'UNSUPPORTED_LANGUAGE') {
      throw new DomainError('UNSUPPORTED_LANGUAGE', error.message, {
        details: { argument: 'importProfile.text', override: 'importProfile.anyLanguage' },
      });
    }
    if (error instanceof ProfileError) {
      throw badInput('importProfile.text', `${error.code}: ${error.message}`);
    }
    if (error instanceof ProfileTimeout) throw queryTimeoutError(timeoutMs, error);
    throw error;
  }
}

// Ids sort by creation time, so that keyset paging by id lists proposals in import order.
function proposalId(at: number, index: number): string {
  const time = at.toString(36).padStart(9, '0');
  return `p-${time}-${String(index).padStart(4, '0')}-${randomBytes(3).toString('hex')}`;
}

/** Stores an import and its new proposals in one versioned write; nothing when the text is refused. */
export async function importProfileText(
  db: Database,
  author: Author,
  args: ImportArgs,
): Promise<ImportOutcome> {
  const sourceUrl = httpUrl('importProfile.sourceUrl', args.sourceUrl);
  const language = languageCode('importProfile.language', args.language);
  if (args.text.length > MAX_PROFILE_BYTES) {
    throw badInput(
      'importProfile.text',
      `TOO_LARGE: ${args.text.length} characters; a profile must be at most ${MAX_PROFILE_BYTES} bytes (1 MB)`,
    );
  }
  const result = await readProfile(db, args.text, args.anyLanguage === true);
  const candidates = candidatesOf(result);
  const importRow: Omit<ImportRow, 'createdBy'> = {
    id: `import-${randomBytes(8).toString('hex')}`,
    sourceUrl,
    accessed: new Date().toISOString().slice(0, 10),
    contentHash: createHash('sha256').update(args.text).digest('hex'),
    profileName: result.actor.name,
    language,
  };
  const { result: skipped } = await versionedWrite(db, author, async (tx) => {
    const fresh = await unknownCandidates(tx, candidates);
    const now = Date.now();
    const proposals = fresh.map((candidate, index) => ({
      id: proposalId(now, index),
      identity: candidate.identity,
      type: candidate.type,
      payload: JSON.stringify(candidate.payload),
      evidence: candidate.evidence,
      confidence: candidate.confidence,
    }));
    await tx.run(CREATE_IMPORT, { import: importRow, proposals, who: author.who });
    return candidates.length - fresh.length;
  });
  const proposals = await db.read(IMPORT_PROPOSALS, { importId: importRow.id });
  return { ...importRow, createdBy: author.who, proposals, skipped };
}

/** Drops identities already proposed (any status, so a rejection sticks) and relations already facts. */
async function unknownCandidates(
  tx: VersionedTransaction,
  candidates: Candidate[],
): Promise<Candidate[]> {
  const identities = candidates.map((c) => c.identity);
  const [known = []] = await tx.run(PROPOSED_IDENTITIES, { identities });
  const relations = candidates
    .filter(isRelationCandidate)
    .map((c) => c.payload as RelationPayload)
    .map(({ from, type, to }) => ({ from, type, to }));
  const [existing = []] = await tx.run(EXISTING_RELATIONS, { relations });
  const skip = new Set([...known, ...existing]);
  return candidates.filter((c) => !skip.has(c.identity));
}

export type Decision = 'ACCEPT' | 'REJECT';

/** A curator's corrections; absent keeps the proposed value. */
export interface ProposalEdits {
  from?: string | null;
  type?: RelationType | null;
  to?: string | null;
  since?: string | null;
  role?: string | null;
  founding?: boolean | null;
  key?: string | null;
  kind?: NodeKind | null;
  name?: string | null;
  acronym?: string | null;
}

const AT = 'reviewProposal';

/** A `new:` end becomes the key its accepted NEW_ACTOR proposal created, else the curator's key. */
async function resolveEnd(tx: VersionedTransaction, end: string, field: string): Promise<string> {
  if (!end.startsWith(NEW_PREFIX)) return end;
  const [created] = await tx.run(PROPOSED_NODE, { identity: end });
  if (created) return created;
  throw badInput(
    `${AT}.edits.${field}`,
    `the proposal names a node the graph lacks ("${end.slice(NEW_PREFIX.length)}"): accept its NEW_ACTOR proposal first, or give an existing key`,
  );
}

/** The one Source of an imported page: created by its first accepted proposal, shared by the others. */
async function pageSource(tx: VersionedTransaction, author: Author, proposal: ProposalRow) {
  const key = `src-${proposal.importId}`.slice(0, WRITE_LIMITS.key);
  if ((await tx.run(SOURCE_EXISTS, { key })).length > 0) return key;
  const source = validateNewSource(
    {
      key,
      url: proposal.sourceUrl,
      title: `Profile of ${proposal.profileName}`.slice(0, WRITE_LIMITS.title),
      language: proposal.language,
      publisher: new URL(proposal.sourceUrl).hostname,
      accessed: proposal.accessed,
      quote: proposal.evidence.slice(0, WRITE_LIMITS.quote),
    },
    `${AT}.source`,
  );
  await addSourceIn(tx, author, source, `the profile page of import ${proposal.importId}`);
  return source.key;
}

/** Writes an accepted proposal's fact with its profile source; returns the relation id or node key. */
async function acceptIn(
  tx: VersionedTransaction,
  author: Author,
  proposal: ProposalRow,
  edits: ProposalEdits,
  reason: string,
): Promise<string> {
  const sources = [await pageSource(tx, author, proposal)];
  const at = `${AT}.edits`;
  const claim: PageClaim = {
    source: sources[0] as string,
    url: proposal.sourceUrl,
    reason,
    at: AT,
  };
  const facts = [FOUNDING_DATE, RESOURCE_COUNTS];
  const contradiction = JSON.parse(proposal.payload) as Partial<ContradictionPayload>;
  if (facts.includes(proposal.type) || contradiction.graphSince !== undefined) {
    if (Object.values(edits).some((edit) => edit !== undefined && edit !== null)) {
      throw badInput(
        at,
        'a fact of the page takes no edits: accept it as it is, or reject it and edit the node',
      );
    }
  }
  if (proposal.type === FOUNDING_DATE) {
    const payload = JSON.parse(proposal.payload) as FoundingPayload;
    const key = await resolveEnd(tx, payload.key, 'key');
    return acceptFounding(tx, author, key, payload.founded, claim);
  }
  if (proposal.type === RESOURCE_COUNTS) {
    const payload = JSON.parse(proposal.payload) as CountsPayload;
    const key = await resolveEnd(tx, payload.key, 'key');
    return acceptCounts(tx, author, key, payload.resourceCounts, claim);
  }
  if (contradiction.graphSince !== undefined) {
    const payload = contradiction as ContradictionPayload;
    const ends = { from: payload.from, type: payload.type, to: payload.to };
    return acceptSinceDispute(tx, author, ends, payload.since ?? '', claim);
  }
  if (proposal.type === NEW_ACTOR) {
    const payload = JSON.parse(proposal.payload) as ActorPayload;
    if (!edits.key) throw badInput(`${at}.key`, 'a new node needs the key it will have');
    if (!edits.kind) throw badInput(`${at}.kind`, 'a new node needs its kind (e.g. Network)');
    const name = edits.name ?? payload.name;
    const acronym = edits.acronym === undefined ? payload.acronym : edits.acronym;
    const input = { key: edits.key, kind: edits.kind, name, acronym, sources };
    const entity = await createEntityIn(tx, author, input, reason, 'import', at);
    return entity.key;
  }
  const payload = JSON.parse(proposal.payload) as RelationPayload;
  const keep = <T>(edit: T | null | undefined, proposed: T) =>
    edit === undefined ? proposed : edit;
  const input = {
    from: await resolveEnd(tx, edits.from ?? payload.from, 'from'),
    type: edits.type ?? payload.type,
    to: await resolveEnd(tx, edits.to ?? payload.to, 'to'),
    since: keep(edits.since, payload.since),
    role: keep(edits.role, payload.role),
    founding: keep(edits.founding, payload.founding),
    sources,
  };
  return relationId(await addRelationIn(tx, author, input, reason, 'import', at));
}

/** Accepts (writing the fact) or rejects a pending proposal, in one versioned write. */
export async function reviewProposal(
  db: Database,
  author: Author,
  id: string,
  decision: Decision,
  edits: ProposalEdits | null,
  reason: string | null,
): Promise<ProposalRow> {
  const why = optionalText(`${AT}.reason`, reason, WRITE_LIMITS.reason);
  if (decision === 'REJECT' && edits) {
    throw badInput(`${AT}.edits`, 'only an accepted proposal takes edits');
  }
  await versionedWrite(db, author, async (tx) => {
    const [proposal] = await tx.run(PROPOSAL_FOR_REVIEW, { id });
    if (!proposal) throw notFound(`${AT}.id`, `no proposal has the id "${id}"`);
    if (proposal.status !== 'PENDING') {
      throw badInput(
        `${AT}.id`,
        `the proposal "${id}" was already reviewed (${proposal.status} by ${proposal.reviewedBy})`,
      );
    }
    const status: ProposalStatus = decision === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED';
    const result =
      decision === 'ACCEPT'
        ? await acceptIn(
            tx,
            author,
            proposal,
            edits ?? {},
            why ?? `accepted from the profile ${proposal.sourceUrl}`,
          )
        : null;
    const [pending] = await tx.run(DECIDE_PROPOSAL, {
      id,
      status,
      who: author.who,
      reason: why,
      result,
      edits: edits ? JSON.stringify(edits) : null,
    });
    if (!pending) throw badInput(`${AT}.id`, `the proposal "${id}" was already reviewed`);
  });
  const [reviewed] = await db.read(PROPOSAL_FOR_REVIEW, { id });
  if (!reviewed) throw new Error(`the proposal ${id} vanished after its review`);
  return reviewed;
}
