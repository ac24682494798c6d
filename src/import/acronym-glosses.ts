// The long form a page gives its acronym in the loose shapes the bracketed readers miss: a dash with no
// closing dash, a language label in the brackets, "baptisé X ou ACR", and a long form in another language that opens with a kind word.
import { normalise } from '../text/normalise.js';
import { escapeRegExp } from './words.js';

/** Linking words a name holds in French, English, Portuguese, Spanish. */
const LINK =
  /^(?:of|for|and|the|on|in|de|du|des|d['’]\p{L}.*|l['’]\p{L}.*|la|le|les|pour|en|à|au|aux|da|do|dos|das|del|y|e)$/u;
/** Words that head a body's name in French and English: the long form opens with one. */
const BODY_HEAD =
  /^(?:Organi[sz]ation|(?:Con)?[Ff][ée]d[ée]ration|Union|Association|R[ée]seau|Network|Universit[éy]|Coop[ée]rative|Co-operative|Fondation|Foundation|Fonds|Fund|Mutuelle|Alliance|Conseil|Council|Institut|Institute|Centre|Center|Soci[ée]t[ée]|Society|Agence|Agency|Chambre|Chamber)$/u;
/** A word of a name: capitalised (or a capitalised elision), or a linking word. */
const capitalised = (word: string) => /^(?:[dlDL]['’])?[\p{Lu}\p{N}]/u.test(word);

/** The capitalised run a text opens with (linking words inside it), cut at the first other word. */
function leadingName(text: string): string | null {
  const run: string[] = [];
  for (const raw of text.split(/\s+/u)) {
    const word = raw.replace(/[,;:.)"”»]+$/u, '');
    if (!capitalised(word) && !LINK.test(word)) break;
    // "… of Valmonte and CORAVE were": another body's acronym after the name ends it.
    if (run.length > 0 && /^[\p{Lu}\p{N}-]{2,}$/u.test(word) && /\p{Lu}{2}/u.test(word)) break;
    run.push(word);
    if (word !== raw) break;
  }
  while (run.length > 0 && LINK.test(run.at(-1) as string)) run.pop();
  return run.length >= 2 ? run.join(' ') : null;
}

/** The long form opens with the acronym's first letter, as an abbreviation of it does. */
const opensAs = (name: string, acronym: string) =>
  normalise(name.replace(/^(?:[lL]['’])/u, '')).charAt(0) === normalise(acronym).charAt(0);

/** "ACR – Long Name and …": an apposition after a dash that never closes. */
function afterOpenDash(acr: string, prose: string): string | null {
  for (const found of prose.matchAll(
    new RegExp(`(?<![\\p{L}\\p{N}])${acr}\\s+[–—]\\s+(.+)`, 'gu'),
  )) {
    const name = leadingName(found[1] as string);
    if (name) return name;
  }
  return null;
}

/** "ACR (Swedish: Long Name, …)": the brackets name the language before the long form. */
function afterLanguageLabel(acr: string, prose: string): string | null {
  const found = new RegExp(
    `(?<![\\p{L}\\p{N}])${acr}\\s*\\(\\p{Lu}\\p{Ll}+:\\s+([^()]+)`,
    'u',
  ).exec(prose);
  return found ? leadingName(found[1] as string) : null;
}

/** "Baptisé Long Name ou ACR", "named Long Name, or ACR": a naming verb, the long form, "or" the acronym. */
function namedOr(acr: string, prose: string): string | null {
  const found = new RegExp(
    `(?:baptisée?s?|nommée?s?|appelée?s?|named|called)\\s+(\\p{Lu}[^.;:!?()]{3,160}?),?\\s+(?:ou|or)\\s+${acr}(?![\\p{L}\\p{N}])`,
    'iu',
  ).exec(prose);
  const name = found?.[1]?.trim();
  return name && name.split(/\s+/u).length >= 2 ? name : null;
}

/**
 * "l’Organisation panafricaine des agriculteurs (PAFO)": a long form in another language than the
 * acronym's, so its letters do not spell it; taken only when it opens with a kind word and runs,
 * within one clause, up to the brackets.
 */
function kindNameInOtherLanguage(acr: string, prose: string): string | null {
  const found = new RegExp(
    `(?:^|[\\s(])(?:[lL]['’]|(?:la|le|the|La|Le|The)\\s+)?(\\p{Lu}[\\p{L}-]+(?:\\s+[\\p{L}'’-]+){1,9})\\s+\\(${acr}\\)`,
    'mu',
  ).exec(prose);
  // An elided article glued on ("l’Organisation") is no word of the name.
  const words = (found?.[1]?.split(/\s+/u) ?? []).map((word) =>
    word.replace(/^[dlDL]['’](?=\p{Lu})/u, ''),
  );
  // The run is read from its last kind word on: "En 2017, l'Union … (ACR)" keeps "Union …".
  const opens = words.findLastIndex((word) => BODY_HEAD.test(word));
  if (opens < 0) return null;
  const name = words.slice(opens);
  const verbLike = name.some((word) => /^(?:est|is|a|has|was|sont|are|qui|which|who)$/u.test(word));
  return name.length >= 2 && !verbLike ? name.join(' ') : null;
}

/** The long form of an actor written only by its acronym, read from the loose gloss shapes. */
export function looseGlossOf(acronym: string, prose: string): string | null {
  const acr = escapeRegExp(acronym);
  const spelledAlike = [afterOpenDash, afterLanguageLabel, namedOr]
    .map((read) => read(acr, prose))
    .find((name) => name !== null && opensAs(name, acronym));
  // A long form in another language starts otherwise; one that starts alike but does not spell the
  // letters ("Association pour la culture (ACDC)") is more likely cut short or another body.
  const translated = kindNameInOtherLanguage(acr, prose);
  return spelledAlike ?? (translated && !opensAs(translated, acronym) ? translated : null);
}
