// The one list of evaluation rounds that scripts must not read: validation and sealed rounds never,
// the session's check rounds as summary lines only. Update it when a round is sealed or scored.
/** Validation rounds (9, 10) and sealed rounds (40): their pages are never read by a script. */
export const UNREAD_SPLITS: ReadonlySet<string> = new Set(['heldOut9', 'heldOut10', 'heldOut40']);
/** The session's check rounds: scored as a summary line only, so nobody writes a rule from their pages. */
export const CHECK_SPLITS: ReadonlySet<string> = new Set(['heldOut39']);

const roundOfFile = (file: string): string => `heldOut${/^r(\d+)-/u.exec(file)?.[1] ?? ''}`;
/** Whether a page belongs to a round whose pages must not be opened (unread or check). */
export const isHiddenPage = (file: string): boolean =>
  UNREAD_SPLITS.has(roundOfFile(file)) || CHECK_SPLITS.has(roundOfFile(file));
/** Whether a split's pages must not be opened (unread or check). */
export const isHiddenSplit = (split: string): boolean =>
  UNREAD_SPLITS.has(split) || CHECK_SPLITS.has(split);
