import { intInRange } from '../arguments.js';
import { builder } from '../builder.js';
import { badInput } from '../domain-error.js';
import { checkFactKey } from '../graph/key-suggestions.js';
import {
  type ChangeRange,
  changesCount,
  changesPage,
  historyCount,
  historyPage,
} from '../history/change-feed.js';
import type { ChangeRow } from '../history/changes.js';
import { type FactCounts, type GraphDiff, graphDiff } from '../history/graph-diff.js';
import { type GraphVersion, readGraphVersion } from '../history/graph-version.js';
import { BOUNDS, CAPS } from '../limits.js';
import { DateTimeScalar } from './date-time.js';
import { pageCost } from './field-arguments.js';
import { keysetPage } from './keyset-page.js';

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
    who: t.exposeString('who', {
      description:
        'The token name or identity that wrote it; for a load of data/, `dataset@` and the hash of its content.',
    }),
    via: t.exposeString('via', {
      description: 'How the writer authenticated: token or jwt; `load` for a load of data/.',
    }),
    operation: t.exposeString('operation', {
      description:
        'What was done, e.g. ADD_SOURCE; a load of data/ records LOAD_ADD, LOAD_UPDATE or LOAD_REMOVE.',
    }),
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
    datasetHash: t.string({
      nullable: true,
      description:
        'The content hash of the data/ a load recorded this change from; null for an API write.',
      resolve: (c) => c.datasetHash,
    }),
  }),
});

const FactCountsRef = builder.objectRef<FactCounts>('FactCounts').implement({
  description: 'How many facts of each kind.',
  fields: (t) => ({
    nodes: t.exposeInt('nodes', { description: 'Nodes (actors, events, documents).' }),
    relations: t.exposeInt('relations', { description: 'Relations between nodes.' }),
    sources: t.exposeInt('sources', { description: 'Sources.' }),
    total: t.int({
      description: 'All of them.',
      resolve: (c) => c.nodes + c.relations + c.sources,
    }),
  }),
});

const GraphDiffRef = builder.objectRef<GraphDiff>('GraphDiff').implement({
  description:
    'What the writes between two graph versions did, fact by fact: a fact created and removed in between counts nowhere.',
  fields: (t) => ({
    fromVersion: t.exposeInt('fromVersion', { description: 'The version compared from.' }),
    toVersion: t.exposeInt('toVersion', { description: 'The version compared to.' }),
    changes: t.exposeInt('changes', {
      description: 'The recorded changes between them (several may touch one fact).',
    }),
    added: t.field({
      type: FactCountsRef,
      description: 'Facts absent at fromVersion and present at toVersion.',
      resolve: (d) => d.added,
    }),
    changed: t.field({
      type: FactCountsRef,
      description: 'Facts present at both whose values differ.',
      resolve: (d) => d.changed,
    }),
    removed: t.field({
      type: FactCountsRef,
      description: 'Facts present at fromVersion and absent (removed or retired) at toVersion.',
      resolve: (d) => d.removed,
    }),
  }),
});

const ChangeConnectionRef = builder.connectionObject(
  {
    type: ChangeRef,
    name: 'ChangeConnection',
    description: 'A page of changes, oldest first.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many changes the query selects, all pages together (one more query).',
        resolve: (connection) => connection.totalCount(),
      }),
    }),
  },
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
  return { totalCount: () => count(), ...keysetPage(rows, first, afterSeq > 0, toCursor) };
}

function graphVersionArgument(argument: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  if (value < 0) throw badInput(argument, `must be a graph version (0 or more), got ${value}`);
  return value;
}

interface RangeArgs {
  since?: string | null;
  until?: string | null;
  fromVersion?: number | null;
  toVersion?: number | null;
}

/** The bounds of a `changes` feed, checked: each is optional, and none may end before it starts. */
function changeRange(args: RangeArgs): ChangeRange {
  const range: ChangeRange = {
    since: args.since ?? null,
    until: args.until ?? null,
    fromVersion: graphVersionArgument('changes.fromVersion', args.fromVersion),
    toVersion: graphVersionArgument('changes.toVersion', args.toVersion),
  };
  if (
    range.since !== null &&
    range.until !== null &&
    Date.parse(range.until) < Date.parse(range.since)
  ) {
    throw badInput(
      'changes.until',
      `must not be before since (${range.since}), got ${range.until}`,
    );
  }
  if (
    range.fromVersion !== null &&
    range.toVersion !== null &&
    range.toVersion < range.fromVersion
  ) {
    throw badInput(
      'changes.toVersion',
      `must not be before fromVersion (${range.fromVersion}), got ${range.toVersion}`,
    );
  }
  return range;
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
      description:
        "The recorded changes of one node or relation, oldest first; a node's include those of its relations.",
      args: {
        key: t.arg.string({
          required: true,
          description: 'A node key (e.g. "mes", "S1") or a relation id "from|TYPE|to".',
        }),
        includeRelations: t.arg.boolean({
          defaultValue: true,
          description:
            'For a node: also the changes of the relations it is an end of (false: the node itself only).',
        }),
      },
      complexity: (args) => pageCost(args),
      resolve: (_root, args, ctx) => {
        if (args.key.trim() === '' || args.key.length > CAPS.historyKey) {
          throw badInput('history.key', `must be 1 to ${CAPS.historyKey} characters`);
        }
        const scope = { key: args.key, withRelations: args.includeRelations !== false };
        return changeConnection(
          'history',
          args,
          async (page) => {
            const rows = await historyPage(ctx.db, scope, page);
            // A removed fact keeps its history; only a key nothing ever had is unknown.
            if (rows.length === 0 && page.afterSeq === 0) {
              await checkFactKey(ctx.db, 'history.key', args.key);
            }
            return rows;
          },
          () => historyCount(ctx.db, scope),
        );
      },
    },
    ChangeConnectionRef,
  ),
  changes: t.connection(
    {
      type: ChangeRef,
      description:
        'All recorded changes (API writes and loads of data/), in commit order: a feed to follow the graph with.',
      args: {
        since: t.arg({
          type: DateTimeScalar,
          description: 'Only changes committed at or after this time (all when absent).',
        }),
        until: t.arg({
          type: DateTimeScalar,
          description: 'Only changes committed before this time (all when absent).',
        }),
        fromVersion: t.arg.int({
          description: 'Only changes that produced a graph version after this one.',
        }),
        toVersion: t.arg.int({
          description: 'Only changes that produced this graph version or an earlier one.',
        }),
      },
      complexity: (args) => pageCost(args),
      resolve: (_root, args, ctx) => {
        const range = changeRange(args);
        return changeConnection(
          'changes',
          args,
          (page) => changesPage(ctx.db, range, page),
          () => changesCount(ctx.db, range),
        );
      },
    },
    ChangeConnectionRef,
  ),
  diff: t.field({
    type: GraphDiffRef,
    description:
      'How many facts the writes between two graph versions added, changed and removed (the changes themselves: `changes(fromVersion:, toVersion:)`).',
    args: {
      fromVersion: t.arg.int({
        description: 'The graph version to compare from (the empty graph when absent).',
      }),
      toVersion: t.arg.int({
        description: 'The graph version to compare to (the current one when absent).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const fromVersion = graphVersionArgument('diff.fromVersion', args.fromVersion) ?? 0;
      const current = (await readGraphVersion(ctx.db)).version;
      const toVersion = graphVersionArgument('diff.toVersion', args.toVersion) ?? current;
      if (toVersion > current) {
        throw badInput('diff.toVersion', `the graph is at version ${current}, got ${toVersion}`);
      }
      if (fromVersion > toVersion) {
        throw badInput(
          'diff.fromVersion',
          `must not be after toVersion (${toVersion}), got ${fromVersion}`,
        );
      }
      return graphDiff(ctx.db, fromVersion, toVersion);
    },
  }),
}));
