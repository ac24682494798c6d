// Number words, in one place: counted lists, mergers ("the merger of three mutuals") and resource
// lines ("two offices") read the counts they accept here.

/** Number words one to twelve, English then French ("six" is both), with their values. */
export const NUMBER_WORDS_VALUE = new Map<string, number>([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['un', 1],
  ['une', 1],
  ['deux', 2],
  ['trois', 3],
  ['quatre', 4],
  ['cinq', 5],
  ['sept', 7],
  ['huit', 8],
  ['neuf', 9],
  ['dix', 10],
  ['onze', 11],
  ['douze', 12],
]);

/** Articles that count one before a noun: "a branch", "an office". */
const ARTICLES_OF_ONE = new Map<string, number>([
  ['a', 1],
  ['an', 1],
]);

/** The number words worth `least` to `most`, for a pattern's alternation. */
export function numberWords(least: number, most: number): string[] {
  return [...NUMBER_WORDS_VALUE]
    .filter(([, value]) => value >= least && value <= most)
    .map(([word]) => word);
}

/** The value of a lowercase number word or article worth at most `most`, or undefined. */
export function smallCount(word: string, most: number): number | undefined {
  const value = ARTICLES_OF_ONE.get(word) ?? NUMBER_WORDS_VALUE.get(word);
  return value !== undefined && value <= most ? value : undefined;
}
