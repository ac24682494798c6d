// Phrases English and French write with "and"/"et" inside one name: a field, a remit, a place.
// A closed, general list: the pairs such names are made of, never one page's words.

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

const phrase = (pairs: readonly string[]) =>
  new RegExp(`(?<![\\p{L}])(?:${pairs.join('|')})(?![\\p{L}])`, 'gu');

/** A field or remit pair, whose "and"/"et" a reader keeps inside the name. */
export const FIXED_PHRASE = phrase(FIELD_PAIRS);

/** A place pair; kept whole inside a body's name ("Département de Meurthe et Moselle"). */
export const PLACE_PAIR = phrase(PLACE_PAIRS);

/** Whether a name written from `start` to `end` of `text` holds one side of a fixed phrase only. */
export function cutsFixedPhrase(text: string, start: number, end: number): boolean {
  return [...text.matchAll(FIXED_PHRASE), ...text.matchAll(PLACE_PAIR)].some((found) => {
    const to = found.index + found[0].length;
    const overlaps = start < to && end > found.index;
    return overlaps && !(start <= found.index && end >= to);
  });
}
