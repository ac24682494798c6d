// The Cypher of the import review: Import and Proposal nodes, named and parameterised.

import type { Plain } from '../db/plain.js';
import { bool, list, namedQuery, namedStatement, num, text } from '../db/query.js';
import { relationIdCypher } from '../model/types.js';

export type ProposalStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';

/** A stored proposal with the import it came from. */
export interface ProposalRow {
  id: string;
  identity: string;
  /** A relation type, or NEW_ACTOR. */
  type: string;
  /** The proposed fact as JSON text. */
  payload: string;
  evidence: string;
  confidence: number;
  status: ProposalStatus;
  reviewedBy: string | null;
  reviewReason: string | null;
  /** What an accepted proposal wrote: a relation id or a node key. */
  result: string | null;
  importId: string;
  sourceUrl: string;
  accessed: string;
  profileName: string;
  language: string;
}

export interface ImportRow {
  id: string;
  sourceUrl: string;
  accessed: string;
  contentHash: string;
  profileName: string;
  language: string;
  createdBy: string;
}

const optional = (value: Plain | undefined) => (typeof value === 'string' ? value : null);

const PROPOSAL_FIELDS = `p.id AS id, p.identity AS identity, p.type AS type, p.payload AS payload,
       p.evidence AS evidence, p.confidence AS confidence, p.status AS status,
       p.reviewedBy AS reviewedBy, p.reviewReason AS reviewReason, p.result AS result,
       i.id AS importId, i.sourceUrl AS sourceUrl, i.accessed AS accessed,
       i.profileName AS profileName, i.language AS language`;

function decodeProposal(row: Record<string, Plain>): ProposalRow {
  return {
    id: text(row.id),
    identity: text(row.identity),
    type: text(row.type),
    payload: text(row.payload),
    evidence: text(row.evidence),
    confidence: num(row.confidence),
    status: text(row.status) as ProposalStatus,
    reviewedBy: optional(row.reviewedBy),
    reviewReason: optional(row.reviewReason),
    result: optional(row.result),
    importId: text(row.importId),
    sourceUrl: text(row.sourceUrl),
    accessed: text(row.accessed),
    profileName: text(row.profileName),
    language: text(row.language),
  };
}

/** Identities that already have a proposal, whatever its status. */
export const PROPOSED_IDENTITIES = namedQuery(
  'importProposedIdentities',
  `
UNWIND $identities AS identity
MATCH (p:Proposal {identity: identity})
RETURN collect(DISTINCT identity) AS known`,
  (row) => list(text)(row.known),
);

/** Relations ($relations: {from, type, to}) that the graph already holds. */
export const EXISTING_RELATIONS = namedQuery(
  'importExistingRelations',
  `
UNWIND $relations AS rel
MATCH (:Entity {key: rel.from})-[r]->(:Entity {key: rel.to})
WHERE type(r) = rel.type
RETURN collect(DISTINCT ${relationIdCypher('rel.from', 'rel.type', 'rel.to')}) AS existing`,
  (row) => list(text)(row.existing),
);

export const CREATE_IMPORT = namedStatement(
  'importCreate',
  `
CREATE (i:Import)
SET i = $import, i.createdBy = $who, i.createdAt = datetime.transaction()
WITH i
UNWIND $proposals AS proposal
CREATE (i)-[:PROPOSED]->(p:Proposal)
SET p = proposal, p.status = 'PENDING', p.createdAt = datetime.transaction()`,
);

export const IMPORT_PROPOSALS = namedQuery(
  'importProposals',
  `
MATCH (i:Import {id: $importId})-[:PROPOSED]->(p:Proposal)
RETURN ${PROPOSAL_FIELDS}
ORDER BY p.id`,
  decodeProposal,
);

/** One page in id order; $status null for every status. */
export const PROPOSAL_PAGE = namedQuery(
  'importProposalPage',
  `
MATCH (i:Import)-[:PROPOSED]->(p:Proposal)
WHERE ($status IS NULL OR p.status = $status) AND ($after IS NULL OR p.id > $after)
RETURN ${PROPOSAL_FIELDS}
ORDER BY p.id
LIMIT $limit`,
  decodeProposal,
);

export const PROPOSAL_COUNT = namedQuery(
  'importProposalCount',
  `
MATCH (p:Proposal)
WHERE $status IS NULL OR p.status = $status
RETURN count(p) AS total`,
  (row) => num(row.total),
);

export const PROPOSAL_FOR_REVIEW = namedQuery(
  'importProposalForReview',
  `
MATCH (i:Import)-[:PROPOSED]->(p:Proposal {id: $id})
RETURN ${PROPOSAL_FIELDS}`,
  decodeProposal,
);

/** Records a decision; only a pending proposal changes (false when it was already reviewed). */
export const DECIDE_PROPOSAL = namedQuery(
  'importDecideProposal',
  `
MATCH (p:Proposal {id: $id})
WITH p, p.status = 'PENDING' AS pending
FOREACH (_ IN CASE WHEN pending THEN [1] ELSE [] END |
  SET p.status = $status, p.reviewedBy = $who, p.reviewedAt = datetime.transaction(),
      p.reviewReason = $reason, p.result = $result, p.edits = $edits)
RETURN pending`,
  (row) => bool(row.pending),
);

/** The key an accepted NEW_ACTOR proposal created for a `new:` identity. */
export const PROPOSED_NODE = namedQuery(
  'importProposedNode',
  `
MATCH (p:Proposal {identity: $identity, type: 'NEW_ACTOR', status: 'ACCEPTED'})
RETURN p.result AS key
LIMIT 1`,
  (row) => text(row.key),
);

/** The page's Source when an earlier accepted proposal of the same import created it. */
export const SOURCE_EXISTS = namedQuery(
  'importPageSource',
  `
MATCH (s:Source {key: $key})
RETURN s.key AS key`,
  (row) => text(row.key),
);
