// `evolution`: how the network changed between two years, from the facts' dates.

import { yearArg } from '../arguments.js';
import { builder } from '../builder.js';
import { badInput } from '../domain-error.js';
import { type EvolutionStep, evolution } from '../graph/research-evolution.js';
import { CAPS } from '../limits.js';
import { RelationRef } from './relation.js';

const EvolutionStepRef = builder.objectRef<EvolutionStep>('EvolutionStep').implement({
  description: 'A relationship that began or ended in a period.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The year it began or ended.' }),
    change: t.field({
      type: EvolutionChangeEnum,
      description: 'Whether it began or ended that year.',
      resolve: (step) => step.change,
    }),
    relation: t.field({
      type: RelationRef,
      description: 'The relationship.',
      resolve: (step) => step.relation,
    }),
  }),
});

const EvolutionChangeEnum = builder.enumType('EvolutionChange', {
  description: 'What happened to a relationship in a period.',
  values: {
    BEGAN: { description: 'It began (its `since` year).' },
    ENDED: { description: 'It ended (its `until` year).' },
  },
});

builder.queryFields((t) => ({
  evolution: t.field({
    type: [EvolutionStepRef],
    description: `Relationships that began or ended between two years (inclusive), in date order: how the network changed (from the facts' dates, not the write history). At most ${CAPS.evolutionChanges}.`,
    args: {
      from: t.arg.int({ required: true, description: 'First year, e.g. 2010.' }),
      to: t.arg.int({ required: true, description: 'Last year, e.g. 2020.' }),
    },
    complexity: { field: 50, multiplier: 1 },
    resolve: (_root, args, ctx) => {
      const from = yearArg('evolution.from', args.from) ?? args.from;
      const to = yearArg('evolution.to', args.to) ?? args.to;
      if (to < from)
        throw badInput('evolution.to', `must not be before "from" (${from}), got ${to}`);
      return evolution(ctx.db, from, to, CAPS.evolutionChanges);
    },
  }),
}));
