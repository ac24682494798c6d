import { describe, expect, it } from 'vitest';
import { useCuratedApp } from '../support/curated-app.js';
import { codes, send } from '../support/http.js';

const { app } = useCuratedApp();

/** POSTs a document with variables. */
const postWithVariables = (query: string, variables: Record<string, unknown>) =>
  send(app(), '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });

const ACTOR = 'query ($k: String!) { actor(key: $k) { key } }';
const ACTORS =
  'query ($f: ActorFilter, $n: Int) { actors(first: $n, filter: $f) { edges { node { key } } } }';

// The documents run compiled (graphql-jit); variables are still checked, and worded, by the executor.
describe('variables that do not fit their types', () => {
  it('answer 400 with BAD_USER_INPUT, the variable path and graphql-js wording', async () => {
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      [ACTOR, { k: 5 }, 'k', /^Variable "\$k" got invalid value 5; String cannot represent/],
      [ACTORS, { n: 'x' }, 'n', /Int cannot represent non-integer value: "x"/],
      [ACTORS, { f: { nope: 1 } }, 'f.nope', /Field "nope" is not defined by type "ActorFilter"/],
      [ACTORS, { f: { kind: 'NOPE' } }, 'f.kind', /at "f.kind"; Value "NOPE" does not exist/],
    ];
    for (const [query, variables, argument, message] of cases) {
      const response = await postWithVariables(query, variables);
      expect(response.status).toBe(400);
      expect(response.body.data).toBeUndefined();
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors?.[0]?.message).toMatch(message);
      expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('answer 400 for a required variable left out', async () => {
    const response = await postWithVariables(ACTOR, {});
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toBe(
      'Variable "$k" of required type "String!" was not provided.',
    );
  });

  it('leave valid variables to the document, and resolver errors keep their codes', async () => {
    const valid = await postWithVariables(ACTORS, { n: 2, f: { kind: 'Network' } });
    expect(valid.status).toBe(200);
    expect(valid.body.errors).toBeUndefined();
    expect((valid.body.data as { actors: { edges: unknown[] } }).actors.edges).toHaveLength(2);

    const tooMany = await postWithVariables(ACTORS, { n: 5000 });
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.body.errors?.[0]?.extensions?.argument).toBe('actors.first');
  });
});
