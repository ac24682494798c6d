// The human-readable dry run: one block per profile.
import { type FileOutcome, isFailure } from './files.js';

export function formatOutcome(outcome: FileOutcome): string {
  if (isFailure(outcome))
    return `${outcome.file}: refused (${outcome.error.code}) ${outcome.error.message}`;
  const { actor } = outcome;
  const counts = actor.resourceCounts.map((count) => `${count.count} ${count.type}`).join(', ');
  const lines = [
    `${outcome.file}: ${actor.name}${actor.acronym ? ` (${actor.acronym})` : ''} → ${actor.match ?? 'new actor'}`,
    `  founded: ${actor.founded ?? '?'}; resources: ${counts || 'none'}`,
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
      return `  ${relation.type} ${pair}${details.length ? ` (${details.join(', ')})` : ''} [${relation.confidence}]\n    “${relation.evidence}”`;
    }),
  ];
  return lines.join('\n');
}
