// A page of actors with a page of their relationships and, one level down, a page of the
// relationships of the nodes those reach: nested connections (`actors → memberships → members`)
// in one round trip instead of one per level.

import type { Plain } from '../db/plain.js';
import { list, type NamedQuery, namedQuery, SHAPE_MARK, text } from '../db/query.js';
import { decodeEntityRow, entityProjection } from '../model/projection.js';
import type { EntityRow } from '../model/types.js';
import {
  decodeEdges,
  type EdgeShape,
  type PageVariant,
  PREFETCH_VARIANTS,
  type RelationEdge,
  relationPageCall,
} from './relations.js';

/** A page of actors, and the nested pages read with it, by the key of the node they belong to. */
/** An actor of a page, with the page of its relationships when the caller folded one in. */
export interface ActorRow {
  actor: EntityRow;
  edges: RelationEdge[] | null;
}

export interface ActorPage {
  rows: ActorRow[];
  nested: Map<string, RelationEdge[]>;
}

const pairs = (value: Plain | undefined): Plain[][] =>
  list((item) => (Array.isArray(item) ? item : []))(value);

/** The decoder of a nested page read with the variants `first` and `nested`. */
const decodeNestedPage =
  (first: PageVariant, nested: PageVariant) =>
  (row: Record<string, Plain>): ActorPage => {
    const rows = pairs(row.rows).map(([actorValue, edges]): ActorRow => {
      const actor = decodeEntityRow(actorValue);
      return { actor, edges: decodeEdges(actor.key, edges, first) };
    });
    const pages = new Map(
      pairs(row.nested).map(([keyValue, edges]): [string, RelationEdge[]] => {
        const key = text(keyValue);
        return [key, decodeEdges(key, edges, nested)];
      }),
    );
    return { rows, nested: pages };
  };

/**
 * The query for a page source (ending with the page's actors `n` bound, in order), folding in the
 * first page of `first` for each actor, then the page of `nested` for each node the first `$first`
 * reach, each node read once however many actors reach it: the actor past those, read only to
 * tell whether another page follows, has no nodes of its own read one level down. The nested
 * pages are read by those nodes' keys alone (every key is an entity's, the first page read
 * `other:Entity`): matching each node first cost b. about a tenth of its Neo4j CPU (session 24).
 * With the `keys` shape, the nested pages' edges are keys-only, a text of its own (`#keys`).
 */
function nestedPageQuery(
  name: string,
  source: string,
  first: PageVariant,
  nested: PageVariant,
  shape: EdgeShape,
): NamedQuery<ActorPage> {
  const shapeMark = shape === 'keys' ? `${SHAPE_MARK}keys` : '';
  return namedQuery(
    `${name}WithNested.${first}.${nested}${shapeMark}`,
    `${source}
${relationPageCall(first)}
WITH collect({actor: ${entityProjection('n', '$brief')}, edges: edges, otherKeys: otherKeys}) AS rows
CALL (rows) {
  UNWIND rows[..$first] AS row
  UNWIND row.otherKeys AS key
  WITH DISTINCT key
  ${relationPageCall(nested, 'nested', shape, 'key')}
  RETURN collect([key, edges]) AS nested
}
RETURN [row IN rows | [row.actor, row.edges]] AS rows, nested`,
    decodeNestedPage(first, nested),
  );
}

const SHAPES: EdgeShape[] = ['any', 'keys'];

/** The key of a nested query in `nestedPageQueries`' maps. */
export const nestedQueryKey = (first: PageVariant, nested: PageVariant, shape: EdgeShape) =>
  `${first}|${nested}|${shape}`;

/** Every nested query of each page source, by `nestedQueryKey`. */
export function nestedPageQueries(
  sources: Record<string, string>,
): Map<string, Map<string, NamedQuery<ActorPage>>> {
  return new Map(
    Object.entries(sources).map(([name, source]) => [
      name,
      new Map(
        PREFETCH_VARIANTS.flatMap((first) =>
          PREFETCH_VARIANTS.flatMap((nested) =>
            SHAPES.map((shape): [string, NamedQuery<ActorPage>] => [
              nestedQueryKey(first, nested, shape),
              nestedPageQuery(name, source, first, nested, shape),
            ]),
          ),
        ),
      ),
    ]),
  );
}
