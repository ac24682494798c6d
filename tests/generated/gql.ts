/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ResearchMetrics($keys: [String!], $depth: Int) {\n    metrics(keys: $keys, depth: $depth) {\n      communities\n      modularity\n      nodes { key degree betweenness pagerank community }\n    }\n  }\n": typeof types.ResearchMetricsDocument,
    "\n  query ResearchRelation($id: String!) {\n    relation(id: $id) { id type fromKey toKey since { value } role disputed sources { key url } }\n  }\n": typeof types.ResearchRelationDocument,
    "\n  query ResearchDisputedFacts($first: Int, $offset: Int) {\n    disputedFacts(first: $first, offset: $offset) {\n      totalCount\n      facts { kind note relation { id } entity { key } sources { key } }\n    }\n  }\n": typeof types.ResearchDisputedFactsDocument,
    "\n  query ResearchCommonMembers($keys: [String!]!) {\n    commonMembers(keys: $keys) { key name }\n  }\n": typeof types.ResearchCommonMembersDocument,
    "\n  mutation ImportReviewImport($text: String!, $url: String!) {\n    importProfile(text: $text, sourceUrl: $url, language: \"en\") {\n      id sourceUrl accessed contentHash profileName createdBy skipped\n      proposals { id identity type payload evidence confidence status }\n    }\n  }": typeof types.ImportReviewImportDocument,
    "\n  mutation ImportReviewDecide($id: ID!, $decision: ProposalDecision!, $edits: ProposalEdits, $reason: String) {\n    reviewProposal(id: $id, decision: $decision, edits: $edits, reason: $reason) {\n      id status reviewedBy reviewReason result\n    }\n  }": typeof types.ImportReviewDecideDocument,
    "\n  query ImportReviewProposals($status: ProposalStatus, $first: Int, $after: String) {\n    proposals(status: $status, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id identity status } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }": typeof types.ImportReviewProposalsDocument,
    "\n    mutation ImportReviewAnyLanguage($text: String!, $any: Boolean) {\n      importProfile(text: $text, sourceUrl: \"https://example.org/ress\", language: \"es\", anyLanguage: $any) {\n        id proposals { type }\n      }\n    }": typeof types.ImportReviewAnyLanguageDocument,
    "\n  query MemberWindowCount($memberOf: String!, $activeAt: Int) {\n    actors(first: 1, filter: { memberOf: $memberOf, activeAt: $activeAt }) { totalCount }\n  }": typeof types.MemberWindowCountDocument,
    "\n  query PlacesNear($near: Near!) {\n    actors(filter: { near: $near }, first: 100) {\n      totalCount\n      edges { node { key city location { latitude longitude } } }\n    }\n  }": typeof types.PlacesNearDocument,
    "\n  query CountedPage($filter: RelationListFilter, $first: Int, $after: String) {\n    relations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id } }\n    }\n  }": typeof types.CountedPageDocument,
    "\n  query RelationsPage($filter: RelationListFilter, $first: Int, $after: String) {\n    relations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id type fromKey toKey disputed origin sources { key } } }\n    }\n  }": typeof types.RelationsPageDocument,
    "\n  query OriginPage($filter: RelationListFilter, $first: Int, $after: String) {\n    relations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id origin sources { key } } }\n    }\n  }": typeof types.OriginPageDocument,
    "\n  query WriteTestEntity($key: String!) {\n    entity(key: $key) { key name version origin lastChangedBy aliases ... on Actor { region } sources { key } }\n  }": typeof types.WriteTestEntityDocument,
    "\n  query WriteTestHistory($key: String!) {\n    history(key: $key) { edges { node { who operation reason } } }\n  }": typeof types.WriteTestHistoryDocument,
    "\n  query ActorDetails($key: String!) {\n    actor(key: $key) {\n      id\n      key\n      name\n      names { language name }\n      acronym\n      aliases\n      kind\n      kinds\n      description\n      country\n      scope\n      place\n      founded {\n        date { value year precision }\n        place\n        disputed\n        note\n        alternatives { date sources { key } }\n        sources { key }\n      }\n      resourceCounts { type count }\n      sources { key url title }\n    }\n  }\n": typeof types.ActorDetailsDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Actor { key name }\n      ... on Source { key url }\n    }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query Memberships($key: String!, $activeAt: Int, $first: Int) {\n    actor(key: $key) {\n      memberships(activeAt: $activeAt, first: $first) {\n        totalCount\n        edges {\n          type\n          direction\n          since { value year precision }\n          until { value }\n          role\n          attested\n          disputed\n          note\n          sources { key }\n          node { key name }\n        }\n      }\n    }\n  }\n": typeof types.MembershipsDocument,
    "\n  query Members($key: String!, $activeAt: Int, $first: Int, $after: String) {\n    actor(key: $key) {\n      members(activeAt: $activeAt, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { role since { value } attested node { key } }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query Relations($key: String!, $types: [RelationType!], $direction: Direction) {\n    actor(key: $key) {\n      relations(types: $types, direction: $direction, first: 100) {\n        totalCount\n        edges {\n          type\n          direction\n          disputed\n          note\n          since { value }\n          sources { key }\n          relation { id fromKey toKey }\n          node { key kind }\n        }\n      }\n    }\n  }\n": typeof types.RelationsDocument,
    "\n  query NestedMemberships($first: Int) {\n    actors(first: $first) {\n      edges {\n        node {\n          key\n          memberships {\n            edges {\n              node {\n                key\n                ... on Actor { members { edges { node { key } } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NestedMembershipsDocument,
    "\n  query ActorsPage($filter: ActorFilter, $first: Int, $after: String) {\n    actors(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { key kind country } }\n    }\n  }\n": typeof types.ActorsPageDocument,
    "\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      score\n      exact\n      actor { key name acronym }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query ShortestPath($from: String!, $to: String!, $maxHops: Int, $relationTypes: [RelationType!]) {\n    shortestPath(from: $from, to: $to, maxHops: $maxHops, relationTypes: $relationTypes) {\n      length\n      nodes { key }\n      steps {\n        from { key }\n        to { key }\n        type\n        direction\n        relation { since { value } disputed sources { key } }\n      }\n    }\n  }\n": typeof types.ShortestPathDocument,
    "\n  query Subgraph($keys: [String!]!, $depth: Int, $limit: Int, $relationTypes: [RelationType!]) {\n    subgraph(keys: $keys, depth: $depth, limit: $limit, relationTypes: $relationTypes) {\n      truncated\n      nodes { id key label kind distance }\n      edges { id source target sourceKey targetKey type since until role disputed }\n    }\n  }\n": typeof types.SubgraphDocument,
    "\n  query SharedAffiliations($keys: [String!]!) {\n    sharedAffiliations(keys: $keys) { key name }\n  }\n": typeof types.SharedAffiliationsDocument,
    "\n  query Timeline($key: String!) {\n    actor(key: $key) {\n      timeline {\n        year\n        date { value }\n        kind\n        summary\n        disputed\n        other { key }\n        sources { key }\n      }\n    }\n  }\n": typeof types.TimelineDocument,
    "\n  query Neighbors($key: String!, $depth: Int) {\n    actor(key: $key) {\n      neighbors(depth: $depth) { distance node { key } }\n    }\n  }\n": typeof types.NeighborsDocument,
    "\n  query Stats {\n    stats {\n      nodes\n      relations\n      sources\n      disputedRelations\n      byKind { kind count }\n      byRelationType { type count }\n      mostConnected { degree actor { key } }\n    }\n  }\n": typeof types.StatsDocument,
    "\n  query SharedAffiliationDetails($keys: [String!]!) {\n    sharedAffiliationDetails(keys: $keys) {\n      body { key name }\n      disputed\n      sharedSince\n      relations { fromKey toKey type since { value } disputed sources { key } }\n    }\n  }\n": typeof types.SharedAffiliationDetailsDocument,
    "\n  mutation AddSource($input: AddSourceInput!, $reason: String) {\n    addSource(input: $input, reason: $reason) {\n      source { key url title language }\n      change { id seq at who via operation entityType entityKey before after reason graphVersion }\n      graphVersion\n    }\n  }\n": typeof types.AddSourceDocument,
    "\n  mutation RevokeToken($name: String!) {\n    revokeToken(name: $name)\n  }\n": typeof types.RevokeTokenDocument,
    "\n  query WhoAmI {\n    viewer { name role via }\n  }\n": typeof types.WhoAmIDocument,
    "\n  query CurrentGraphVersion {\n    graphVersion { version changedAt }\n  }\n": typeof types.CurrentGraphVersionDocument,
    "\n  query History($key: String!, $first: Int, $after: String) {\n    history(key: $key, first: $first, after: $after) {\n      edges { cursor node { seq at who via operation entityKey reason graphVersion } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n": typeof types.HistoryDocument,
    "\n  query Changes($since: DateTime, $first: Int, $after: String) {\n    changes(since: $since, first: $first, after: $after) {\n      edges { cursor node { seq at who operation entityKey graphVersion } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ChangesDocument,
};
const documents: Documents = {
    "\n  query ResearchMetrics($keys: [String!], $depth: Int) {\n    metrics(keys: $keys, depth: $depth) {\n      communities\n      modularity\n      nodes { key degree betweenness pagerank community }\n    }\n  }\n": types.ResearchMetricsDocument,
    "\n  query ResearchRelation($id: String!) {\n    relation(id: $id) { id type fromKey toKey since { value } role disputed sources { key url } }\n  }\n": types.ResearchRelationDocument,
    "\n  query ResearchDisputedFacts($first: Int, $offset: Int) {\n    disputedFacts(first: $first, offset: $offset) {\n      totalCount\n      facts { kind note relation { id } entity { key } sources { key } }\n    }\n  }\n": types.ResearchDisputedFactsDocument,
    "\n  query ResearchCommonMembers($keys: [String!]!) {\n    commonMembers(keys: $keys) { key name }\n  }\n": types.ResearchCommonMembersDocument,
    "\n  mutation ImportReviewImport($text: String!, $url: String!) {\n    importProfile(text: $text, sourceUrl: $url, language: \"en\") {\n      id sourceUrl accessed contentHash profileName createdBy skipped\n      proposals { id identity type payload evidence confidence status }\n    }\n  }": types.ImportReviewImportDocument,
    "\n  mutation ImportReviewDecide($id: ID!, $decision: ProposalDecision!, $edits: ProposalEdits, $reason: String) {\n    reviewProposal(id: $id, decision: $decision, edits: $edits, reason: $reason) {\n      id status reviewedBy reviewReason result\n    }\n  }": types.ImportReviewDecideDocument,
    "\n  query ImportReviewProposals($status: ProposalStatus, $first: Int, $after: String) {\n    proposals(status: $status, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id identity status } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }": types.ImportReviewProposalsDocument,
    "\n    mutation ImportReviewAnyLanguage($text: String!, $any: Boolean) {\n      importProfile(text: $text, sourceUrl: \"https://example.org/ress\", language: \"es\", anyLanguage: $any) {\n        id proposals { type }\n      }\n    }": types.ImportReviewAnyLanguageDocument,
    "\n  query MemberWindowCount($memberOf: String!, $activeAt: Int) {\n    actors(first: 1, filter: { memberOf: $memberOf, activeAt: $activeAt }) { totalCount }\n  }": types.MemberWindowCountDocument,
    "\n  query PlacesNear($near: Near!) {\n    actors(filter: { near: $near }, first: 100) {\n      totalCount\n      edges { node { key city location { latitude longitude } } }\n    }\n  }": types.PlacesNearDocument,
    "\n  query CountedPage($filter: RelationListFilter, $first: Int, $after: String) {\n    relations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id } }\n    }\n  }": types.CountedPageDocument,
    "\n  query RelationsPage($filter: RelationListFilter, $first: Int, $after: String) {\n    relations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id type fromKey toKey disputed origin sources { key } } }\n    }\n  }": types.RelationsPageDocument,
    "\n  query OriginPage($filter: RelationListFilter, $first: Int, $after: String) {\n    relations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id origin sources { key } } }\n    }\n  }": types.OriginPageDocument,
    "\n  query WriteTestEntity($key: String!) {\n    entity(key: $key) { key name version origin lastChangedBy aliases ... on Actor { region } sources { key } }\n  }": types.WriteTestEntityDocument,
    "\n  query WriteTestHistory($key: String!) {\n    history(key: $key) { edges { node { who operation reason } } }\n  }": types.WriteTestHistoryDocument,
    "\n  query ActorDetails($key: String!) {\n    actor(key: $key) {\n      id\n      key\n      name\n      names { language name }\n      acronym\n      aliases\n      kind\n      kinds\n      description\n      country\n      scope\n      place\n      founded {\n        date { value year precision }\n        place\n        disputed\n        note\n        alternatives { date sources { key } }\n        sources { key }\n      }\n      resourceCounts { type count }\n      sources { key url title }\n    }\n  }\n": types.ActorDetailsDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Actor { key name }\n      ... on Source { key url }\n    }\n  }\n": types.NodeByIdDocument,
    "\n  query Memberships($key: String!, $activeAt: Int, $first: Int) {\n    actor(key: $key) {\n      memberships(activeAt: $activeAt, first: $first) {\n        totalCount\n        edges {\n          type\n          direction\n          since { value year precision }\n          until { value }\n          role\n          attested\n          disputed\n          note\n          sources { key }\n          node { key name }\n        }\n      }\n    }\n  }\n": types.MembershipsDocument,
    "\n  query Members($key: String!, $activeAt: Int, $first: Int, $after: String) {\n    actor(key: $key) {\n      members(activeAt: $activeAt, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { role since { value } attested node { key } }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query Relations($key: String!, $types: [RelationType!], $direction: Direction) {\n    actor(key: $key) {\n      relations(types: $types, direction: $direction, first: 100) {\n        totalCount\n        edges {\n          type\n          direction\n          disputed\n          note\n          since { value }\n          sources { key }\n          relation { id fromKey toKey }\n          node { key kind }\n        }\n      }\n    }\n  }\n": types.RelationsDocument,
    "\n  query NestedMemberships($first: Int) {\n    actors(first: $first) {\n      edges {\n        node {\n          key\n          memberships {\n            edges {\n              node {\n                key\n                ... on Actor { members { edges { node { key } } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.NestedMembershipsDocument,
    "\n  query ActorsPage($filter: ActorFilter, $first: Int, $after: String) {\n    actors(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { key kind country } }\n    }\n  }\n": types.ActorsPageDocument,
    "\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      score\n      exact\n      actor { key name acronym }\n    }\n  }\n": types.SearchDocument,
    "\n  query ShortestPath($from: String!, $to: String!, $maxHops: Int, $relationTypes: [RelationType!]) {\n    shortestPath(from: $from, to: $to, maxHops: $maxHops, relationTypes: $relationTypes) {\n      length\n      nodes { key }\n      steps {\n        from { key }\n        to { key }\n        type\n        direction\n        relation { since { value } disputed sources { key } }\n      }\n    }\n  }\n": types.ShortestPathDocument,
    "\n  query Subgraph($keys: [String!]!, $depth: Int, $limit: Int, $relationTypes: [RelationType!]) {\n    subgraph(keys: $keys, depth: $depth, limit: $limit, relationTypes: $relationTypes) {\n      truncated\n      nodes { id key label kind distance }\n      edges { id source target sourceKey targetKey type since until role disputed }\n    }\n  }\n": types.SubgraphDocument,
    "\n  query SharedAffiliations($keys: [String!]!) {\n    sharedAffiliations(keys: $keys) { key name }\n  }\n": types.SharedAffiliationsDocument,
    "\n  query Timeline($key: String!) {\n    actor(key: $key) {\n      timeline {\n        year\n        date { value }\n        kind\n        summary\n        disputed\n        other { key }\n        sources { key }\n      }\n    }\n  }\n": types.TimelineDocument,
    "\n  query Neighbors($key: String!, $depth: Int) {\n    actor(key: $key) {\n      neighbors(depth: $depth) { distance node { key } }\n    }\n  }\n": types.NeighborsDocument,
    "\n  query Stats {\n    stats {\n      nodes\n      relations\n      sources\n      disputedRelations\n      byKind { kind count }\n      byRelationType { type count }\n      mostConnected { degree actor { key } }\n    }\n  }\n": types.StatsDocument,
    "\n  query SharedAffiliationDetails($keys: [String!]!) {\n    sharedAffiliationDetails(keys: $keys) {\n      body { key name }\n      disputed\n      sharedSince\n      relations { fromKey toKey type since { value } disputed sources { key } }\n    }\n  }\n": types.SharedAffiliationDetailsDocument,
    "\n  mutation AddSource($input: AddSourceInput!, $reason: String) {\n    addSource(input: $input, reason: $reason) {\n      source { key url title language }\n      change { id seq at who via operation entityType entityKey before after reason graphVersion }\n      graphVersion\n    }\n  }\n": types.AddSourceDocument,
    "\n  mutation RevokeToken($name: String!) {\n    revokeToken(name: $name)\n  }\n": types.RevokeTokenDocument,
    "\n  query WhoAmI {\n    viewer { name role via }\n  }\n": types.WhoAmIDocument,
    "\n  query CurrentGraphVersion {\n    graphVersion { version changedAt }\n  }\n": types.CurrentGraphVersionDocument,
    "\n  query History($key: String!, $first: Int, $after: String) {\n    history(key: $key, first: $first, after: $after) {\n      edges { cursor node { seq at who via operation entityKey reason graphVersion } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n": types.HistoryDocument,
    "\n  query Changes($since: DateTime, $first: Int, $after: String) {\n    changes(since: $since, first: $first, after: $after) {\n      edges { cursor node { seq at who operation entityKey graphVersion } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ChangesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchMetrics($keys: [String!], $depth: Int) {\n    metrics(keys: $keys, depth: $depth) {\n      communities\n      modularity\n      nodes { key degree betweenness pagerank community }\n    }\n  }\n"): (typeof documents)["\n  query ResearchMetrics($keys: [String!], $depth: Int) {\n    metrics(keys: $keys, depth: $depth) {\n      communities\n      modularity\n      nodes { key degree betweenness pagerank community }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchRelation($id: String!) {\n    relation(id: $id) { id type fromKey toKey since { value } role disputed sources { key url } }\n  }\n"): (typeof documents)["\n  query ResearchRelation($id: String!) {\n    relation(id: $id) { id type fromKey toKey since { value } role disputed sources { key url } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchDisputedFacts($first: Int, $offset: Int) {\n    disputedFacts(first: $first, offset: $offset) {\n      totalCount\n      facts { kind note relation { id } entity { key } sources { key } }\n    }\n  }\n"): (typeof documents)["\n  query ResearchDisputedFacts($first: Int, $offset: Int) {\n    disputedFacts(first: $first, offset: $offset) {\n      totalCount\n      facts { kind note relation { id } entity { key } sources { key } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchCommonMembers($keys: [String!]!) {\n    commonMembers(keys: $keys) { key name }\n  }\n"): (typeof documents)["\n  query ResearchCommonMembers($keys: [String!]!) {\n    commonMembers(keys: $keys) { key name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportReviewImport($text: String!, $url: String!) {\n    importProfile(text: $text, sourceUrl: $url, language: \"en\") {\n      id sourceUrl accessed contentHash profileName createdBy skipped\n      proposals { id identity type payload evidence confidence status }\n    }\n  }"): (typeof documents)["\n  mutation ImportReviewImport($text: String!, $url: String!) {\n    importProfile(text: $text, sourceUrl: $url, language: \"en\") {\n      id sourceUrl accessed contentHash profileName createdBy skipped\n      proposals { id identity type payload evidence confidence status }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportReviewDecide($id: ID!, $decision: ProposalDecision!, $edits: ProposalEdits, $reason: String) {\n    reviewProposal(id: $id, decision: $decision, edits: $edits, reason: $reason) {\n      id status reviewedBy reviewReason result\n    }\n  }"): (typeof documents)["\n  mutation ImportReviewDecide($id: ID!, $decision: ProposalDecision!, $edits: ProposalEdits, $reason: String) {\n    reviewProposal(id: $id, decision: $decision, edits: $edits, reason: $reason) {\n      id status reviewedBy reviewReason result\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportReviewProposals($status: ProposalStatus, $first: Int, $after: String) {\n    proposals(status: $status, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id identity status } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }"): (typeof documents)["\n  query ImportReviewProposals($status: ProposalStatus, $first: Int, $after: String) {\n    proposals(status: $status, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id identity status } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ImportReviewAnyLanguage($text: String!, $any: Boolean) {\n      importProfile(text: $text, sourceUrl: \"https://example.org/ress\", language: \"es\", anyLanguage: $any) {\n        id proposals { type }\n      }\n    }"): (typeof documents)["\n    mutation ImportReviewAnyLanguage($text: String!, $any: Boolean) {\n      importProfile(text: $text, sourceUrl: \"https://example.org/ress\", language: \"es\", anyLanguage: $any) {\n        id proposals { type }\n      }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberWindowCount($memberOf: String!, $activeAt: Int) {\n    actors(first: 1, filter: { memberOf: $memberOf, activeAt: $activeAt }) { totalCount }\n  }"): (typeof documents)["\n  query MemberWindowCount($memberOf: String!, $activeAt: Int) {\n    actors(first: 1, filter: { memberOf: $memberOf, activeAt: $activeAt }) { totalCount }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacesNear($near: Near!) {\n    actors(filter: { near: $near }, first: 100) {\n      totalCount\n      edges { node { key city location { latitude longitude } } }\n    }\n  }"): (typeof documents)["\n  query PlacesNear($near: Near!) {\n    actors(filter: { near: $near }, first: 100) {\n      totalCount\n      edges { node { key city location { latitude longitude } } }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountedPage($filter: RelationListFilter, $first: Int, $after: String) {\n    relations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id } }\n    }\n  }"): (typeof documents)["\n  query CountedPage($filter: RelationListFilter, $first: Int, $after: String) {\n    relations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id } }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationsPage($filter: RelationListFilter, $first: Int, $after: String) {\n    relations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id type fromKey toKey disputed origin sources { key } } }\n    }\n  }"): (typeof documents)["\n  query RelationsPage($filter: RelationListFilter, $first: Int, $after: String) {\n    relations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id type fromKey toKey disputed origin sources { key } } }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OriginPage($filter: RelationListFilter, $first: Int, $after: String) {\n    relations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id origin sources { key } } }\n    }\n  }"): (typeof documents)["\n  query OriginPage($filter: RelationListFilter, $first: Int, $after: String) {\n    relations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id origin sources { key } } }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WriteTestEntity($key: String!) {\n    entity(key: $key) { key name version origin lastChangedBy aliases ... on Actor { region } sources { key } }\n  }"): (typeof documents)["\n  query WriteTestEntity($key: String!) {\n    entity(key: $key) { key name version origin lastChangedBy aliases ... on Actor { region } sources { key } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WriteTestHistory($key: String!) {\n    history(key: $key) { edges { node { who operation reason } } }\n  }"): (typeof documents)["\n  query WriteTestHistory($key: String!) {\n    history(key: $key) { edges { node { who operation reason } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorDetails($key: String!) {\n    actor(key: $key) {\n      id\n      key\n      name\n      names { language name }\n      acronym\n      aliases\n      kind\n      kinds\n      description\n      country\n      scope\n      place\n      founded {\n        date { value year precision }\n        place\n        disputed\n        note\n        alternatives { date sources { key } }\n        sources { key }\n      }\n      resourceCounts { type count }\n      sources { key url title }\n    }\n  }\n"): (typeof documents)["\n  query ActorDetails($key: String!) {\n    actor(key: $key) {\n      id\n      key\n      name\n      names { language name }\n      acronym\n      aliases\n      kind\n      kinds\n      description\n      country\n      scope\n      place\n      founded {\n        date { value year precision }\n        place\n        disputed\n        note\n        alternatives { date sources { key } }\n        sources { key }\n      }\n      resourceCounts { type count }\n      sources { key url title }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Actor { key name }\n      ... on Source { key url }\n    }\n  }\n"): (typeof documents)["\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Actor { key name }\n      ... on Source { key url }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Memberships($key: String!, $activeAt: Int, $first: Int) {\n    actor(key: $key) {\n      memberships(activeAt: $activeAt, first: $first) {\n        totalCount\n        edges {\n          type\n          direction\n          since { value year precision }\n          until { value }\n          role\n          attested\n          disputed\n          note\n          sources { key }\n          node { key name }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Memberships($key: String!, $activeAt: Int, $first: Int) {\n    actor(key: $key) {\n      memberships(activeAt: $activeAt, first: $first) {\n        totalCount\n        edges {\n          type\n          direction\n          since { value year precision }\n          until { value }\n          role\n          attested\n          disputed\n          note\n          sources { key }\n          node { key name }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($key: String!, $activeAt: Int, $first: Int, $after: String) {\n    actor(key: $key) {\n      members(activeAt: $activeAt, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { role since { value } attested node { key } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($key: String!, $activeAt: Int, $first: Int, $after: String) {\n    actor(key: $key) {\n      members(activeAt: $activeAt, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { role since { value } attested node { key } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Relations($key: String!, $types: [RelationType!], $direction: Direction) {\n    actor(key: $key) {\n      relations(types: $types, direction: $direction, first: 100) {\n        totalCount\n        edges {\n          type\n          direction\n          disputed\n          note\n          since { value }\n          sources { key }\n          relation { id fromKey toKey }\n          node { key kind }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Relations($key: String!, $types: [RelationType!], $direction: Direction) {\n    actor(key: $key) {\n      relations(types: $types, direction: $direction, first: 100) {\n        totalCount\n        edges {\n          type\n          direction\n          disputed\n          note\n          since { value }\n          sources { key }\n          relation { id fromKey toKey }\n          node { key kind }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedMemberships($first: Int) {\n    actors(first: $first) {\n      edges {\n        node {\n          key\n          memberships {\n            edges {\n              node {\n                key\n                ... on Actor { members { edges { node { key } } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedMemberships($first: Int) {\n    actors(first: $first) {\n      edges {\n        node {\n          key\n          memberships {\n            edges {\n              node {\n                key\n                ... on Actor { members { edges { node { key } } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorsPage($filter: ActorFilter, $first: Int, $after: String) {\n    actors(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { key kind country } }\n    }\n  }\n"): (typeof documents)["\n  query ActorsPage($filter: ActorFilter, $first: Int, $after: String) {\n    actors(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { key kind country } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      score\n      exact\n      actor { key name acronym }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      score\n      exact\n      actor { key name acronym }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShortestPath($from: String!, $to: String!, $maxHops: Int, $relationTypes: [RelationType!]) {\n    shortestPath(from: $from, to: $to, maxHops: $maxHops, relationTypes: $relationTypes) {\n      length\n      nodes { key }\n      steps {\n        from { key }\n        to { key }\n        type\n        direction\n        relation { since { value } disputed sources { key } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShortestPath($from: String!, $to: String!, $maxHops: Int, $relationTypes: [RelationType!]) {\n    shortestPath(from: $from, to: $to, maxHops: $maxHops, relationTypes: $relationTypes) {\n      length\n      nodes { key }\n      steps {\n        from { key }\n        to { key }\n        type\n        direction\n        relation { since { value } disputed sources { key } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Subgraph($keys: [String!]!, $depth: Int, $limit: Int, $relationTypes: [RelationType!]) {\n    subgraph(keys: $keys, depth: $depth, limit: $limit, relationTypes: $relationTypes) {\n      truncated\n      nodes { id key label kind distance }\n      edges { id source target sourceKey targetKey type since until role disputed }\n    }\n  }\n"): (typeof documents)["\n  query Subgraph($keys: [String!]!, $depth: Int, $limit: Int, $relationTypes: [RelationType!]) {\n    subgraph(keys: $keys, depth: $depth, limit: $limit, relationTypes: $relationTypes) {\n      truncated\n      nodes { id key label kind distance }\n      edges { id source target sourceKey targetKey type since until role disputed }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedAffiliations($keys: [String!]!) {\n    sharedAffiliations(keys: $keys) { key name }\n  }\n"): (typeof documents)["\n  query SharedAffiliations($keys: [String!]!) {\n    sharedAffiliations(keys: $keys) { key name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Timeline($key: String!) {\n    actor(key: $key) {\n      timeline {\n        year\n        date { value }\n        kind\n        summary\n        disputed\n        other { key }\n        sources { key }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Timeline($key: String!) {\n    actor(key: $key) {\n      timeline {\n        year\n        date { value }\n        kind\n        summary\n        disputed\n        other { key }\n        sources { key }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbors($key: String!, $depth: Int) {\n    actor(key: $key) {\n      neighbors(depth: $depth) { distance node { key } }\n    }\n  }\n"): (typeof documents)["\n  query Neighbors($key: String!, $depth: Int) {\n    actor(key: $key) {\n      neighbors(depth: $depth) { distance node { key } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Stats {\n    stats {\n      nodes\n      relations\n      sources\n      disputedRelations\n      byKind { kind count }\n      byRelationType { type count }\n      mostConnected { degree actor { key } }\n    }\n  }\n"): (typeof documents)["\n  query Stats {\n    stats {\n      nodes\n      relations\n      sources\n      disputedRelations\n      byKind { kind count }\n      byRelationType { type count }\n      mostConnected { degree actor { key } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedAffiliationDetails($keys: [String!]!) {\n    sharedAffiliationDetails(keys: $keys) {\n      body { key name }\n      disputed\n      sharedSince\n      relations { fromKey toKey type since { value } disputed sources { key } }\n    }\n  }\n"): (typeof documents)["\n  query SharedAffiliationDetails($keys: [String!]!) {\n    sharedAffiliationDetails(keys: $keys) {\n      body { key name }\n      disputed\n      sharedSince\n      relations { fromKey toKey type since { value } disputed sources { key } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSource($input: AddSourceInput!, $reason: String) {\n    addSource(input: $input, reason: $reason) {\n      source { key url title language }\n      change { id seq at who via operation entityType entityKey before after reason graphVersion }\n      graphVersion\n    }\n  }\n"): (typeof documents)["\n  mutation AddSource($input: AddSourceInput!, $reason: String) {\n    addSource(input: $input, reason: $reason) {\n      source { key url title language }\n      change { id seq at who via operation entityType entityKey before after reason graphVersion }\n      graphVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeToken($name: String!) {\n    revokeToken(name: $name)\n  }\n"): (typeof documents)["\n  mutation RevokeToken($name: String!) {\n    revokeToken(name: $name)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoAmI {\n    viewer { name role via }\n  }\n"): (typeof documents)["\n  query WhoAmI {\n    viewer { name role via }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentGraphVersion {\n    graphVersion { version changedAt }\n  }\n"): (typeof documents)["\n  query CurrentGraphVersion {\n    graphVersion { version changedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query History($key: String!, $first: Int, $after: String) {\n    history(key: $key, first: $first, after: $after) {\n      edges { cursor node { seq at who via operation entityKey reason graphVersion } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query History($key: String!, $first: Int, $after: String) {\n    history(key: $key, first: $first, after: $after) {\n      edges { cursor node { seq at who via operation entityKey reason graphVersion } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Changes($since: DateTime, $first: Int, $after: String) {\n    changes(since: $since, first: $first, after: $after) {\n      edges { cursor node { seq at who operation entityKey graphVersion } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Changes($since: DateTime, $first: Int, $after: String) {\n    changes(since: $since, first: $first, after: $after) {\n      edges { cursor node { seq at who operation entityKey graphVersion } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;