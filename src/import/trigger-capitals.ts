// The capital letter a trigger wants after it ("founded X", "belongs to X"), checked by case after matching.

/** The letter a trigger needs to be a capital ("founded the X", "launched X"): the triggers' i flag
 * makes any class case-blind (`[A-Z]`, `\\p{Lu}` match "network"), so the letter is only captured
 * here and `startsWithCapitals` checks its case. The number keeps each pattern's groups apart. */
export const capital = (tag: number) => `(?<capital${tag}>\\p{L})`;

/** Whether every letter a trigger captured as a capital (`capital`) is one. */
export const startsWithCapitals = (match: RegExpMatchArray): boolean =>
  Object.entries(match.groups ?? {}).every(
    ([name, letter]) =>
      !name.startsWith('capital') || letter === undefined || /^\p{Lu}$/u.test(letter),
  );

/** Whether the trigger's first numbered group is one of its capital letters, not a committee's role. */
export const capturedCapital = (match: RegExpMatchArray): boolean =>
  Object.entries(match.groups ?? {}).some(
    ([name, letter]) => name.startsWith('capital') && letter !== undefined && letter === match[1],
  );
