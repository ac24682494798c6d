// The new body, project or programme a news item's lead announces: what the item is about.
import { kindOf } from './names.js';
import { timesNamed } from './page-actor.js';

/** A capitalised run, linking words and lowercase words of a project's name inside. */
const NAME_RUN = String.raw`\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:of|for|and|the|de|du|des|d['’]|pour|et|la|le|l['’]|à|au|aux|sur|in|en)\s+)*[\p{Lu}\p{N}][\p{L}\p{N}'’-]*){0,9}`;

/** A name in quotes, as written up to its closing quote ("« Zara iombonana »"), or a capitalised run. */
const QUOTED_OR_RUN = String.raw`(?:[«"“]\s*([^«»"“”\n]{2,100}?)\s*[»"”]|(${NAME_RUN}))`;

/** "un nouveau projet intitulé « Zara »", "a new programme called X": a name the lead gives a new thing. */
const CALLED = new RegExp(
  String.raw`(?:nouvel(?:le)?|nouveau|new)\s+(?:\p{Ll}+\s+){0,2}(?:intitulée?|baptisée?|dénommée?|nommée?|appelée?|called|named|entitled|dubbed)\s+${QUOTED_OR_RUN}`,
  'u',
);
/** "pour créer la « Fondation X »", "the new X Project", "ont lancé le nouveau Réseau X": a creation's
 * or a launch's object, or a thing called new, whose name holds a kind word. */
const CREATED = new RegExp(
  String.raw`(?:(?:pour|afin de)\s+(?:créer|fonder|lancer|constituer)|(?:ont|a|have|has)\s+(?:créé|fondé|lancé|constitué|created|founded|launched|set up)|to\s+(?:create|found|launch|set up|establish)|(?:the|la|le|l['’]|a|an|un|une)\s+(?:nouvel(?:le)?|nouveau|new))\s+(?:(?:la|le|l['’]|les|the|a|an|un|une)\s*)?(?:(?:nouvel(?:le)?|nouveau|new)\s+)?${QUOTED_OR_RUN}`,
  'gu',
);

/** A project's or a programme's name: the rounds take the item's project as what it is about. */
const PROJECT = /(?<![\p{L}])(?:Project|Programme|Program|Projet|Initiative)(?![\p{L}])/u;

/** How far a news item's lead goes: its first paragraphs (a headline may be the first). */
const LEAD_PARAGRAPHS = 3;

/**
 * The thing a news item's lead announces as new or as created ("5 associations se sont réunies
 * pour créer la « Fondation X »", "a new project called X", "the new X Project"), when the item names
 * it again: general news usage puts what the item is about in its lead. Null when the lead
 * announces nothing new.
 */
export function newBody(paragraphs: readonly string[]): string | null {
  const prose = paragraphs.join('\n');
  for (const paragraph of paragraphs.slice(0, LEAD_PARAGRAPHS)) {
    const call = CALLED.exec(paragraph);
    const called = (call?.[1] ?? call?.[2])?.trim();
    if (called && timesNamed(prose, called) >= 2) return called;
    for (const found of paragraph.matchAll(CREATED)) {
      const name = (found[1] ?? found[2] ?? '').trim();
      // A one-word thing ("the new Director") or a name with no kind of body or project in it is no announcement.
      // "the new Director of the X Bank": the run's head (before "of", "de") names what is new.
      const head = name.split(/\s(?:of|for|de|du|des|pour)\s/u)[0] as string;
      if (name.split(/\s+/u).length < 2 || (kindOf(head) === null && !PROJECT.test(head))) continue;
      return name;
    }
  }
  return null;
}
