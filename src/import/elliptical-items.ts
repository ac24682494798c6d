// Lists whose items are only the places of a category named before them, and items that are categories.
import { kindOf } from './names.js';

/** A word that makes a body's head territorial: its list items are then places, not bodies. */
const TERRITORIAL =
  /^(?:régional|régionale|régionales|régionaux|départemental|départementale|départementales|départementaux|local|locale|locales|locaux|provincial|provinciale|provinciales|provinciaux|communal|communale|communales|communaux|regional|provincial|state|county|district|municipal|municipale|municipales|municipaux)$/iu;

const PLACE_ITEM = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;
const CONNECTOR = /^(?:de|des|du|d['’]|of)$/iu;

/** "Unions régionales" → "Union régionale", "Regional Networks" → "Regional Network". */
function singular(word: string): string {
  if (/aux$/iu.test(word) && word.length > 4) return word.replace(/aux$/iu, 'al');
  if (/ies$/iu.test(word) && word.length > 4) return word.replace(/ies$/iu, 'y');
  return /[^s][sx]$/iu.test(word) ? word.slice(0, -1) : word;
}

/**
 * "les Unions régionales de mutuelles (UR) du Sénégal : Dakar, Thiès et Matam": items that are
 * only places of a territorial category stand for one body each ("Union régionale de mutuelles de
 * Dakar"), never for the bare place. Returns the text before the category and the named items, or
 * null when the list is not of that shape.
 */
export function ellipticalItems(segment: string): { before: string; items: string[] } | null {
  const colon = segment.indexOf(':');
  if (colon < 0) return null;
  const places = segment
    .slice(colon + 1)
    .replace(/(?:\s*,?\s*(?:etc\.?|…|\.\.\.))+\s*$/u, '')
    .replace(/[.!?;]\s*$/u, '')
    .split(/\s*,\s*|\s+(?:et|and)\s+/u)
    .map((item) => item.trim())
    .filter(Boolean);
  if (places.length < 2 || !places.every((item) => PLACE_ITEM.test(item) && !kindOf(item)))
    return null;
  const words = segment
    .slice(0, colon)
    .replace(/\([^()]*\)/gu, ' ')
    .trim()
    .split(/\s+/u);
  // "… du Sénégal", "… in Kenya": the country of the whole category.
  while (words.length > 2 && /^\p{Lu}/u.test(words.at(-1) as string)) {
    const tail = words.findLastIndex((word) => /^(?:du|de|des|of|in|en|au)$/iu.test(word));
    if (tail < 0 || words.slice(tail + 1).some((word) => !/^\p{Lu}/u.test(word))) break;
    words.length = tail;
  }
  // "Unions régionales de …" (French, the adjective after) or "County Unions of …" (English, before).
  const noun = words.findLastIndex(
    (word, index) =>
      /[^s][sx]$/iu.test(word) &&
      kindOf(singular(word)) !== null &&
      (TERRITORIAL.test(words[index - 1] ?? '') ||
        words.slice(index + 1).some((next) => TERRITORIAL.test(next))),
  );
  const start = noun > 0 && TERRITORIAL.test(words[noun - 1] as string) ? noun - 1 : noun;
  if (start < 0) return null;
  const head = words.slice(start);
  const cut = head.findIndex((word) => CONNECTOR.test(word));
  const namePart = (cut < 0 ? head : head.slice(0, cut)).map(singular);
  const rest = cut < 0 ? [] : head.slice(cut);
  if (!namePart.some((word) => TERRITORIAL.test(word))) return null;
  const link = rest.length > 0 && /^of$/iu.test(rest[0] as string) ? 'of' : 'de';
  const english = /^of$/iu.test(rest[0] ?? '') || !/[éè]|ales$|aux$/iu.test(head.join(' '));
  const name = [...namePart, ...rest].join(' ');
  return {
    before: words.slice(0, start).join(' '),
    items: places.map((place) => `${name} ${english ? 'of' : link} ${place}`),
  };
}

/** Items that name a category, not a body: "county unions", "Primary Co-operative Societies". */
const PLURAL_NOUNS =
  'organi[sz]ations|unions|societies|co-?operatives|coopératives|federations|fédérations|networks|réseaux|associations|mutuelles|groups|groupes|enterprises|entreprises|companies|institutions|collectives|collectifs';
const PLURAL_CATEGORY = new RegExp(`(?:^|\\s)(?:${PLURAL_NOUNS})$`, 'iu');
/** "Organizations", "réseaux": a plural kind of body. */
export const isPluralKind = (word: string) => new RegExp(`^(?:${PLURAL_NOUNS})$`, 'iu').test(word);

export function isCategory(phrase: string): boolean {
  return (
    PLURAL_CATEGORY.test(phrase.trim()) && !/\s(?:of|de|du|des|d['’]|for|pour)\s/iu.test(phrase)
  );
}
