/** The stored properties `toNode` reads, through `decodeEntity` (its kind, coordinates, start year…). */
const NODE_FIELDS = (
  'key kind name acronym scope country region city lat lon foundedDate date description areas ' +
  'disputed note sources'
).split(' ');

/**
 * `entityProjection` narrowed to what exports write: the same shape and decoder, without the names,
 * counts and history a node also stores (most of its bytes, unpacked by the driver for nothing).
 */
export function exportNodeProjection(node: string): string {
  const fields = NODE_FIELDS.map((field) => `.${field}`).join(', ');
  return `{props: ${node} {${fields}}, labels: labels(${node})}`;
}
