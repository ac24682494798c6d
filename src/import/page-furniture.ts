// An article's furniture (byline, dates, reading time, rubric), which a saved news page keeps on
// lines of their own above the headline: they label the page, they never name its body.
import { kindOf } from './names.js';
import { isPersonName } from './person-names.js';

/** "Auteur :", "Par", "By", "Posted by": the label a byline opens with (any case). */
const BYLINE_LABEL =
  /^(?:(?:auteur(?:e|\(e\)|s)?|author)\s*:|(?:r[ée]dig[ée]e?\s+par|[ée]crit\s+par|par|by|posted\s+by|written\s+by)\s)\s*/iu;
/** "Lionel Robin", "Jean de La Tour": the short capitalised name a byline gives after its label. */
const BYLINE_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:de\s+|van\s+|von\s+)?\p{Lu}[\p{L}.'’-]*){0,3}$/u;
/** "Décryptage", "Actualités", "Interview": a news site's rubric (kicker) over the headline. */
const RUBRIC =
  /^(?:actualités?|news|décryptage|analyse|analysis|interview|entretien|portrait|tribune|reportage|témoignage|dossier|éditorial|editorial|opinion|communiqué(?:\s+de\s+presse)?|press\s+release|blog)$/iu;
/** "Temps de lecture", "Reading time : 4 min", "3 minutes", "5 min read": a reading time. */
const READING_TIME =
  /^(?:(?:temps\s+de\s+lecture|reading\s+time|durée\s+de\s+lecture|lecture)\s*:?\s*(?:\d{1,3}\s*(?:min(?:ute)?s?\.?)?)?|\d{1,3}\s*(?:min(?:ute)?s?\.?)(?:\s+(?:read|de\s+lecture))?)$/iu;
/** "Publié : vendredi 16 novembre 2018", "Mis à jour le 14 mai 2021", "Updated: 3 May 2024". */
const DATED =
  /^(?:publi[ée]e?(?:\s+le)?|mise?\s+à\s+jour(?:\s+le)?|mis\s+en\s+ligne(?:\s+le)?|posted(?:\s+on)?|published(?:\s+on)?|updated(?:\s+on)?|last\s+updated(?:\s+on)?)\s*:?\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?[\p{L}\d ,./-]*\d{4}(?:\s*(?:-|–|à|at)\s*.*)?$/iu;

/** A line of an article's furniture (byline, date line, reading time, rubric): never a title, never prose. */
export function isFurniture(line: string): boolean {
  const text = line.trim();
  // A byline is a label and a short name: a sentence that opens with "Par" or "By" is prose.
  const label = BYLINE_LABEL.exec(text)?.[0];
  if (
    label !== undefined &&
    text.split(/\s+/).length <= 6 &&
    BYLINE_NAME.test(text.slice(label.length)) &&
    // "By Design Cooperative", "Par Terre Coopérative": a body's name with its kind word stays.
    kindOf(text.slice(label.length)) === null
  )
    return true;
  return READING_TIME.test(text) || DATED.test(text) || RUBRIC.test(text);
}

/** "de", "of", "l'": the small words a body's name keeps lowercase between its capitalised ones. */
const NAME_CONNECTOR =
  /^(?:de|des|du|d['’]|la|le|les|l['’]|et|en|à|pour|sur|of|the|and|for|on|&|-|–)$/u;

/**
 * A line that is a body's name: every word capitalised (or a number, or a connector), and no
 * person's. "Cors'Eco-Solidaire 2" is one; "La Coopérative X rejoint la Fédération Y" is a headline
 * and "Jean Dupont, président de X" an interview's caption.
 */
function isNameLine(line: string): boolean {
  const words = line.trim().split(/\s+/u);
  if (words.length > 10 || isPersonName(line.trim())) return false;
  return words.every(
    (word) => /^[«“"‘'(]?[\p{Lu}\p{N}]/u.test(word) || NAME_CONNECTOR.test(word.toLowerCase()),
  );
}

/**
 * Whether the furniture line at `at` is skipped: only above the body's name line or the prose. Over
 * a news headline ("X rejoint Y", "Interview" over "Jean Dupont, président de X") the furniture
 * stays the first line, so the headline is read as the prose's opening, statement and all, and
 * never as the page's name. `skipped` tells the other lines skipped above a title (noise);
 * `isTitle` a line short and unpunctuated enough to be a title.
 */
export function isFurnitureAbove(
  lines: readonly string[],
  at: number,
  skipped: (line: string) => boolean,
  isTitle: (line: string) => boolean,
): boolean {
  if (!isFurniture(lines[at] as string)) return false;
  let next = at + 1;
  while (
    next < lines.length &&
    (isFurniture(lines[next] as string) || skipped(lines[next] as string))
  )
    next += 1;
  const below = lines[next];
  return below !== undefined && (!isTitle(below) || isNameLine(below));
}
