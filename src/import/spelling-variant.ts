// Two writings of one name: "Programme" and "Program", "Organisation" and "Organization".
import { distance } from 'fastest-levenshtein';
import { normalise } from '../text/normalise.js';

/** One word spelled two ways: a shortened ending ("program", "programme") or an edit or two in a long word. */
function wordsAlike(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 5 && long.startsWith(short) && long.length - short.length <= 2) return true;
  return short.length >= 6 && distance(a, b) <= 2;
}

/** The same words in the same order, each at most spelled another way: one name, not two bodies. */
export function spelledAlike(a: string, b: string): boolean {
  const [ours, theirs] = [a, b].map((name) => normalise(name).split(' ').filter(Boolean));
  if (!ours || !theirs || ours.length !== theirs.length || ours.length < 2) return false;
  return ours.every((word, index) => wordsAlike(word, theirs[index] as string));
}
