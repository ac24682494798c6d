// `entities`: every node of some families, keyset-paged by key.

import { intInRange } from '../arguments.js';
import { builder } from '../builder.js';
import { badInput } from '../domain-error.js';
import { entitiesCount, entitiesPage } from '../graph/research-evolution.js';
import { BOUNDS } from '../limits.js';
import { NODE_FAMILY_NAMES } from '../model/vocabulary.js';
import { EntityRef } from './entity-ref.js';
import { NodeFamilyEnum } from './enums.js';
import { pageCost } from './field-arguments.js';
import { keysetPage } from './keyset-page.js';

builder.queryFields((t) => ({
  entities: t.connection(
    {
      type: EntityRef,
      description: 'Every node of the given families (default: all), ordered by key, keyset-paged.',
      args: {
        families: t.arg({ type: [NodeFamilyEnum], description: 'Only these families.' }),
      },
      complexity: (args) => pageCost(args),
      resolve: async (_root, args, ctx) => {
        const first = intInRange('entities.first', args.first, BOUNDS.pageSize);
        const after = args.after == null ? '' : entityCursorKey('entities.after', args.after);
        const families = args.families?.length ? args.families : NODE_FAMILY_NAMES;
        const rows = await entitiesPage(ctx.db, families, after, first + 1);
        const cursor = (row: { key: string }) =>
          Buffer.from(`entity:${row.key}`).toString('base64url');
        return {
          totalCount: () => entitiesCount(ctx.db, families),
          ...keysetPage(rows, first, after !== '', cursor),
        };
      },
    },
    {
      name: 'EntityConnection',
      description: 'A page of nodes, ordered by key.',
      fields: (c) => ({
        totalCount: c.int({
          description: 'How many nodes the families hold, all pages together (one more query).',
          resolve: (connection) => connection.totalCount(),
        }),
      }),
    },
    { name: 'EntityEdge', description: 'One node of the page.' },
  ),
}));

function entityCursorKey(argument: string, cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('entity:'))
    throw badInput(argument, 'is not a cursor returned by `entities`');
  return decoded.slice('entity:'.length);
}
