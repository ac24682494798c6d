// A group's page lists its entities on lines of their own, each named after the group ("Banco X" in "X Group").
import { normalise } from '../text/normalise.js';
import type { Body } from './general-reader.js';
import { isCompanyGroup, isPlace, kindOf } from './names.js';
import { NOT_A_LIST_HEADING } from './structure-lexicon.js';

/** The words around a group's own name: "the X Group", "Groupe X", "X Holding". */
const GROUP_WORDS =
  /^(?:(?:the|le|la|l['’])\s*)?(?:Groupe|Grupo|Gruppo|Grupa)\s+|\s+(?:Group|Groupe|Grupa|Grupo|Gruppo|Holdings?)$/giu;
const LEADING_ARTICLE = /^(?:the|le|la|l['’])\s*/iu;
/** What is left of a name once the stem is gone, when it is only the group again: "the … Group". */
const GROUP_OR_ARTICLE =
  /(?:^|\s)(?:the|le|la|l|group|groupe|grupa|grupo|gruppo|holdings?)(?=\s|$)/gu;
const BULLET = /^(?:[*•·▪◦–-]|o)\s+/u;
/** An entity's line is its name: a few words, no sentence, no figure ("Montepio Group 2023 results"). */
const MAX_NAME_WORDS = 8;
/** One name on a group's page is a mention; two lines at least make the list of its entities. */
const MIN_PARTS = 2;

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/**
 * The name a group's entities share: "Montepio" of "Montepio Group", "SOS" of "Groupe SOS"; none
 * when it is a kind of body or a place ("Cooperative Group", "Groupe Bretagne"): that is no name.
 */
export function groupStem(actorName: string): string | undefined {
  if (!isCompanyGroup(actorName)) return undefined;
  const stem = actorName.replace(GROUP_WORDS, '').replace(LEADING_ARTICLE, '').trim();
  if (stem === '' || wordCount(stem) > 3 || !/\p{Lu}/u.test(stem)) return undefined;
  return kindOf(stem) !== null || isPlace(stem) ? undefined : stem;
}

/** The stem as a whole word or words of a name ("Recup-Terre" holds "Terre", "Terrena" does not). */
const holdsStem = (name: string, stem: string) =>
  ` ${normalise(name)} `.includes(` ${normalise(stem)} `);

/** A line that is one name and nothing more: its own line, short, with no sentence or figure. */
function nameLine(line: string): string | undefined {
  const text = line.trim().replace(BULLET, '');
  // "Montepio U Live - Residências para Estudantes": the name before a dash gloss.
  const name = text.replace(/\s[–—-]\s.*$/u, '').trim();
  if (name === '' || wordCount(name) > MAX_NAME_WORDS) return undefined;
  if (/[.!?:;,|\d@]/u.test(name) || name.includes('://')) return undefined;
  return name;
}

export interface GroupPart {
  body: Body;
  line: string;
}

/**
 * The entities of the page's group: lines that are each a body's name holding the group's stem,
 * two at least. A menu entry ("Montepio News") or the group's own name is none.
 */
export function groupParts(
  lines: readonly string[],
  actorName: string,
  body: (name: string) => Body | undefined,
): GroupPart[] {
  const stem = groupStem(actorName);
  if (!stem) return [];
  const parts: GroupPart[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const name = nameLine(line);
    if (!name || !holdsStem(name, stem)) continue;
    const rest = ` ${normalise(name)} `
      .replace(` ${normalise(stem)} `, ' ')
      .replace(GROUP_OR_ARTICLE, ' ')
      .trim();
    // "The Montepio Group" is the group itself; "Montepio News" a menu entry, not an entity.
    if (rest === '' || NOT_A_LIST_HEADING.test(rest)) continue;
    const found = body(name);
    if (!found || !holdsStem(found.name, stem) || seen.has(normalise(found.name))) continue;
    seen.add(normalise(found.name));
    parts.push({ body: found, line: line.trim() });
  }
  return parts.length >= MIN_PARTS ? parts : [];
}
