import { yearArg } from '../arguments.js';
import type { Direction, RelationFilter } from '../graph/relations.js';
import type { RelationType } from '../model/vocabulary.js';

/** The connections of a fixed type and direction, by field name. */
export const FIXED_RELATION_FIELDS = {
  memberships: {
    type: 'MEMBER_OF',
    direction: 'OUTGOING',
    description: 'What this actor is a member of.',
  },
  members: { type: 'MEMBER_OF', direction: 'INCOMING', description: 'The members of this actor.' },
  participations: {
    type: 'PARTICIPATES_IN',
    direction: 'OUTGOING',
    description: 'What this actor takes part in.',
  },
  participants: {
    type: 'PARTICIPATES_IN',
    direction: 'INCOMING',
    description: 'Actors that take part in this node.',
  },
} as const satisfies Record<
  string,
  { type: RelationType; direction: Direction; description: string }
>;

export type FixedRelationField = keyof typeof FIXED_RELATION_FIELDS;

/** The arguments a relationship connection field takes (the page arguments aside). */
export interface RelationFieldArgs {
  types?: RelationType[] | null;
  direction?: Direction | null;
  activeAt?: number | null;
}

/**
 * Which relationships a connection field lists, from its name and arguments: the one rule its
 * resolver and a parent folding its first page in both follow. Null for any other field.
 */
export function relationFilterOf(field: string, args: RelationFieldArgs): RelationFilter | null {
  const activeAt = yearArg(`${field}.activeAt`, args.activeAt);
  if (field === 'relations') {
    return {
      types: args.types?.length ? args.types : null,
      direction: args.direction ?? 'BOTH',
      activeAt,
    };
  }
  if (!(field in FIXED_RELATION_FIELDS)) return null;
  const { type, direction } = FIXED_RELATION_FIELDS[field as FixedRelationField];
  return { types: [type], direction, activeAt };
}
