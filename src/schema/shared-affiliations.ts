import { keyList } from '../arguments.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { badInput } from '../domain-error.js';
import { unknownKeysWithSuggestions } from '../graph/key-suggestions.js';
import { type SharedAffiliation, sharedAffiliations } from '../graph/shared-affiliations.js';
import { BOUNDS, CAPS } from '../limits.js';
import { ActorRef } from './entity.js';
import { EntityRef } from './entity-ref.js';
import { RelationRef } from './relation.js';

const SharedAffiliationRef = builder.objectRef<SharedAffiliation>('SharedAffiliation').implement({
  description: 'A body that all the given actors belong to or take part in, with the evidence.',
  fields: (t) => ({
    body: t.field({
      type: EntityRef,
      description: 'The body (or event) they share.',
      resolve: (s) => s.body,
    }),
    relations: t.field({
      type: [RelationRef],
      description: 'The MEMBER_OF and PARTICIPATES_IN relationships that link each actor to it.',
      resolve: (s) => s.relations,
    }),
    disputed: t.boolean({
      description:
        'True when any of those relationships is disputed: the sharing is then uncertain.',
      resolve: (s) => s.relations.some((relation) => relation.disputed),
    }),
    sharedSince: t.int({
      nullable: true,
      description:
        'The year from which every link is known to hold (the latest start), or null when a start is unknown.',
      resolve: (s) => {
        const starts = s.relations.map((relation) => relation.since?.year);
        return starts.every((year) => year !== undefined)
          ? Math.max(...(starts as number[]))
          : null;
      },
    }),
  }),
});

async function sharedFor(ctx: Context, keys: readonly string[]): Promise<SharedAffiliation[]> {
  const unique = keyList('sharedAffiliations.keys', keys, CAPS.sharedKeys);
  if (unique.length < CAPS.sharedKeys)
    throw badInput('sharedAffiliations.keys', `needs at least ${CAPS.sharedKeys} different keys`);
  const result = await sharedAffiliations(ctx.db, unique);
  if (result.missingKeys.length > 0)
    throw await unknownKeysWithSuggestions(ctx.db, 'sharedAffiliations.keys', result.missingKeys);
  return result.shared;
}

const KEYS_DESCRIPTION = `Keys of the actors (${CAPS.sharedKeys} to ${BOUNDS.keys.max} different keys).`;

builder.queryFields((t) => ({
  sharedAffiliations: t.field({
    type: [ActorRef],
    description:
      'The actors that every given actor is a member of (MEMBER_OF) or takes part in ' +
      '(PARTICIPATES_IN), ordered by key. `sharedAffiliationDetails` gives the evidence. An unknown ' +
      'key is an error that names it.',
    args: { keys: t.arg.stringList({ required: true, description: KEYS_DESCRIPTION }) },
    complexity: { field: 20, multiplier: 20 },
    resolve: async (_root, args, ctx) =>
      (await sharedFor(ctx, args.keys))
        .map((s) => s.body)
        .filter((body) => body.family === 'Actor'),
  }),
  sharedAffiliationDetails: t.field({
    type: [SharedAffiliationRef],
    description:
      'Like `sharedAffiliations`, with events too and, for each shared body, the relationships that ' +
      'link each actor to it, whether any is disputed, and since when all of them hold.',
    args: { keys: t.arg.stringList({ required: true, description: KEYS_DESCRIPTION }) },
    complexity: { field: 20, multiplier: 20 },
    resolve: (_root, args, ctx) => sharedFor(ctx, args.keys),
  }),
}));
