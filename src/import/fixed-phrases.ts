// Phrases English and French write with "and"/"et" inside one name: a field, a remit, a place.
// A closed, general list: the pairs such names are made of, never one page's words.
import { normalise } from '../text/normalise.js';
import { FIELD_NOUNS } from './not-a-name.js';

/** A field or a remit named as a pair ("Recherche et Développement", "Trade and Industry"). */
const FIELD_PAIRS = [
  'Research and Development',
  'Recherche et (?:de )?(?:d[eé]veloppement|D[eé]veloppement)',
  'Science and Technology',
  'Sciences? et (?:de la )?Technologies?',
  'Trade and Industry',
  'Commerce and Industry',
  "Commerce et (?:de l['’]|d['’])?Industrie",
  'Industrie et (?:du )?Commerce',
  'Arts et Métiers',
  'Savings and Credit',
  'Épargne et (?:de )?Crédit',
  'Epargne et (?:de )?Crédit',
  'Agriculture and Rural Development',
  'Agriculture et (?:du )?Développement [Rr]ural',
  'Agriculture and Food',
  "Agriculture et (?:de l['’])?Alimentation",
  'Arts and Crafts',
  'Chambers? of Commerce and Industry',
  'Small and Medium(?:-[Ss]ized)? Enterprises',
  'Petites et Moyennes Entreprises',
  // "Social and Solidarity Economy", "économie sociale et solidaire", "Sociales et Solidaires".
  String.raw`[Ss]ocial(?:e|es)? (?:and|et) [Ss]olidai?r\p{L}*`,
];

/** French départements written without their hyphens ("Meurthe et Moselle"), and countries. */
export const PLACE_PAIRS = [
  'Meurthe et Moselle',
  'Seine et Marne',
  'Seine et Oise',
  'Indre et Loire',
  'Loir et Cher',
  'Lot et Garonne',
  'Tarn et Garonne',
  'Saône et Loire',
  'Ille et Vilaine',
  'Maine et Loire',
  'Eure et Loir',
  'Trinidad and Tobago',
  'Bosnia and Herzegovina',
];

/**
 * Two fields joined by "and"/"et", the French second one after its article ("Emploi et de la
 * Formation", "Environnement et du développement", "Health and Education"): one remit of one name.
 */
const FIELD_PAIR =
  /(?<![\p{L}])(\p{Lu}[\p{L}-]*) (and|et) ((?:de la |de l['’]|du |des |d['’])?)(\p{L}[\p{L}-]*)(?![\p{L}])/gu;

const isField = (word: string) => FIELD_NOUNS.has(normalise(word));

const isFieldPair = (first: string, second: string) => isField(first) && isField(second);

/** Each field pair of the text: where it starts, where it ends. */
function fieldPairs(text: string): { start: number; end: number }[] {
  return [...text.matchAll(FIELD_PAIR)]
    .filter((found) => isFieldPair(found[1] as string, found[4] as string))
    .map((found) => ({ start: found.index, end: found.index + found[0].length }));
}

/** The text with the "and"/"et" of each field pair between two `mark`s in place of its spaces. */
export function keepFieldPairs(text: string, mark: string): string {
  return text.replace(FIELD_PAIR, (pair, first, and, article, second) =>
    isFieldPair(first, second) ? `${first}${mark}${and}${mark}${article}${second}` : pair,
  );
}

const phrase = (pairs: readonly string[]) =>
  new RegExp(`(?<![\\p{L}])(?:${pairs.join('|')})(?![\\p{L}])`, 'gu');

/** A field or remit pair, whose "and"/"et" a reader keeps inside the name. */
export const FIXED_PHRASE = phrase(FIELD_PAIRS);

/** A place pair; kept whole inside a body's name ("Département de Meurthe et Moselle"). */
export const PLACE_PAIR = phrase(PLACE_PAIRS);

/** Whether a name written from `start` to `end` of `text` holds one side of a fixed phrase only. */
export function cutsFixedPhrase(text: string, start: number, end: number): boolean {
  const spans = [
    ...[...text.matchAll(FIXED_PHRASE), ...text.matchAll(PLACE_PAIR)].map((found) => ({
      start: found.index,
      end: found.index + found[0].length,
    })),
    ...fieldPairs(text),
  ];
  return spans.some((span) => {
    const overlaps = start < span.end && end > span.start;
    return overlaps && !(start <= span.start && end >= span.end);
  });
}
