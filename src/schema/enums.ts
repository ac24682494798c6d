import { builder } from '../builder.js';
import {
  ACTOR_KINDS,
  NODE_FAMILIES,
  OTHER_NODE_KINDS,
  RELATION_TYPES,
  RESOURCE_TYPES,
  SCOPES,
} from '../model/vocabulary.js';

function values<T extends Record<string, string>>(descriptions: T) {
  return Object.fromEntries(
    Object.entries(descriptions).map(([name, description]) => [name, { description }]),
  ) as { [K in keyof T]: { description: string } };
}

/** GraphQL-style names (UPPER_SNAKE) for values stored in lower or camel case. */
function upperValues<T extends Record<string, string>>(descriptions: T) {
  return Object.fromEntries(
    Object.entries(descriptions).map(([value, description]) => [
      value.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(),
      { value, description },
    ]),
  ) as Record<string, { value: keyof T & string; description: string }>;
}

export const ActorKindEnum = builder.enumType('ActorKind', {
  description: 'What kind of organisation an actor is.',
  values: values(ACTOR_KINDS),
});

export const EntityKindEnum = builder.enumType('EntityKind', {
  description: 'The kind of any node of the graph: an actor kind, or Event, Law, PolicyDocument.',
  values: values({ ...ACTOR_KINDS, ...OTHER_NODE_KINDS }),
});

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'The closed set of relationship types between nodes.',
  values: values(RELATION_TYPES),
});

export const ScopeEnum = builder.enumType('Scope', {
  description: 'The territory an actor works at.',
  values: upperValues(SCOPES),
});

export const ResourceTypeEnum = builder.enumType('ResourceType', {
  description:
    'The known types of resources counted on an actor profile (e.g. on socioeco.org); other types are kept under their own key.',
  values: upperValues(
    Object.fromEntries(
      Object.entries(RESOURCE_TYPES).map(([type, { description }]) => [type, description]),
    ) as { [K in keyof typeof RESOURCE_TYPES]: string },
  ),
});

export const NodeFamilyEnum = builder.enumType('NodeFamily', {
  description: 'The families of nodes: actors, events, laws and policy documents.',
  values: values(NODE_FAMILIES),
});

export const DirectionEnum = builder.enumType('Direction', {
  description: 'Which relationships of a node to follow.',
  values: {
    OUTGOING: { description: 'From this node to others (e.g. what it is a member of).' },
    INCOMING: { description: 'From others to this node (e.g. its members).' },
    BOTH: { description: 'Both directions.' },
  },
});

export const StepDirectionEnum = builder.enumType('StepDirection', {
  description: 'How a relationship is oriented relative to a walk along a path.',
  values: {
    FORWARD: { description: 'The relationship points from the step’s `from` to its `to`.' },
    BACKWARD: { description: 'The relationship points from the step’s `to` to its `from`.' },
  },
});

export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description: 'How precisely the sources know a date.',
  values: upperValues({
    year: 'Only the year is known.',
    month: 'The year and month are known.',
    day: 'The full date is known.',
  }),
});

export const TimelineEntryKindEnum = builder.enumType('TimelineEntryKind', {
  description: 'What happened at a point of an actor’s timeline.',
  values: {
    FOUNDED: { description: 'The actor was founded (or the event took place).' },
    RELATION_STARTED: { description: 'A relationship began.' },
    RELATION_ENDED: { description: 'A relationship ended.' },
    RELATION_ATTESTED: { description: 'A source lists the relationship in that year.' },
  },
});
