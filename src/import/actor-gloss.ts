// The profiled actor's other form, as the prose glosses it: a full name for an acronym, an acronym for a name.
import { normalise } from '../text/normalise.js';
import { isAcronym, kindOf } from './names.js';
import { expansionOf, initialsExpansion } from './page-actor.js';
import { spelledName } from './spelled-name.js';
import { escapeRegExp } from './words.js';

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
 * Réseau …"), else the capitalised words its letters spell.
 */
export function fullNameOf(acronym: string, prose: string): string | null {
  const written = prose.replace(/[’]/g, "'");
  const acr = escapeRegExp(acronym);
  const opens = acronym.charAt(0).toUpperCase();
  const glossed = new RegExp(
    `(?<![\\p{L}\\p{N}])${acr}\\s*(?:\\((${FULL_NAME})\\)|:\\s+(${FULL_NAME})\\s*[(,.;]|\\s(?:est|is)\\s(?:le|la|l'|the)\\s*(${FULL_NAME}?)[,.;(])`,
    'u',
  );
  const found = glossed.exec(written);
  // The gloss as the page writes it (the apostrophes were only unified to be read).
  const inner = found ? (found[1] ?? found[2] ?? found[3] ?? '') : '';
  const from = found ? found.index + found[0].indexOf(inner) : 0;
  const gloss = found ? cleaned(prose.slice(from, from + inner.length).trim()) : null;
  // The gloss starts as the acronym does, and a definition ("is the …") names a kind of body.
  const fits =
    gloss !== null &&
    normalise(gloss).charAt(0) === normalise(opens) &&
    (found?.[3] === undefined || kindOf(gloss) !== null);
  return (
    expansionOf(acronym, prose) ??
    (fits ? gloss : null) ??
    initialsExpansion(acronym, prose) ??
    spelledName(acronym, prose)
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
 * The acronym the prose gives the name: "The X Network (XN) is …" (accents and case aside), else
 * an acronym written twice or more that spells the name's capital initials.
 */
export function acronymOf(name: string, prose: string): string | null {
  const lower = (text: string) => text.replace(/[’]/g, "'").toLowerCase();
  const at = lower(prose).indexOf(`${lower(name)} (`);
  if (at >= 0) {
    const inner = /^([^()]{2,30})\)/u.exec(prose.slice(at + name.length + 2))?.[1]?.trim();
    if (inner?.split(/\s+/).some(isAcronym)) return inner;
  }
  // "Name [ACR]" and "ACR, the Name": the other two forms a page glosses its acronym with.
  const glossed = new RegExp(
    `${escapeRegExp(lower(name))} \\[([^\\[\\]]{2,20})\\]|(?<![\\p{L}\\p{N}])([^\\s,]{2,20}), (?:the|la|le|l') ?${escapeRegExp(lower(name))}(?![\\p{L}\\p{N}])`,
    'u',
  ).exec(lower(prose));
  if (glossed) {
    const from = glossed.index + (glossed[1] !== undefined ? glossed[0].indexOf('[') + 1 : 0);
    const written = prose.slice(from, from + (glossed[1] ?? glossed[2] ?? '').length);
    if (isAcronym(written)) return written;
  }
  const letters = initials(name);
  if (letters.length < 3) return null;
  const times = prose.split(new RegExp(`(?<![\\p{L}\\p{N}])${letters}(?![\\p{L}\\p{N}])`, 'u'));
  // Four letters or more that spell the name are its acronym even when the page writes them once.
  return times.length - 1 >= (letters.length >= 4 ? 1 : 2) ? letters : null;
}
