// Reads one socioeco.org-style profile (plain text or a saved HTML page) into its parts.
import { convert } from 'html-to-text';
import { RESOURCE_TYPE_KEY, resourceTypeKey } from '../model/vocabulary.js';
import { normalise } from '../text/normalise.js';
import { acronymOf, fullNameBefore, fullNameOf } from './actor-gloss.js';
import { isClauseFragment } from './clause-fragment.js';
import { definedBody } from './defined-body.js';
import { headlineBody } from './headline-body.js';
import { recordName } from './labelled-record.js';
import { pageLanguage } from './language.js';
import { withoutLegalFormTail } from './legal-form-tail.js';
import { lowercaseSpelledBody } from './lowercase-spelled-body.js';
import { nameExtent } from './name-extent.js';
import { compactName, HEADING_WORDS, isAcronym, isHeading, kindOf, namedThing } from './names.js';
import { newBody } from './new-body.js';
import { isBarePlace, namesPlace } from './no-body-name.js';
import { smallCount } from './number-words.js';
import {
  expansionOf,
  isNameShaped,
  mentions,
  mostUsedBody,
  type PageActor,
  timesNamed,
} from './page-actor.js';
import { isPersonName } from './person-names.js';
import { withoutPossessive } from './possessive-name.js';
import { isRepeatedPhrase } from './repeated-line.js';
import { repeatedName } from './repeated-name.js';
import { resourceTypeOf } from './resource-types.js';
import { titleParts } from './title-parts.js';
import { uptakenActor } from './uptaken-actor.js';
import { isOwnList, opensWith, urlActor } from './url-actor.js';
import { isUnreadableName, votedActor } from './voted-actor.js';
import { LETTERS_END, wholeLetterWords } from './words.js';

export const MAX_PROFILE_BYTES = 1024 * 1024;

/** Deepest element nesting read from a saved page: real pages nest a few dozen deep, and the HTML
 * reader recurses per level (it overflows the stack near 2,000). */
export const MAX_HTML_NESTING = 500;

export type ProfileErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'NO_TITLE'
  | 'TOO_DEEP'
  | 'UNKNOWN_ACTOR'
  | 'TIMEOUT'
  | 'FETCH_FAILED'
  | 'HTTP_ERROR'
  | 'NOT_HTML'
  | 'UNSUPPORTED_LANGUAGE';

/** A file that is not a profile: the message says what is wrong and how to fix it. */
export class ProfileError extends Error {
  constructor(
    readonly code: ProfileErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ResourceCount {
  /** A key of the model's RESOURCE_TYPES, or an open type key such as "podcasts". */
  type: string;
  count: number;
}

export interface ParsedProfile {
  name: string;
  acronym: string | null;
  /** The address a saved page starts with, if any. */
  sourceUrl: string | null;
  /** Former names the page gives ("anciennement X", "formerly X"). */
  aliases: string[];
  language: 'en' | 'fr';
  /** The prose, one entry per paragraph. */
  paragraphs: string[];
  /** The page's lines as laid out (blank lines and bullets kept), for the structure reader. */
  lines: string[];
  resourceCounts: ResourceCount[];
}

const READING_TIME =
  /^(?:min(?:ute)?s?\s+(?:read|de lecture)|minutes? de lecture|mins?\.? read)$/iu;
const RESOURCE_LINE = /^(\d{1,6}|[\p{L}]+)\s+([\p{L}][\p{L}\s/'’-]*)$/u;
// "Name (ACR)", or "Name [ACR]" as some directories write it.
const TITLE = /^(.*?)\s*(?:\(([^()]{1,40})\)|\[([^[\]]{1,40})\])\s*$/u;
/** "Max Havelaar (association)": brackets without a capital tell the name apart, they abbreviate nothing. */
const mayAbbreviate = (bracketed: string) => /\p{Lu}/u.test(bracketed);
/** A title's name and acronym, whichever brackets hold the acronym. */
function titleOf(line: string): readonly [string, string, string | undefined] | null {
  const found = TITLE.exec(line);
  const bracketed = found?.[2] ?? found?.[3];
  const acronym = bracketed !== undefined && mayAbbreviate(bracketed) ? bracketed : undefined;
  return found ? [found[0], found[1] as string, acronym] : null;
}
const FRENCH_WORDS = /\b(?:le|la|les|des|du|est|une|et|pour|dans|avec|depuis|elle|il)\b/giu;
const ENGLISH_WORDS = /\b(?:the|of|and|is|was|has|with|since|its|it|in|for)\b/giu;

function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.byteLength === 0) throw new ProfileError('EMPTY', `${file}: the file is empty`);
  if (bytes.byteLength > MAX_PROFILE_BYTES) {
    throw new ProfileError(
      'TOO_LARGE',
      `${file}: ${bytes.byteLength} bytes; a profile must be at most ${MAX_PROFILE_BYTES} bytes (1 MB)`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ProfileError('BINARY', `${file}: not UTF-8 text (a binary file?)`);
  }
  if (text.includes('\u0000')) {
    throw new ProfileError('BINARY', `${file}: contains NUL bytes (a binary file?)`);
  }
  return text;
}

function looksLikeHtml(text: string, file: string): boolean {
  return /\.html?$/i.test(file) || /^\s*(?:<!doctype html|<html|<body|<h1)/i.test(text);
}

// Elements that never hold others, so they never open a level.
const VOID_ELEMENTS = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);
// `[^<>]`: an unclosed tag ends at the next `<`, so the scan stays linear on any text.
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g;

/** Refuses a page nested deeper than MAX_HTML_NESTING, by a scan of its tags (no tree is built). */
function checkNesting(html: string, file: string): void {
  let depth = 0;
  for (const [, closing, name = '', selfClosing] of html.matchAll(TAG)) {
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing && !VOID_ELEMENTS.has(name.toLowerCase())) depth += 1;
    if (depth > MAX_HTML_NESTING) {
      throw new ProfileError(
        'TOO_DEEP',
        `${file}: elements nested more than ${MAX_HTML_NESTING} deep; save the page as it is shown, or as plain text`,
      );
    }
  }
}

/** The page's text with one block per line; headings keep their case. */
function htmlToLines(html: string): string {
  const heading = { options: { uppercase: false, leadingLineBreaks: 1, trailingLineBreaks: 1 } };
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'h1', ...heading },
      { selector: 'h2', ...heading },
      { selector: 'h3', ...heading },
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'ul', options: { itemPrefix: ' ' } },
      { selector: 'ol', options: { itemPrefix: ' ' } },
      { selector: 'img', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'header', format: 'skip' },
      { selector: 'footer', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
    ],
  });
}

/** "3 Videos" → {type: "videos", count: 3}; undefined for a line that is not a resource count. */
export function parseResourceLine(line: string): ResourceCount | undefined {
  if (line.length > 80 || line.split(/\s+/).length > 8) return undefined;
  const match = RESOURCE_LINE.exec(line.trim());
  if (!match) return undefined;
  const [, amount = '', words = ''] = match;
  const count = /^\d+$/.test(amount) ? Number(amount) : smallCount(amount.toLowerCase(), 3);
  if (count === undefined) return undefined;
  // "6 minute read": a page's reading time is no resource.
  if (READING_TIME.test(words)) return undefined;
  const known = resourceTypeOf(words);
  if (known) return { type: known, count };
  // An unknown type only from a plain "<digits> <one or two words>" line, never from prose.
  if (!/^\d+$/.test(amount) || words.split(/\s+/).length > 3) return undefined;
  // "63122 Saint-Genès-Champanelle", "1 coopec à Kinshasa": a postcode or a place is no resource type.
  if (namesAPlace(words) || isPostcode(amount, words)) return undefined;
  const key = resourceTypeKey(words);
  return RESOURCE_TYPE_KEY.test(key) ? { type: key, count } : undefined;
}

/** "49100 Angers", "1050 Ixelles": four or five figures before a capitalised word are a postcode. */
const isPostcode = (amount: string, words: string) =>
  /^\d{4,5}$/u.test(amount) && /^\p{Lu}/u.test(words);

/** Words that hold a proper name: a capitalised word after the first, or a capitalised compound. */
function namesAPlace(words: string): boolean {
  const [first = '', ...rest] = words.split(/\s+/u);
  return rest.some((word) => /^\p{Lu}/u.test(word)) || /^\p{Lu}[\p{L}]*-\p{Lu}/u.test(first);
}

/** One word the prose writes only in capitals, as an acronym in brackets: "Uccao" for "(UCCAO)". */
function writtenInCapitals(name: string, prose: string): boolean {
  const upper = name.toUpperCase();
  return /^\p{L}{3,8}$/u.test(name) && name !== upper && prose.includes(`(${upper})`);
}

function detectLanguage(prose: string): 'en' | 'fr' {
  const french = prose.match(FRENCH_WORDS)?.length ?? 0;
  const english = prose.match(ENGLISH_WORDS)?.length ?? 0;
  return french > english ? 'fr' : 'en';
}

const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/iu;
const MENU_SEPARATOR = /\s(?:\||>|»|·)\s/u;
/** A French quotation closed on its line ("le projet « Terre » de la CRESS"): its » is no breadcrumb's. */
const CLOSED_QUOTATION = /«[^«»\n]*»/gu;
/** "Accueil » Actualités", "Home | News": a menu or a breadcrumb, not prose. */
const isMenuLine = (line: string) => MENU_SEPARATOR.test(line.replace(CLOSED_QUOTATION, '«»'));
const NAME_WITH_ACRONYM =
  /^(?:The |La |Le |Les |L'|L’)?([\p{Lu}][^()]{2,150}?)\s*\(([^()]{2,30})\)/u;
const FORMER_NAME =
  /\b(?:anciennement|formerly(?: known as| called)?|previously known as|sous le nom d[eu']|ex-)\s*(?:l'|le |la |the )?([\p{Lu}][^,;.()]{3,80})/gu;

const isTitleLine = (line: string) =>
  line.length <= 200 && (!/[.!?:;]$/.test(line) || /^\S+!$/u.test(line)) && /\p{L}/u.test(line);
/** "Le Chantier a 20 ans !": a short exclamation heads a page (a headline), it is neither a name nor prose. */
const isHeadline = (line: string) => {
  const words = line.split(/\s+/).length;
  // "CooperationWorks!" is a name with its "!", not a headline.
  return /[!?]\s*$/u.test(line) && words >= 3 && words <= 10;
};
/** A page number a PDF's text keeps on its own line ("4"): never a title, never prose. */
const PAGE_NUMBER = /^\d{1,3}$/u;
/** "Jump to content", "Aller au contenu": a saved page's skip link, never a title, never prose. */
const SKIP_LINK =
  /^(?:jump|skip|go|aller|passer)\s+(?:directement\s+)?(?:to|au|à)\s+(?:the\s+|la\s+|le\s+)?(?:main\s+)?(?:content|navigation|search|contenu(?:\s+principal)?|menu|recherche)$/iu;
/** "6 minute read": an article's reading time. */
const READING_TIME_LINE = /^\d{1,3}\s+(?:min(?:ute)?s?\.?\s+read|minutes?\s+de\s+lecture)$/iu;
/** "![](https://…/photo.jpeg)": an image a saved page keeps as markup, never a title, never prose. */
const IMAGE_MARKUP = /^!\[[^\]]*\]\([^()\s]*\)$/u;
const isNoise = (line: string) =>
  isHeading(line) ||
  isMenuLine(line) ||
  PAGE_NUMBER.test(line) ||
  SKIP_LINK.test(line) ||
  IMAGE_MARKUP.test(line) ||
  READING_TIME_LINE.test(line);

/** A dateline a saved article opens with ("date 2020-08-17 The …", "Publié le 2021-03-12"). */
const DATELINE =
  /^(?:date|published(?: on)?|posted(?: on)?|publiée? le|mis en ligne le)\s*:?\s*\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\s+/iu;
/** A wiki or markdown heading's marks ("= Title =", "==Members==", "## Members"): layout, not words. */
const HEADING_MARKS = /^(?:(={1,6})\s*(.+?)\s*\1|#{1,6}\s+(.+))$/u;
const withoutHeadingMarks = (line: string) =>
  line.replace(HEADING_MARKS, (_, _marks, wiki, markdown) => wiki ?? markdown);
/** "Founded | 2003 |": a fact row of a saved infobox, kept as prose though it reads like a menu. */
const FOUNDED_ROW =
  /^(?:founded|established|formation|fondée?|fondation|création|date de création|year founded)\s*\|\s*(?:1[89]|20)\d\d\s*\|?$/iu;

/**
 * "Historique ADESS Cornouaille", "About the Kelp Network": a heading word before the name is not
 * part of it. Case-sensitive (no i flag): under /iu `\p{Lu}` matches any letter, and "Focus on
 * results for farmers" is a headline (it stays whole, and the prose names the actor), not a heading
 * word before a name.
 */
const HEADING_LEAD =
  /^(?:[Hh]istorique|[Hh]istoire|[Pp]résentation|[Pp]resentation|[Hh]istory|[Aa]bout|[Àà] propos|[Zz]oom sur|[Ff]ocus sur|[Ff]ocus on|[Ss]potlight on)\s+(?:(?:[Oo]f|[Dd]e|[Dd]u|[Dd]es|[Tt]he|[Ll]a|[Ll]e|[Ll]es)\s+|[Dd]['’]|[Ll]['’])?(?=\p{Lu})/u;
/** "Draft:Society for …": a wiki's namespace before a page's name is not part of it. */
const WIKI_NAMESPACE =
  /^(?:Draft|Brouillon|Wikipedia|Wikipédia|Portal|Portail|Category|Catégorie):(?=\p{Lu})/u;
/**
 * "Harbour Network Members", "X – Nos partenaires": the site's section a page is, after its body's
 * name. "Partners" and "News" only with a possessive: bodies are named "… Partners", "… News".
 */
const HEADING_TAIL =
  /(?<=\p{L}|\.)\s+(?:[-–—|:]\s+)?(?:(?:(?:[Oo]ur|[Nn]os|[Ss]es)\s+)?(?:[Mm]embers|[Mm]embership|[Hh]istory|[Tt]eam|[Cc]ontact|[Mm]embres|[Aa]dhérents|[Hh]istorique|[ÉéEe]quipe|[Aa]ctualités)|(?:[Oo]ur|[Nn]os|[Ss]es)\s+(?:[Pp]artners|[Nn]ews|[Pp]artenaires))$/u;
/** "Objectives and Activities of X", "Missions de X": an about page's section names its body after "of"/"de". */
const SECTION_OF =
  /^(?:(?:Objectives|Objectifs|Activities|Activités|Missions?|Goals|Buts|Values|Valeurs|Vision|Governance|Gouvernance|Structure|Statutes|Statuts)(?:,?\s+(?:and|et|&)\s+|,\s+)?)+\s*(?:of(?:\s+the)?|de(?:\s+la)?|du|des|d['’]|de\s+l['’])\s*(?=\p{Lu})/u;
/** "— Wikipédia", "- Wikipedia, the free encyclopedia": the encyclopedia a saved article's title names. */
const ENCYCLOPEDIA =
  /^(?:Wikipedia|Wikipédia)(?:,\s+(?:the free encyclopedia|l['’]encyclopédie libre))?$/u;
/**
 * "Lorem Network - Home", "Dolor — Wikipédia": a title line's parts between spaced bars or dashes
 * that are a heading or the site's name are left out, as for an HTML <title>; a part that names
 * anything else keeps the line whole ("COOPI - Cooperazione Internazionale").
 */
function withoutSiteParts(line: string): string {
  const parts = titleParts(line);
  if (parts.length < 2) return line;
  const kept = parts.filter((part) => part !== '' && !isHeading(part) && !ENCYCLOPEDIA.test(part));
  return kept.length === 1 ? (kept[0] as string) : line;
}
const withoutHeadingLead = (line: string) => {
  const rest = withoutSiteParts(line)
    .replace(WIKI_NAMESPACE, '')
    .replace(HEADING_LEAD, '')
    .replace(SECTION_OF, '')
    .replace(HEADING_TAIL, '');
  return rest !== line && !isHeading(rest) ? rest : line;
};

/** The page's <title>, without the site's name or a heading word around it. */
function htmlTitle(html: string): string | null {
  const title = /<title[^>]*>([^<]*)<\/title>/iu.exec(html)?.[1];
  if (!title) return null;
  const text = convert(title, { wordwrap: false }).trim();
  return titleParts(text).find((part) => part !== '' && !isHeading(part)) ?? null;
}

/** Lines after "… :" that are items of a list, joined back into the sentence they end. */
/** A heading that announces the actor's members: "Members", "Our members", "Nos adhérents", "Les membres de X". */
const MEMBERS_HEADING =
  /^(?:(?:our|its|the) )?(?:members|member organi[sz]ations|(?:organi[sz]ational |institutional )?membership)$|^(?:(?:nos|ses|les) )?(?:membres|adhérents)(?: (?:de|du|d['’]) ?[^.:;]{2,60})?$/iu;
/** Items written on one line between dashes or bullets: "ACFI - AID - ALEAP". */
const INLINE_ITEMS = /\s(?:-|–|•|·)\s/u;

/** A line that can be a list's item: short, not a sentence, a count, a heading or a date ("Novembre 2008"). */
const isItemLine = (line: string | undefined): line is string =>
  line !== undefined &&
  line.length < 160 &&
  !/\.$/.test(line) &&
  !/\b(?:1[89]|20)\d\d\b/.test(line) &&
  !isHeading(line) &&
  !parseResourceLine(line);

/** A bullet's name without the description after it: "KUSCCO, the union for …", "X for cooperative training". */
const itemName = (item: string) =>
  item
    .replace(/(?:,\s|\s(?:for|offering|providing|pour|qui|which)\s(?=\p{Ll})).*$/u, '')
    .replace(/[;,.]$/u, '');

/**
 * A members heading followed by item lines is one incoming membership list, as "Its members: A, B."
 * would be (closed by a full stop, so that the page's next line is not an item); items between
 * dashes or bullets on one line are split.
 */
function membersLists(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (!MEMBERS_HEADING.test(line) || !isItemLine(lines[index + 1])) {
      out.push(line);
      continue;
    }
    const items: string[] = [];
    while (isItemLine(lines[index + 1])) {
      index += 1;
      items.push(...(lines[index] as string).split(INLINE_ITEMS).map(itemName));
    }
    const opener = /^(?:nos|ses|les|membres|adhérents)/iu.test(line)
      ? 'Ses membres :'
      : 'Its members:';
    // " ; " between items, as joinLists writes them: "Lire et Ecrire" stays one item.
    out.push(`${opener} ${items.map((item) => item.trim()).join(' ; ')}.`);
  }
  return out;
}

function joinLists(lines: readonly string[]): string[] {
  const out: string[] = [];
  let listOpen = false;
  for (const line of lines) {
    const last = out.at(-1);
    // A dot after an initial or a company form ("de l'Î.-P.-É.", "Acme Inc.") does not end a sentence.
    const item =
      line.length < 160 &&
      (!/\.$/.test(line) ||
        /^(?:and|et|…|etc)/iu.test(line) ||
        /(?:(?<![\p{L}])\p{Lu}|\b(?:Inc|Ltd|Ltée|Corp|Co))\.$/u.test(line));
    if (listOpen && last !== undefined && item && parseResourceLine(line) === undefined) {
      out[out.length - 1] =
        `${last}${/:\s*$/.test(last) ? ' ' : ' ; '}${line.replace(/[.;,]$/, '')}`;
      continue;
    }
    listOpen = /:\s*$/.test(line);
    out.push(line);
  }
  return out.map((line) => (/[^.!?…]$/.test(line) && / ; /.test(line) ? `${line}.` : line));
}

/**
 * A page saved with hard line breaks: a line of prose that stops without punctuation and a next
 * line that goes on in lowercase are one sentence ("Le Réseau … de l'économie" / "sociale et …").
 */
const BULLET = /^[*•·▪◦–-]\s/u;

function unwrapLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    const lowercaseWords = last?.split(/\s+/).filter((word) => /^\p{Ll}/u.test(word)).length ?? 0;
    // A blank line between two lines is a paragraph break, never a wrap.
    if (
      last !== undefined &&
      last !== '' &&
      line !== '' &&
      !BULLET.test(last) &&
      !BULLET.test(line) &&
      !URL_LINE.test(last) &&
      !isMenuLine(last) &&
      // A line cut after a linking word, or prose (not a heading in capitals) going on in lowercase.
      (/\s(?:de|du|des|d'|d’|of|the|et|and|la|le|les|l'|l’|à|au|aux|for|pour)$/u.test(last) ||
        (/^\p{Ll}/u.test(line) && !/[.!?:;,…]$/u.test(last) && lowercaseWords >= 3))
    )
      out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out;
}

/** "Pellervo is a part of the global cooperative community": a first line that defines its subject is prose. */
const DEFINITION =
  /^(\p{Lu}[^,;:.!?]{0,80}?)\s(?:is|est|was|était)\s(?:a|an|the|one of|part of|a part of|un|une|le|la|l'|l’|l'un|l’un)\s/u;

/**
 * The name a short title opens: "Sollio" over a first sentence "Sollio Groupe Coopératif, …, est
 * une coopérative …" is that longer name (the subject the page defines). An encyclopedia's article
 * defines it after its infobox, with the pronunciation between slashes ("X Group Limited /ˈx/ is").
 */
function longerOpening(name: string, paragraphs: readonly string[]): string | null {
  for (const [at, paragraph] of paragraphs.slice(0, LEAD_PARAGRAPHS).entries()) {
    const first = paragraph.replace(/^(?:The|La|Le|Les|L['’])\s*/u, '');
    const run = first.startsWith(`${name} `)
      ? namedThing(first.split(/\s+/).slice(0, 10).join(' '))?.replace(/[,;:]$/u, '')
      : undefined;
    const rest =
      run?.startsWith(`${name} `) && run.split(/\s+/).length <= 6 ? first.slice(run.length) : null;
    if (rest !== null && (at === 0 ? OPENING_REST : LEAD_REST).test(rest)) return run as string;
    // Under the short lines of an infobox or a caption only: a paragraph of prose ends the lead's search.
    if (paragraph.length > 80) return null;
  }
  return null;
}

/** What follows the name in a first sentence that defines it: an apposition, a bracket, a verb. */
const OPENING_REST = /^(?:\s*,|\s*\(|\s+(?:is|est|was|a été|fut)\s)/u;
/** What follows it in an encyclopedia's lead: its acronym in brackets, or maybe a pronunciation,
 * then "is a", "est une". */
const LEAD_REST =
  /^(?:\s*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,12}\)|(?:\s+\/[^/\s][^/]{0,40}\/)?\s+(?:is|est|was|était)\s+(?:a|an|the|un|une|le|la|l['’])\s)/u;

/** The lines an article's lead may sit under: a caption, a site's tagline, an infobox's rows. */
const LEAD_PARAGRAPHS = 30;

const OPENING_CLAUSE =
  /^(?:Established|Founded|Created|Set up|Launched|Formed|Born|Incorporated|Registered|Fondée?|Créée?|Née?|Lancée?|Constituée?|In|En|Since|From|Depuis|Dès|À partir de|After|Après)(?![\p{L}\p{N}])[^,.;]{0,60}\b(?:1[89]|20)\d\d,\s+/u;

/** "Élevage. Déjà partenaires, X et Y …": a news lead's one-word rubric, with its full stop, is no name. */
const KICKER = /^\p{Lu}\p{Ll}{3,}\.\s+(?=\p{Lu})/u;

/** The name a sentence opens with when a verb follows it ("The X Network was …"), with a kind word. */
function openingSubject(sentence: string): string | undefined {
  const found =
    /^(?:The |La |Le |L')?((?:\p{Lu}[\p{L}'-]*\s+(?:(?:of|for|and|de|du|des|d'|la|l')\s+)?){1,6})(?:was|is|has|a été|est|était)\s/u.exec(
      sentence,
    );
  const name = found?.[1]?.trim();
  return name && name.split(/\s+/u).length >= 2 && kindOf(name) !== null ? name : undefined;
}

/** A sentence's subject that opens with a capitalised head and goes on in lowercase, before a verb. */
function sentenceSubject(sentence: string): string | undefined {
  const found =
    /^(?:Le |La |L'|L’|The )(\p{Lu}[\p{L}'’-]+(?:\s+\p{Ll}[\p{L}'’-]+){0,2})\s+(?:a|ont|est|sont|has|have|is|are|was|were)\s/u.exec(
      sentence,
    )?.[1];
  const authority = /^(?:Gouvernement|Government|Parlement|Parliament)\s/u;
  return found && (kindOf(found) !== null || authority.test(found)) ? found : undefined;
}

function nameFromProse(
  paragraphs: readonly string[],
): { name: string; acronym: string | null; opens?: boolean } | null {
  // "Established in 2005, X is …": the subject follows an opening clause of time or manner.
  const first = (paragraphs[0] ?? '')
    .replace(/[’]/g, "'")
    .replace(KICKER, '')
    .replace(OPENING_CLAUSE, '');
  const withAcronym = NAME_WITH_ACRONYM.exec(first);
  // "… et Covéa (GMF, MAAF, MMA) parviennent": a list in brackets after a clause glosses no name.
  if (withAcronym && !/,/u.test(withAcronym[2] as string)) {
    const acronym = (withAcronym[2] as string).trim();
    const written = (withAcronym[1] as string).trim();
    // "WFTO-Europe works with the Fair Trade Advocacy Office (FTAO)": the name is what the acronym spells.
    const name = expansionOf(acronym, first) ?? written;
    // "The X Network was set up … by the Y Agency (YA)": the sentence's subject is the page's body.
    const subject = name === written ? undefined : openingSubject(first);
    if (subject && !written.startsWith(name)) return { name: subject, acronym: null, opens: true };
    // "X (Confédération paysanne)": a name of several words in brackets, none an acronym, is no acronym.
    const words = acronym.split(/\s+/u);
    // "X (Hebrew: …)", "X (in French: …)": a translation in brackets is no acronym either.
    const abbreviation =
      (words.length === 1 || words.some(isAcronym)) &&
      !acronym.includes(':') &&
      mayAbbreviate(acronym);
    return { name, acronym: abbreviation ? acronym : null, opens: name === written };
  }
  const words = first.split(/\s+/);
  const named = namedThing(words.slice(0, 14).join(' '));
  // "Jane Doe, minister of …": a person's caption, whose comma kept the name from reading as a person's.
  const run = named && isPersonName(named.replace(/[,;:]$/u, '')) ? undefined : named;
  // The page's subject when a verb follows it ("Fairtrade International is part of …"), not a
  // headline in title case ("NCGA Welcomes New Member …") nor a caption.
  const rest = first.slice(first.indexOf(run ?? '\u0000') + (run?.length ?? 0));
  const subject =
    run !== undefined &&
    /^\s+\p{Ll}/u.test(rest) &&
    !/[,;:]$/u.test(run) &&
    !/^(?:Through|With|In|At|For|Since|From|After|Depuis|Avec|Dans|En|Pour|Par|Après|Grâce)\s/u.test(
      run,
    );
  if (run) return { name: run, acronym: null, opens: subject };
  // "At their founding convention, the United States Federation of … set": a body's name further on.
  for (let at = 1; at < Math.min(words.length, 40); at += 1) {
    // A sentence's full stop is not part of the name.
    const later = namedThing(words.slice(at, at + 14).join(' '))?.replace(/\.$/u, '');
    if (later && !/[,;]/u.test(later) && later.split(/\s+/).length >= 3 && kindOf(later) !== null)
      return { name: later, acronym: null };
  }
  return null;
}

/**
 * A title line stands when it reads as a name and the prose names it (or its acronym), or when
 * it has a kind word ("… Federation") and no other body stands out in the prose.
 */
function titleHolds(line: string, prose: string): boolean {
  if (!isNameShaped(line) || DEFINITION.test(line)) return false;
  const titleMatch = titleOf(line);
  const name = (titleMatch?.[1] ?? line).trim();
  const acronym = titleMatch?.[2]?.trim() ?? (isAcronym(name) ? name : null);
  const named = mentions(name, acronym, prose) >= 1;
  // "Unite!" is a headline unless the prose names it ("CooperationWorks!").
  if (/!$/u.test(name)) return named;
  if (named || prose.length < 200) return true;
  return mostUsedBody(prose) === null;
}

/** The actor of a page without a usable title: the first sentence's body when the page names it
 * again, else the body the page names most, else the first sentence's. */
function actorOfProse(paragraphs: readonly string[], prose: string): PageActor | null {
  // A news item whose lead announces a new body or project ("pour créer la « Fondation X »") is about it.
  const announced = newBody(paragraphs);
  if (announced) return { name: announced, acronym: null };
  const first = nameFromProse(paragraphs);
  if (first?.opens || (first && mentions(first.name, first.acronym, prose) >= 2)) return first;
  const defined = definedBody(paragraphs);
  return (
    createdBody(paragraphs) ??
    (defined ? { name: defined, acronym: null } : null) ??
    mostUsedBody(paragraphs.join('\n')) ??
    first
  );
}

/** "Kelp Sweden, launched on 11 May, was set up by …": a news item about a new body is about it. */
const CREATED_SUBJECT =
  /(?:^|[.!?]\s+)((?:The |La |Le |L['’])?\p{Lu}[^,.;:!?]{2,80}?)(?:,[^,.;]{0,60},)?\s(?:was|has been|is|a été|est|vient d'être)\s(?:officially |formally |officiellement )?(?:set up|created|launched|founded|established|formed|créée?|lancée?|fondée?|constituée?)\b/u;

function createdBody(paragraphs: readonly string[]): PageActor | null {
  for (const paragraph of paragraphs.slice(0, 4)) {
    const subject = CREATED_SUBJECT.exec(paragraph)?.[1];
    if (subject === undefined) continue;
    const name = namedThing(subject);
    if (name && name === subject.replace(/^(?:The|La|Le|L['’])\s*/u, ''))
      return { name, acronym: null };
  }
  return null;
}

/**
 * A name that is the address's body: the same name or acronym; for the site's own name (the host),
 * also a longer name that holds it ("CRESS Bretagne" on cress-bretagne.org), unless a heading word
 * opens it ("Présentation de l'Unamusc"); given the prose, also a title that writes it out.
 */
function sameBody(
  line: string,
  actor: PageActor & { via: 'path' | 'host' },
  prose?: string,
): boolean {
  const titleMatch = titleOf(line);
  const names = [titleMatch?.[1] ?? line, titleMatch?.[2] ?? ''].map(compactName);
  const own = [actor.name, actor.acronym ?? ''].map(compactName).filter((name) => name.length >= 3);
  if (own.some((name) => names.includes(name))) return true;
  if (prose !== undefined && spellsOut(titleMatch?.[1] ?? line, actor, prose)) return true;
  const opensWithHeading = /^(\p{L}+)\s+(?:de|du|des|of)\s/u.exec(line)?.[1];
  // "Initié en 2002 avec X, le réseau des Y regroupe": a clause that holds the name is not it.
  return (
    actor.via === 'host' &&
    isNameShaped(line) &&
    !HEADING_WORDS.has(normalise(opensWithHeading ?? '')) &&
    own.some((name) => names.some((written) => written.includes(name)))
  );
}

/**
 * "VICTO National" over a page whose address writes "victo": a title that opens with the
 * address's body and goes on in name-shaped words is that body's full name, when the prose
 * writes the whole title too (a headline, "VICTO Celebrates 50 Years", the prose does not repeat).
 */
function spellsOut(title: string, actor: PageActor, prose: string): boolean {
  const own = [actor.name, actor.acronym ?? ''].find(
    (name) => name.length >= 2 && title.startsWith(`${name} `),
  );
  if (own === undefined || !isNameShaped(title) || timesNamed(prose, title) === 0) return false;
  // "NENA Cooperatives Week 2022": an event or a document the body holds, named after it, is not
  // it; "Union des X en ordre de marche": a headline goes on in lowercase, a name's next word not.
  const tail = title.slice(own.length + 1);
  return (
    /^\p{Lu}/u.test(tail) &&
    !/\d/u.test(tail) &&
    !['Event', 'PolicyDocument'].includes(kindOf(tail) ?? '')
  );
}

/** "Liste des centres", "Directory of …", "Informations sur la structure": a directory's heading. */
const LIST_HEADING =
  /^(?:liste|list|annuaire|directory|répertoire|informations?|info)\s+(?:des|de|du|d['’]|of|sur|about|on)\s/iu;

/**
 * A line that heads a listing, not a body: a directory heading, or a plural (one word or two) the
 * page writes in lowercase as a common noun ("Producteurs" over "… les producteurs de …").
 */
function isListHeading(line: string, lines: readonly string[]): boolean {
  if (LIST_HEADING.test(line)) return true;
  // "Success stories", "Dernières nouvelles": a rubric of two words ending in a plural, too.
  if (!/^\p{Lu}\p{Ll}+(?: \p{Ll}+)?[sx]$/u.test(line)) return false;
  const lower = line.toLowerCase();
  const text = lines.join('\n');
  return (
    wholeLetterWords(lower).test(text) &&
    !new RegExp(`[\\p{Ll},;][^\\S\\n]+${line}${LETTERS_END}`, 'u').test(text)
  );
}

/** "Le Jardin haut, Villemur": a place after a comma locates the body the prose names without it. */
function withoutPlaceTail(name: string, prose: string): string {
  const [, head, tail] =
    /^(.+?),\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)$/u.exec(name) ?? [];
  if (head === undefined || tail === undefined) return name;
  return timesNamed(prose, head.replace(/^(?:The|La|Le|Les|L['’])\s*/u, '')) >= 1 &&
    timesNamed(prose, name) === 0
    ? head
    : name;
}

/** "Lorn Union's Achievements": a possessive heading is about its possessor, which the prose names. */
function withoutPossessedTail(name: string, prose: string): string {
  const owner = /^(.+?)['’]s?\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u.exec(name)?.[1];
  if (owner === undefined) return name;
  // The heading itself may be a line of the prose: once.
  return timesNamed(prose, owner) >= 2 && timesNamed(prose, name) <= 1 ? owner : name;
}

/** Parses a profile's bytes; throws a ProfileError naming the file when it is not a profile. */
export function parseProfile(
  bytes: Uint8Array,
  file = 'profile',
  options: { actorGiven?: boolean; html?: boolean; anyLanguage?: boolean; pageUrl?: string } = {},
): ParsedProfile {
  const raw = decodeText(bytes, file);
  const html = options.html === true || looksLikeHtml(raw, file);
  if (html) checkNesting(raw, file);
  const text = html ? htmlToLines(raw) : raw;
  const laidOut = unwrapLines(text.split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim()));
  const lines = laidOut.map((line) =>
    withoutHeadingMarks(line)
      .replace(/^[*•·▪◦–-]\s+/u, '')
      .replace(DATELINE, ''),
  );
  const filled = lines.filter((line) => line !== '');
  if (filled.length === 0) throw new ProfileError('EMPTY', `${file}: the file holds no text`);
  let index = 0;
  let sourceUrl: string | null = null;
  if (URL_LINE.test(filled[0] as string)) {
    sourceUrl = (filled[0] as string).replace(/^www\./iu, 'https://www.');
    index = 1;
  }
  while (
    index < filled.length &&
    (isNoise(filled[index] as string) ||
      isRepeatedPhrase(filled[index] as string) ||
      (index <= 1 && isHeadline(filled[index] as string)) ||
      (index <= 2 && isListHeading(filled[index] as string, filled)))
  )
    index += 1;
  const first = filled[index];
  const candidate = first === undefined ? undefined : withoutHeadingLead(first);
  if (candidate !== undefined) filled[index] = candidate;
  let titled = candidate !== undefined && isTitleLine(candidate) && !isNoise(candidate);
  const read = (from: number) => {
    const paragraphs: string[] = [];
    const resourceCounts: ResourceCount[] = [];
    for (const line of joinLists(membersLists(filled.slice(from)))) {
      if (isNoise(line) && !FOUNDED_ROW.test(line)) continue;
      const resource = parseResourceLine(line);
      if (resource) resourceCounts.push(resource);
      else paragraphs.push(line);
    }
    return { paragraphs, resourceCounts };
  };
  let { paragraphs, resourceCounts } = read(titled ? index + 1 : index);
  let setAside = false;
  // The body the page's address names, when the page names it too, comes before its first line.
  const pageText = filled.slice(index).join('\n');
  let fromUrl = urlActor(sourceUrl ?? options.pageUrl ?? null, pageText);
  // The site's own name yields to a body the page names more often (a network's news of a member).
  // … not on its list of its own members or partners, who are named there more than it is.
  const most =
    fromUrl?.via === 'host' && !isOwnList(sourceUrl ?? options.pageUrl ?? null)
      ? mostUsedBody(pageText)
      : null;
  if (
    fromUrl &&
    most &&
    mentions(most.name, most.acronym, pageText) >
      mentions(fromUrl.name, fromUrl.acronym, pageText) &&
    // … unless the page opens with the site's body as its subject: then the others are its partners.
    !opensWith(pageText, fromUrl)
  )
    fromUrl = null;
  const titleIsUrlActor =
    fromUrl !== null && titled && sameBody(candidate as string, fromUrl, paragraphs.join('\n'));
  if (fromUrl && titled && !titleIsUrlActor) {
    titled = false;
    ({ paragraphs, resourceCounts } = read(index));
  }
  if (titled && !titleIsUrlActor && !titleHolds(candidate as string, paragraphs.join('\n'))) {
    // A headline, a caption or a clause cut short: the prose names the actor, and the line is prose.
    titled = false;
    setAside = true;
    ({ paragraphs, resourceCounts } = read(index));
  }
  // A page the rules cannot read is refused before its title is guessed: its name would be a guess too.
  const prose = paragraphs.join(' ');
  const spoken = pageLanguage(prose);
  if (!spoken.readable && !options.anyLanguage) {
    throw new ProfileError(
      'UNSUPPORTED_LANGUAGE',
      `${file}: the page reads as ${spoken.code} (ISO 639-3); the rules read French and English only, so nothing would be found; pass --any-language (API: anyLanguage: true) to read it anyway`,
    );
  }
  const titleMatch = titled ? titleOf(candidate as string) : null;
  let name = titled ? (titleMatch?.[1] ?? (candidate as string)).trim() : '';
  let acronym = titleMatch?.[2]?.trim() ?? null;
  // A headline over the prose ("X célèbre ses 25 ans") is about the body it names: that body.
  const about = titled && acronym === null ? headlineBody(name, prose) : null;
  if (about) name = about;
  if (!titled) {
    const fromPage = (html ? htmlTitle(raw) : null) ?? null;
    // A line set aside as a title (a caption, a headline of up to 14 words) does not open the prose.
    const opening =
      setAside && paragraphs[0] === candidate && (candidate as string).split(/\s+/).length <= 14
        ? paragraphs.slice(1)
        : paragraphs;
    const ofProse = actorOfProse(opening, prose);
    // The site's name yields to the prose's own body when that holds it ("Fairtrade International").
    const found =
      fromUrl &&
      !(
        ofProse &&
        sameBody(
          ofProse.acronym ? `${ofProse.name} (${ofProse.acronym})` : ofProse.name,
          fromUrl,
        ) &&
        fromUrl.via === 'host'
      )
        ? { name: fromUrl.name, acronym: fromUrl.acronym }
        : ofProse;
    // Last, a first line the prose never names: a guess a curator corrects, better than no import.
    const lastResort =
      candidate !== undefined && isTitleLine(candidate) && isNameShaped(candidate) ? candidate : '';
    name = found?.name ?? fromPage ?? lastResort;
    acronym = found?.acronym ?? null;
  }
  // No title and no body the rules above settle on, or a line no body is named by: the bodies the
  // page names vote.
  // A place read off a headline or an address is no body either.
  const namesAPlace = name !== '' && (namesPlace(name) || isBarePlace(name, pageText));
  if (name === '' || isUnreadableName(name, prose) || isClauseFragment(name) || namesAPlace) {
    // What a news lead announces as new ("the new X Project"), or the body the opening sentences
    // define ("X, collectif d'associations …"), comes before a vote; a place has its own order below.
    const defined = namesAPlace ? null : (newBody(paragraphs) ?? definedBody(paragraphs));
    const voted = defined
      ? { name: defined, acronym: null }
      : votedActor(pageText, sourceUrl ?? options.pageUrl ?? null);
    // Else the first sentence's subject: "Le Gouvernement régional a validé …".
    const subject = voted ? undefined : sentenceSubject(paragraphs[0] ?? '');
    if (voted) [name, acronym] = [voted.name, voted.acronym];
    else if (subject) [name, acronym] = [subject, null];
    // Else the name the prose keeps writing, over the place.
    else if (namesAPlace)
      [name, acronym] = [
        repeatedName(pageText, sourceUrl ?? options.pageUrl ?? null) ?? name,
        null,
      ];
  }
  // Else the name the prose keeps writing inside its sentences ("Herrikoa publie …").
  if (name === '') name = repeatedName(prose, sourceUrl ?? options.pageUrl ?? null) ?? '';
  // A record the page opens with names its body in its name field ("Dénomination : X").
  const recorded = recordName(filled.slice(index, index + 3));
  // The reading's acronym stays when the value writes it ("ACR-Place").
  if (recorded)
    [name, acronym] = [
      recorded,
      acronym && recorded.split(/[\s-]+/u).includes(acronym) ? acronym : null,
    ];
  // A reading the page never takes up yields to the body it does (named, spelled, opened with).
  const address = sourceUrl ?? options.pageUrl ?? null;
  // A record's name field is the body's own word: no address word ("Fiche.php") outweighs it.
  const uptaken =
    name === '' || recorded
      ? null
      : uptakenActor({ name, acronym }, votedActor(pageText, address), pageText, address);
  if (uptaken) [name, acronym] = [uptaken.name, uptaken.acronym];
  // A title that is a definition names its subject: "Pellervo is a part of …" → Pellervo; but
  // "X is the new head of the Y Network (YN)" is about the body its acronym spells.
  const spelledTail =
    acronym && DEFINITION.test(name) ? expansionOf(acronym, `${name} (${acronym})`) : null;
  if (spelledTail && name.endsWith(` ${spelledTail}`)) name = spelledTail;
  const defined = DEFINITION.exec(name)?.[1];
  if (defined && defined.split(/\s+/).length <= 6) name = defined;
  if (name !== '') name = withoutPossessedTail(withoutPlaceTail(name, prose), prose);
  if (name !== '') name = longerOpening(name, paragraphs) ?? name;
  // A name read short goes on as far as the page writes it (with a longer name's acronym, or as
  // its address spells it).
  const extent = name === '' ? null : nameExtent(name, prose, sourceUrl ?? options.pageUrl ?? null);
  if (extent) [name, acronym] = [extent.name, extent.acronym ?? acronym];
  name = withoutPossessive(name);
  // Last before refusing: a body the opening writes in lowercase, its acronym spelling its words.
  const lowercaseBody = name === '' ? lowercaseSpelledBody(paragraphs) : null;
  if (lowercaseBody) [name, acronym] = [lowercaseBody.name, lowercaseBody.acronym];
  if (name === '' && !options.actorGiven) {
    throw new ProfileError(
      'NO_TITLE',
      `${file}: no actor name: the first line is not a name and the prose names none; give one as the first line, e.g. "Mouvement pour l'Economie Solidaire (MES)", or pass --actor KEY`,
    );
  }
  acronym ??=
    name === '' ? null : acronymOf(name.replace(/^(?:The|La|Le|Les|L['’])\s+/u, ''), prose);
  // A title that writes an acronym in lowercase ("Uccao") is the acronym the prose writes in capitals.
  if (!isAcronym(name) && writtenInCapitals(name, prose))
    [name, acronym] = [name.toUpperCase(), null];
  // An actor written only by its acronym ("CDS") is named by the full name the prose glosses it with.
  const spelled =
    isAcronym(name) && (acronym === null || acronym === name) ? fullNameOf(name, prose) : null;
  if (spelled) [name, acronym] = [spelled, name];
  // A one-word name the prose writes in brackets after a longer one ("… Cooperative Ltd (Kribhco)")
  // is the short form of that full name.
  const full = spelled || name.includes(' ') ? null : fullNameBefore(name, paragraphs.join('\n'));
  if (full) [name, acronym] = [full.name, full.acronym];
  // A legal form closing the name is not part of it ("… Limited", "…, Inc.": convention 1).
  name = withoutLegalFormTail(name, prose);
  const aliases = [...prose.matchAll(FORMER_NAME)]
    .map((match) => (match[1] as string).trim())
    .filter((alias) => alias.split(/\s+/).length >= 2);
  return {
    name,
    acronym,
    sourceUrl,
    aliases,
    language: detectLanguage(prose),
    paragraphs,
    lines: laidOut,
    resourceCounts,
  };
}
