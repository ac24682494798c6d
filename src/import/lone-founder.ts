// A founder written as one plain word alone after "by"/"par" ("founded by Marlow", "fondée par
// Coluche") is most often a person known by one name or an institution named in passing, not a
// body worth proposing; one word among listed founders ("by A, Oxfam and B") stays a body.
import { isCamelCaseName } from './camel-case-name.js';
import { isAcronym, kindOf } from './names.js';
import type { ProposedRelation } from './proposal.js';
import { escapeRegExp } from './words.js';

/** Types whose "from" end is the one who made the other. */
const MAKERS = new Set(['FOUNDED', 'INITIATED']);

/** Whether `relation` names as founder one plain word the sentence writes alone after "by"/"par". */
export function isLoneFounder(relation: ProposedRelation): boolean {
  if (!MAKERS.has(relation.type) || relation.from.match !== null) return false;
  const name = relation.from.name.trim();
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(name) || isAcronym(name) || isCamelCaseName(name)) return false;
  if (kindOf(name) !== null) return false;
  // Alone: right after "by"/"par" (an article allowed), and no other founder after it.
  const alone = new RegExp(
    String.raw`(?:^|[^\p{L}])(?:by|By|par|Par)\s+(?:(?:the|le|la)\s+|l['’])?${escapeRegExp(name)}(?![\p{L}\p{N}])(?!\s*(?:,|\(|&|and\s|et\s|ainsi\s))`,
    'u',
  );
  return alone.test(relation.evidence);
}
