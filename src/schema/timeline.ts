import { builder } from '../builder.js';
import type { TimelineEntry } from '../graph/timeline.js';
import { loadSources, PartialDateRef } from './common-types.js';
import { EntityRef } from './entity-ref.js';
import { TimelineEntryKindEnum } from './enums.js';
import { RelationRef } from './relation.js';
import { SourceRef } from './source.js';

export const TimelineEntryRef = builder.objectRef<TimelineEntry>('TimelineEntry').implement({
  description: 'One dated fact of an actor’s history.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The year, for ordering.' }),
    date: t.field({
      type: PartialDateRef,
      nullable: true,
      description: 'The date as precisely as known.',
      resolve: (e) => e.date,
    }),
    kind: t.field({
      type: TimelineEntryKindEnum,
      description: 'What happened.',
      resolve: (e) => e.kind,
    }),
    summary: t.exposeString('summary', {
      description: 'A one-line summary, e.g. "began MEMBER_OF → ESS France".',
    }),
    relation: t.field({
      type: RelationRef,
      nullable: true,
      description: 'The relationship concerned, if any.',
      resolve: (e) => e.relation,
    }),
    other: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The node at the other end, if any.',
      resolve: (e) => e.other,
    }),
    disputed: t.exposeBoolean('disputed', {
      description: 'True when sources disagree about this fact.',
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'Its sources.',
      resolve: (e, _a, ctx) => loadSources(ctx, e.sources),
    }),
  }),
});
