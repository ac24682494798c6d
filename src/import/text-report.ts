// The human-readable dry run: one block per profile.
import { type FileOutcome, isFailure } from './files.js';
import type { ActorFact, CheckedRelation } from './profile-import.js';

const DISPUTE = 'accepting records a dispute that keeps both sources';

/** What the graph already says, after a proposal: nothing for a new fact. */
function graphNote(
  status: CheckedRelation['status'],
  graphValue: string | undefined,
  what: string,
) {
  if (status === 'IN_GRAPH') return ' (already in the graph)';
  if (status === 'CONTRADICTS')
    return `\n    CONTRADICTS the graph: ${what} ${graphValue}; ${DISPUTE}`;
  return '';
}

function factLine(fact: ActorFact): string {
  if (fact.field === 'founded')
    return `  proposes founded ${fact.value}${graphNote(fact.status, fact.graphValue, 'founded')}`;
  const counts = (fact.value as { type: string; count: number }[])
    .map((count) => `${count.count} ${count.type}`)
    .join(', ');
  return `  proposes resources: ${counts}${graphNote(fact.status, fact.graphValue, 'resources')}`;
}

export function formatOutcome(outcome: FileOutcome): string {
  if (isFailure(outcome))
    return `${outcome.file}: refused (${outcome.error.code}) ${outcome.error.message}`;
  const { actor } = outcome;
  const lines = [
    `${outcome.file}: ${actor.name}${actor.acronym ? ` (${actor.acronym})` : ''} → ${actor.match ?? 'new actor'}`,
    ...(outcome.facts ?? []).map(factLine),
    ...outcome.relations.map((relation) => {
      const details = [
        relation.since ? `since ${relation.since}` : '',
        relation.role ? `role: ${relation.role}` : '',
        relation.founding ? 'founding' : '',
      ].filter(Boolean);
      const end = (e: { match: string | null; name: string }) => e.match ?? `new "${e.name}"`;
      const pair = relation.other
        ? `${relation.direction === 'INCOMING' ? '← ' : ''}${end(relation.other)}`
        : `${end(relation.from)} → ${end(relation.to)}`;
      const note = graphNote(relation.status, relation.graphValue, 'since');
      return `  ${relation.type} ${pair}${details.length ? ` (${details.join(', ')})` : ''} [${relation.confidence}]${note}\n    “${relation.evidence}”`;
    }),
  ];
  return lines.join('\n');
}
