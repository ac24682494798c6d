// A proposed body's name that is no whole name by its shape: a preposition's phrase, a clause, a
// date, a title, a kind of body, a fragment cut from a longer name. Such proposals are refused.
import { normalise } from '../text/normalise.js';
import { isHalfOfJoinedName } from './joined-name.js';
import { KIND_TERMS, LONE_KIND_NOUNS } from './kind-words.js';
import { isLegalFormAlone } from './legal-form-prefix.js';
import type { Matcher } from './match.js';
import { isAcronym, kindOf } from './names.js';
import { isFieldOfActivity } from './not-a-name.js';
import { inPlaceList, isKnownPlace } from './place-lists.js';
import type { End, ProposedRelation } from './proposal.js';
import { CLAUSE_VERBS, MONTH_NAME_ANY_CAPITAL } from './words.js';

export type ShapeFault =
  | 'preposition'
  | 'phrase'
  | 'clause'
  | 'date'
  | 'title'
  | 'kind'
  | 'cut'
  | 'tail'
  | 'count'
  | 'letter'
  | 'place'
  | 'pair'
  | 'field'
  | 'label';

/** "In ASEAN", "On February", "Dans le cadre": a preposition opens a phrase, not a name. */
const PREPOSITION_START =
  /^(?:in|on|at|for|from|with|by|into|under|since|during|among|between|as|through|dans|depuis|pendant|selon|parmi|lors|en)\s/iu;

/** Before a sentence's first word: nothing, an end of sentence or clause, a line break. */
const SENTENCE_START = /(?:^|[.!?:;…]|\n)\s*$/u;

/**
 * "Kelp works with On Purpose on …": a capitalised preposition that the page writes inside a
 * sentence opens a brand's name; only at a sentence's start does its capital say nothing.
 */
function writtenAsName(name: string, evidence: string): boolean {
  if (!/^\p{Lu}/u.test(name)) return false;
  for (let at = evidence.indexOf(name); at >= 0; at = evidence.indexOf(name, at + 1))
    if (!SENTENCE_START.test(evidence.slice(0, at))) return true;
  return false;
}

/** Lowercase words a name may open with: articles and particles ("l'Agence", "de Gaulle"). */
const LOWERCASE_OPENERS =
  /^(?:[ld]['’]|(?:le|la|les|the|de|du|des|d|van|von|der|den|di|da|dos)\s)/u;

/** "… has welcomed", "… est membre": a verb makes the phrase a clause. */
const CLAUSE_VERB = new RegExp(`\\s(?:${CLAUSE_VERBS.join('|')})(?:\\s|$)`, 'u');

/** "January 1", "1er mars": a date is no body. */
const DATE = new RegExp(
  `^(?:${MONTH_NAME_ANY_CAPITAL}\\s+\\d{1,4}|\\d{1,2}(?:er)?\\s+${MONTH_NAME_ANY_CAPITAL})\\b`,
  'u',
);

/** "4 Sociétés Anonymes", "1 ONG", "Top 100 Women": a count or a ranking, never one body's name. */
const COUNT = /^(?:Top\s+)?\d[\d.,]*\s+\p{L}/u;

/** "Establishment of the National System …", "Mise en place d'un fonds": an action done, not a body. */
const ACTION_OPENER =
  /^(?:Establishment|Creation|Promotion|Implementation|Strengthening|Improvement|Provision|Création|Mise en place|Renforcement|Accompagnement)\s+(?:of|de|du|des|d['’])(?=[\s\p{L}])/u;

/** "M", "X.": one letter is an initial or a cut word, never a body's whole name. */
const ONE_LETTER = /^\p{L}\.?$/u;

/** "the St." then "Cuthbert's Society": a saint's or a mount's abbreviation alone is a name the sentence break cut. */
const ABBREVIATION_ALONE = /^(?:St|Ste|Sts|Mt|Ft)\.?$/u;

/** "New Year", "Nouvel An": a season's name is no body. */
const SEASON = /^(?:(?:the\s+)?New\s+Year|Nouvel\s+An|Christmas|Noël)$/iu;

/** "Dr", "CEO of X", "UN Secretary General": a person's title or office. An apostrophe goes on
 * with the word: "Chair'ESS" is a body's name, not a chair. */
const TITLE =
  /^(?:Dr|Mr|Mrs|Ms|Mme|Prof|Sir|CEO|Chief|President|Président|Présidente|Chair|Chairman|Chairwoman|Chairperson|Director|Directeur|Directrice|Minister|Ministre|Secretary)(?![\p{L}\p{N}'’])|\b(?:Secretary[- ]General|General Secretary|Secrétaire générale?|Officer)$/u;

/** Acronyms and words of a kind of body, never one body: "ONG", "NGOs", "PME", "SCOP" alone. */
const KIND_WORDS = new Set(KIND_TERMS.map(normalise));

/** "Constituted Local SENs", "Member MFIs": a plural acronym at the end names a class of bodies. */
const PLURAL_ACRONYM_END = /(?:^|\s)\p{Lu}{2,}s$/u;

/** "Member Credit Institutions of …", "Membres fondateurs": members named by their plural kind. */
const MEMBERS_CLASS =
  /^(?:Members?|Membres?)\s+(?:\p{L}+\s+){0,3}?\p{L}*[^s\s]s(?:\s+(?:of|de|du|des|d['’])(?=[\s\p{L}])|$)/u;

/** "ACDI et UPA/DI", "TARN and KELNET": two acronyms joined by "and"/"et" are two bodies, not one name. */
const ACRONYM_PAIR = /^\p{Lu}[\p{Lu}\p{N}/&.-]+\s+(?:and|et|&)\s+\p{Lu}[\p{Lu}\p{N}/&.-]+$/u;

/** "Fair Trade–certified", "community-led", "Women owned": a compound adjective (a label or a
 * description) ends on a lowercase participle; an English name does not. */
const COMPOUND_ADJECTIVE = /[\s\-–‑](?:\p{Ll}{2,}ed|led|run|made|driven|owned|based|certified)$/u;

/** "coopératives HLM", "member NGOs ESUS": an acronym right after a lowercase plural kind noun
 * qualifies that class of bodies ("les coopératives HLM" are co-operatives of social housing). */
const CLASS_NOUN_BEFORE =
  /(?:^|[^\p{L}])(?:coop[eé]ratives|co-?operatives|associations|entreprises|enterprises|soci[eé]t[eé]s|companies|organismes|structures|mutuelles|banques|banks|caisses|f[eé]d[eé]rations|unions|r[eé]seaux|networks|organi[sz]ations)\s+$/u;

/** Whether `evidence` writes `name` followed by a parenthesis: its place, acronym or translation. */
const glossedAsName = (name: string, evidence: string) =>
  evidence
    .split(name)
    .slice(1)
    .some((after) => /^\s*\(/u.test(after));

/** Whether every place `evidence` writes the acronym `name` follows a plural kind noun. */
function qualifiesAClass(name: string, evidence: string): boolean {
  if (!isAcronym(name)) return false;
  let seen = false;
  for (let at = evidence.indexOf(name); at >= 0; at = evidence.indexOf(name, at + 1)) {
    if (/^[\p{L}\p{N}]/u.test(evidence.slice(at + name.length))) continue;
    if (!CLASS_NOUN_BEFORE.test(evidence.slice(0, at))) return false;
    seen = true;
  }
  return seen;
}

/** One word that is a kind of body: "Co-operative", "Fédération", "Réseau". */
const KIND_NOUNS = new Set(LONE_KIND_NOUNS.map(normalise));

/** The name's words without a plural "s" on an acronym ("NGOs", "PMEs"). */
const singular = (name: string) => normalise(name.replace(/(?<=\p{Lu}{2,})s$/u, ''));

/** "… Co-operative.The": a name glued to the next sentence's first word (a page's lost space). */
const GLUED_SENTENCE = /\.(?:The|This|These|It|Its|In|Le|La|Les|Il|Elle|Ce|Cette|En)$/u;

/** A name that ends on a connector, an article or an apostrophe was cut ("Federation of", "Producers'", "… d'"). */
const CUT_END = /(?:\s(?:of|and|for|the|de|du|des|et|la|le|les|pour)|['’])$/iu;
/** Whether a name was cut after a connector, an article or an apostrophe (a line break took its end). */
export const endsCut = (name: string) => CUT_END.test(name.trim());

/** A quotation: « … », “ … ” or " … " (a title of an event, a report, a work, or a name). */
const QUOTATION = /«([^»]{1,200})»|“([^”]{1,200})”|"([^"]{1,200})"/gu;

/** The words of a quotation or a name, articles and punctuation aside, to compare them. */
const quotedWords = (text: string) =>
  normalise(text)
    .split(' ')
    .filter((word) => word !== '' && !/^(?:the|le|la|les|l|a|an|un|une)$/u.test(word));

/**
 * Whether `evidence` writes `name` only inside quotations that hold more words than it: a piece of
 * a quoted title ("la Conférence « Économie Sociale : Tendances et Perspectives »" read as
 * "Tendances") is no name; a name quoted whole ("la coopérative « Kelp Zéro »") is one.
 */
export function isPieceOfQuotation(name: string, evidence: string): boolean {
  const own = quotedWords(name).join(' ');
  if (own === '' || !normalise(evidence).includes(own)) return false;
  const quotes = [...evidence.matchAll(QUOTATION)].map((m) => (m[1] ?? m[2] ?? m[3]) as string);
  const inside = quotes.filter((quote) => ` ${quotedWords(quote).join(' ')} `.includes(` ${own} `));
  if (inside.length === 0 || inside.some((quote) => quotedWords(quote).join(' ') === own))
    return false;
  // Outside every quotation, the page does not write the name.
  const outside = quotes.reduce((text, quote) => text.replace(quote, ' '), evidence);
  return !` ${quotedWords(outside).join(' ')} `.includes(` ${own} `);
}

/** The capitalised word right before one occurrence of a name, unless it opens the sentence. */
function wordBefore(text: string, at: number): string | undefined {
  const before = text.slice(0, at);
  const word = /(?<![\p{L}\p{N}'’&-])(\p{Lu}\p{Ll}+) $/u.exec(before)?.[1];
  if (!word) return undefined;
  // The sentence's first word ("Today X …") and an article are not part of the name.
  const rest = before.slice(0, before.length - word.length - 1).trimEnd();
  if (rest === '' || /[.!?:;"“«(]$/u.test(rest)) return undefined;
  return /^(?:The|Le|La|Les|Des|Its|Their|Our|Ses|Leurs|Nos|And|Et|Or|Ou)$/u.test(word)
    ? undefined
    : word;
}

/** Up to three capitalised words right before a name: "Crédit Mutuel" before "Massif Central". */
function runBefore(text: string, at: number): string | undefined {
  const words: string[] = [];
  let end = at;
  for (let word = wordBefore(text, end); word && words.length < 3; word = wordBefore(text, end)) {
    words.unshift(word);
    end -= word.length + 1;
  }
  return words.length > 0 ? words.join(' ') : undefined;
}

/**
 * The longer names `evidence` writes with `name` as their tail, one per place it writes `name`
 * ("Social Economy Agency" for "Economy Agency"); an empty string where the name stands alone.
 */
export function longerNames(name: string, evidence: string): string[] {
  const out: string[] = [];
  if (name.length < 3) return out;
  for (let at = evidence.indexOf(name); at >= 0; at = evidence.indexOf(name, at + 1)) {
    if (/^[\p{L}\p{N}]/u.test(evidence.slice(at + name.length))) continue;
    const head = runBefore(evidence, at);
    out.push(head ? `${head} ${name}` : '');
  }
  return out;
}

/** Why a proposed body's name (as written) is no whole name, or null when its shape is a name's. */
export function nameShapeFault(name: string, evidence: string, known: boolean): ShapeFault | null {
  const text = name.trim();
  if (DATE.test(text) || SEASON.test(text)) return 'date';
  if (TITLE.test(text)) return 'title';
  // A legal form alone names a status every such body holds, not one body.
  if (isLegalFormAlone(text)) return 'kind';
  // A graph name written inside a phrase ("of RIPESS", "JCCU will continue …") is read right
  // as often as not: the phrase's shape says nothing of it.
  if (known) return null;
  if (PREPOSITION_START.test(text) && !writtenAsName(text, evidence)) return 'preposition';
  if (/^\p{Ll}/u.test(text) && !LOWERCASE_OPENERS.test(text)) {
    // A lowercase phrase names one thing only with a kind word ("réseau …", "national charter …").
    if (kindOf(text) === null) return 'phrase';
  }
  if (CLAUSE_VERB.test(text)) return 'clause';
  if (ACTION_OPENER.test(text)) return 'phrase';
  if (COUNT.test(text)) return 'count';
  if (ONE_LETTER.test(text)) return 'letter';
  if (ABBREVIATION_ALONE.test(text)) return 'cut';
  // A name with a kind word or in capitals names a body wherever it stands ("… and REDOMIF in …").
  if (kindOf(text) === null && !isAcronym(text)) {
    if (inPlaceList(text, evidence) || isKnownPlace(text)) return 'place';
    // "la Pêche (Montreuil)": a gloss in parentheses after the word makes it a body's name.
    if (isFieldOfActivity(text) && !glossedAsName(text, evidence)) return 'field';
  }
  if (COMPOUND_ADJECTIVE.test(text)) return 'label';
  if (qualifiesAClass(text, evidence)) return 'kind';
  if (KIND_WORDS.has(singular(text)) || KIND_NOUNS.has(normalise(text))) return 'kind';
  if (PLURAL_ACRONYM_END.test(text) || MEMBERS_CLASS.test(text)) return 'kind';
  if (ACRONYM_PAIR.test(text)) return 'pair';
  if (
    endsCut(text) ||
    GLUED_SENTENCE.test(text) ||
    isHalfOfJoinedName(text, evidence) ||
    isPieceOfQuotation(text, evidence)
  )
    return 'cut';
  const longer = longerNames(text, evidence);
  if (longer.length > 0 && longer.every((name) => name !== '')) return 'tail';
  return null;
}

/**
 * The proposals whose other ends have a name's shape: a tail the graph knows in full ("Massif
 * Central" of "Crédit Mutuel Massif Central") is repaired to the full name, any other fault refused.
 */
export function shapeGuarded(
  relations: readonly ProposedRelation[],
  isOwn: (end: End) => boolean,
  matcher: Matcher,
): ProposedRelation[] {
  const kept: ProposedRelation[] = [];
  for (const relation of relations) {
    const ends = [relation.from, relation.to].map((end) =>
      isOwn(end) ? end : guardedEnd(end, relation.evidence, matcher),
    );
    const [from, to] = ends;
    // One body at both ends (the actor by two of its names, or one name matched once): no body relates to itself.
    const sameName = normalise(relation.from.name) === normalise(relation.to.name);
    if (sameName || (isOwn(relation.from) && isOwn(relation.to))) continue;
    if (from && to) kept.push({ ...relation, from, to });
  }
  return kept;
}

/** The end as proposed, repaired to the graph's fuller name, or undefined when refused. */
function guardedEnd(end: End, evidence: string, matcher: Matcher): End | undefined {
  const fault = nameShapeFault(end.name, evidence, end.match !== null);
  if (fault !== null && fault !== 'tail') return undefined;
  if (end.match !== null) return end;
  // A new name the same sentence writes in a fuller form the graph knows is that graph body.
  for (const longer of longerNames(end.name, evidence)) {
    const match = longer === '' ? undefined : matcher.matchPhrase(longer);
    if (match && (match.how === 'exact' || match.how === 'acronym'))
      return { match: match.key, name: longer };
  }
  return fault === null ? end : undefined;
}
