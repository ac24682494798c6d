// "A launched the B" (active voice) is annotated as A initiating B, like French "A a lancé B"
// (rounds 4–34: 2 of 2 such foundings typed INITIATED by the annotators, 0 as FOUNDED); the passive
// "B was launched in 2008 by A" stays a founding (9 of 9 right as FOUNDED on the same rounds).

/** An active "launched"/"launches" and an optional article, not after an auxiliary of the passive. */
const ACTIVE_LAUNCH =
  /(?<![\p{L}])(?<!(?:was|were|been|being|be|is|are|newly|officially|formally)\s)(?:launched|launches)\s+(?:(?:the|a|an|its|their|our)\s+)?/giu;

/** Whether the evidence says, in the active voice, that someone launched the body named `made`. */
export function activelyLaunched(evidence: string, made: string): boolean {
  const name = made.trim().toLowerCase();
  if (name === '') return false;
  return [...evidence.matchAll(ACTIVE_LAUNCH)].some((found) =>
    evidence
      .slice(found.index + found[0].length)
      .toLowerCase()
      .startsWith(name),
  );
}
