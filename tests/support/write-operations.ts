import { graphql } from '../generated/index.js';

// Typed operations of the write API that the tests send.

export const AddSource = graphql(/* GraphQL */ `
  mutation AddSource($input: AddSourceInput!, $reason: String) {
    addSource(input: $input, reason: $reason) {
      source { key url title language }
      change { id seq at who via operation entityType entityKey before after reason graphVersion }
      graphVersion
    }
  }
`);

export const RevokeToken = graphql(/* GraphQL */ `
  mutation RevokeToken($name: String!) {
    revokeToken(name: $name)
  }
`);

export const WhoAmI = graphql(/* GraphQL */ `
  query WhoAmI {
    viewer { name role via }
  }
`);

export const CurrentGraphVersion = graphql(/* GraphQL */ `
  query CurrentGraphVersion {
    graphVersion { version changedAt }
  }
`);

export const History = graphql(/* GraphQL */ `
  query History($key: String!, $first: Int, $after: String) {
    history(key: $key, first: $first, after: $after) {
      edges { cursor node { seq at who via operation entityKey reason graphVersion } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
`);

export const Changes = graphql(/* GraphQL */ `
  query Changes($since: DateTime, $first: Int, $after: String) {
    changes(since: $since, first: $first, after: $after) {
      edges { cursor node { seq at who operation entityKey graphVersion } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
