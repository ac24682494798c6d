// The body a page without a usable title is about: the bodies it names vote, so that a page that
// names a body is never refused for want of a first line.
import { normalise } from '../text/normalise.js';
import { compactName, isAcronym, isHeading, isPlace } from './names.js';
import {
  ACRONYM_TOKEN,
  CONNECTOR,
  CURRENCY_CODES,
  expansionOf,
  NOT_A_BODY,
  type PageActor,
  timesNamed,
} from './page-actor.js';
import { hostWords, pathWords } from './url-actor.js';
import { escapeRegExp, MONTH_NAME_ANY_CAPITAL, wholeWords } from './words.js';

// Within one line: a heading above a name is not part of it.
const NAME_RUN =
  /(?:[\p{Lu}][\p{L}’'&-]+)(?:[^\S\n]+(?:(?:of|for|and|the|de|du|des|d['’]|pour|et|la|le|l['’])[^\S\n]+)*[\p{Lu}][\p{L}’'&-]+){0,7}/gu;
/** Words that make a capitalised run the name of one body ("Réseau Tremplin", "Aesio Mutuelle"). */
const BODY_WORD =
  /^(?:r[ée]seau|network|f[ée]d[ée]ration|federation|conf[ée]d[ée]ration|confederation|union|alliance|coalition|plateforme|platform|co-?op[ée]ratives?|coop[ée]ratives?|cooperativa|collectif|collective|fondation|foundation|fund|fonds|mouvement|movement|mutuelle|mutual|mutualit[ée]|groupement|caisse|club|soci[ée]t[ée]|society|association|centre|center|institut|institute|banque|bank|organi[sz]ation|council|conseil|chambre|chamber)$/iu;
const AFTER_KIND =
  /(?<![\p{L}])(?:alliance|r[ée]seau|network|coop[ée]rative|co-operative|association|f[ée]d[ée]ration|federation|collectif|collective|mouvement|movement|mutuelle|charity|organisation|organization|groupement|groupe|group|club)\s+(\p{Lu}[\p{L}’'-]+(?:[^\S\n]+\p{Lu}[\p{L}’'-]+){0,3})/gu;
/** A word that names a kind of body ("réseau", "mutuelle", "union"). */
export const isBodyWord = (word: string) => BODY_WORD.test(word);
const ARTICLE = /^(?:the|la|le|les|l['’])$/iu;

interface Candidate {
  actor: PageActor;
  /** The words that tell this body from others of its kind ("Tremplin"), as the page writes them. */
  core: string;
  first: number;
}

const timesWritten = (text: string, phrase: string) =>
  phrase.length < 2 ? 0 : (text.match(wholeWords(escapeRegExp(phrase), 'gu'))?.length ?? 0);

/** "L'ACR (Full Name)": the name a parenthesis after the acronym gives, when its initials spell it. */
function parenthesisAfter(acronym: string, text: string): string | null {
  const found = new RegExp(`${escapeRegExp(acronym)}\\s*\\(([^()\\n]{4,120})\\)`, 'u').exec(
    text,
  )?.[1];
  if (!found) return null;
  const initials = found
    .split(/\s+/u)
    .filter((word) => !CONNECTOR.test(word) && /^(?:[ld]['’])?\p{Lu}/u.test(word))
    .map((word) => word.replace(/^[ld]['’]/iu, '').charAt(0))
    .join('');
  return initials === acronym.replace(/[^\p{Lu}]/gu, '') ? found.trim() : null;
}

/** Every body the page names: its acronyms (with the name they stand for) and its kind-word names. */
function candidates(text: string, address: URL | null): Candidate[] {
  const found = new Map<string, Candidate>();
  for (const match of text.matchAll(ACRONYM_TOKEN)) {
    // "L'UCFA" is UCFA; "LE" or "DES" in a name written in capitals is an article.
    const token = match[0].replace(/^[LD]['’]/u, '');
    if (found.has(token) || !isAcronym(token) || NOT_A_BODY.has(token) || isPlace(token)) continue;
    if (namesNoBody(token)) continue;
    if (ARTICLE.test(token) || CONNECTOR.test(token)) continue;
    // Two letters ("ES") or a rubric in brackets ("[DOSSIER]") name no body.
    if (token.replace(/[^\p{Lu}]/gu, '').length < 3 || text[(match.index ?? 0) - 1] === '[')
      continue;
    const name = expansionOf(token, text) ?? parenthesisAfter(token, text) ?? token;
    found.set(token, { actor: { name, acronym: token }, core: token, first: match.index ?? 0 });
  }
  for (const match of text.matchAll(NAME_RUN)) {
    const words = match[0].split(/\s+/u);
    while (words.length > 0 && ARTICLE.test(words[0] as string)) words.shift();
    const name = words.join(' ');
    if (words.length < 2 || found.has(name) || isHeading(name) || isPlace(name)) continue;
    if (!words.some((word) => BODY_WORD.test(word))) continue;
    const core = words
      .filter((word) => !BODY_WORD.test(word) && !CONNECTOR.test(word) && !ARTICLE.test(word))
      .join(' ');
    if (core === '' || isPlace(core)) continue;
    found.set(name, { actor: { name, acronym: null }, core, first: match.index ?? 0 });
  }
  // "food and farming alliance Sustain": a lowercase kind word before a capitalised name.
  for (const match of text.matchAll(AFTER_KIND)) {
    const name = match[1] as string;
    if (found.has(name) || isHeading(name) || isPlace(name) || NOT_A_BODY.has(name)) continue;
    // "le réseau Houle" is "Réseau Houle" when the page writes that too.
    if ([...found.values()].some((candidate) => candidate.core === name)) continue;
    // The longest form the page writes: "le groupe Eovi" is "Eovi mutuelle" where it says so.
    const fuller = new RegExp(`${escapeRegExp(name)}[^\\S\\n]+(\\p{L}+)`, 'gu');
    const kindAfter = [...text.matchAll(fuller)].find((after) =>
      BODY_WORD.test(after[1] as string),
    )?.[0];
    found.set(name, {
      actor: { name: kindAfter ?? name, acronym: null },
      core: name,
      first: match.index ?? 0,
    });
  }
  for (const word of address ? hostWords(address) : []) {
    const name = spelledBy(word, text);
    if (name && !found.has(name))
      found.set(name, { actor: { name, acronym: null }, core: name, first: text.indexOf(name) });
  }
  return [...found.values()];
}

/** The first phrase opened by a capitalised kind word whose initials, lowercase words included,
 * spell a site's name: `gchg.ch` → "Groupement des coopératives d'habitation genevoises". */
function spelledBy(siteWord: string, text: string): string | null {
  if (!/^\p{L}{3,8}$/u.test(siteWord)) return null;
  const letters = siteWord.toUpperCase();
  const words = text.split(/[^\S\n]+/u);
  for (let at = 0; at < words.length; at += 1) {
    if (!BODY_WORD.test(words[at] as string)) continue;
    if (!/^\p{Lu}/u.test(words[at] as string)) continue;
    let spelled = '';
    for (let end = at; end < words.length && end < at + 12; end += 1) {
      const word = (words[end] as string).replace(/[,;:.!?]+$/u, '');
      if (!CONNECTOR.test(word))
        spelled += word
          .replace(/^[ld]['’]/iu, '')
          .charAt(0)
          .toUpperCase();
      if (!letters.startsWith(spelled)) break;
      if (spelled === letters)
        return words
          .slice(at, end + 1)
          .join(' ')
          .replace(/[,;:.!?]+$/u, '');
      if (word !== words[end]) break;
    }
  }
  return null;
}

/** Whether the page's address spells the body: its acronym, its distinctive words or its name. */
function inAddress(candidate: Candidate, url: URL | null): boolean {
  if (!url) return false;
  const path = pathWords(url);
  const host = hostWords(url).flatMap((word) => [word, ...word.split('-')]);
  const forms = [candidate.core, candidate.actor.acronym ?? ''].map(compactName).filter(Boolean);
  // "…/presentation-ducfa": an elided article ("d'UCFA") runs into the acronym.
  const inPath = (form: string) =>
    path.some((word) => [form, `d${form}`, `l${form}`].includes(word));
  if (forms.some((form) => form.length >= 3 && (host.includes(form) || inPath(form)))) return true;
  const nameWords = normalise(candidate.actor.name).split(/[\s'’-]+/u);
  return path.join(' ').includes(nameWords.join(' '));
}

/**
 * The body the page names most (its name, acronym and distinctive words counted together), with
 * a vote each for the address spelling it and for the first sentence naming it. Null only when
 * the page names no body at all.
 */
export function votedActor(text: string, address: string | null): PageActor | null {
  let url: URL | null = null;
  try {
    url = address ? new URL(address) : null;
  } catch {
    // An address that does not parse gives no vote.
  }
  const prose = text
    .split('\n')
    .filter((line) => /\p{Ll}/u.test(line))
    .join('\n');
  const firstSentence = /^[^.!?]*[.!?]?/u.exec(prose.trim())?.[0] ?? '';
  let best: { actor: PageActor; score: number; first: number } | null = null;
  for (const candidate of candidates(prose, url)) {
    const { name, acronym } = candidate.actor;
    const written = Math.max(
      timesNamed(prose, name) + (acronym && name !== acronym ? timesWritten(prose, acronym) : 0),
      timesWritten(prose, candidate.core),
    );
    const opens = [name, candidate.core].some((form) => timesWritten(firstSentence, form) > 0);
    const score = written + (inAddress(candidate, url) ? 2 : 0) + (opens ? 1 : 0);
    if (!best || score > best.score || (score === best.score && candidate.first < best.first))
      best = { actor: candidate.actor, score, first: candidate.first };
  }
  // A body named once, with neither the address nor the opening for it, is a guess: no actor.
  return best && best.score >= 2 ? best.actor : null;
}

/** Legal forms written in capitals: "ASBL", "LTD" (currencies are `CURRENCY_CODES`). */
const LEGAL_FORM = /^(?:ASBL|AISBL|VZW|IVZW|LTD|INC|GMBH|SPRL|SCRL|SRL|SPA|BV|NV|AG)$/u;
const ROMAN_NUMERAL = /^(?=[IVXLC]{1,6}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;

/**
 * A word in capitals that names no body: a legal form or a currency ("ASBL", "USD"), a Roman
 * numeral (an event's ordinal, "VI Summit"), or a kind word in capitals ("ASSOCIATION").
 */
export function namesNoBody(token: string): boolean {
  const word = token.trim();
  if (LEGAL_FORM.test(word) || CURRENCY_CODES.has(word) || ROMAN_NUMERAL.test(word)) return true;
  return /^\p{Lu}{5,}$/u.test(word) && isBodyWord(word.toLowerCase());
}

/** "QUÉBEC, le 7 oct.", "PARIS, 12 mars": a dateline's place and day. */
const DATELINE_HEAD = /^\p{Lu}[\p{Lu}\p{L}'’ -]*,\s+(?:le\s+)?\d{1,2}(?:er)?\b/u;

const NOT_A_NAME = [
  DATELINE_HEAD,
  // An image's or a link's tail: "%20(2).png?t=lg)".
  /%[0-9A-F]{2}|\.(?:png|jpe?g|gif|svg|webp|pdf)\b|[?&][\p{L}_]+=/iu,
  // A rubric in brackets ahead of a headline: "[DOSSIER] …".
  /^\[[^\]]{2,30}\]/u,
  // A dated clause: "On March 3, 4 and 5,".
  new RegExp(
    `^(?:On|In|Le|En|Du)\\s+(?:the\\s+)?(?:\\d{1,2}(?:er)?\\s+)?${MONTH_NAME_ANY_CAPITAL}\\b`,
    'u',
  ),
];

/**
 * A name read off a first line that cannot be a body's: a link's or an image's tail, a rubric, a
 * dated clause, an article alone, or one plain word the prose never writes again ("Copy", "Economie").
 */
export function isUnreadableName(name: string, prose: string): boolean {
  if (NOT_A_NAME.some((pattern) => pattern.test(name))) return true;
  // "The", "LE": an article alone, cut off a title or a heading in capitals, names nothing.
  if (ARTICLE.test(name.trim()) || namesNoBody(name)) return true;
  if (/\s/u.test(name.trim()) || isAcronym(name)) return false;
  return timesNamed(prose, name) === 0;
}
