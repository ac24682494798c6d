// The root `relations(filter:)`: relationships of the whole graph by type, dispute, origin, number
// of sources, year and ends, keyset-paged in (type, toKey, fromKey) order, with `totalCount`.
import { intInRange, keyList, yearArg } from '../arguments.js';
import { builder } from '../builder.js';
import { badInput } from '../domain-error.js';
import { unknownKeysWithSuggestions } from '../graph/key-suggestions.js';
import { encodeRelationCursor } from '../graph/relation-cursor.js';
import { type RelationListFilter, relationListPage } from '../graph/relation-list.js';
import { relationListCount } from '../graph/relation-list-count.js';
import { BOUNDS, LIST_LIMITS } from '../limits.js';
import { ACTIVE_AT_DESCRIPTION } from '../model/active-at.js';
import { ORIGINS } from '../model/storage.js';
import type { Relation } from '../model/types.js';
import { isOneOf, RELATION_TYPES, type RelationType } from '../model/vocabulary.js';
import { RelationTypeEnum } from './enums.js';
import { pageCost } from './field-arguments.js';
import { cursorAfter, RelationRef } from './relation.js';

const ALL_TYPES = Object.keys(RELATION_TYPES) as RelationType[];

const RelationListFilterRef = builder.inputType('RelationListFilter', {
  description: 'Conditions a relationship must meet; all given conditions apply together.',
  fields: (t) => ({
    types: t.field({ type: [RelationTypeEnum], description: 'Only these types (default: all).' }),
    disputed: t.boolean({
      description: 'true: only relationships sources disagree about; false: only the others.',
    }),
    origin: t.string({
      description: `Only relationships that came from here: ${ORIGINS.map((o) => `"${o}"`).join(', ')}.`,
    }),
    minSources: t.int({ description: 'Only relationships with this many sources or more.' }),
    maxSources: t.int({
      description: `Only relationships with at most this many sources (a fact cites at most ${LIST_LIMITS.sources}).`,
    }),
    activeAt: t.int({ description: ACTIVE_AT_DESCRIPTION }),
    keys: t.stringList({
      description: `Only relationships with an end among these node keys (1 to ${BOUNDS.keys.max}); an unknown key is NOT_FOUND.`,
    }),
  }),
});

type FilterArgs = typeof RelationListFilterRef.$inferInput;

/** A number of sources, 0 up to what a fact may cite. */
function sourceCount(argument: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 0 || value > LIST_LIMITS.sources) {
    throw badInput(argument, `must be from 0 to ${LIST_LIMITS.sources}, got ${value}`);
  }
  return value;
}

/** The filter checked, each error naming its field. */
function relationListFilter(filter: FilterArgs | null | undefined): RelationListFilter {
  const at = 'relations.filter';
  const origin = filter?.origin ?? null;
  if (origin !== null && !isOneOf(ORIGINS, origin)) {
    throw badInput(`${at}.origin`, `must be one of ${ORIGINS.join(', ')}, got "${origin}"`);
  }
  const minSources = sourceCount(`${at}.minSources`, filter?.minSources);
  const maxSources = sourceCount(`${at}.maxSources`, filter?.maxSources);
  if (minSources !== null && maxSources !== null && maxSources < minSources) {
    throw badInput(
      `${at}.maxSources`,
      `must not be below minSources (${minSources}), got ${maxSources}`,
    );
  }
  return {
    types: filter?.types?.length ? [...new Set(filter.types)] : ALL_TYPES,
    disputed: filter?.disputed ?? null,
    origin,
    minSources,
    maxSources,
    activeAt: yearArg(`${at}.activeAt`, filter?.activeAt),
    keys: filter?.keys == null ? null : keyList(`${at}.keys`, filter.keys),
  };
}

function cursorOf(relation: Relation): string {
  return encodeRelationCursor({
    type: relation.type,
    otherKey: relation.to,
    fromKey: relation.from,
  });
}

const RelationListConnectionRef = builder.connectionObject(
  {
    type: RelationRef,
    name: 'RelationListConnection',
    description:
      'A page of relationships, ordered by type, then the key they point to, then the key they start from.',
    fields: (t) => ({
      totalCount: t.int({
        description:
          'How many relationships match the filter, all pages together (one more query).',
        resolve: (connection) => connection.totalCount(),
      }),
    }),
  },
  { name: 'RelationListEdge', description: 'One relationship of the page.' },
);

builder.queryFields((t) => ({
  relations: t.connection(
    {
      type: RelationRef,
      description:
        'Relationships of the whole graph (or with an end among `filter.keys`) matching a filter, ' +
        'with keyset (cursor) pagination. A page reads a page per type (and per key) from the ' +
        'indexes, more only where the filter rejects most relationships.',
      args: {
        filter: t.arg({
          type: RelationListFilterRef,
          description: 'Conditions on the relationships.',
        }),
      },
      complexity: (args) => pageCost(args, BOUNDS.pageSize, 2),
      resolve: async (_root, args, ctx) => {
        const first = intInRange('relations.first', args.first, BOUNDS.pageSize);
        const filter = relationListFilter(args.filter);
        const after = cursorAfter('relations', filter, args.after);
        const found = await relationListPage(ctx.db, filter, after, first + 1, false);
        if ('missingKeys' in found) {
          throw await unknownKeysWithSuggestions(
            ctx.db,
            'relations.filter.keys',
            found.missingKeys,
          );
        }
        const page = found.relations.slice(0, first);
        const last = page.at(-1);
        return {
          totalCount: () => relationListCount(ctx.db, filter),
          edges: page.map((relation) => ({ cursor: cursorOf(relation), node: relation })),
          pageInfo: {
            hasNextPage: found.relations.length > first,
            hasPreviousPage: after !== null,
            startCursor: page[0] ? cursorOf(page[0]) : null,
            endCursor: last ? cursorOf(last) : null,
          },
        };
      },
    },
    RelationListConnectionRef,
  ),
}));
