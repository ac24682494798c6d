// "… voted to merge A with B and C to form D", "A et B fusionnent pour créer D": D emerged from each.

/** A merger verb, the merged bodies, then the body they form. */
const MERGER =
  /\b(?:merge|merged|merging|merges|amalgamate|amalgamated|fusionner|fusionnent|fusionneront|ont fusionné|fusion (?:de|du|des|d'))\s+(.+?)\s(?:to form|to create|to become|into|pour (?:former|créer|constituer|donner naissance à|devenir))\s+(.+)$/iu;

/** "In 1969 A and B consolidated to become C", "A et B ont fusionné pour former C": the bodies before the verb. */
const MERGED_BEFORE =
  /^(?:\s*(?:in|en) \d{4},?\s+)?(.+?)\s(?:merged|consolidated|amalgamated|ont fusionné|fusionnent|se sont regroupées?)\s(?:to form|to create|to become|into|pour (?:former|créer|constituer|devenir))\s+(.+)$/iu;

/** Between the bodies: "with", "and", commas; possessives before them ("their A") are dropped. */
const BETWEEN = /\s*(?:,|\swith\s|\sand\s|\set\s|\savec\s)\s*/u;

export interface Merger {
  /** The bodies that merged, as written. */
  merged: string[];
  /** What the text after "to form" starts with (its name is read by the caller). */
  formed: string;
}

/** The merger a sentence states, if any. */
export function mergerIn(sentence: string): Merger | undefined {
  const found = MERGER.exec(sentence) ?? MERGED_BEFORE.exec(sentence);
  if (!found) return undefined;
  const merged = (found[1] as string)
    .split(BETWEEN)
    .map((part) => part.replace(/^(?:their|its|our|leurs?|ses|nos)\s+/iu, '').trim())
    .filter((part) => part !== '');
  const formed = (found[2] as string).split(/[,;.](?:\s|$)/u)[0]?.trim() ?? '';
  return merged.length > 0 && formed !== '' ? { merged, formed } : undefined;
}
