// The page's address names its subject: `attac.org` → Attac, `…/nena-cooperatives-week-2022` → NENA.
import { normalise } from '../text/normalise.js';
import { isPluralKind } from './elliptical-items.js';
import { isAcronym, isHeading, isPlace, kindOf } from './names.js';
import { namesPlace } from './no-body-name.js';
import { expansionOf, NOT_A_BODY, type PageActor } from './page-actor.js';

/** Host labels that name no body: web prefixes, languages, registry levels. */
const GENERIC_LABELS = new Set(
  'www www2 m amp en fr es de it pt nl blog blogs news local co com org net gov gouv ac edu asso coop info'.split(
    ' ',
  ),
);
const CONNECTORS = new Set(
  'of for and the de du des d l pour et la le les en a au aux on in sur'.split(' '),
);

/** A phrase's letters only ("Réseau des Créfad" → "reseaudescrefad"), and without its connectors. */
function compactForms(name: string): string[] {
  const words = normalise(name)
    .split(/[\s'-]+/u)
    .filter(Boolean);
  return [words.join(''), words.filter((word) => !CONNECTORS.has(word)).join('')];
}

/** The site's own words: `local.attac.org` → ["attac"], `clac-comerciojusto.org` → ["clac-comerciojusto", "clac", …]. */
export function hostWords(url: URL): string[] {
  const labels = url.hostname.toLowerCase().split('.').slice(0, -1);
  const words = labels.filter((label) => label.length >= 3 && !GENERIC_LABELS.has(label));
  return [...words, ...words.flatMap((word) => (word.includes('-') ? word.split('-') : []))].filter(
    (word) => word.length >= 3 && !GENERIC_LABELS.has(word),
  );
}

/** The words of the page's path: `/2022/nena-cooperatives-week` → ["nena", "cooperatives", "week"]. */
export function pathWords(url: URL): string[] {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape ("%E9" in Latin-1) leaves the path as written.
  }
  return path
    .replace(/\.(?:html?|php|aspx?)$/iu, '')
    .split(/[/_.\s-]+/u)
    .map((word) => normalise(word))
    .filter((word) => word !== '' && !/^\d+$/u.test(word));
}

// Within one line: a heading above a name is not part of it.
const NAME_RUN =
  /(?:[\p{Lu}][\p{L}’'&-]+)(?:[^\S\n]+(?:(?:of|for|and|the|de|du|des|d['’]|pour|et|la|le|l['’])[^\S\n]+)*[\p{Lu}][\p{L}’'&-]+){0,7}/gu;
const ACRONYM_TOKEN = /(?<![\p{L}\p{N}])[\p{Lu}][\p{L}\p{N}&'-]{1,11}(?![\p{L}\p{N}])/gu;

/** Every capitalised run of the text, by itself and by its leading half ("Timebanking" → "Timebanking UK"). */
function namesIn(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const [run] of text.matchAll(NAME_RUN)) {
    // "L'objectif de X": an elided article before a common noun opens a sentence, not a name.
    const full = run
      .replace(/^[LD]['’]\p{Ll}[\p{L}-]*\s+(?:(?:de|du|des|la|le)\s+|[dl]['’])*(?=\p{Lu})/u, '')
      .replace(/^(?:The|La|Le|Les|L['’])\s+/u, '');
    // "L'énergie citoyenne s'étend …": an elided article before a lowercase noun is a sentence's
    // opening; a name capitalises its noun ("L'Occitane", "L'Atelier").
    if (/^[LD]['’]\p{Ll}/u.test(full)) continue;
    const words = full.split(/\s+/);
    for (let length = words.length; length >= Math.ceil(words.length / 2); length -= 1) {
      const part = words.slice(0, length).join(' ');
      if (!CONNECTORS.has(normalise(words[length - 1] as string)) && !names.has(part))
        names.set(part, full);
    }
  }
  return names;
}

/** "The Grameen Credit Agricole (GCA) Foundation": an acronym in brackets before the kind word is
 * left out of the name's run, so that the run is the whole name. */
const withoutInnerAcronym = (text: string) =>
  text.replace(
    /(?<=\p{L}) \((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\) (?=(\p{Lu}[\p{L}-]+))/gu,
    (whole, _acronym: string, next: string) => (kindOf(next) !== null ? ' ' : whole),
  );

const countIn = (text: string, name: string) =>
  ` ${normalise(text)} `.split(` ${normalise(name)} `).length - 1;

const ACTOR_KIND_WORDS = new Set([
  'Federation',
  'Network',
  'Cooperative',
  'Collective',
  'Foundation',
  'Movement',
]);

/**
 * A name the path spells that names one body: its head (before "of" / "de") ends in a kind of body
 * ("National Confederation of …"), an acronym or a place ("Coop de France ALPC", "InPACT
 * Occitanie"); never a plural category ("Fair Trade Organizations") nor an event ("… Week").
 */
function bodyShaped(name: string): boolean {
  const head = name.split(/\s(?:of|for|de|du|des|pour)\s/u)[0] as string;
  const headWords = head.split(/\s+/);
  const last = headWords.at(-1) as string;
  if (headWords.some(isPluralKind)) return false;
  if (/[^s]s$/u.test(last) && !isAcronym(last)) return false;
  // "… Part II": a roman numeral or another acronym that names no body ends no body's name.
  const acronym = isAcronym(last) && !NOT_A_BODY.has(last);
  return ACTOR_KIND_WORDS.has(kindOf(last) ?? '') || acronym || isPlace(last);
}

/** A one-word site name ("tasmania.coop", often a place) means the body whose full name opens with
 * it and has a kind word ("Tasmania Kelp Co-operative Association"), when the page writes one. */
function fullerName(hostName: string, fullRuns: ReadonlySet<string>): string | undefined {
  if (hostName.includes(' ')) return undefined;
  return [...fullRuns]
    .filter(
      (run) =>
        run.startsWith(`${hostName} `) &&
        (ACTOR_KIND_WORDS.has(kindOf(run) ?? '') ||
          /\s(?:Association|Society|Centre|Center)$/u.test(run)),
    )
    .sort((a, b) => b.length - a.length)[0];
}

/** The run the host's name opens, unless it goes on with "and"/"et" and another name: "Limoges
 * Métropole et J'adopte un projet" is the site's body and its partner, not one name. */
function withoutPartner(hostName: string, run: string | undefined): string {
  if (run === undefined) return hostName;
  return /^\s+(?:and|et|&)\s/u.test(run.slice(hostName.length)) ? hostName : run;
}

const words = (name: string) =>
  normalise(name)
    .split(/[\s'-]+/u)
    .filter(Boolean);

const contains = (haystack: readonly string[], needle: readonly string[]) =>
  needle.length > 0 &&
  haystack.some((_, at) => needle.every((word, offset) => haystack[at + offset] === word));

/**
 * The body the page's address names, when the text names it too: first a body the path spells
 * (an acronym, or a name shaped as a body), then the site's own name (written twice or more).
 * Null when the address names no body of the text.
 */
export function urlActor(
  address: string | null,
  text: string,
): (PageActor & { via: 'path' | 'host' }) | null {
  if (!address) return null;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  const path = pathWords(url);
  // A line written in capitals ("L'ÉCONOMIE SOCIALE") is a heading, its words no acronyms.
  const lowered = text
    .split('\n')
    .filter((line) => /\p{Ll}/u.test(line))
    .join('\n');
  const acronyms = [
    ...new Set([...lowered.matchAll(ACRONYM_TOKEN)].map((match) => match[0] as string)),
  ].filter((token) => isAcronym(token) && !NOT_A_BODY.has(token) && !isPlace(token));
  const byAcronym = (acronym: string): PageActor => ({
    name: expansionOf(acronym, text) ?? acronym,
    acronym,
  });
  const runs = namesIn(withoutInnerAcronym(lowered));
  const names = [...runs.keys()].filter(
    (name) => !isHeading(name) && !isPlace(name) && !NOT_A_BODY.has(name),
  );
  const fullRuns = new Set(runs.values());
  const fromHost = hostActor(url, text, names, runs, acronyms, byAcronym);
  // A news slug ("…/seminar-on-co-operatives-asean") names the item's topic; the site's own body
  // stays the page's when the prose opens with it as its subject.
  if (fromHost && opensWith(text, fromHost)) return fromHost;
  const pathName = names
    .filter((name) => fullRuns.has(name) && name.split(/\s+/).length >= 2 && bodyShaped(name))
    .filter((name) => contains(path, words(name)))
    .sort((a, b) => b.length - a.length)[0];
  // "…/au-mexique-le-cafe-…": a place the slug names is the item's topic; the site's body stays.
  if (pathName && fromHost && namesPlace(pathName)) return fromHost;
  // "…/social-good-builds-strong-colombian-cooperative": a slug that spells a name the text writes
  // once only (its headline) names the item; the site's body, written in its prose, stays the page's.
  if (pathName && fromHost && countIn(text, pathName) <= 1) return fromHost;
  if (pathName) return { name: pathName, acronym: null, via: 'path' };
  const inPath = acronyms.find((acronym) => path.includes(normalise(acronym)));
  if (inPath) return { ...byAcronym(inPath), via: 'path' };
  return fromHost;
}

/** A name of two words or more that a whole host label spells ("francebeninvendee.fr" → "France
 * Bénin Vendée"): a site registered under its body's full name; written once will do. */
function spellsWholeLabel(name: string, url: URL): boolean {
  if (name.split(/\s+/u).length < 2) return false;
  const labels = url.hostname.toLowerCase().split('.').slice(0, -1);
  return compactForms(name).some((form) => form.length >= 8 && labels.includes(form));
}

/** The last part of an address that is a body's list of its members or partners: "/members",
 * "/nos-adherents", "/about/our-partners/". */
const OWN_LIST =
  /\/(?:(?:our|nos|les)[-_])?(?:members|membres|adh[ée]rents|partners|partenaires|membership)\/?(?:index\.\w+)?$/iu;

/** Whether the address is a site's list of its own members or partners. */
export function isOwnList(address: string | null): boolean {
  try {
    return address !== null && OWN_LIST.test(new URL(address).pathname);
  } catch {
    return false;
  }
}

/** The site's own body: the name or acronym its host spells, written twice or more (an acronym
 * once, when the prose opens with it). */
function hostActor(
  url: URL,
  text: string,
  names: readonly string[],
  runs: ReadonlyMap<string, string>,
  acronyms: readonly string[],
  byAcronym: (acronym: string) => PageActor,
): (PageActor & { via: 'host' }) | null {
  const fullRuns = new Set(runs.values());
  // "fucec-togo.com" is written "FUCEC-TOGO": the site's words also compare without their hyphens.
  const host = hostWords(url).flatMap((word) => [word, word.replaceAll('-', '')]);
  const hostPhrase = url.hostname.toLowerCase().split(/[.-]/u);
  // A site's members or partners page lists other bodies: its own, written once, is the page's.
  const ownList = OWN_LIST.test(url.pathname);
  const hostName = names
    .filter(
      (name) =>
        compactForms(name).some((form) => host.includes(form)) ||
        (name.split(/\s+/).length >= 2 && contains(hostPhrase, words(name))),
    )
    .filter((name) => countIn(text, name) >= (spellsWholeLabel(name, url) || ownList ? 1 : 2))
    .sort((a, b) => b.length - a.length)[0];
  if (hostName && isAcronym(hostName)) return { ...byAcronym(hostName), via: 'host' };
  if (hostName)
    return {
      name: fullerName(hostName, fullRuns) ?? withoutPartner(hostName, runs.get(hostName)),
      acronym: null,
      via: 'host',
    };
  const hostAcronym = acronyms.find(
    (acronym) =>
      host.includes(normalise(acronym).replace(/[\s-]/gu, '')) &&
      // Written once will do when the prose opens with it as its subject.
      (text.split(acronym).length - 1 >= (ownList ? 1 : 2) || opensWith(text, byAcronym(acronym))),
  );
  return hostAcronym ? { ...byAcronym(hostAcronym), via: 'host' } : null;
}

/** Whether the prose's first sentence (its first line of eight words or more, not a heading in
 * capitals) opens with the body, as its subject ("The X (XA) organised …"). */
export function opensWith(prose: string, actor: PageActor): boolean {
  const line =
    prose
      .split('\n')
      .find((text) => /\p{Ll}/u.test(text) && text.trim().split(/\s+/u).length >= 8) ?? '';
  const first = /^[^.!?]*/u.exec(line.trim())?.[0] ?? '';
  const opening = first.replace(/^(?:The|La|Le|Les|L['’])\s*/u, '');
  return [actor.name, actor.acronym ?? '']
    .filter((name) => name.length >= 2)
    .some((name) => opening.startsWith(name) && !/^[\p{L}\p{N}]/u.test(opening.slice(name.length)));
}
