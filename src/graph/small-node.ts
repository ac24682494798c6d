/**
 * Up to this many relationships (the store's degree, every type), a node's relationships are read
 * by walking them; above it (a hub), from the per-type indexes, a page per type and direction. The
 * walk's statements plan in a tenth of a second, the indexed ones (one branch per type and direction)
 * in seconds: start-up plans the first and leaves the second until after readiness.
 */
export const SMALL_NODE_DEGREE = 1000;

/** Cypher: whether node `node` is small enough to walk (the degree comes from the store). */
export const isSmallNode = (node: string) => `COUNT { (${node})--() } <= ${SMALL_NODE_DEGREE}`;
