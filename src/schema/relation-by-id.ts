// `relation(id:)`: one relationship by the id exports and edges give it.
import { builder } from '../builder.js';
import { relationById } from '../graph/research-relation.js';
import { parseRelationId } from '../model/types.js';
import { RelationRef } from './relation.js';

builder.queryFields((t) => ({
  relation: t.field({
    type: RelationRef,
    nullable: true,
    description:
      'A relationship by its id "fromKey|TYPE|toKey" (as `Relation.id` and `GraphEdge.id` give ' +
      'it, and as exports name edges); null when no such relationship exists.',
    args: {
      id: t.arg.string({
        required: true,
        description: 'The relationship id, e.g. "mes|MEMBER_OF|ess-france".',
      }),
    },
    resolve: (_root, args, ctx) => {
      return relationById(ctx.db, parseRelationId('relation.id', args.id));
    },
  }),
}));
