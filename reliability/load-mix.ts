/** The realistic mix of `npm run load`: what researchers and dashboards ask, plus a miss. */
export const LOAD_MIX: { name: string; query: string }[] = [
  {
    name: 'actor with memberships',
    query:
      '{ actor(key: "mes") { key name memberships { edges { since { value } role node { key } } } } }',
  },
  {
    name: 'page of actors',
    query:
      '{ actors(first: 20) { edges { node { key name } } pageInfo { endCursor hasNextPage } } }',
  },
  {
    name: 'shortest path',
    query:
      '{ shortestPath(from: "mes", to: "ripess") { length steps { from { key } type to { key } } } }',
  },
  {
    name: 'two-step subgraph',
    query:
      '{ subgraph(keys: ["mes"], depth: 2) { truncated nodes { id key kind } edges { id source target type } } }',
  },
  {
    name: 'search',
    query: '{ search(query: "economie solidaire") { exact score actor { key name } } }',
  },
  {
    name: 'shared affiliations',
    query: '{ sharedAffiliations(keys: ["mes", "labo-ess"]) { key name } }',
  },
  { name: 'stats', query: '{ stats { disputedRelations byKind { kind count } } }' },
  { name: 'unknown key', query: '{ actor(key: "atlantis") { key } }' },
];
