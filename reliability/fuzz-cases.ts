/** One HTTP request the fuzzer sends to `/graphql` (or another path). */
export interface FuzzRequest {
  kind: string;
  method: 'GET' | 'POST' | 'OPTIONS';
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Request line and headers sent as is over a socket: targets `fetch` cannot send (`*`). */
  raw?: string;
}

/** Request lines and Host headers the HTTP layer cannot turn into a URL, and odd methods. */
const ODD_TARGETS = [
  'TRACE * HTTP/1.1\r\nHost: api',
  'OPTIONS * HTTP/1.1\r\nHost: api',
  'GET * HTTP/1.0',
  'GET http://api.example/graphql?query=%7BapiVersion%7D HTTP/1.1\r\nHost: api',
  'GET /graphql?query=%7BapiVersion%7D HTTP/1.1\r\nHost: a b',
  'GET /graphql HTTP/1.1\r\nHost: [',
  'TRACE /graphql HTTP/1.1\r\nHost: api',
  'DELETE /graphql HTTP/1.1\r\nHost: api',
  'PUT /export/graph.gexf HTTP/1.1\r\nHost: api',
  'PATCH / HTTP/1.1\r\nHost: api',
  'CONNECT api:443 HTTP/1.1\r\nHost: api:443',
];

/** Operations of a type the schema lacks, alone or beside a query. */
const OPERATION_TYPES = [
  'subscription { apiVersion }',
  'subscription S { actor(key: "mes") { key } }',
  'query A { apiVersion } subscription B { apiVersion }',
  'subscription { __typename }',
];

/** mulberry32: a tiny seeded generator, so a failing run can be replayed with its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (random: Random, max: number) => Math.floor(random() * max);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)] as T;

const KEYS = [
  'mes',
  'ripess',
  'labo-ess',
  'ess-france',
  'atlantis',
  '',
  ' ',
  '"',
  "'; DROP",
  'x'.repeat(500),
];
const NUMBERS = [-1, 0, 1, 3, 8, 9, 100, 101, 2_000, 2_001, 2 ** 31, -(2 ** 31), 1e12];
const STRINGS = [
  '',
  'MES',
  'économie solidaire',
  'a AND b OR c~',
  '*:*',
  '\\',
  '"',
  '\u0000',
  'é'.repeat(300),
];
const VALID = [
  '{ actor(key: "mes") { key name memberships { edges { since { value } node { key } } } } }',
  '{ actors(first: 5) { edges { node { key } } pageInfo { endCursor hasNextPage } } }',
  '{ shortestPath(from: "mes", to: "ripess") { length steps { from { key } to { key } } } }',
  '{ subgraph(keys: ["mes"], depth: 2) { truncated nodes { key } edges { id } } }',
  '{ search(query: "economie solidaire") { exact actor { key } } }',
  '{ sharedAffiliations(keys: ["mes", "labo-ess"]) { key name } }',
  '{ stats { disputedRelations byKind { kind count } } }',
];

function literal(random: Random): string {
  switch (int(random, 5)) {
    case 0:
      return JSON.stringify(pick(random, KEYS));
    case 1:
      return String(pick(random, NUMBERS));
    case 2:
      return JSON.stringify(pick(random, STRINGS));
    case 3:
      return `[${Array.from({ length: int(random, 80) }, () => JSON.stringify(pick(random, KEYS))).join(',')}]`;
    default:
      return pick(random, ['null', 'true', '{}', '[]', '1.5', 'ENUM_VALUE', '$undeclared']);
  }
}

/** A query with random (often wrong) arguments on real root fields. */
function randomArguments(random: Random): string {
  const field = pick(random, [
    'actor(key: A) { key }',
    'actors(first: A, after: A) { edges { node { key } } }',
    'shortestPath(from: A, to: A, maxHops: A) { length }',
    'subgraph(keys: A, depth: A, limit: A) { truncated }',
    'search(query: A, first: A) { actor { key } }',
    'sharedAffiliations(keys: A) { key }',
    'node(id: A) { id }',
    'actor(key: "mes") { memberships(first: A, activeAt: A) { edges { node { key } } } }',
    'actor(key: "mes") { neighbors(depth: A) { node { key } } }',
  ]);
  return `{ ${field.replaceAll('A', () => literal(random))} }`;
}

/** Mangles a valid document: cut, duplicated, or with random characters spliced in. */
function mangled(random: Random): string {
  const source = pick(random, VALID);
  const at = int(random, source.length);
  switch (int(random, 4)) {
    case 0:
      return source.slice(0, at);
    case 1:
      return (
        source.slice(0, at) +
        pick(random, ['{', '}', '(', ')', '$', '@', '...', '"', '#', '\\u']) +
        source.slice(at)
      );
    case 2:
      return source.repeat(1 + int(random, 40));
    default:
      return source.slice(at) + source.slice(0, at);
  }
}

function hostileDocument(random: Random): { kind: string; query: string } {
  const n = 1 + int(random, 5_000);
  switch (int(random, 9)) {
    case 0:
      return {
        kind: 'nested',
        query: `{ ${'actor(key: "mes") { '.repeat(n)}key${' }'.repeat(n)} }`,
      };
    case 1:
      return {
        kind: 'aliases',
        query: `{ ${Array.from({ length: n % 400 }, (_, i) => `a${i}: search(query: "mes") { actor { key } }`).join(' ')} }`,
      };
    case 2:
      return {
        kind: 'introspection-aliases',
        query: `{ ${Array.from({ length: n % 300 }, (_, i) => `a${i}: __schema { types { name fields { name } } }`).join(' ')} }`,
      };
    case 3:
      return {
        kind: 'fragment-chain',
        query: `{ ...F0 } ${Array.from({ length: n % 1_200 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`).join(' ')} fragment F${n % 1_200} on Query { __typename }`,
      };
    case 4:
      return {
        kind: 'fragment-cycle',
        query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
      };
    case 5:
      return {
        kind: 'directives',
        query: `{ __typename${' @include(if: true)'.repeat(n % 200)} }`,
      };
    case 6:
      return {
        kind: 'introspection-deep',
        query: `{ __schema { types { ${'fields { type { '.repeat(n % 40)}name${' } }'.repeat(n % 40)} } } }`,
      };
    case 7:
      return { kind: 'mutation', query: 'mutation { deleteEverything }' };
    default:
      return {
        kind: 'unknown-fields',
        query: `{ ${Array.from({ length: n % 60 }, (_, i) => `f${i}`).join(' ')} }`,
      };
  }
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

/** The `index`-th request of the run seeded with `seed`: the same pair always gives the same request. */
export function fuzzRequest(random: Random): FuzzRequest {
  const post = (
    kind: string,
    body: string,
    headers: Record<string, string> = JSON_HEADERS,
  ): FuzzRequest => ({
    kind,
    method: 'POST',
    path: '/graphql',
    headers,
    body,
  });
  switch (int(random, 13)) {
    case 10:
      return { ...post('odd-target', ''), raw: pick(random, ODD_TARGETS) };
    case 11:
      return post(
        'operation-type',
        JSON.stringify({
          query: pick(random, OPERATION_TYPES),
          operationName: pick(random, [undefined, 'B']),
        }),
      );
    case 12: {
      const depth = 65 + int(random, 5_000);
      return post(
        'deep-variables',
        `{"query":"query($k: [String!]) { actors(first: 1) { edges { node { key } } } }","variables":{"k":${'['.repeat(depth)}"x"${']'.repeat(depth)}}}`,
      );
    }
    case 0:
      return post('valid', JSON.stringify({ query: pick(random, VALID) }));
    case 1:
      return post('arguments', JSON.stringify({ query: randomArguments(random) }));
    case 2:
      return post('mangled', JSON.stringify({ query: mangled(random) }));
    case 3: {
      const { kind, query } = hostileDocument(random);
      return post(kind, JSON.stringify({ query }));
    }
    case 4:
      return post(
        'bad-json',
        JSON.stringify({ query: pick(random, VALID) }).slice(0, int(random, 60)),
      );
    case 5:
      return post(
        'bad-variables',
        JSON.stringify({
          query:
            'query Q($key: String!, $first: Int) { actor(key: $key) { memberships(first: $first) { edges { node { key } } } } }',
          variables: pick(random, [
            { key: 1 },
            { key: 'mes', first: 'x' },
            null,
            [],
            'str',
            { key: { a: 1 } },
            { __proto__: { x: 1 } },
          ]),
        }),
      );
    case 6: {
      const params = new URLSearchParams({ query: pick(random, [...VALID, mangled(random)]) });
      if (random() < 0.6)
        params.set('variables', pick(random, ['{bad', '[]', '"s"', '{"key":1}', '%%%']));
      const headers: Record<string, string> = { accept: 'application/json' };
      if (random() < 0.5) headers['x-graphql-yoga-csrf'] = '1';
      return { kind: 'get', method: 'GET', path: `/graphql?${params}`, headers };
    }
    case 7:
      return post(
        'content-type',
        `query=${encodeURIComponent(pick(random, VALID))}`,
        pick(random, [
          { 'content-type': 'application/x-www-form-urlencoded' },
          { 'content-type': 'text/plain' },
          { 'content-type': 'multipart/form-data; boundary=x' },
          { 'content-type': 'application/graphql' },
        ]),
      );
    case 8:
      return post(
        'batch-or-shape',
        pick(random, [
          JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
          JSON.stringify({ query: 42 }),
          JSON.stringify({ query: null, extensions: { persistedQuery: { sha256Hash: 'x' } } }),
          JSON.stringify({ query: '{ __typename }', operationName: 'Nope' }),
          '"just a string"',
          'null',
        ]),
      );
    default:
      return {
        kind: 'other-path',
        method: pick(random, ['GET', 'OPTIONS'] as const),
        path: pick(random, [
          '/',
          '/health',
          '/ready',
          '/graphql/../etc/passwd',
          '/export',
          `/${'a'.repeat(2_000)}`,
        ]),
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      };
  }
}
