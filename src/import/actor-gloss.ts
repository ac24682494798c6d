// The profiled actor's other form, as the prose glosses it: a full name for an acronym, an acronym for a name.
import { normalise } from '../text/normalise.js';
import { looseGlossOf } from './acronym-glosses.js';
import { isAcronym, kindOf } from './names.js';
import { CONNECTOR, expansionOf, initialsExpansion, initialsOf } from './page-actor.js';
import { spelledName } from './spelled-name.js';
import { escapeRegExp, WORD_END, WORD_START, wholeWords } from './words.js';

/** A capitalised name that may hold lowercase linking words and a lowercase tail ("Réseau d'ESS du Cameroun"). */
const FULL_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){1,11}`;

/** The name, cut before a clause: a relative, a participle, a verb. */
function cleaned(name: string): string | null {
  const cut = name
    .replace(/\s+(?:qui|which|that|who|dont|où|where|est|is|a|has|was)\s.*$/u, '')
    .replace(/[\s,;:.]+$/u, '')
    .trim();
  return cut.split(/\s+/).length >= 2 ? cut : null;
}

/**
 * The full name the prose gives an acronym, read in the forms pages use: "Full Name (ACR)",
 * "ACR (Full Name)", "le ACR : Full Name", "ACR is the Full Name" (a kind word in it: "ACR est le
 * Réseau …"), "ACR – Full Name –" (an apposition between dashes), else the capitalised words its
 * letters spell.
 */
export function fullNameOf(acronym: string, prose: string): string | null {
  const written = prose.replace(/[’]/g, "'");
  const acr = escapeRegExp(acronym);
  const opens = acronym.charAt(0).toUpperCase();
  const glossed = new RegExp(
    `${WORD_START}${acr}\\s*(?:\\((${FULL_NAME})\\)|:\\s+(${FULL_NAME})\\s*[(,.;]|\\s(?:est|is)\\s(?:le|la|l'|the)\\s*(${FULL_NAME}?)[,.;(]|[–—-]\\s+(${FULL_NAME})\\s+[–—])`,
    'u',
  );
  const found = glossed.exec(written);
  // The gloss as the page writes it (the apostrophes were only unified to be read).
  const inner = found ? (found[1] ?? found[2] ?? found[3] ?? found[4] ?? '') : '';
  const from = found ? found.index + found[0].indexOf(inner) : 0;
  const gloss = found ? cleaned(prose.slice(from, from + inner.length).trim()) : null;
  // The gloss starts as the acronym does, and a definition ("is the …") names a kind of body.
  const fits =
    gloss !== null &&
    (normalise(gloss).charAt(0) === normalise(opens) ||
      // A name translated from the acronym's language ("JA-ZENCHU (Central Union of …)") keeps its kind word.
      (found?.[1] !== undefined && kindOf(gloss) !== null)) &&
    (found?.[3] === undefined || kindOf(gloss) !== null);
  return (
    expansionOf(acronym, prose) ??
    (fits ? gloss : null) ??
    initialsExpansion(acronym, prose) ??
    kindNameSpelling(acronym, prose) ??
    spelledName(acronym, prose) ??
    looseGlossOf(acronym, prose)
  );
}

/** The capital initials of a name's content words: "Federation of Agricultural Co-operatives" → FAC. */
const initials = (name: string) =>
  name
    .replace(/^(?:The|La|Le|Les|L['’])\s+/u, '')
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('');

/**
 * The acronym the prose gives the name: "X, abrégé XN", "The X Network (XN) is …" (accents and case aside), else
 * an acronym written twice or more that spells the name's capital initials.
 */
export function acronymOf(name: string, prose: string): string | null {
  const lower = (text: string) => text.replace(/[’]/g, "'").toLowerCase();
  // "Name, abrégé ACR", "Name (abbreviated as ACR)": the abbreviation named as such.
  const abbreviated = new RegExp(
    `${escapeRegExp(lower(name))},?\\s*\\(?(?:en abrégé|abrégée?|abbreviated(?: as| to)?)\\s*:?\\s+([^\\s,;.()]{2,20})`,
    'u',
  ).exec(lower(prose));
  if (abbreviated) {
    const from = abbreviated.index + abbreviated[0].length - (abbreviated[1] as string).length;
    const written = prose.slice(from, from + (abbreviated[1] as string).length);
    if (isAcronym(written)) return written;
  }
  const at = lower(prose).indexOf(`${lower(name)} (`);
  if (at >= 0) {
    const inner = /^([^()]{2,30})\)/u.exec(prose.slice(at + name.length + 2))?.[1]?.trim();
    if (inner?.split(/\s+/).some(isAcronym)) return inner;
  }
  // "The Grameen Credit Agricole (GCA) Foundation": English puts the acronym before the kind word.
  const kindLast = /^(.+) (\p{Lu}[\p{L}-]+)$/u.exec(name);
  if (kindLast && kindOf(kindLast[2] as string) !== null) {
    const [, head, kind] = kindLast as unknown as [string, string, string];
    const inner = new RegExp(
      `${escapeRegExp(head)} \\((\\p{Lu}[\\p{Lu}\\p{N}&-]{1,9})\\) ${escapeRegExp(kind)}${WORD_END}`,
      'u',
    ).exec(prose)?.[1];
    if (inner && isAcronym(inner)) return inner;
  }
  // "Name [ACR]" and "ACR, the Name": the other two forms a page glosses its acronym with.
  const glossed = new RegExp(
    `${escapeRegExp(lower(name))} \\[([^\\[\\]]{2,20})\\]|${WORD_START}([^\\s,]{2,20}), (?:the|la|le|l') ?${escapeRegExp(lower(name))}${WORD_END}`,
    'u',
  ).exec(lower(prose));
  if (glossed) {
    const from = glossed.index + (glossed[1] !== undefined ? glossed[0].indexOf('[') + 1 : 0);
    const written = prose.slice(from, from + (glossed[1] ?? glossed[2] ?? '').length);
    if (isAcronym(written)) return written;
  }
  const letters = initials(name);
  if (letters.length < 3) return null;
  const times = prose.split(wholeWords(letters));
  // Four letters or more that spell the name are its acronym even when the page writes them once.
  return times.length - 1 >= (letters.length >= 4 ? 1 : 2) ? letters : null;
}

/** A one-word name in brackets after a name of several words: "the Alder Growers Union (Algrow)". */
const BRACKETED = /\((?:(trading as|known as|also known as|dite?|aka)\s+)?([^\s()]{3,20})\)/gu;

/**
 * The name a page gives in full before the short one-word name it goes on with, in brackets:
 * "the Krishak Valley Growers Ltd (Kvalgro)" names Krishak Valley Growers Ltd, short Kvalgro;
 * "X (trading as Y)" and "X (known as Y)" name X too, Y being a second name, not an abbreviation.
 * The full name opens with the short one's letter, as an abbreviation does.
 */
export function fullNameBefore(
  short: string,
  prose: string,
): { name: string; acronym: string | null } | null {
  if (!/^\p{Lu}[\p{L}\p{N}.&-]{2,19}$/u.test(short)) return null;
  for (const found of prose.matchAll(BRACKETED)) {
    if (found[2] !== short) continue;
    const name = expansionOf(short, `${prose.slice(0, found.index).trimEnd()} (${short})`);
    if (!name || normalise(name).charAt(0) !== normalise(short).charAt(0)) continue;
    return { name, acronym: found[1] === undefined ? short : null };
  }
  return null;
}

/** A word with an elided article glued on ("l’habitat", "L‘Union"), the article left out. */
const ELIDED = /^[ldLD]['’‘]/u;

/**
 * A kind-word name whose words spell the acronym, in the two forms the capitals-only reading
 * misses: French usage capitalises a name's first word only ("Union sociale pour l’habitat" for
 * USH), and a two-letter acronym abbreviates a two-word name ending in its kind ("Euclid Network"
 * for EN). The name opens with a kind word, or is two capitalised words ending in one, so that a
 * run of everyday words that happens to spell the letters is not taken.
 */
export function kindNameSpelling(acronym: string, prose: string): string | null {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  if (letters.length < 2 || letters.length > 8) return null;
  const words = prose.split(/\s+/u);
  for (let at = 0; at < words.length; at += 1) {
    const first = (words[at] as string).replace(ELIDED, '');
    if (!/^\p{Lu}\p{Ll}/u.test(first) || first.charAt(0).toUpperCase() !== letters[0]) continue;
    const run = [first];
    for (let next = at + 1; next < words.length && run.length < 10; next += 1) {
      const word = words[next] as string;
      const bare = word.replace(/[.,;:!?()«»"“”]+$/u, '');
      run.push(bare);
      const closed = bare !== word || /^[(«"“]/u.test(word);
      const spelled = initialsOf(run.map((part) => part.replace(ELIDED, '')));
      if (spelled === letters && !CONNECTOR.test(bare)) {
        const name = run.join(' ');
        const twoWords = run.length === 2 && /^\p{Lu}/u.test(bare) && kindOf(bare) !== null;
        if (letters.length >= 3 ? kindOf(first) !== null : twoWords) return name;
      }
      if (closed || !letters.startsWith(spelled)) break;
    }
  }
  return null;
}
