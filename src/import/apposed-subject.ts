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

/** A creation participle: "mise sur pied", "set up". */
const CREATED =
  '(?:set up|founded|co-?founded|created|launched|established|formed|fondée?s?|co-?fondée?s?|créée?s?|lancée?s?|mise?s? en place|mise?s? sur pied|constituée?s?)';
/** A creation participle and its agent: "mise sur pied par", "set up by". */
const CREATED_BY = `${CREATED}\\s+(?:by|par)`;
/** "fondée en 2004 par", "set up in 1998 by": a date may come between the participle and its agent. */
const CREATED_ON_DATE_BY = `${CREATED}(?:\\s+(?:en|in|on|le|dès)\\s+[^,;.]{1,30}?)?\\s+(?:by|par)`;

/** "… à la coopérative agricole Koresfajé, mise sur pied par X": the participle follows an object (after a
 * verb or a preposition) described by a lowercase kind noun; it qualifies that body, not the clause's subject. */
const APPOSED_TO_OBJECT = new RegExp(
  `(?<=(?<![\\p{L}])\\p{Ll}+\\s+)(?:la|le|les|l['’]|une?|the|an?)\\s*(?:\\p{Ll}[\\p{Ll}'’-]*\\s+){1,3}(${NAME}),\\s+${CREATED_BY}(?![\\p{L}])`,
  'u',
);

/** "Fermiers du Sud-Ouest, créés par A et B, rachète …": a creation participle set after the name that opens
 * the sentence tells who created that body (the actor only when the name is the actor's). */
const APPOSED_TO_OPENING = new RegExp(
  `^\\s*(?:(?:[Tt]he|[Ll]a|[Ll]e|[Ll]es)\\s+|[Ll]['’]\\s*)?(${NAME})(?:\\s*\\([^()]{1,40}\\))?,\\s+(?:(?:itself|already|originally|initially|elle-même|lui-même|déjà|initialement)\\s+)?${CREATED_ON_DATE_BY}(?![\\p{L}])`,
  'u',
);

/** "Créées par l'association en 2013, …, les Fruitières de Savoie collectent …": a fronted creation
 * participle qualifies the name that then opens the main clause (before its verb); that body is the one created. */
const FRONTED_CREATED = new RegExp(
  `^\\s*${CREATED_ON_DATE_BY}(?![\\p{L}])[^.;:!?]*,\\s*(?:(?:the|la|le|les)\\s+|l['’]\\s*)?(${NAME})(?:\\s*\\([^()]{1,40}\\))?\\s+\\p{Ll}`,
  'u',
);

/** "at the initiative of", "à l'initiative de", "sur l'initiative des": the names after it are initiators. */
const INITIATIVE_OF =
  /(?<![\p{L}])(?:(?:at|on) the initiative of|(?:à|sur) l['’]initiative (?:de la |du |de l['’]|des |de |d['’]))/giu;

/** Whether the proposal's object is named in the list an "initiative of" phrase opens inside the sentence. */
function initiatorNamed(relation: ProposedRelation): boolean {
  const name = relation.to.name.toLowerCase();
  // "À l'initiative du Village de l'ESS en 2004, …, le MES est …" opening the sentence: the actor's own initiative.
  return [...relation.evidence.matchAll(INITIATIVE_OF)].some(
    (found) =>
      relation.evidence.slice(0, found.index).trim() !== '' &&
      relation.evidence
        .slice(found.index + found[0].length)
        .split(/[.;:!?]/u)[0]
        ?.toLowerCase()
        .includes(name),
  );
}

/** The sentence with its first letter in lower case: a fronted participle opens it in capitals. */
const lowerFirst = (text: string) => text.replace(/^\s*\p{Lu}/u, (first) => first.toLowerCase());

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
  // "…, à l'initiative des SCOP A et B": the bodies after the phrase initiated; the actor never initiated them.
  if (relation.type === 'INITIATED' && isSelf(relation.from) && initiatorNamed(relation))
    return null;
  if ((relation.type === 'FOUNDED' || relation.type === 'INITIATED') && isSelf(relation.to)) {
    const object = APPOSED_TO_OBJECT.exec(relation.evidence)?.[1];
    if (object && !isOwnName(object, own)) return null;
    // The body a fronted participle qualifies is the one created, never its creator.
    const created = FRONTED_CREATED.exec(lowerFirst(relation.evidence))?.[1];
    if (
      created &&
      !isOwnName(created, own) &&
      compactName(created) === compactName(relation.from.name)
    )
      return null;
    const opening = APPOSED_TO_OPENING.exec(relation.evidence)?.[1];
    if (opening && !isOwnName(opening, own)) {
      if (isOwnName(relation.from.name, [compactName(opening)])) return null;
      return {
        ...relation,
        to: { match: matcher.matchPhrase(opening)?.key ?? null, name: opening },
      };
    }
  }
  return relation;
}
