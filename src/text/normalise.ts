/**
 * Lowercase, without accents, with every run of non-alphanumerics (apostrophes too) as one space:
 * "l'Économie" becomes "l economie". The search index and search queries both go through it.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim();
}
