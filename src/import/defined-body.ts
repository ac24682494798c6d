// The body a page's opening sentences define: a name followed by what kind of body it is.
import { timesNamed } from './page-actor.js';
import { isBodyWord } from './voted-actor.js';

/** A capitalised run (linking words inside), maybe after an article: the defined name. */
const NAME = String.raw`(?:(?:Le|La|Les|The)\s+|L['’])?(\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+(?:(?:de|du|des|d['’]|la|le|l['’]|of|the|and|et|à|for|pour)\s+)*\p{Lu}[\p{L}\p{N}'’&-]*){0,6})`;

/**
 * "Le Lieu Dit, collectif d'associations …", "X est une coopérative …", "X is a network of …": the
 * name, then an apposition or a copula, an article maybe, up to three words (adjectives, a
 * possessive's noun: "a producers' co-op"), and a lowercase word that names a kind of body.
 */
const DEFINED = new RegExp(
  String.raw`(?:^|[.!?]\s+|^(?:Créée?|Fondée?|Founded|Created|Established|Set up|Launched|Né|Née)[^,.;]{0,40},\s+)${NAME}(?:\s*,\s*|\s+(?:est|is|was|était|a été)\s+)(?:(?:un|une|a|an|the|le|la|l['’])\s*)?((?:[\p{L}'’-]+\s+){0,3}?)(\p{Ll}[\p{L}-]*)(?=[\s,.;:])`,
  'gu',
);

/** How far into the page a definition is read: its opening paragraphs. */
const OPENING_PARAGRAPHS = 4;

/**
 * The first body the opening paragraphs define as a kind of body ("collectif", "cooperative",
 * "réseau") that the prose names again: general usage introduces a page's subject so, on an about
 * page ("X est une association …") and in a news item ("X, a cooperative development centre, …").
 * Null when no sentence defines a body so.
 */
export function definedBody(paragraphs: readonly string[]): string | null {
  const prose = paragraphs.join('\n');
  for (const paragraph of paragraphs.slice(0, OPENING_PARAGRAPHS)) {
    for (const found of paragraph.matchAll(DEFINED)) {
      const [, name = '', , kind = ''] = found;
      if (isBodyWord(kind) && timesNamed(prose, name) >= 2) return name;
    }
  }
  return null;
}
