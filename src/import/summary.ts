// The table that ends an import of a directory: profiles, actors matched, proposals by type.
import Table from 'cli-table3';
import { type FileOutcome, isFailure } from './files.js';

export interface ImportSummary {
  profiles: number;
  failed: number;
  actorsMatched: number;
  newActors: number;
  proposalsByType: Record<string, number>;
}

export function summarise(outcomes: readonly FileOutcome[]): ImportSummary {
  const summary: ImportSummary = {
    profiles: 0,
    failed: 0,
    actorsMatched: 0,
    newActors: 0,
    proposalsByType: {},
  };
  for (const outcome of outcomes) {
    if (isFailure(outcome)) {
      summary.failed += 1;
      continue;
    }
    summary.profiles += 1;
    if (outcome.actor.match !== null) summary.actorsMatched += 1;
    summary.newActors += outcome.newActors.length;
    for (const relation of outcome.relations) {
      summary.proposalsByType[relation.type] = (summary.proposalsByType[relation.type] ?? 0) + 1;
    }
  }
  return summary;
}

export function formatSummary(summary: ImportSummary): string {
  const table = new Table({ head: ['', 'count'], style: { head: [], border: [] } });
  table.push(
    ['profiles read', summary.profiles],
    ['files refused', summary.failed],
    ['profiled actors matched in the graph', summary.actorsMatched],
    ['new actors proposed', summary.newActors],
    ...Object.entries(summary.proposalsByType)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, count]) => [`${type} proposals`, count]),
  );
  return table.toString();
}
