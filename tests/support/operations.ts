import { graphql } from '../generated/index.js';

// Typed operations (graphql-codegen client preset) that the API tests send.

export const ActorDetails = graphql(/* GraphQL */ `
  query ActorDetails($key: String!) {
    actor(key: $key) {
      id
      key
      name
      names { language name }
      acronym
      aliases
      kind
      kinds
      description
      country
      scope
      place
      founded {
        date { value year precision }
        place
        disputed
        note
        alternatives { date sources { key } }
        sources { key }
      }
      resourceCounts { type count }
      sources { key url title }
    }
  }
`);

export const NodeById = graphql(/* GraphQL */ `
  query NodeById($id: ID!) {
    node(id: $id) {
      id
      ... on Actor { key name }
      ... on Source { key url }
    }
  }
`);

export const Memberships = graphql(/* GraphQL */ `
  query Memberships($key: String!, $activeAt: Int, $first: Int) {
    actor(key: $key) {
      memberships(activeAt: $activeAt, first: $first) {
        totalCount
        edges {
          type
          direction
          since { value year precision }
          until { value }
          role
          attested
          disputed
          note
          sources { key }
          node { key name }
        }
      }
    }
  }
`);

export const Members = graphql(/* GraphQL */ `
  query Members($key: String!, $activeAt: Int, $first: Int, $after: String) {
    actor(key: $key) {
      members(activeAt: $activeAt, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { role since { value } attested node { key } }
      }
    }
  }
`);

export const Relations = graphql(/* GraphQL */ `
  query Relations($key: String!, $types: [RelationType!], $direction: Direction) {
    actor(key: $key) {
      relations(types: $types, direction: $direction, first: 100) {
        totalCount
        edges {
          type
          direction
          disputed
          note
          since { value }
          sources { key }
          relation { id fromKey toKey }
          node { key kind }
        }
      }
    }
  }
`);

export const NestedMemberships = graphql(/* GraphQL */ `
  query NestedMemberships($first: Int) {
    actors(first: $first) {
      edges {
        node {
          key
          memberships {
            edges {
              node {
                key
                ... on Actor { members { edges { node { key } } } }
              }
            }
          }
        }
      }
    }
  }
`);

export const ActorsPage = graphql(/* GraphQL */ `
  query ActorsPage($filter: ActorFilter, $first: Int, $after: String) {
    actors(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { key kind country } }
    }
  }
`);

export const Search = graphql(/* GraphQL */ `
  query Search($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      score
      exact
      actor { key name acronym }
    }
  }
`);

export const ShortestPath = graphql(/* GraphQL */ `
  query ShortestPath($from: String!, $to: String!, $maxHops: Int, $relationTypes: [RelationType!]) {
    shortestPath(from: $from, to: $to, maxHops: $maxHops, relationTypes: $relationTypes) {
      length
      nodes { key }
      steps {
        from { key }
        to { key }
        type
        direction
        relation { since { value } disputed sources { key } }
      }
    }
  }
`);

export const Subgraph = graphql(/* GraphQL */ `
  query Subgraph($keys: [String!]!, $depth: Int, $limit: Int, $relationTypes: [RelationType!]) {
    subgraph(keys: $keys, depth: $depth, limit: $limit, relationTypes: $relationTypes) {
      truncated
      nodes { id key label kind distance }
      edges { id source target sourceKey targetKey type since until role disputed }
    }
  }
`);

export const SharedAffiliations = graphql(/* GraphQL */ `
  query SharedAffiliations($keys: [String!]!) {
    sharedAffiliations(keys: $keys) { key name }
  }
`);

export const Timeline = graphql(/* GraphQL */ `
  query Timeline($key: String!) {
    actor(key: $key) {
      timeline {
        year
        date { value }
        kind
        summary
        disputed
        other { key }
        sources { key }
      }
    }
  }
`);

export const Neighbors = graphql(/* GraphQL */ `
  query Neighbors($key: String!, $depth: Int) {
    actor(key: $key) {
      neighbors(depth: $depth) { distance node { key } }
    }
  }
`);

export const Stats = graphql(/* GraphQL */ `
  query Stats {
    stats {
      nodes
      relations
      sources
      disputedRelations
      byKind { kind count }
      byRelationType { type count }
      mostConnected { degree actor { key } }
    }
  }
`);

export const SharedAffiliationDetails = graphql(/* GraphQL */ `
  query SharedAffiliationDetails($keys: [String!]!) {
    sharedAffiliationDetails(keys: $keys) {
      body { key name }
      disputed
      sharedSince
      relations { fromKey toKey type since { value } disputed sources { key } }
    }
  }
`);
