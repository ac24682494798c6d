// A founding read where a merger made the body: "B was formed by the merger of three firms: A, …",
// "B résulte de la fusion du A et de la C", "The 2019 merger with A created B". The bodies merged
// did not found B; B emerged from them (rounds 4–34: every such FOUNDED proposal, 6 of 6, was wrong).
import { MERGER_WORDS, mergerIn } from './mergers.js';

/** A merger named as a noun and the word that opens what it joined. */
const MERGER_NOUN = new RegExp(
  `(?<![\\p{L}])(?:${MERGER_WORDS})s?(?:\\s[^.;!?]{0,60}?)?\\s(?:of|between|with|de|du|des|d['’]|entre|avec)(?![\\p{L}])`,
  'giu',
);

/** A merger noun as the subject of a creation verb: "the merger with A created B", "la fusion … a donné naissance à B". */
const MERGER_MADE = new RegExp(
  `(?<![\\p{L}])(?:the|a|an|this|that|la|une|cette)\\s+(?:\\d{4}\\s+)?(?:${MERGER_WORDS})(?![\\p{L}])[^.;!?]{0,80}?\\s(?:created|formed|gave birth to|produced|a créé|a formé|a donné naissance à|donne naissance à|crée)(?![\\p{L}])`,
  'iu',
);

/** "A et B ont créé C, issue de leur fusion", "A and B founded C through their merger": the founders' own merger
 * ("leur regroupement" and "by merging their resources" are left out: founders group or pool without merging). */
const THEIR_MERGER = new RegExp(
  `(?<![\\p{L}])(?:leur|their)\\s+(?:${MERGER_WORDS})(?![\\p{L}])`,
  'iu',
);

/** Whether the founder is named after a merger noun in the same sentence ("… formed by the merger of A, B"). */
function namedAfterMerger(evidence: string, founder: string): boolean {
  const name = founder.trim().toLowerCase();
  if (name === '') return false;
  const lower = evidence.toLowerCase();
  return [...evidence.matchAll(MERGER_NOUN)].some((found) => {
    // The name as a whole word ("MA" is not the "ma" of "made"), before the sentence ends.
    for (let at = lower.indexOf(name, found.index); at >= 0; at = lower.indexOf(name, at + 1)) {
      if (/[.;!?]/u.test(evidence.slice(found.index, at))) return false;
      const before = lower[at - 1] ?? ' ';
      const after = lower[at + name.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    }
    return false;
  });
}

/**
 * Whether a founding is a merger's outcome: its founder is one of the bodies a merger noun joins,
 * or the creation's subject is the merger itself (the founder read is then the actor who merged).
 */
export function mergerMadeIt(evidence: string, founder: string): boolean {
  return namedAfterMerger(evidence, founder) || MERGER_MADE.test(evidence);
}

/**
 * Whether a founding the sentence states is the merger of its founder into the body made: the
 * sentence names the founders' own merger, its merger lists the founder among the bodies merged,
 * or a merger noun joins the founder or made the body.
 */
export function foundedByMerger(evidence: string, founder: string): boolean {
  if (THEIR_MERGER.test(evidence)) return true;
  const name = founder.trim().toLowerCase();
  const listed =
    name !== '' &&
    (mergerIn(evidence)?.merged.some((merged) => merged.toLowerCase().includes(name)) ?? false);
  return listed || mergerMadeIt(evidence, founder);
}
