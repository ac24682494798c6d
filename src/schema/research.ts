import { builder } from '../builder.js';
import { RELATION_TYPES } from '../dataset/vocabulary.js';
import { relationById } from '../graph/research-relation.js';
import { badInput } from './limits.js';
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
      const [from, type, to, ...rest] = args.id.split('|');
      if (!from || !type || !to || rest.length > 0) {
        throw badInput('relation.id', 'must look like "fromKey|TYPE|toKey"');
      }
      if (!(type in RELATION_TYPES)) {
        throw badInput('relation.id', `"${type}" is not a relationship type`);
      }
      return relationById(ctx.db, { from, type, to });
    },
  }),
}));
