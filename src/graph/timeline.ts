import type { PartialDate } from '../model/dates.js';
import type { Entity, EntityRow, Relation } from '../model/types.js';
import type { RelationEdge } from './relations.js';

export type TimelineKind = 'FOUNDED' | 'RELATION_STARTED' | 'RELATION_ENDED' | 'RELATION_ATTESTED';

export interface TimelineEntry {
  year: number;
  date: PartialDate | null;
  kind: TimelineKind;
  /** A short sentence a reader can scan, e.g. "became MEMBER_OF ESS France". */
  summary: string;
  relation: Relation | null;
  other: EntityRow | null;
  disputed: boolean;
  sources: string[];
}

const ORDER: Record<TimelineKind, number> = {
  FOUNDED: 0,
  RELATION_STARTED: 1,
  RELATION_ATTESTED: 2,
  RELATION_ENDED: 3,
};

function describe(edge: RelationEdge<Relation>, verb: string): string {
  const arrow =
    edge.direction === 'OUTGOING' ? `${edge.relation.type} →` : `← ${edge.relation.type}`;
  return `${verb} ${arrow} ${edge.other.name}`;
}

/** An actor's dated facts in order: its founding, and when each relationship began, was seen and ended. */
export function buildTimeline(entity: Entity, edges: RelationEdge<Relation>[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const start = entity.founded?.date ?? entity.date;
  if (start) {
    entries.push({
      year: start.year,
      date: start,
      kind: 'FOUNDED',
      summary: entity.family === 'Actor' ? `${entity.name} founded` : `${entity.name} takes place`,
      relation: null,
      other: null,
      disputed: (entity.founded?.disputed ?? false) || entity.disputed,
      sources: entity.founded?.sources.length ? entity.founded.sources : entity.sources,
    });
  }
  for (const edge of edges) {
    const { relation } = edge;
    const common = {
      relation,
      other: edge.other,
      disputed: relation.disputed,
      sources: relation.sources,
    };
    if (relation.since) {
      entries.push({
        year: relation.since.year,
        date: relation.since,
        kind: 'RELATION_STARTED',
        summary: describe(edge, 'began'),
        ...common,
      });
    }
    for (const year of relation.attested) {
      entries.push({
        year,
        date: null,
        kind: 'RELATION_ATTESTED',
        summary: describe(edge, 'listed'),
        ...common,
      });
    }
    if (relation.until) {
      entries.push({
        year: relation.until.year,
        date: relation.until,
        kind: 'RELATION_ENDED',
        summary: describe(edge, 'ended'),
        ...common,
      });
    }
  }
  return entries.sort(
    (a, b) =>
      a.year - b.year ||
      (a.date?.value ?? `${a.year}`).localeCompare(b.date?.value ?? `${b.year}`) ||
      ORDER[a.kind] - ORDER[b.kind] ||
      a.summary.localeCompare(b.summary),
  );
}
