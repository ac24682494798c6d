// One proposal per (from, type, to): the graph holds one edge per pair and type.
import { normalise } from '../text/normalise.js';
import type { End, ProposedRelation } from './proposal.js';
import { mergeReaders } from './reader-trace.js';

function endId(end: End): string {
  return end.match ?? `new:${normalise(end.name)}`;
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}

function joinDistinct(a: string, b: string, separator: string): string {
  return a === b || a.includes(b) ? a : `${a}${separator}${b}`;
}

/** A role that starts later than the relation says so: "board member (since 2016)". */
function roleWithDate(proposal: ProposedRelation, since: string | null): string | null {
  if (proposal.role === null) return null;
  return proposal.since !== null && proposal.since !== since
    ? `${proposal.role} (since ${proposal.since})`
    : proposal.role;
}

function mergeTwo(a: ProposedRelation, b: ProposedRelation): ProposedRelation {
  const since = earliest(a.since, b.since);
  const roles = [roleWithDate(a, since), roleWithDate(b, since)].filter((r) => r !== null);
  const merged: ProposedRelation = {
    ...a,
    since,
    role: roles.length === 0 ? null : roles.reduce((x, y) => joinDistinct(x, y, '; ')),
    founding: a.founding || b.founding,
    evidence: joinDistinct(a.evidence, b.evidence, ' '),
    confidence: Math.max(a.confidence, b.confidence),
  };
  if (a.acronyms || b.acronyms) merged.acronyms = { ...b.acronyms, ...a.acronyms };
  mergeReaders(merged, a, b, (x, y) => joinDistinct(x, y, '+'));
  return merged;
}

/**
 * Merges proposals for the same (from, type, to); a founding of a body that is also a member of it
 * becomes the founding membership (MEMBER_OF with `founding: true`), never both.
 */
export function mergeProposals(proposals: readonly ProposedRelation[]): ProposedRelation[] {
  const pair = (p: ProposedRelation) => `${endId(p.from)}>${endId(p.to)}`;
  const memberOf = new Set(proposals.filter((p) => p.type === 'MEMBER_OF').map(pair));
  const byId = new Map<string, ProposedRelation>();
  for (const proposal of proposals) {
    const asMembership =
      proposal.type === 'FOUNDED' && memberOf.has(pair(proposal))
        ? { ...proposal, type: 'MEMBER_OF' as const, founding: true }
        : proposal;
    const id = `${asMembership.type}|${pair(asMembership)}`;
    const existing = byId.get(id);
    byId.set(id, existing ? mergeTwo(existing, asMembership) : asMembership);
  }
  return [...byId.values()];
}
