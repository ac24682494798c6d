/** The operations GraphiQL opens with: real research questions about the curated graph. */
export const EXAMPLE_OPERATIONS = /* GraphQL */ `# solidarity-graph: relationship questions about the social and solidarity economy.
# Pick an operation with the play button. Every type and field is described in the Docs panel.

# How is MES connected to RIPESS Intercontinental?
query HowIsMesConnectedToRipess {
  shortestPath(from: "mes", to: "ripess") {
    length
    steps {
      from { key name }
      type
      direction
      to { key name }
      relation { since { value } role disputed note sources { key url } }
    }
  }
}

# Which bodies do MES and Le Labo de l'ESS both belong to or take part in?
query WhatDoMesAndLaboShare {
  sharedAffiliations(keys: ["mes", "labo-ess"]) {
    key
    name
    acronym
  }
}

# What was MES a member of in 2012?
query MesMembershipsIn2012 {
  actor(key: "mes") {
    name
    memberships(activeAt: 2012) {
      edges {
        since { value precision }
        role
        node { key name }
      }
    }
  }
}

# The neighbourhood of MES, two steps out, ready to draw.
query NeighbourhoodOfMes {
  subgraph(keys: ["mes"], depth: 2) {
    truncated
    nodes { id key label kind distance }
    edges { id source target type since until role disputed }
  }
}

# Find actors whatever the accents: "economie solidaire" finds "Économie Solidaire".
query SearchWithoutAccents {
  search(query: "economie solidaire", first: 5) {
    score
    exact
    actor { key name acronym }
  }
}
`;
