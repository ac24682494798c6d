// Who a fronted phrase or an apposed participle is about: the name it is set beside, which may be
// another body than the page's actor.
import type { Matcher } from './match.js';
import { compactName } from './names.js';
import type { End, ProposedRelation } from './proposal.js';

const NAME =
  "\\p{Lu}[\\p{L}\\p{N}'’&.-]*(?:\\s+(?:(?:of|for|and|the|de|du|des|d['’]|la|le|l['’])\\s+)*\\p{Lu}[\\p{L}\\p{N}'’&.-]*)*";

/** "Member of the ICA since 1961, the Vietnam Cooperative Alliance has …": the fronted phrase is the next name's. */
const FRONTED_MEMBER = new RegExp(
  `^\\s*(?:(?:[Aa]n?|[Uu]ne?)\\s+)?(?:active\\s+|full\\s+)?(?:[Mm]embers?|[Mm]embres?|[Aa]dhérente?s?)\\s+(?:of|de|du|des|d['’])[^,;.]{2,100}?,\\s*(?:the\\s+|la\\s+|le\\s+|les\\s+|l['’]\\s*)?(${NAME})(?:\\s*\\([^()]{1,30}\\))?\\s+(?!(?:and|et)\\s)\\p{Ll}`,
  'u',
);

/** A creation participle and its agent: "mise sur pied par", "set up by". */
const CREATED_BY =
  '(?:set up|founded|co-?founded|created|launched|established|formed|fondée?s?|co-?fondée?s?|créée?s?|lancée?s?|mise?s? en place|mise?s? sur pied|constituée?s?)\\s+(?:by|par)';

/** "… à la coopérative agricole Koresfajé, mise sur pied par X": the participle follows an object (after a
 * verb or a preposition) described by a lowercase kind noun; it qualifies that body, not the clause's subject. */
const APPOSED_TO_OBJECT = new RegExp(
  `(?<=(?<![\\p{L}])\\p{Ll}+\\s+)(?:la|le|les|l['’]|une?|the|an?)\\s*(?:\\p{Ll}[\\p{Ll}'’-]*\\s+){1,3}(${NAME}),\\s+${CREATED_BY}(?![\\p{L}])`,
  'u',
);

/** The actor's own names, compacted: a name that holds one (or is held by one) is the actor's. */
const isOwnName = (name: string, own: readonly string[]) => {
  const written = compactName(name);
  return own.some((mine) => mine.length >= 3 && (written.includes(mine) || mine.includes(written)));
};

/**
 * A relation read of the actor that the sentence states of another named body: a fronted "Member
 * of X since …, the Y …" is Y's membership (moved to Y); a creation participle apposed to a
 * preposition's object ("…, mise sur pied par A") tells who created that object (dropped: null).
 */
export function apposedSubject(
  relation: ProposedRelation,
  isSelf: (end: End) => boolean,
  ownNames: readonly string[],
  matcher: Matcher,
): ProposedRelation | null {
  const own = ownNames.map(compactName).filter(Boolean);
  if (relation.type === 'MEMBER_OF' && isSelf(relation.from)) {
    const subject = FRONTED_MEMBER.exec(relation.evidence)?.[1];
    if (!subject || isOwnName(subject, own)) return relation;
    const key = matcher.matchPhrase(subject)?.key ?? null;
    if (key !== null && key === relation.to.match) return null;
    return { ...relation, from: { match: key, name: subject } };
  }
  if ((relation.type === 'FOUNDED' || relation.type === 'INITIATED') && isSelf(relation.to)) {
    const object = APPOSED_TO_OBJECT.exec(relation.evidence)?.[1];
    if (object && !isOwnName(object, own)) return null;
  }
  return relation;
}
