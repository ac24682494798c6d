// `commonMembers`: what several bodies all have as members.

import { keyList } from '../arguments.js';
import { builder } from '../builder.js';
import { unknownKeysWithSuggestions } from '../graph/key-suggestions.js';
import { commonMembers } from '../graph/research-facts.js';
import { BOUNDS } from '../limits.js';
import { EntityRef } from './entity-ref.js';

builder.queryFields((t) => ({
  commonMembers: t.field({
    type: [EntityRef],
    description:
      'The nodes that are members (MEMBER_OF) of every one of the given bodies, in key order.',
    args: {
      keys: t.arg.stringList({
        required: true,
        description: `Keys of the bodies (1 to ${BOUNDS.keys.max}), e.g. ["mes", "ctc"].`,
      }),
    },
    complexity: { field: 10, multiplier: 20 },
    resolve: async (_root, args, ctx) => {
      const keys = keyList('commonMembers.keys', args.keys);
      const result = await commonMembers(ctx.db, keys);
      if (result.missingKeys.length > 0)
        throw await unknownKeysWithSuggestions(ctx.db, 'commonMembers.keys', result.missingKeys);
      return result.members;
    },
  }),
}));
