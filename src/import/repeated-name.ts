// The body a page names again and again inside its sentences: the last reading of a page that no
// title, address or kind word names ("Herrikoa publie …", "le Remapess, en organisant …").
import { normalise } from '../text/normalise.js';
import { isAcronym, isHeading, isPlace } from './names.js';
import { NOT_A_BODY } from './page-actor.js';
import { isPersonName } from './person-names.js';
import { spelledByAddress } from './uptaken-actor.js';
import { MONTH_NAME_ANY_CAPITAL } from './words.js';

/** A capitalised run of up to four words, linking words inside, within one line. */
const RUN =
  /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{N}’'&-]+(?:[^\S\n]+(?:(?:of|de|du|des|d['’]|la|le)[^\S\n]+)?\p{Lu}[\p{L}\p{N}’'&-]+){0,3}/gu;
/** Before a run inside a sentence: a lowercase word, an article or a comma, never a sentence's start. */
const WITHIN = /(?:\p{Ll}[\p{L}'’-]*\s+|[ldLD]['’]|,\s+|\)\s*,\s+)$/u;
/** "in X", "à X", "en X": a place, not a body. */
const LOCATIVE_BEFORE = /(?:^|\s)(?:in|at|across|à|en|dans|au|aux)\s+$/u;
const MONTH = new RegExp(`^${MONTH_NAME_ANY_CAPITAL}$`, 'u');

/**
 * The name the prose writes inside its sentences three times or more (twice anywhere when the
 * address spells it), more often than any other: not a place, a person, a month or a heading. Null when none stands out.
 */
export function repeatedName(prose: string, address: string | null): string | null {
  let url: URL | null = null;
  try {
    url = address ? new URL(address) : null;
  } catch {
    url = null;
  }
  const counts = new Map<string, { name: string; times: number }>();
  for (const match of prose.matchAll(RUN)) {
    const name = match[0];
    const before = prose.slice(Math.max(0, (match.index ?? 0) - 40), match.index);
    // A sentence's first word counts only for a name the address spells ("Laboral Kutxa is …").
    if (!(WITHIN.test(before) || spelledByAddress(name, url)) || LOCATIVE_BEFORE.test(before))
      continue;
    if (isPlace(name) || isHeading(name) || MONTH.test(name) || NOT_A_BODY.has(name)) continue;
    if (isAcronym(name) && name.replace(/[^\p{Lu}]/gu, '').length < 3) continue;
    const key = normalise(name);
    const seen = counts.get(key) ?? { name, times: 0 };
    counts.set(key, { name: seen.name, times: seen.times + 1 });
  }
  const ranked = [...counts.values()]
    .filter(({ name }) => !isPersonName(name))
    .map(({ name, times }) => ({ name, times, least: spelledByAddress(name, url) ? 2 : 3 }))
    .sort((a, b) => b.times - a.times);
  const [best, next] = ranked;
  if (!best || best.times < best.least || (next && next.times >= best.times)) return null;
  return best.name;
}
