// A title that is a news headline ("X célèbre ses 25 ans") is about the body it names inside it.
import { kindOf } from './names.js';
import { isBarePlace } from './no-body-name.js';
import { NOT_A_BODY } from './page-actor.js';
import { escapeRegExp } from './words.js';

/** Words that join a name's parts, never end one, and tell a headline's verb from nothing. */
const CONNECTOR =
  /^(?:of|for|and|the|to|a|an|in|on|at|de|du|des|d['’]|pour|et|la|le|les|l['’]|en|à|au|aux|sur|par|un|une)$/iu;
const ARTICLE = /^(?:the|la|le|les|l['’])$/iu;

/** How often the prose writes the run as it is written (its capitals kept) inside a sentence:
 * after another word, so that a sentence's first word ("Trois …") never reads as a name. */
function writtenWithin(prose: string, run: string): number {
  const within = new RegExp(
    `(?<=[\\p{L}\\p{N},»"'’]\\s+|\\b[ldLD]['’])${escapeRegExp(run)}(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return [...prose.matchAll(within)].length;
}

/**
 * The body a headline is about: the longest run of the title's words that opens with a capital,
 * that the prose writes inside its sentences twice or more while it never writes the whole title,
 * and that leaves two lowercase words or more out (the headline's verb and its object:
 * "… boards vote to recommend merger", "… débloque 7,5 millions"). Null when the title is no headline.
 */
export function headlineBody(title: string, prose: string): string | null {
  const words = title.split(/\s+/u);
  // The prose writing the whole title anywhere (within a sentence or not) makes it a name, no headline.
  if (words.length < 4 || prose.includes(title)) return null;
  const labelled = labelledHeadline(title, prose);
  if (labelled) return labelled;
  let best: string[] | null = null;
  for (let from = 0; from < words.length; from += 1) {
    const first = words[from] as string;
    if (!/^\p{Lu}/u.test(first) || ARTICLE.test(first)) continue;
    for (let to = words.length; to > from; to -= 1) {
      const run = words.slice(from, to);
      if (run.length === words.length || CONNECTOR.test(run.at(-1) as string)) continue;
      const left = [...words.slice(0, from), ...words.slice(to)].filter(
        (word) => /^\p{Ll}/u.test(word) && !CONNECTOR.test(word),
      );
      if (left.length < 2 || (best && best.length >= run.length)) continue;
      // "X tient son AGO": the acronym of a meeting, a format or the field names no body.
      if (NOT_A_BODY.has(run.join(' '))) continue;
      if (writtenWithin(prose, run.join(' ')) >= 2) best = run;
    }
  }
  return best ? withKindWord(best.join(' '), prose) : null;
}

/**
 * "OlatuKoop: growing membership of the network": a headline in lowercase after a name and a colon
 * is about that name, when the prose writes it twice or more; a place before the colon is none. A
 * capital after the colon is left alone: "Fribourg: Fondation de …" is a dateline's town.
 */
function labelledHeadline(title: string, prose: string): string | null {
  const [, head, rest] = /^(\p{Lu}[^:]{1,60}):\s+(\p{Ll}\S*(?:\s+\S+){2,})$/u.exec(title) ?? [];
  if (head === undefined || rest === undefined || head.split(/\s+/u).length > 5) return null;
  if (isBarePlace(head, title) || NOT_A_BODY.has(head)) return null;
  // A topic or a rubric before the colon ("Économie sociale et solidaire : trois associations …",
  // "Agriculture : …", French typography's lowercase after a colon) is no name: a name capitalises
  // each of its words and keeps its capitals inside a sentence, where a topic goes lowercase.
  const nameShaped = head
    .split(/\s+/u)
    .every((word) => /^[«“"‘'(]?[\p{Lu}\p{N}]/u.test(word) || CONNECTOR.test(word));
  if (!nameShaped || writtenWithin(prose, head) === 0) return null;
  const written = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(head)}(?![\\p{L}\\p{N}-])`, 'gu');
  return [...prose.matchAll(written)].length >= 2 ? head : null;
}

/** "Max Havelaar" that the prose writes "la Fondation Max Havelaar" twice or more: the kind word is
 * the name's own when the run alone has none. */
function withKindWord(name: string, prose: string): string {
  if (kindOf(name) !== null) return name;
  const before = new RegExp(
    `(?<![\\p{L}])(\\p{Lu}[\\p{L}-]+) ${escapeRegExp(name)}(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const counts = new Map<string, number>();
  for (const [, word] of prose.matchAll(before))
    if (kindOf(word as string) !== null)
      counts.set(word as string, (counts.get(word as string) ?? 0) + 1);
  const [word, times] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return word !== undefined && (times ?? 0) >= 2 ? `${word} ${name}` : name;
}
