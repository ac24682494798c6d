import { Kind } from 'graphql';
import { builder } from '../builder.js';
import { DomainError } from '../domain-error.js';
import { toGraphQLError } from '../error-mapping.js';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parse(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    // A GraphQL error, so that graphql-js reports it as it is instead of prefixing its own words.
    throw toGraphQLError(
      new DomainError(
        'BAD_USER_INPUT',
        `DateTime must be an ISO 8601 date and time with a zone, e.g. "2026-01-31T12:00:00Z"; got ${JSON.stringify(value)}`,
      ),
    );
  }
  return new Date(value).toISOString();
}

export const DateTimeScalar = builder.scalarType('DateTime', {
  description: 'A point in time, ISO 8601 with a zone, e.g. "2026-01-31T12:00:00.000Z".',
  serialize: (value) => value,
  parseValue: parse,
  parseLiteral: (node) => parse(node.kind === Kind.STRING ? node.value : undefined),
});
