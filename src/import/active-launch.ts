// "A launched the B" (active voice), B named without a body kind word, is read as A initiating B,
// as the annotators do (rounds 4–34: 2 of 2 such foundings typed INITIATED, 0 FOUNDED) and as French
// "A a lancé B" is read; "launched the X Network" and the passive "B was launched in 2008 by A" stay
// foundings (12 of 13 passive launches right as FOUNDED on the same rounds).

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
