import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locatedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { unauthenticated } from '../../src/auth/errors.js';
import { badInput, ERROR_CODES, notFound, rateLimited } from '../../src/domain-error.js';
import { clientGraphQLError, errorResponse } from '../../src/error-mapping.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('the domain error', () => {
  it('names the argument and carries its code and details as GraphQL extensions', () => {
    const error = notFound('path.keys', 'no node has the key "x"', { keys: ['x'] });
    expect(error.message).toBe('Invalid argument "path.keys": no node has the key "x"');
    expect(error.extensions).toEqual({ code: 'NOT_FOUND', argument: 'path.keys', keys: ['x'] });
    expect(error.status).toBe(ERROR_CODES.NOT_FOUND);
  });

  it('reaches the client through the error a resolver is wrapped in, with no internal log', () => {
    const located = locatedError(badInput('first', 'must be between 1 and 100'), undefined, ['a']);
    expect(clientGraphQLError(located)).toBe(located);
    expect(located.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('sets the status and headers of a GraphQL response only when it refuses the request', () => {
    const located = locatedError(unauthenticated(), undefined, ['addSource']);
    expect(clientGraphQLError(located)?.extensions.http).toEqual({
      status: 401,
      headers: { 'www-authenticate': 'Bearer' },
    });
  });

  it('answers plain HTTP with its status, headers and the GraphQL errors shape', async () => {
    const response = errorResponse(rateLimited('Too many requests: at most 5 a minute', 12));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('12');
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'Too many requests: at most 5 a minute; try again in 12 s.',
          extensions: { code: 'RATE_LIMITED' },
        },
      ],
    });
  });

  it('is turned into a GraphQL error in one module only', () => {
    const makers = sourceFiles('src').filter((file) =>
      /new GraphQLError|createGraphQLError/.test(readFileSync(file, 'utf8')),
    );
    expect(makers).toEqual([join('src', 'error-mapping.ts')]);
  });
});
