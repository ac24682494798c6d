import { describe, expect, it } from 'vitest';
import { decodeExportEdge, edgeRowCursor } from '../../src/export/edge-row.js';
import { toEdge } from '../../src/export/graph-query.js';
import { nearStarts } from '../../src/export/pages.js';
import { relationFromProps } from '../../src/model/storage.js';

describe('an export edge read as a lean row', () => {
  const props = {
    since: '1998-05~',
    role: 'observer',
    founding: true,
    attested: [2001, 'x', 2003],
    disputed: true,
    note: 'n',
    sources: ['s1', 2, 's2'],
  };
  const row = [
    'MEMBER_OF',
    'a',
    'b',
    props.since,
    null,
    props.role,
    props.founding,
    props.attested,
    props.disputed,
    props.note,
    props.sources,
    '4:x:7',
    1990,
  ];

  it('is the edge the whole relationship made', () => {
    const whole = toEdge(relationFromProps('MEMBER_OF', 'a', 'b', props), 1990);
    expect(decodeExportEdge(row)).toEqual(whole);
  });

  it('takes its start year from the rule of activeAt when it has no start', () => {
    const undated = [
      ...row.slice(0, 3),
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      'id',
      2004,
    ];
    expect(decodeExportEdge(undated)).toEqual(
      toEdge(relationFromProps('MEMBER_OF', 'a', 'b', {}), 2004),
    );
  });

  it('gives the keyset cursor its from key, type, to key and element id', () => {
    expect(edgeRowCursor(row)).toEqual({ type: 'MEMBER_OF', from: 'a', to: 'b', id: '4:x:7' });
  });
});

describe('the starts whose neighbours Cypher checks', () => {
  it('are the keys at distance 0 when none is further than one step', () => {
    expect(
      nearStarts(
        new Map([
          ['h', 0],
          ['m', 1],
          ['k', 0],
        ]),
      ),
    ).toEqual(['h', 'k']);
  });

  it('are none past one step: Node alone drops what leaves the neighbourhood', () => {
    expect(
      nearStarts(
        new Map([
          ['h', 0],
          ['m', 1],
          ['far', 2],
        ]),
      ),
    ).toBeNull();
  });
});
