// Which language a page is written in, by franc's trigram statistics: the rules read French and English only.
import { franc } from 'franc';

/** ISO 639-3 (franc) → the ISO 639-1 code the rules use. */
const READ: Record<string, 'en' | 'fr'> = { eng: 'en', fra: 'fr' };

/** Below this many letters franc guesses ("und" or a wrong language): too little to refuse on. */
const MIN_LETTERS = 200;

/** Languages a page may be in besides English and French: franc's 187 would confuse a short page. */
const CANDIDATES = [
  'eng',
  'fra',
  'spa',
  'cat',
  'glg',
  'eus',
  'deu',
  'ita',
  'por',
  'nld',
  'pol',
  'ron',
];

export interface PageLanguage {
  /** ISO 639-3, or "und" when the prose is too short to tell. */
  code: string;
  /** True when the rules read it (English, French, or too short to tell). */
  readable: boolean;
}

export function pageLanguage(prose: string): PageLanguage {
  const letters = prose.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return { code: 'und', readable: true };
  const code = franc(prose, { only: CANDIDATES, minLength: MIN_LETTERS });
  return { code, readable: code === 'und' || code in READ };
}
