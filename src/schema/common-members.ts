// `commonMembers`: what several bodies all have as members; `commonMembersPage` pages them.

import { intInRange, keyList } from '../arguments.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { badInput } from '../domain-error.js';
import { unknownKeysWithSuggestions } from '../graph/key-suggestions.js';
import { commonMembers, commonMembersCount, commonMembersUpTo } from '../graph/research-facts.js';
import { BOUNDS, CAPS } from '../limits.js';
import { connectionNodesBrief, nodeBrief } from './brief-selection.js';
import { EntityRef } from './entity-ref.js';
import { pageCost } from './field-arguments.js';
import { keysetPage } from './keyset-page.js';

const KEYS_DESCRIPTION = `Keys of the bodies (1 to ${BOUNDS.keys.max}), e.g. ["mes", "ctc"].`;
const CURSOR_PREFIX = 'member:';

/** The members read, or the refusal naming the unknown keys. */
async function membersOf(
  ctx: Context,
  field: string,
  read: Promise<Awaited<ReturnType<typeof commonMembers>>>,
) {
  const result = await read;
  if (result.missingKeys.length > 0)
    throw await unknownKeysWithSuggestions(ctx.db, `${field}.keys`, result.missingKeys);
  return result.members;
}

const toCursor = (key: string) => Buffer.from(`${CURSOR_PREFIX}${key}`).toString('base64url');

function fromCursor(argument: string, cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(CURSOR_PREFIX) || decoded.length === CURSOR_PREFIX.length)
    throw badInput(argument, 'is not a cursor returned by `commonMembersPage`');
  return decoded.slice(CURSOR_PREFIX.length);
}

builder.queryFields((t) => ({
  commonMembers: t.field({
    type: [EntityRef],
    description: `The nodes that are members (MEMBER_OF) of every one of the given bodies, in key order (all of them, at most ${CAPS.commonMembers}: more are refused; \`commonMembersPage\` pages them).`,
    args: { keys: t.arg.stringList({ required: true, description: KEYS_DESCRIPTION }) },
    complexity: { field: 10, multiplier: 20 },
    resolve: (_root, args, ctx, info) =>
      membersOf(
        ctx,
        'commonMembers',
        commonMembersUpTo(
          ctx.db,
          keyList('commonMembers.keys', args.keys),
          CAPS.commonMembers,
          nodeBrief(info),
        ),
      ),
  }),
  commonMembersPage: t.connection(
    {
      type: EntityRef,
      description:
        'The members of `commonMembers`, in the same key order, keyset-paged (`first`/`after`), with their total count.',
      args: { keys: t.arg.stringList({ required: true, description: KEYS_DESCRIPTION }) },
      complexity: (args) => pageCost(args),
      resolve: async (_root, args, ctx, info) => {
        const keys = keyList('commonMembersPage.keys', args.keys);
        const first = intInRange('commonMembersPage.first', args.first, BOUNDS.pageSize);
        const after = args.after == null ? '' : fromCursor('commonMembersPage.after', args.after);
        const rows = await membersOf(
          ctx,
          'commonMembersPage',
          commonMembers(ctx.db, keys, {
            limit: first + 1,
            after,
            brief: connectionNodesBrief(info),
          }),
        );
        return {
          totalCount: () => commonMembersCount(ctx.db, keys),
          ...keysetPage(rows, first, after !== '', (node) => toCursor(node.key)),
        };
      },
    },
    {
      name: 'CommonMemberConnection',
      description: 'A page of the common members of some bodies, ordered by key.',
      fields: (c) => ({
        totalCount: c.int({
          description:
            'How many nodes are members of every body, all pages together (one more query).',
          resolve: (connection) => connection.totalCount(),
        }),
      }),
    },
    { name: 'CommonMemberEdge', description: 'One common member of the page.' },
  ),
}));
