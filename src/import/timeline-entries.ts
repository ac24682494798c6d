// A dated timeline ("2004: X is formally established."): its entries, each a sentence with its year.
import { escapeRegExp } from './words.js';

export interface TimelineEntry {
  year: string;
  text: string;
}

/** "2004: …", "2004 – …": a paragraph that opens with a year set apart by a colon or a dash. */
const ENTRY = /^((?:1[89]|20)\d\d)\s*[:–—-]\s+(\S.*)$/u;
/** Fewer dated paragraphs are a date or two in prose, not a timeline. */
const MIN_ENTRIES = 3;

/** The entries of the page's timeline: at least three dated paragraphs whose years never go back. */
export function timelineEntries(paragraphs: readonly string[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const paragraph of paragraphs) {
    const found = ENTRY.exec(paragraph.trim());
    if (!found) continue;
    const [, year = '', text = ''] = found;
    const last = entries.at(-1);
    if (last && Number(year) < Number(last.year)) return [];
    entries.push({ year, text });
  }
  return entries.length >= MIN_ENTRIES ? entries : [];
}

/**
 * The year of the timeline entry that says the actor itself came to be ("2004: X is formally
 * established"), over an earlier entry where others only agree or plan to found it.
 */
export function timelineFounding(
  paragraphs: readonly string[],
  names: readonly string[],
): string | null {
  const own = names.filter((name) => name.length >= 2).map(escapeRegExp);
  if (own.length === 0) return null;
  const founded = new RegExp(
    `^(?:the |la |le |les |l['’])?(?:${own.join('|')})(?![\\p{L}\\p{N}])(?:\\s*\\([^()]{1,30}\\))?\\s+(?:(?:is|was|has been|est|a été|fut)\\s+)?(?:(?:formally|officially|legally|officiellement|formellement|légalement)\\s+)?(?:established|founded|created|launched|set up|registered|incorporated|born|fondée?|créée?|constituée?|lancée?|née?)(?![\\p{L}])`,
    'iu',
  );
  return timelineEntries(paragraphs).find((entry) => founded.test(entry.text))?.year ?? null;
}
