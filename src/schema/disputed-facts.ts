// `disputedFacts`: every fact sources disagree about, with both sides' sources.

import { intInRange } from '../arguments.js';
import { builder } from '../builder.js';
import { type DisputedFactRow, disputedFacts } from '../graph/research-facts.js';
import { BOUNDS } from '../limits.js';
import { loadSources } from './common-types.js';
import { EntityRef } from './entity-ref.js';
import { RelationRef } from './relation.js';
import { SourceRef } from './source.js';

const DisputedFactKindEnum = builder.enumType('DisputedFactKind', {
  description: 'What a disputed fact is about.',
  values: {
    RELATION: { description: 'A relationship that sources disagree about.' },
    NODE: { description: 'A node whose existence or identity sources disagree about.' },
    FOUNDING: { description: 'An actor’s founding date or place, given differently by sources.' },
  },
});

const DisputedFactRef = builder.objectRef<DisputedFactRow>('DisputedFact').implement({
  description:
    'A fact that sources disagree about, with all of them: `note` says who says what, and ' +
    '`sources` (or the founding’s `alternatives`) gives each side’s sources.',
  fields: (t) => ({
    kind: t.field({
      type: DisputedFactKindEnum,
      description: 'What the fact is about.',
      resolve: (f) => f.kind,
    }),
    relation: t.field({
      type: RelationRef,
      nullable: true,
      description: 'The disputed relationship, for kind RELATION.',
      resolve: (f) => f.relation,
    }),
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The disputed node, or the actor whose founding is disputed.',
      resolve: (f) => f.entity,
    }),
    note: t.string({
      nullable: true,
      description: 'Who says what, in the project’s own words.',
      resolve: (f) =>
        f.relation?.note ??
        (f.kind === 'FOUNDING' ? f.entity?.founded?.note : f.entity?.note) ??
        null,
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'Every source about the fact, on either side.',
      resolve: (f, _args, ctx) => {
        const founding = f.entity?.founded;
        const keys =
          f.relation?.sources ??
          (f.kind === 'FOUNDING' && founding
            ? [...founding.sources, ...founding.alternatives.flatMap((a) => a.sources)]
            : (f.entity?.sources ?? []));
        return loadSources(ctx, [...new Set(keys)]);
      },
    }),
  }),
});

const DisputedFactPageRef = builder
  .objectRef<{ total: number; facts: DisputedFactRow[] }>('DisputedFactPage')
  .implement({
    description: 'A page of disputed facts.',
    fields: (t) => ({
      totalCount: t.exposeInt('total', { description: 'How many disputed facts there are.' }),
      facts: t.field({
        type: [DisputedFactRef],
        description: 'The facts of this page: relationships, then nodes, then foundings.',
        resolve: (p) => p.facts,
      }),
    }),
  });

builder.queryFields((t) => ({
  disputedFacts: t.field({
    type: DisputedFactPageRef,
    description: 'Every fact that sources disagree about, paged, with the sources of both sides.',
    args: {
      first: t.arg.int({
        defaultValue: BOUNDS.pageSize.default,
        description: `Page size (${BOUNDS.pageSize.min} to ${BOUNDS.pageSize.max}).`,
      }),
      offset: t.arg.int({
        defaultValue: BOUNDS.offset.default,
        description: `Facts to skip (${BOUNDS.offset.min} or more).`,
      }),
    },
    complexity: (args) => ({
      field: 5,
      multiplier: Math.min(args.first ?? BOUNDS.pageSize.default, BOUNDS.pageSize.max),
    }),
    resolve: (_root, args, ctx) => {
      const first = intInRange('disputedFacts.first', args.first, BOUNDS.pageSize);
      const offset = intInRange('disputedFacts.offset', args.offset, BOUNDS.offset);
      return disputedFacts(ctx.db, offset, first);
    },
  }),
}));
