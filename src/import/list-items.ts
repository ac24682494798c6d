// An enumeration after a trigger, as items: commas, and/et, parentheses, colons, "…", "etc.", category words.

import { ellipticalItems, isCategory } from './elliptical-items.js';
import { FIXED_PHRASE, keepFieldPairs, PLACE_PAIR } from './fixed-phrases.js';
import { keepJoinedComplements } from './joined-complement.js';
import { LOWERCASE_NAME_HEADS } from './kind-words.js';
import { isAcronym, withoutLeadingWords } from './names.js';
import { initialsOf } from './page-actor.js';
import { CUT } from './patterns.js';
import { alternation, FUTURE_VERBS, MODAL_VERBS } from './words.js';

export interface ListItem {
  phrase: string;
  /** A year the item carries: "A (2008)", "depuis 2012". */
  year?: string;
  /** The acronym the page gives in parentheses after the name. */
  acronym?: string;
  role?: string;
  /** Named after "with"/"avec": a co-author of the relation, not its object. */
  coAgent?: boolean;
}

const SEPARATORS =
  /\s*(?:[,;:…]|\.{3}|\s(?:and|et|ou|or|including|among them|such as|notamment|parmi lesquelles|parmi lesquels|dont|as well as|ainsi que|avec|with|comme|tels? que|telles? que|to(?= \p{Ll}))\s(?!(?:de |du |des |d'|of )(?:la |le |l'|the )?(?:\p{Ll}[\p{L}'-]*(?:\s+|(?=[,.;]|$)))+(?:[,.;]|$)))\s*/u;
const BULLET_SEPARATORS = /\s*[,;:…]\s*/u;
const ENDINGS =
  /(?:\s*,?\s*(?:etc\.?|…|\.\.\.|and (?:many )?(?:others|more)|entre autres|and so on)\s*)+[.\s]*$/iu;
const YEAR_ONLY = /^\s*(\d{4})\s*$/;
/** "Agency for Development and Cooperation": "and" before the last word of a name is part of it. */
const NAME_WITH_AND =
  /(\p{Lu}\p{L}+ (?:for|of|de|pour|du|des) (?:\p{Lu}\p{L}+ )*\p{Lu}\p{L}+) (and|et) ((?:Cooperation|Co-operation|Coopération|Development|Développement|Solidarity|Solidarité|Research|Recherche|Training|Formation|Education|Éducation|Justice|Environment|Environnement|Culture|Peace|Paix|Innovation|Employment|Emploi|Health|Santé|Democracy|Démocratie|Trade|Commerce|Finance|Housing|Logement))(?=\s*(?:[,.;]|$))/gu;
/** "Women and Solidarity Economy Forum": one word, "and", then a name that ends in a kind of body or event. */
const PAIR_NAME =
  /(?<=(?:^|[,(;:])\s*(?:(?:the|a|an|le|la|les|l')\s+)?(?:\p{Ll}+\s+)?)(\p{Lu}\p{Ll}[\p{L}'-]*) (and|et) ((?:\p{Lu}[\p{L}'-]* )+(?:Forum|Network|Alliance|Coalition|Congress|Week|Festival|Assembly|Summit|Conference|Council|Federation|Movement|Platform|Days?|Meeting|Network))(?![\p{L}])/gu;

/** "Federation of Savings and Credit Cooperatives of Thailand": "and" between two words of one plural object. */
const AND_IN_OBJECT =
  /(\p{Lu}\p{L}+ (?:of|for) \p{Lu}\p{L}+) (and) (\p{Lu}\p{L}+ (?:Co-?operatives|Unions|Societies|Associations|Mutuals|Institutions)(?= (?:of|in) \p{Lu}))/gu;

/** "GROWMARK, Inc.", "Acme, Ltd": a company's legal form after a comma is part of its name. */
const COMPANY_SUFFIX = /,\s+(Inc|Ltd|LLC|Limited|Corp|GmbH|SARL|SAS|S\.A)\b\.?(?!\p{L})/gu;

/** "Coopérative d'Activités et d'Emploi", "Caisse d'Epargne et de Crédit": two complements of one name. */
const TWO_COMPLEMENTS = /((?:d')\p{Lu}\p{Ll}[\p{L}-]*) (et|and) ((?:d'|de )\p{Lu}\p{Ll})/gu;

/** "Cocoa Cooperative Association and Marketing Ltd": a trade in "-ing" and a legal form end one company's name. */
const TRADE_AND_FORM =
  /(\p{Lu}\p{L}+) (and|&) (\p{Lu}\p{Ll}+ing (?:Ltd|Limited|Inc|LLC|PLC|Company|Co)(?![\p{L}]))/gu;

/** "ministère de l'Economie, de la Planification et de …": a French ministry's remits after commas, each opened by "de". */
const MINISTRY_REMITS =
  /(?<![\p{L}])((?:[Mm]inistère|[Ss]ecrétariat d['’]État) (?:du |de la |de l['’]|des |de |d['’])\p{Lu}[\p{L}'’-]*(?:\u2064(?:du |de la |de l['’]|des |d['’])\p{Lu}[\p{L}'’-]*)*), (?=(?:du |de la |de l['’]|des |d['’])\p{Lu})/gu;

/** "Ministère du Développement durable et de l'Infrastructure": a ministry's remit is one name. */
const MINISTRY_AND =
  /((?:[Mm]inistère|Ministry|Department|Secrétariat|Secretariat) (?:du |de la |de l['’]|des |de |d['’]|of |for )[^,;()]*?) (et|and) ((?:de la |de l['’]|du |des |de |d['’]|of |for )?\p{Lu})/gu;

/** "Département de ", "Conseil départemental du ": a capitalised head and "de", before a place's name. */
const AFTER_HEAD = /\p{Lu}[\p{L}'’-]*\s+(?:\p{Ll}+\s+)?(?:de|du|des|of)\s+(?:la\s+|l['’])?$/u;

const keepAnd = (phrase: string) => phrase.replace(/ (and|et) /u, `${AND_MARK}$1${AND_MARK}`);

/** Keeps "and" inside a name through the split at "and"; `restoreNames` puts it back. */
export function protectNames(text: string): string {
  const mark = (_m: string, left: string, word: string, right: string) =>
    `${left}${AND_MARK}${word}${AND_MARK}${right}`;
  return keepJoinedComplements(
    keepFieldPairs(
      protectRemits(text)
        .replace(NAME_WITH_AND, mark)
        .replace(PAIR_NAME, mark)
        .replace(AND_IN_OBJECT, mark)
        .replace(COMPANY_SUFFIX, `${AND_MARK}$1`)
        .replace(FIXED_PHRASE, keepAnd)
        // A place pair alone is two places of a list ("Saône et Loire, Yonne"), one after a body's head.
        .replace(PLACE_PAIR, (pair: string, at: number, whole: string) =>
          AFTER_HEAD.test(whole.slice(0, at)) ? keepAnd(pair) : pair,
        )
        .replace(TRADE_AND_FORM, mark)
        .replace(TWO_COMPLEMENTS, mark)
        .replace(MINISTRY_AND, mark),
      AND_MARK,
    ),
    AND_MARK,
  );
}

/** A ministry's remits kept through the split at commas (applied until no comma of it is left). */
function protectRemits(text: string): string {
  let kept = text;
  for (let before = ''; before !== kept; ) {
    before = kept;
    kept = kept.replace(MINISTRY_REMITS, `$1${COMMA_MARK}`);
  }
  return kept;
}

export const restoreNames = (text: string) =>
  text.replaceAll(AND_MARK, ' ').replaceAll(COMMA_MARK, ', ');

const AND_MARK = '\u2063';
const COMMA_MARK = '\u2064';
const LEADING_CONNECTORS =
  /^\s*(?:(?:and|et|or|ou|by|par|including|among them|such as|notamment|to|dont|ainsi que|as well as|comme|tels? que|telles? que|parmi lesquel(?:le)?s)\s+)+/iu;
const ACRONYM_MARK = /⟨([^⟩]*)⟩/u;
/** After a name's acronym, a lowercase word that no name holds inside: the sentence goes on ("(CFGT) vont promouvoir"). */
const CLAUSE_AFTER_ACRONYM =
  /(⟨[^⟩]*⟩)\s*(?!(?:de|du|des|d['’]|of|for|pour|en|in|au|aux|à|sur|on)(?![\p{L}]))(?:\p{Ll}|[«“"]).*$/u;

/** A modal or a future auxiliary opens the sentence's verb: "A et le Centre Kelp vont promouvoir …" ends at "vont". */
const MODAL_CLAUSE = new RegExp(`\\s${alternation([...FUTURE_VERBS, ...MODAL_VERBS])}\\s.*$`, 'u');

/** "le Centre Kelp (CK) vont promouvoir …": an acronym in parentheses closes the name it follows. */
const withoutClauseAfterAcronym = (part: string) => part.replace(CLAUSE_AFTER_ACRONYM, '$1');
const YEAR = /\b(?:since|in|from|depuis|en|dès) (\d{4})\b/iu;

/** The items of a list, a parenthesis after a category word standing for that category's members. */
/** A category of people ("personnalités (A, B)", "researchers (A, B)"): its members are persons. */
const PEOPLE =
  /(?<![\p{L}])(?:personnalités|personnes|chercheu(?:r|se)s|élue?s|individus|people|individuals|personalities|researchers|academics)(?![\p{L}])/iu;

/** A parenthesis that spells out the acronym before it, letter by letter: one body's full name, no list. */
function spellsOut(inner: string, before: string): boolean {
  const acronym = withoutLeadingWords(before.trim().split(/\s+/u).at(-1) ?? '');
  if (!isAcronym(acronym) || /[,;…]/u.test(inner)) return false;
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  // The capitalised words give the letters ("Établissement et Service d'Aide par le Travail": ESAT).
  const capitalised = inner
    .trim()
    .split(/\s+/u)
    .filter((word) => /^(?:[ld]['’])?\p{Lu}/u.test(word));
  const initials = initialsOf(capitalised).normalize('NFD').replace(/\p{M}/gu, '');
  return letters.length >= 2 && initials === letters;
}

/** "ministère de …", "agence pour …": a lowercase word that heads a French body's name, not a category. */
const opensWithNameHead = (phrase: string) => {
  const first = withoutLeadingWords(phrase).split(/\s+/u)[0] ?? '';
  return (
    /^\p{Ll}/u.test(first) &&
    LOWERCASE_NAME_HEADS.some((head) => head.toLowerCase() === first) &&
    /\s(?:(?:de|du|des|pour)\s+(?:la\s+|les\s+|l['’])?|d['’])\p{Lu}/u.test(phrase)
  );
};

export function listItems(segment: string): ListItem[] {
  const elliptical = ellipticalItems(segment);
  if (elliptical)
    return [...listItems(elliptical.before), ...elliptical.items.map((phrase) => ({ phrase }))];
  return splitItems(segment).filter((item) => !isCategory(item.phrase));
}

function splitItems(segment: string): ListItem[] {
  const text = protectNames(segment.replace(ENDINGS, '').replace(/[.!?]\s*$/u, ''));
  const items: ListItem[] = [];
  let current = '';
  let depth = 0;
  let group = '';
  // Joined bullet lines (" ; ") are whole items: "Scop Bois et Habitat" stays one.
  const separators = / ; /.test(text) ? BULLET_SEPARATORS : SEPARATORS;
  const flush = () => {
    for (const part of current.split(separators)) {
      const acronym = ACRONYM_MARK.exec(part)?.[1];
      const clean = withoutClauseAfterAcronym(part).replace(ACRONYM_MARK, ' ');
      const phrase = restoreNames(clean)
        .replace(CUT, '')
        .replace(MODAL_CLAUSE, '')
        .replace(YEAR, ' ')
        .replace(LEADING_CONNECTORS, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (phrase === '') continue;
      // "from A to B": both ends of a range are items.
      const range = /^from\s+(.+?)\s+to\s+(.+)$/iu.exec(phrase);
      if (range) {
        items.push({ phrase: range[1] as string }, { phrase: range[2] as string });
        continue;
      }
      const item: ListItem = { phrase };
      const year = YEAR.exec(clean)?.[1];
      if (year) item.year = year;
      if (acronym) item.acronym = acronym;
      items.push(item);
    }
    current = '';
  };
  for (const char of text) {
    if (char === '(' && ++depth === 1) {
      group = '';
      continue;
    }
    if (char === ')' && depth > 0 && --depth === 0) {
      const inner = group.trim();
      const lastPart = (current.split(SEPARATORS).at(-1) ?? '')
        .replace(LEADING_CONNECTORS, '')
        .trim();
      const yearOnly = YEAR_ONLY.exec(inner);
      if (yearOnly) current += ` in ${yearOnly[1]} `;
      // "KGU (Kelp Growers Union, Oslo)": an acronym's gloss names the same body, never a list.
      else if (isAcronym(lastPart) && /^\p{Lu}/u.test(inner)) continue;
      // "à l'ESAT (Établissement et Service d'Aide par le Travail)": an acronym's gloss, one body.
      else if (spellsOut(inner, lastPart)) continue;
      // "le ministère de l'Economie, … (Minepat)": a French body's lowercase head, then its acronym.
      else if (opensWithNameHead(lastPart)) {
        if (/^\p{Lu}[\p{L}&-]+$/u.test(inner)) current += ` ⟨${inner}⟩ `;
      } else if (
        lastPart === '' ||
        /^\p{Ll}/u.test(withoutLeadingWords(lastPart)) ||
        /[,;…]|\s(?:and|et)\s/u.test(inner)
      ) {
        // "regional networks (A, B)": the members stand for their category; people are never bodies.
        current = current.slice(
          0,
          current.length - (current.split(SEPARATORS).at(-1) ?? '').length,
        );
        if (!PEOPLE.test(lastPart)) current += inner;
        flush();
      } else if (inner.split(/\s+/).length <= 3 && inner.split(/\s+/).some(isAcronym)) {
        current += ` ⟨${inner}⟩ `;
      }
      continue;
    }
    if (depth > 0) group += char;
    else current += char;
  }
  flush();
  return items;
}
