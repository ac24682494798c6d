import { describe, expect, it } from 'vitest';
import { knownAddressBody } from '../../src/import/known-address-body.js';
import { Matcher } from '../../src/import/match.js';
import { graphNode as node } from '../support/import-page.js';

const matcher = new Matcher([
  node('rac', 'Réseau Alpin des Coopératives', 'RAC'),
  node('nma', 'Northwind Mutual Alliance', 'NMA'),
]);
const empty = new Matcher([]);

const french = [
  'Diaporama RAC',
  "Le Réseau Alpin des Coopératives (RAC) réunit les coopératives de la vallée depuis dix ans et publie ici son rapport d'activité.",
  'Le RAC accompagne les porteurs de projet et anime les rencontres du réseau chaque printemps.',
  'Contact : Réseau Alpin des Coopératives.',
];
const english = [
  'NMA annual review slides',
  'The Northwind Mutual Alliance (NMA) brings together the mutual societies of the northern coast and reports on its year here.',
  'NMA supports new mutuals and holds its assembly every autumn in the harbour town.',
];

describe('knownAddressBody: the address, the first line and the graph weighed together', () => {
  it('reads the body the address names, the first line writes and the graph knows (French)', () => {
    const read = knownAddressBody(
      { name: 'Diaporama RAC', acronym: null },
      'https://www.rac.org/rapport-2020',
      french,
      matcher,
    );
    expect(read?.acronym).toBe('RAC');
    expect(read?.name).toBe('Réseau Alpin des Coopératives');
  });

  it('reads it in English too', () => {
    const read = knownAddressBody(
      { name: 'Slides', acronym: null },
      'https://nma.org.uk/review',
      english,
      matcher,
    );
    expect(read?.acronym).toBe('NMA');
  });

  it('keeps the reading when the graph does not know the address body', () => {
    expect(
      knownAddressBody(
        { name: 'Diaporama RAC', acronym: null },
        'https://www.rac.org/rapport-2020',
        french,
        empty,
      ),
    ).toBeNull();
  });

  it('keeps the reading when the first line does not write the address body', () => {
    expect(
      knownAddressBody(
        { name: 'Annual review', acronym: null },
        'https://nma.org.uk/review',
        ['Annual review', ...english.slice(1)],
        matcher,
      ),
    ).toBeNull();
  });

  it('keeps a member read on its network host site when the first line writes the member only', () => {
    const member = [
      'Coopérative des Fromagers du Col',
      'La Coopérative des Fromagers du Col affine ses tommes au village. La Coopérative des Fromagers du Col vend aussi en ligne.',
      'La Coopérative des Fromagers du Col est adhérente du RAC, et le RAC la soutient.',
      'La Coopérative des Fromagers du Col recrute un fromager.',
    ];
    expect(
      knownAddressBody(
        { name: 'Coopérative des Fromagers du Col', acronym: null },
        'https://www.rac.org/membres/fromagers-du-col',
        member,
        matcher,
      ),
    ).toBeNull();
  });

  it('keeps the reading when the page has no address', () => {
    expect(
      knownAddressBody({ name: 'Diaporama RAC', acronym: null }, null, french, matcher),
    ).toBeNull();
  });
});
