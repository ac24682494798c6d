// The event a news page's lead is about: "the 68th Meeting of X will be held", "s'est tenue la 2e édition des Y".
import { normalise } from '../text/normalise.js';
import type { PageActor } from './page-actor.js';
import { EVENT_NOUNS } from './undertaking-nouns.js';

/** An edition's ordinal in digits: "68th", "11e", "11ᵉ", "2es". */
const ORDINAL_DIGITS = '\\d{1,3}(?:st|nd|rd|th|e|es|è|ème|èmes|eme|er|ère|re|ᵉ|ᵉʳ|ᵉˢ)';
/** In words only before "édition": "the first forum in the region" says it is new, not its number. */
const ORDINAL_WORD =
  '(?:premi[eè]re?s?|first|second|deuxi[eè]mes?|troisi[eè]mes?|quatri[eè]mes?|cinqui[eè]mes?|third|fourth|fifth)(?=\\s+[ée]dition\\s)';
const ORDINAL = `(?:${ORDINAL_DIGITS}|${ORDINAL_WORD})`;

/** What may stand before the event in its sentence: nothing, a dateline in brackets, a fronted
 * phrase closed by a comma, or a verb that says the event was held or hosted. */
const BEFORE =
  "(?:^|^\\([^)]*\\)\\s*|,\\s*|\\b(?:a accueilli|accueille|accueillera|s['’]est (?:tenue?s?|déroulée?s?|ouverte?s?)|se (?:tient|tiennent|tiendra|déroule|déroulera)|a eu lieu|aura lieu|hosted|hosts|will host|has hosted)\\s+)";

/** The article before the ordinal: a possessive ("its 30th congress", "son 5e forum") is a body's own event. */
const ARTICLE = "(?:la|le|les|l['’]|the|La|Le|Les|L['’]|The)";

/** "2e édition du X": the edition's name is X. */
const EDITION_OF =
  "(?:[ée]dition\\s+(?:de\\s+la\\s+|de\\s+l['’]|des\\s+|du\\s+|de\\s+|d['’]|of\\s+the\\s+|of\\s+))?";

const LEAD = new RegExp(`${BEFORE}${ARTICLE}\\s+(${ORDINAL})\\s+(${EDITION_OF})(.+)$`, 'u');

/** Words that end an event's name: a verb, a participle of who organised it, a place or date cue. */
const ENDS_NAME =
  /^(?:s['’]\p{L}*|se|will|is|was|has|have|had|are|were|took|takes|to|a|ont|est|sera|aura|va|which|that|qui|from|between|entre|in|at|à|au|aux|avec|with|by|par|under|sous|dans|on|this|ce|cette|(?:co-?)?(?:organis|port|consacr|d[ée]di|lanc|initi|pilot|financ|coordonn|anim|soutenu|ten|déroul)(?:é|ée|és|ées|ue|ues|us)?|organi[sz]ed|co-organi[sz]ed|hosted|held|led|sponsored|funded|supported|convened|launched)$/u;

/** Lowercase words inside an English event's name ("Meeting of the Board"). */
const ENGLISH_LINK = /^(?:of|the|for|and|de|la|del|y|&)$/u;

/** A body's own statutory meeting ("2nd Annual General Meeting", "5e assemblée générale") is its business, no event's page. */
const OWN_MEETING =
  /(?:^| )(?:general meeting|annual meeting|assemblee generale|assemblee annuelle)(?= |$)/u;

const EVENT_WORD = new RegExp(`(?:^| )(?:${EVENT_NOUNS.join('|')})(?= |$)`, 'u');

/** The name after the ordinal, up to a comma, a bracket, a stop or a word that ends it. */
function nameAfter(
  text: string,
  english: boolean,
): { words: string[]; acronym: string | null } | null {
  const clause = text.split(/\s*[,.;:!?–—]\s|\s+-\s|[.;:!?]$/u)[0] as string;
  const [beforeBracket, inBracket] = clause.split(/\s*\(/u);
  const words: string[] = [];
  for (const word of (beforeBracket as string).split(/\s+/u)) {
    if (word === '' || ENDS_NAME.test(word)) break;
    // English writes an event's name in capitals: a lowercase word other than a link ends it ("brought").
    if (english && /^\p{Ll}/u.test(word) && !ENGLISH_LINK.test(word)) break;
    // "… du 25 au 27 octobre": a date after the name.
    if (/^(?:du|des|le|les|on|from)$/u.test(word) && words.length > 0) {
      const next = (beforeBracket as string).split(/\s+/u)[words.length + 1] ?? '';
      if (/^\d/u.test(next)) break;
    }
    words.push(word);
  }
  if (words.length === 0 || words.length > 14) return null;
  const stoppedAtBracket = words.length === (beforeBracket as string).split(/\s+/u).length;
  const acronym = stoppedAtBracket
    ? (/^([\p{L}\d&-]{2,12})\)/u.exec(inBracket ?? '')?.[1] ?? null)
    : null;
  return { words, acronym };
}

/**
 * The event the first sentence of one of the page's first paragraphs is about, named with its
 * edition ("the 68th Meeting of …", "la 2e édition du Forum …"): on a news page, the event is the
 * page's actor, not its organiser or host. Null when no lead sentence names one in that place.
 */
export function leadEvent(paragraphs: readonly string[]): PageActor | null {
  for (const paragraph of paragraphs.slice(0, 5)) {
    const sentence = paragraph.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] as string;
    for (const start of sentence.matchAll(new RegExp(BEFORE, 'gu'))) {
      const match = LEAD.exec(sentence.slice(start.index));
      if (match === null || match.index > 0) continue;
      const [, ordinal, edition, rest] = match;
      const name = nameAfter(
        rest as string,
        /^\d+(?:st|nd|rd|th)$|^(?:first|second|third|fourth|fifth)$/u.test(ordinal as string),
      );
      if (!name) continue;
      const words = name.words;
      const head = normalise(words.join(' '));
      if (!EVENT_WORD.test(head) || OWN_MEETING.test(head)) continue;
      // A lowercase name is an event's only when the event noun opens it ("11e forum de …").
      if (
        !/^\p{Lu}/u.test(words[0] as string) &&
        !EVENT_WORD.test(` ${normalise(words[0] as string)}`)
      )
        continue;
      // "la 2e édition du Forum X" names the forum; "the 68th Meeting" keeps its ordinal.
      const full = edition ? words.join(' ') : `${ordinal} ${words.join(' ')}`;
      return { name: full, acronym: name.acronym };
    }
  }
  return null;
}
