// A list made mostly of one-word names the page never repeats is a list of places: its lone words go.
import { isLoneWord } from './lone-names.js';
import type { ProposedRelation } from './proposal.js';

/**
 * Drops the lone words of such lists ("Among them were Oldport, Brine and Kelso"), keeping the
 * names beside them. Items under a label or heading that names the list ("Members: A, B, C, D",
 * "Filiales | A, B, C, D") are left: the label says they are bodies, where prose says nothing.
 */
export function withoutPlaceLists(
  relations: readonly ProposedRelation[],
  text: string,
  labelled: ReadonlySet<ProposedRelation>,
): ProposedRelation[] {
  const lone = (relation: ProposedRelation) =>
    !labelled.has(relation) && (isLoneWord(relation.from, text) || isLoneWord(relation.to, text));
  const placeLists = new Set(
    [...new Set(relations.map((relation) => relation.evidence))].filter((evidence) => {
      const items = relations.filter((relation) => relation.evidence === evidence);
      return items.filter(lone).length >= 4 && items.filter(lone).length * 2 > items.length;
    }),
  );
  return relations.filter((relation) => !(placeLists.has(relation.evidence) && lone(relation)));
}
