import { intInRange } from '../arguments.js';
import { builder } from '../builder.js';
import { badInput } from '../domain-error.js';
import {
  type ChangeRow,
  changesCount,
  changesPage,
  historyCount,
  historyPage,
} from '../history/changes.js';
import { type GraphVersion, readGraphVersion } from '../history/graph-version.js';
import { BOUNDS, CAPS } from '../limits.js';
import { DateTimeScalar } from './date-time.js';
import { pageCost } from './field-arguments.js';

export const GraphVersionRef = builder.objectRef<GraphVersion>('GraphVersion').implement({
  description: 'Which state of the graph an answer reflects: it changes with every write.',
  fields: (t) => ({
    version: t.exposeInt('version', {
      description: 'Increases by one with every write (API or data load); 0 before the first.',
    }),
    changedAt: t.field({
      type: DateTimeScalar,
      nullable: true,
      description: 'When the last write committed; null before the first.',
      resolve: (v) => v.changedAt,
    }),
  }),
});

export const ChangeRef = builder.objectRef<ChangeRow>('Change').implement({
  description: 'One recorded write: who made it, when, why, and the values before and after.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Unique identifier of the change.' }),
    seq: t.exposeInt('seq', { description: 'Position of the change in commit order.' }),
    at: t.field({
      type: DateTimeScalar,
      description: 'When the write committed.',
      resolve: (c) => c.at,
    }),
    who: t.exposeString('who', { description: 'The token name or identity that wrote it.' }),
    via: t.exposeString('via', { description: 'How the writer authenticated: token or jwt.' }),
    operation: t.exposeString('operation', { description: 'What was done, e.g. ADD_SOURCE.' }),
    entityType: t.exposeString('entityType', {
      description: 'What was changed: Entity, Source or Relation.',
    }),
    entityKey: t.exposeString('entityKey', {
      description: 'The key of the node, or the id `from|TYPE|to` of the relation.',
    }),
    before: t.string({
      nullable: true,
      description: 'The values before the change, as JSON text; null for a creation.',
      resolve: (c) => c.before,
    }),
    after: t.string({
      nullable: true,
      description: 'The values after the change, as JSON text; null for a removal.',
      resolve: (c) => c.after,
    }),
    reason: t.string({
      nullable: true,
      description: 'Why the writer made the change, in their words.',
      resolve: (c) => c.reason,
    }),
    graphVersion: t.exposeInt('graphVersion', {
      description: 'The graph version this change produced.',
    }),
  }),
});

const ChangeConnectionRef = builder.connectionObject(
  { type: ChangeRef, name: 'ChangeConnection', description: 'A page of changes, oldest first.' },
  { name: 'ChangeEdge', description: 'One change of the page.' },
);

const CURSOR_PREFIX = 'change:';

function toCursor(change: ChangeRow): string {
  return Buffer.from(`${CURSOR_PREFIX}${change.seq}`).toString('base64url');
}

function fromCursor(argument: string, cursor: string | null | undefined): number {
  if (cursor == null) return 0;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const seq = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(seq) || seq < 0) {
    throw badInput(argument, 'is not a cursor returned by a change connection');
  }
  return seq;
}

interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Validates the paging arguments of `field` and turns a fetched page into a connection. */
async function changeConnection(
  field: string,
  args: PageArgs,
  fetch: (page: { afterSeq: number; limit: number }) => Promise<ChangeRow[]>,
  count: () => Promise<number>,
) {
  if (args.last != null || args.before != null) {
    throw badInput(`${field}.last`, `\`${field}\` pages forward only: use \`first\` and \`after\``);
  }
  const first = intInRange(`${field}.first`, args.first, BOUNDS.pageSize);
  const afterSeq = fromCursor(`${field}.after`, args.after);
  const rows = await fetch({ afterSeq, limit: first + 1 });
  const page = rows.slice(0, first);
  return {
    totalCount: () => count(),
    edges: page.map((change) => ({ cursor: toCursor(change), node: change })),
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: afterSeq > 0,
      startCursor: page[0] ? toCursor(page[0]) : null,
      endCursor: page.at(-1) ? toCursor(page.at(-1) as ChangeRow) : null,
    },
  };
}

builder.queryFields((t) => ({
  graphVersion: t.field({
    type: GraphVersionRef,
    description: 'The current version of the graph, for caches and citations.',
    resolve: (_root, _args, ctx) => readGraphVersion(ctx.db),
  }),
  history: t.connection(
    {
      type: ChangeRef,
      description: 'The recorded changes of one node or relation, oldest first.',
      args: {
        key: t.arg.string({
          required: true,
          description: 'A node key (e.g. "mes", "S1") or a relation id "from|TYPE|to".',
        }),
      },
      complexity: (args) => pageCost(args),
      resolve: (_root, args, ctx) => {
        if (args.key.trim() === '' || args.key.length > CAPS.historyKey) {
          throw badInput('history.key', `must be 1 to ${CAPS.historyKey} characters`);
        }
        return changeConnection(
          'history',
          args,
          (page) => historyPage(ctx.db, args.key, page),
          () => historyCount(ctx.db, args.key),
        );
      },
    },
    ChangeConnectionRef,
  ),
  changes: t.connection(
    {
      type: ChangeRef,
      description: 'All recorded changes, in commit order: a feed to follow the graph with.',
      args: {
        since: t.arg({
          type: DateTimeScalar,
          description: 'Only changes committed at or after this time (all when absent).',
        }),
      },
      complexity: (args) => pageCost(args),
      resolve: (_root, args, ctx) =>
        changeConnection(
          'changes',
          args,
          (page) => changesPage(ctx.db, args.since ?? null, page),
          () => changesCount(ctx.db, args.since ?? null),
        ),
    },
    ChangeConnectionRef,
  ),
}));
