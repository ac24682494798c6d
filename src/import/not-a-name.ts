// Phrases shaped like a subject or a list item that never name one body: a quantity, a share, a count.
import { normalise } from '../text/normalise.js';

/** "Much of", "Many of its members", "Some", "La plupart des": a share of something, never a body
 * ("All Wales Network", a capital after the word, stays a name). */
const QUANTIFIER =
  /^(?:much|many|most|some|several|few|all|each|every|both|none|part|half|beaucoup|plupart|certains|certaines|plusieurs|nombre|chacun|chacune|tous|toutes|la plupart|une partie|la moitié)(?=\s|$)/iu;
/** After the quantifier: "of"/"de", a lowercase word, or nothing (case-sensitive: "All Wales" is a name). */
const AFTER_QUANTIFIER = /^\s*(?:$|(?:of|de|des|du|d['’])(?=\s|\p{L})|\p{Ll})/u;

/** "On Co-op's membership", "NACO's Chief Executive Officers": a possessive before a common noun or a role. */
const POSSESSIVE_OF_COMMON =
  /['’]s?\s+(?:\p{Ll}|(?:Chief|Executive|Director|President|Chair|Board|Staff|Members?|Membership|Officers?|CEO)\b)/u;

/** "229 Members", "39 associate members", "12 réseaux": a count before a common noun or members. */
const COUNT_OF_COMMON = /^\d[\d.,\s]*\s+\p{Ll}/u;
const COUNT_OF_MEMBERS =
  /^\d[\d.,\s]*\s+(?:\p{L}+\s+){0,2}(?:members?|membres?|organi[sz]ations?|adhérents?|structures?|associations?|co-?op[eé]ratives?|countries|pays)\b/iu;

/** "Its members", "their partners", "ses membres": the actor's own people, not another body. */
const OWN_PEOPLE =
  /^(?:its|their|our|his|her|ses|leurs|nos|son|sa)\s+(?:members?|partners?|founders?|membres?|partenaires?|adhérents?|fondateurs?)\b/iu;

/** "l'ESS", "the SSE", "SSE initiatives in Germany", "ESS en Bretagne": the sector or a category in it, never one body. */
const SECTOR = /^(?:ESS|SSE|EES)(?:$|\s+\p{Ll})/u;

/** "Members of the Brine Trust", "Président de la Caisse X": a body's people or organ, then the body itself. */
const ROLE_OF =
  /^(?:Members?|Board|Chief Executive(?: Officer)?|Chair(?:man|woman|person)?|President|Vice-President|Director|Secretary|Treasurer|Staff|Head|CEO|Membres?|Présidente?|Directeur|Directrice|Secrétaire|Bureau)\s+(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les)\s+|l['’]\s*)?(?=\p{Lu})/u;

/** The body a role or an organ belongs to ("Brine Trust" for "Members of the Brine Trust"), else the phrase. */
export const withoutRoleOf = (phrase: string) => phrase.replace(ROLE_OF, '');

/** True when the phrase is a share, a count, a possessive description or the sector rather than a name. */
export function isNotAName(phrase: string): boolean {
  const text = phrase.trim();
  return (
    (QUANTIFIER.test(text) && AFTER_QUANTIFIER.test(text.replace(QUANTIFIER, ''))) ||
    COUNT_OF_COMMON.test(text) ||
    COUNT_OF_MEMBERS.test(text) ||
    OWN_PEOPLE.test(text) ||
    SECTOR.test(text) ||
    POSSESSIVE_OF_COMMON.test(text)
  );
}

/**
 * The body a share phrase is about: "Much of On Co-op's membership" → "On Co-op"; "Many of its
 * members" → "its". Undefined when the phrase is not a share of a possessor.
 */
export function possessorOf(phrase: string): string | undefined {
  const match =
    /^\s*(?:much|many|most|some|several|all|part|half|a third|a share)\s+of\s+(?:the\s+)?(.+?)(?:['’]s?\s+\p{Ll}[\p{L}\s-]*)?\s*$/iu.exec(
      phrase,
    );
  // "The X Federation's members include": X Federation is the subject.
  const owner = /^\s*(?:the\s+)?(\p{Lu}[^,;]*?)['’]s?\s+\p{Ll}[\p{L}\s-]*$/u.exec(phrase);
  return match?.[1]?.trim() || owner?.[1]?.trim() || undefined;
}

/** Nouns of a field of activity or a public concern, in English and French (normalised, unaccented). */
export const FIELD_NOUNS: ReadonlySet<string> = new Set([
  'economy',
  'economie',
  'development',
  'developpement',
  'research',
  'recherche',
  'information',
  'education',
  'training',
  'formation',
  'health',
  'sante',
  'culture',
  'arts',
  'agriculture',
  'fishing',
  'fisheries',
  'peche',
  'elevage',
  'livestock',
  'housing',
  'logement',
  'environment',
  'environnement',
  'society',
  'societe',
  'innovation',
  'employment',
  'emploi',
  'inclusion',
  'integration',
  'insertion',
  'sustainability',
  'democracy',
  'democratie',
  'citizenship',
  'citoyennete',
  'solidarity',
  'solidarite',
]);

/** Adjectives that only qualify such a field: "Civil Society", "Performing Arts", "Société civile". */
const FIELD_ADJECTIVES = new Set([
  'civil',
  'civile',
  'performing',
  'local',
  'locale',
  'rural',
  'rurale',
  'social',
  'sociale',
  'sustainable',
  'durable',
  'international',
  'internationale',
  'economic',
  'economique',
  'and',
  'et',
  'de',
  'la',
  'le',
  'l',
]);

/**
 * "Development", "Civil Society", "Performing Arts", "Pêche": a field of activity or a concern,
 * capitalised in a title or a list, names no body (up to three words, a field noun among them).
 */
export function isFieldOfActivity(phrase: string): boolean {
  const words = normalise(phrase)
    .split(/[\s'’-]+/u)
    .filter((word) => word !== '');
  if (words.length === 0 || words.length > 3) return false;
  return (
    words.some((word) => FIELD_NOUNS.has(word)) &&
    words.every((word) => FIELD_NOUNS.has(word) || FIELD_ADJECTIVES.has(word))
  );
}
