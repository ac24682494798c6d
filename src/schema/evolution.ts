// `evolution`: how the network changed between two years, from the facts' dates.

import { intInRange, yearArg } from '../arguments.js';
import { builder } from '../builder.js';
import { badInput } from '../domain-error.js';
import {
  type EvolutionCursor,
  type EvolutionStep,
  evolution,
  evolutionCount,
  evolutionCursorOf,
} from '../graph/research-evolution.js';
import { BOUNDS, CAPS } from '../limits.js';
import { isOneOf, RELATION_TYPES } from '../model/vocabulary.js';
import { pageCost } from './field-arguments.js';
import { keysetPage } from './keyset-page.js';
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

/** The period's years, checked: `field.from` and `field.to`, four digits, in order. */
function periodArgs(field: string, args: { from: number; to: number }) {
  const from = yearArg(`${field}.from`, args.from) ?? args.from;
  const to = yearArg(`${field}.to`, args.to) ?? args.to;
  if (to < from) throw badInput(`${field}.to`, `must not be before "from" (${from}), got ${to}`);
  return { from, to };
}

const CURSOR_PREFIX = 'evolution:';

function toCursor(step: EvolutionStep): string {
  const { year, change, from, type, to } = evolutionCursorOf(step);
  return Buffer.from(`${CURSOR_PREFIX}${year}|${change}|${from}|${type}|${to}`).toString(
    'base64url',
  );
}

function fromCursor(argument: string, cursor: string): EvolutionCursor {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const [year, change, from, type, to, ...rest] = decoded.slice(CURSOR_PREFIX.length).split('|');
  const valid =
    decoded.startsWith(CURSOR_PREFIX) &&
    rest.length === 0 &&
    /^\d{4}$/.test(year ?? '') &&
    (change === 'BEGAN' || change === 'ENDED') &&
    isOneOf(RELATION_TYPES, type) &&
    !!from &&
    !!to;
  if (!valid) throw badInput(argument, 'is not a cursor returned by `evolutionPage`');
  return { year: Number(year), change, from, type, to } as EvolutionCursor;
}

builder.queryFields((t) => ({
  evolution: t.field({
    type: [EvolutionStepRef],
    description: `Relationships that began or ended between two years (inclusive), in date order: how the network changed (from the facts' dates, not the write history). At most ${CAPS.evolutionChanges}; \`evolutionPage\` pages through all of them.`,
    args: {
      from: t.arg.int({ required: true, description: 'First year, e.g. 2010.' }),
      to: t.arg.int({ required: true, description: 'Last year, e.g. 2020.' }),
    },
    complexity: { field: 50, multiplier: 1 },
    resolve: (_root, args, ctx) => {
      const { from, to } = periodArgs('evolution', args);
      return evolution(ctx.db, from, to, CAPS.evolutionChanges);
    },
  }),
  evolutionPage: t.connection(
    {
      type: EvolutionStepRef,
      description:
        'The steps of `evolution`, in the same order, keyset-paged (`first`/`after`), with their total count.',
      args: {
        from: t.arg.int({ required: true, description: 'First year, e.g. 2010.' }),
        to: t.arg.int({ required: true, description: 'Last year, e.g. 2020.' }),
      },
      complexity: (args) => pageCost(args),
      resolve: async (_root, args, ctx) => {
        const { from, to } = periodArgs('evolutionPage', args);
        const first = intInRange('evolutionPage.first', args.first, BOUNDS.pageSize);
        const after = args.after == null ? null : fromCursor('evolutionPage.after', args.after);
        const rows = await evolution(ctx.db, from, to, first + 1, after);
        return {
          totalCount: () => evolutionCount(ctx.db, from, to),
          ...keysetPage(rows, first, after !== null, toCursor),
        };
      },
    },
    {
      name: 'EvolutionConnection',
      description: 'A page of the steps of `evolution`, in date order.',
      fields: (c) => ({
        totalCount: c.int({
          description:
            'How many steps the period holds, all pages together (one more query, counted from indexes).',
          resolve: (connection) => connection.totalCount(),
        }),
      }),
    },
    { name: 'EvolutionEdge', description: 'One step of the page.' },
  ),
}));
