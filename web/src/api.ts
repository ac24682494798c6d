/** Posts a GraphQL operation to the API this page is served by; GraphQL errors are thrown. */
export async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

export interface Source {
  key: string;
  title: string;
  url: string | null;
}

export interface Hit {
  actor: { key: string; name: string; acronym: string | null; kind: string | null };
}

export const GRAPH_VERSION = /* GraphQL */ `
  query ExplorerGraphVersion { graphVersion { version } }`;

export const SEARCH = /* GraphQL */ `
  query ExplorerSearch($query: String!) {
    search(query: $query, first: 8) { actor { key name acronym kind } }
  }`;

export interface NodeFacts {
  key: string;
  name: string;
  acronym: string | null;
  kind: string | null;
  description: string | null;
  disputed: boolean;
  note: string | null;
  sources: Source[];
}

export const NODE = /* GraphQL */ `
  query ExplorerNode($id: ID!) {
    node(id: $id) {
      ... on Entity { key name acronym kind description disputed note sources { key title url } }
    }
  }`;

export interface RelationFacts {
  id: string;
  type: string;
  fromKey: string;
  toKey: string;
  since: { value: string } | null;
  until: { value: string } | null;
  role: string | null;
  disputed: boolean;
  note: string | null;
  attested: number[];
  sources: Source[];
}

export const RELATION = /* GraphQL */ `
  query ExplorerRelation($id: String!) {
    relation(id: $id) {
      id type fromKey toKey since { value } until { value } role disputed note attested
      sources { key title url }
    }
  }`;

export interface PathAnswer {
  shortestPath: {
    nodes: { key: string; name: string; acronym: string | null }[];
    steps: { type: string; direction: string; relation: { id: string } }[];
  } | null;
}

export const PATH = /* GraphQL */ `
  query ExplorerPath($from: String!, $to: String!) {
    shortestPath(from: $from, to: $to, maxHops: 6) {
      nodes { key name acronym }
      steps { type direction relation { id } }
    }
  }`;
