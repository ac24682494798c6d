// A name that opens with words joined by "and"/"et" to the rest of it: "Harbour and Valley Credit Union".
import { kindOf } from './names.js';

/** One or two capitalised words (no third before them), then "and", "et" or "&", right before the rest. */
const LEFT_HALF =
  /(?<![\p{L}\p{N}'’.-])(?<!\p{Lu}[\p{L}'’.-]*\s+)((?:\p{Lu}[\p{L}'’-]*\s+)?\p{Lu}[\p{L}'’-]*)\s+(?:and|et|&)\s+$/u;
/** A word that names a body alone: an acronym, a brand written in camel case ("NorWest"). */
const NAME_ALONE = /^\p{Lu}{2,}$|\p{Ll}\p{Lu}/u;
/** A plural last word: "Abela and Fero Cooperatives" are two bodies sharing one kind word. */
const PLURAL = /[^s]s$/u;

/**
 * Where the name starts when the words before "and" are its first half: the run after the
 * conjunction says what kind of body it is ("… Credit Union") and the words before it hold no kind word of
 * their own, no acronym or brand, and name no known body (`isKnown`): "Oxfam and Harbour Credit
 * Union" stays two, so do "Abela and Fero Cooperatives" (a plural kind word shared). Null
 * when the run is a name alone.
 */
export function andJoinedStart(
  before: string,
  run: string,
  isKnown: (phrase: string) => boolean,
): number | null {
  const name = run.trim();
  if (kindOf(name) === null || PLURAL.test(name.split(/\s+/u).at(-1) ?? '')) return null;
  const left = LEFT_HALF.exec(before);
  if (!left) return null;
  const half = left[1] as string;
  const words = half.split(/\s+/u);
  if (words.some((word) => kindOf(word) !== null || NAME_ALONE.test(word))) return null;
  if (isKnown(half)) return null;
  return left.index;
}
