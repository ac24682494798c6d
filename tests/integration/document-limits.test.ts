import { describe, expect, it } from 'vitest';
import { loadServingConfig } from '../../src/config.js';
import { DOCUMENT_LIMITS } from '../../src/limits.js';
import { createApp } from '../../src/yoga.js';
import { useCuratedApp } from '../support/curated-app.js';
import { codes, postQuery, send } from '../support/http.js';

const { app, db } = useCuratedApp();

/** `{ ...F0 }` and fragments F0 → F1 → … → F(count-1). */
const fragmentChain = (count: number) =>
  `{ ...F0 }\n${Array.from(
    { length: count },
    (_, i) => `fragment F${i} on Query { ${i === count - 1 ? '__typename' : `...F${i + 1}`} }`,
  ).join('\n')}`;

const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('hostile documents are refused before execution, with one coded error', () => {
  it('refuses 2,000 aliased __schema introspections before parsing them whole, without memory growth', async () => {
    const query = aliased(2_000, '__schema { types { name fields { name type { name } } } }');
    const roomy = createApp({ db: db() }, { ...loadServingConfig({}), bodyLimitBytes: 1_000_000 });
    const heapBefore = process.memoryUsage().heapUsed;
    // 289 KB: over the default body limit; with a roomier one, over the token limit.
    const tooLarge = await postQuery(app(), query);
    const tooManyTokens = await postQuery(roomy, query);
    expect(tooLarge.status).toBe(413);
    expect(codes(tooLarge)).toEqual(['BAD_REQUEST']);
    expect(tooManyTokens.status).toBe(400);
    expect(codes(tooManyTokens)).toEqual(['TOKEN_LIMIT']);
    expect(tooManyTokens.text.length).toBeLessThan(1_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses more aliases than the limit with one error, whatever the number', async () => {
    const response = await postQuery(app(), aliased(200, 'nope'));
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['ALIAS_LIMIT']);
    expect(response.body.errors?.[0]?.message).toContain(
      `Aliases limit of ${DOCUMENT_LIMITS.aliases}`,
    );
  });

  it('refuses a chain of 1,000 fragments with a 400, not a stack overflow', async () => {
    const response = await postQuery(app(), fragmentChain(1_000));
    expect(response.status).toBe(400);
    expect(codes(response)).toHaveLength(1);
    expect(response.text).not.toMatch(/Maximum call stack|RangeError/);
  });

  it('refuses a chain of fragments within the token limit by its depth', async () => {
    const response = await postQuery(app(), fragmentChain(50));
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['DEPTH_LIMIT']);
  });

  it('refuses 3,000 nested selections with a 400 from the parser', async () => {
    const deep = `{ ${'actor(key: "mes") { '.repeat(3_000)}key${' }'.repeat(3_000)} }`;
    const response = await postQuery(app(), deep);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['TOKEN_LIMIT']);
  });

  it('refuses too many directives', async () => {
    const directives = ' @include(if: true)'.repeat(DOCUMENT_LIMITS.directives + 1);
    const response = await postQuery(app(), `{ __typename${directives} }`);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['DIRECTIVE_LIMIT']);
  });

  it("prices introspection: four of GraphiQL's schema queries in one request exceed the cost limit", async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const full = getIntrospectionQuery();
    const fragmentsAt = full.indexOf('fragment ');
    const walk = full.slice(full.indexOf('__schema'), full.lastIndexOf('}', fragmentsAt));
    const four = `{ ${[0, 1, 2, 3].map((i) => `a${i}: ${walk}`).join(' ')} } ${full.slice(fragmentsAt)}`;
    const response = await postQuery(app(), four);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['COST_LIMIT']);
  });

  it('still answers the GraphiQL example operations and a normal introspection', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const response = await postQuery(app(), getIntrospectionQuery());
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });
});

describe('request errors are 400s that do not echo the request', () => {
  it('answers an invalid JSON body with 400 and no part of the body', async () => {
    const response = await send(app(), '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename }", SECRET-BODY-SNIPPET',
    });
    expect(response.status).toBe(400);
    expect(response.text).not.toContain('SECRET');
    expect(response.text).not.toContain('originalError');
  });

  it('answers GET with variables that are not JSON with 400, not 500', async () => {
    const response = await send(
      app(),
      `/graphql?query=${encodeURIComponent('{ __typename }')}&variables=%7Bnot-json`,
      { headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } },
    );
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['BAD_REQUEST']);
  });
});
