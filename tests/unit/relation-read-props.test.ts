import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/dataset/read-dataset.js';
import { toPlain } from '../../src/db/plain.js';
import { decodeRelation } from '../../src/model/projection.js';
import {
  RELATION_READ_PROPS,
  type ReadProps,
  relationFromProps,
  relationToProps,
} from '../../src/model/storage.js';

/** The property names `relationFromProps` looks up in `props`. */
function namesRead(props: ReadProps): Set<string> {
  const read = new Set<string>();
  const watched = new Proxy(props, {
    get(target, name) {
      if (typeof name === 'string') read.add(name);
      return Reflect.get(target, name);
    },
  });
  relationFromProps('MEMBER_OF', 'a', 'b', watched);
  return read;
}

describe('a whole relationship row', () => {
  it('carries every property its decoder reads, and only those', () => {
    // Short-circuits skip some names on some inputs: the union over these covers every branch.
    const inputs: ReadProps[] = [{}, { version: 3, origin: 'api', curated: false, updatedBy: 'x' }];
    const read = new Set(inputs.flatMap((props) => [...namesRead(props)]));
    expect([...read].sort()).toEqual([...RELATION_READ_PROPS].sort());
  });

  it('decodes to the relation its stored properties hold', () => {
    for (const relation of readDataset().relations) {
      const stored = toPlain(JSON.parse(JSON.stringify(relationToProps(relation)))) as ReadProps;
      const row = {
        type: relation.type,
        from: relation.from,
        to: relation.to,
        props: RELATION_READ_PROPS.map((name) => stored[name] ?? null),
      };
      expect(decodeRelation(row)).toEqual(relation);
    }
  });
});
