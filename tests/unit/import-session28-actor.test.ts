// Session 28: tokens that are never a body's name, and a wiki or markdown heading's marks
// (invented pages, French and English).
import { describe, expect, it } from 'vitest';
import { NOT_A_BODY } from '../../src/import/page-actor.js';
import { parseProfile } from '../../src/import/parse.js';
import { namesNoBody } from '../../src/import/voted-actor.js';

const parse = (lines: readonly string[]) =>
  parseProfile(new TextEncoder().encode(lines.join('\n\n')), 'invented.txt');

describe('a currency is no body', () => {
  it('is in the no-body acronyms, with a country by its acronym', () => {
    for (const token of ['FCFA', 'XOF', 'USD', 'EUR', 'RDC', 'DRC'])
      expect(NOT_A_BODY.has(token), token).toBe(true);
    // A body's acronym that looks like a code stays one.
    for (const token of ['FAO', 'CRESS', 'UEMOA']) expect(NOT_A_BODY.has(token), token).toBe(false);
  });

  it('is a word in capitals that names no body, as a legal form is', () => {
    for (const token of ['FCFA', 'XOF', 'USD', 'ASBL'])
      expect(namesNoBody(token), token).toBe(true);
    expect(namesNoBody('FECOFA')).toBe(false);
  });

  it('is not read as the actor of a page that counts its budget in it (French)', () => {
    const read = parse([
      'https://www.exemple-sahel.org/spip.php?article12',
      'Bilan financier 2019',
      'Le budget prévu était de 120.000.000 FCFA, dont 80.000.000 FCFA de fonds propres et 40.000.000 FCFA de subventions.',
      'L’Union Kawral des producteurs de mil rassemble douze groupements. L’Union Kawral vend les récoltes de ses membres.',
      'En 2019, 15.000.000 FCFA ont été consacrés aux magasins de stockage.',
    ]);
    expect(read.name).not.toBe('FCFA');
    expect(read.acronym).not.toBe('FCFA');
  });
});

describe('a country written by its acronym before a headline', () => {
  it('is not the body a labelled headline is about (English)', () => {
    const read = parse([
      'https://news.example.org/2023/05/drc-weavers-open-a-shop',
      'DRC: weavers of the Kivu open a shared shop in Goma',
      'In the DRC, the Tisserands du Kivu cooperative opened a shared shop this week. The DRC has few such shops.',
      'The Tisserands du Kivu cooperative was formed by forty weavers; the DRC ministry welcomed the shop.',
    ]);
    expect(read.name).not.toBe('DRC');
  });
});

describe('a heading’s wiki or markdown marks', () => {
  it('are left out of the name read off the first line (wiki)', () => {
    const read = parse([
      '= Harbour Weavers Cooperative =',
      'The Harbour Weavers Cooperative is a cooperative of forty weavers founded in 1998.',
      '==Members==',
      'The Harbour Weavers Cooperative counts forty members.',
    ]);
    expect(read.name).toBe('Harbour Weavers Cooperative');
  });

  it('are left out of the name read off the first line (markdown, French)', () => {
    const read = parse([
      '## Réseau des Jardins Partagés',
      'Le Réseau des Jardins Partagés est une association créée en 2004 qui fédère trente jardins.',
    ]);
    expect(read.name).toBe('Réseau des Jardins Partagés');
  });

  it('leave a line that only holds an equals sign among its words', () => {
    const read = parse([
      'Réseau Semences = Avenir',
      'Réseau Semences = Avenir est une association qui relie des paysans semenciers depuis 2011.',
    ]);
    expect(read.name).toBe('Réseau Semences = Avenir');
  });
});
