import { describe, expect, it } from 'vitest';
import { nameShapeFault } from '../../src/import/name-shape-guard.js';
import { inPlaceList } from '../../src/import/place-lists.js';

// Invented towns, bodies and sentences only.
describe('a name written as an item of a list of places', () => {
  it('reads every item after a locative preposition as a place', () => {
    const english = 'The union runs workshops in Oldport, Brine, Kelso and Marrow this year.';
    for (const town of ['Brine', 'Kelso', 'Marrow']) expect(inPlaceList(town, english)).toBe(true);
    const across = 'It unites 12 labels across Tarvia, Eastmark and Northland/New Carra as well.';
    expect(inPlaceList('Northland/New Carra', across)).toBe(true);
    expect(
      inPlaceList('Kelston', 'Its farmers come from Varn and Kelston who sell at the market.'),
    ).toBe(true);
  });

  it('reads French lists of places and a plural noun of places with "de"', () => {
    const french = 'Elle soutient 12 mutuelles réparties dans les zones de Brenac et Valouse.';
    expect(inPlaceList('Valouse', french)).toBe(true);
    expect(inPlaceList('Torvanne', 'Le réseau agit à Brenac, Torvanne et Valouse.')).toBe(true);
  });

  it('leaves a name that only follows a place, or a preposition inside a name', () => {
    // "Based in Oldport, Harbour Mutual grew …": the name opens the clause, it is no list item.
    expect(inPlaceList('Harbour Mutual', 'Based in Oldport, Harbour Mutual grew fast.')).toBe(
      false,
    );
    expect(
      inPlaceList(
        'Kelso Commons Transition',
        'It gathers groups such as Varn en Comú Lab, Kelso Commons Transition and Brine Lab.',
      ),
    ).toBe(false);
    expect(
      inPlaceList('Orchard Guild', 'In partnership with Orchard Guild, it trains growers.'),
    ).toBe(false);
  });

  it('reads the bodies after a word of giving as givers or receivers, not places', () => {
    const english = 'The Dune Guild received a grant from Coast Bank and Pier Trust.';
    expect(inPlaceList('Coast Bank', english)).toBe(false);
    const french = 'La fondation a accordé une subvention à Terre Vive et Mer Claire.';
    expect(inPlaceList('Terre Vive', french)).toBe(false);
    expect(inPlaceList('Oldport', 'Delegates came from Oldport and Brine.')).toBe(true);
  });

  it('keeps a name with a kind word or in capitals among places', () => {
    const evidence =
      'Its branches work in Varn, TARNET in Kelso and Marrow Growers Cooperative from Brine.';
    expect(nameShapeFault('TARNET', evidence, false)).toBeNull();
    expect(
      nameShapeFault(
        'Marrow Growers Cooperative',
        'Four new members joined: Orchard Guild from Varn and Marrow Growers Cooperative from Brine.',
        false,
      ),
    ).toBeNull();
    expect(nameShapeFault('Marrow', 'Workshops ran in Kelso and Marrow.', false)).toBe('place');
  });
});

describe('shapes no body name takes', () => {
  it('refuses a count of bodies', () => {
    expect(
      nameShapeFault(
        '4 Sociétés Coopératives',
        'Le groupe rassemble 1 asbl, 4 Sociétés Coopératives.',
        false,
      ),
    ).toBe('count');
    expect(nameShapeFault('1 ONG', 'Le groupe rassemble 1 ONG et 2 asbl.', false)).toBe('count');
    expect(
      nameShapeFault('Top 50 Growers', 'The year opened with the Top 50 Growers.', false),
    ).toBe('count');
  });

  it('refuses one letter, a season and an office', () => {
    expect(nameShapeFault('M', 'Elle fut fondée par Jean Varn et M.', false)).toBe('letter');
    expect(nameShapeFault('New Year', 'We look back before the New Year.', false)).toBe('date');
    expect(
      nameShapeFault('General Secretary', 'Its staff: General Secretary and a clerk.', false),
    ).toBe('title');
    expect(nameShapeFault('Finance Officer', 'Its staff: a Finance Officer.', false)).toBe('title');
  });

  it('refuses a class written with a plural acronym, and two acronyms joined as one', () => {
    expect(
      nameShapeFault('Constituted Local TENs', 'It admits Constituted Local TENs.', false),
    ).toBe('kind');
    expect(nameShapeFault('TARN et KELNET', 'PARTENAIRES TARN et KELNET', false)).toBe('pair');
    // One acronym with a lowercase "s" of its own, or an acronym inside a name, stays a name.
    expect(nameShapeFault('Kelso TARN Growers', 'It joined Kelso TARN Growers.', false)).toBeNull();
  });

  it('keeps names that hold a number or a letter among words', () => {
    expect(nameShapeFault('Tarn 21 Growers', 'It joined Tarn 21 Growers.', false)).toBeNull();
    expect(
      nameShapeFault('Kelso B Cooperative', 'It joined Kelso B Cooperative.', false),
    ).toBeNull();
  });
});
