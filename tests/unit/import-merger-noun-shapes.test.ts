// Session 36 (helper history): the merger noun's shapes on history pages — "came about from / arose
// from / résulte de the merger of", a count and its noun before a colon or dash, a founding year
// glossing a merged body, ", and" / "ainsi que" between the bodies. Invented sentences only, each
// trap beside the near sentence whose relation is proposed.
import { describe, expect, it } from 'vitest';
import { mergerIn } from '../../src/import/mergers.js';
import { claims } from '../support/import-page.js';

const T = 'Harbour Growers Co-operative';
/** The invented page: the actor's title line, then the sentence under test. */
const read = (sentence: string) => claims(`${T}\n${sentence}`);

describe('a subject that came of a merger', () => {
  it('reads "came about / arose from" and French "résulte de" the merger', () => {
    expect(
      read(
        'In March 2004, it came about from the merger of Lune Valley Farmers and Kestrel Dairy Society.',
      ),
    ).toEqual([`${T} EMERGED_FROM Lune Valley Farmers`, `${T} EMERGED_FROM Kestrel Dairy Society`]);
    expect(
      mergerIn(
        'Plus tard, elle résulte de la fusion de la Caisse des Dunes et de la Banque Rivière.',
      ),
    ).toEqual({ merged: ['Caisse des Dunes', 'de la Banque Rivière'], formed: 'elle' });
  });

  it('joins the body named right after the preposition ("la fusion de la Caisse des Dunes")', () => {
    expect(
      mergerIn('Elle est née de la fusion entre le MRP (Mouvement Rural de Plaine) et le CCR.')
        ?.merged,
    ).toEqual(['MRP', 'CCR']);
    expect(
      mergerIn('Elle est née de la fusion de la Caisse des Dunes et de la Banque Rivière.')
        ?.merged[0],
    ).toBe('Caisse des Dunes');
  });

  it("gives another body's merger to that body, not to the actor", () => {
    expect(
      read(
        'Later, Kestrel Dairy Society itself arose from a merger in 1961 between Pike Creamery and the Heron Farmers Union.',
      ),
    ).toEqual([
      'Kestrel Dairy Society EMERGED_FROM Pike Creamery',
      'Kestrel Dairy Society EMERGED_FROM Heron Farmers Union',
    ]);
  });

  it('reads nothing from "arose from the need": no merger noun', () => {
    expect(
      read(
        'The project arose from the need to sell produce locally and from the wish to share tools.',
      ),
    ).toEqual([]);
  });
});

describe('the bodies a merger noun lists', () => {
  it('reads the list after a count and its noun, up to a colon or a dash', () => {
    expect(
      read(
        'The co-operative was formed by the merger of three coastal fruit operations: Alder Farm Union, Brook Seeds Company and Cedar Mill Society.',
      ),
    ).toEqual([
      `${T} EMERGED_FROM Alder Farm Union`,
      `${T} EMERGED_FROM Brook Seeds Company`,
      `${T} EMERGED_FROM Cedar Mill Society`,
    ]);
    expect(
      mergerIn(
        'Il résulte de la fusion de deux entités – le Fonds Alpin (FA), fondé en 1980, et le Fonds Bocage (FB), né en 1985.',
      )?.merged,
    ).toEqual(['Fonds Alpin', 'Fonds Bocage']);
  });

  it('drops a founding year that glosses a body, but keeps a year that dates the merger out of the list', () => {
    expect(
      mergerIn(
        'Harbour Growers was born of the merger of Alder Farm Union, founded in 1950, and Brook Seeds in 1999.',
      )?.merged,
    ).toEqual(['Alder Farm Union', 'Brook Seeds']);
  });

  it('splits at "ainsi que" and at ", and", and drops a possessive', () => {
    expect(
      mergerIn(
        'La coopérative a été créée en 1995 par la fusion entre la Chambre du Tarn, l’Union des Semis et son Service Vert, ainsi que la Fédération du Lot.',
      )?.merged,
    ).toEqual(['Chambre du Tarn', 'Union des Semis', 'Service Vert', 'Fédération du Lot']);
    expect(
      mergerIn('It was formed by the merger of Alder Farm Union, Brook Seeds, and Cedar Mill.')
        ?.merged,
    ).toEqual(['Alder Farm Union', 'Brook Seeds', 'Cedar Mill']);
  });

  it('leaves a count that is no list of names ("four smaller bus companies in the region")', () => {
    expect(
      read(
        'The co-operative was founded in 1933 as a result of a merger of four smaller bus companies in the region.',
      ),
    ).toEqual([]);
  });

  it('strips an article or a possessive only as a word: "Saltmarsh", "Lait Côtier" stay whole', () => {
    expect(
      mergerIn('Elle est issue de la fusion de Lait Côtier et de la Sablière Unie.')?.merged[0],
    ).toBe('Lait Côtier');
    expect(
      mergerIn('It was formed by the merger of Saltmarsh Guild and Lesser Fen Union.')?.merged,
    ).toEqual(['Saltmarsh Guild', 'Lesser Fen Union']);
  });
});
