import { describe, expect, it } from 'vitest';
import { jsonUtf8 } from '../../src/http/json-utf8.js';

const same = (value: unknown) =>
  expect(jsonUtf8(value).equals(Buffer.from(JSON.stringify(value) ?? ''))).toBe(true);

describe('jsonUtf8', () => {
  it('gives the bytes of JSON.stringify for plain answers in any script', () => {
    same({ data: { a: 'ascii', b: 'Économie solidaire', c: 'Fundacja „Koalicja” – Polska' } });
    same({ list: ['😀 astral', 'é', 'ĉ', '', 'tab\tquote"backslash\\', '\u0001\u001f'] });
    same({ nested: [[{ x: 1.5, y: -0, z: null, t: true }], [], {}], n: Number.NaN });
  });

  it('leaves out what JSON.stringify leaves out', () => {
    same({ gone: undefined, fn: () => 1, kept: 'œuvre', list: [undefined, () => 1, 'ü'] });
    same(Object.assign(Object.create(null), { bare: 'objet nu – sans prototype' }));
  });

  it('falls back to JSON.stringify where its own rules apply', () => {
    same({ lone: 'a\ud800b', trailing: '\udc00' });
    same({ 'clé non ASCII': 'valeur – longue' });
    same({ when: new Date(0), custom: { toJSON: () => 'résumé – court' } });
    same({ errors: [new Error('échec – message')] });
  });

  it('keeps a large two-byte answer byte for byte', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => ({
      id: `node-${i}`,
      label: i % 97 === 0 ? `Fundacja „${i}” – Polska` : `Réseau ${i}`,
    }));
    same({ data: { subgraph: { nodes } } });
  });
});
