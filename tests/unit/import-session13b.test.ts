// Session 13, second pass: the profiled actor as the pages of rounds 8 to 10 write it (invented pages).
import { describe, expect, it } from 'vitest';
import { isPersonName } from '../../src/import/person-names.js';
import { claims, page } from '../support/import-page.js';

describe('an actor known only by its acronym', () => {
  it('has the acronym as its name and no acronym besides', () => {
    const { actor } = page(
      'https://www.kglx.coop/news/spring\nThree seaweed co-operatives joined KGLX this spring. KGLX now counts forty members, and KGLX meets in May.',
    );
    expect(actor).toMatchObject({ name: 'KGLX', acronym: null });
  });

  it('keeps the acronym beside a full name', () => {
    const { actor } = page(
      'Kelp Growers Network (KGN)\nThe Kelp Growers Network gathers seaweed farmers along the coast.',
    );
    expect(actor).toMatchObject({ name: 'Kelp Growers Network', acronym: 'KGN' });
  });
});

describe("a body's members listed by another page", () => {
  it('reads "the X member organisations (in P), which are A, B and C" as members of X', () => {
    expect(
      claims(
        'Kelp Growers Network\nOur delegate met the Harbour Kelp Federation member organisations in Brittany, which are the Saltmarsh Growers Union and the Coastal Dairy Co-operative.',
      ),
    ).toEqual([
      'Saltmarsh Growers Union MEMBER_OF Harbour Kelp Federation',
      'Coastal Dairy Co-operative MEMBER_OF Harbour Kelp Federation',
    ]);
    // No body named right before: nothing, never the page's actor.
    expect(
      claims(
        'Kelp Growers Network\nThe network met the member organisations in Brittany, which are the Saltmarsh Growers Union and the Coastal Dairy Co-operative.',
      ),
    ).toEqual([]);
  });

  it('reads "X\'s members include A and B" as members of X, not of the actor', () => {
    expect(
      claims(
        "Kelp Growers Network\nThe Harbour Kelp Federation's members include the Saltmarsh Growers Union and the Coastal Dairy Co-operative.",
      ),
    ).toEqual([
      'Saltmarsh Growers Union MEMBER_OF Harbour Kelp Federation',
      'Coastal Dairy Co-operative MEMBER_OF Harbour Kelp Federation',
    ]);
  });

  it('reads "A, B and C are members of X" with the listed bodies as members', () => {
    expect(
      claims(
        'Kelp Growers Network\nSome large firms, such as Saltmarsh Growers Union, Tidewater Farmers Association and Coastal Dairy Co-operative, are members of the Harbour Kelp Federation.',
      ),
    ).toEqual([
      'Saltmarsh Growers Union MEMBER_OF Harbour Kelp Federation',
      'Tidewater Farmers Association MEMBER_OF Harbour Kelp Federation',
      'Coastal Dairy Co-operative MEMBER_OF Harbour Kelp Federation',
    ]);
    // "We are members of X" stays the actor's own membership.
    expect(claims('Kelp Growers Network\nWe are members of the Harbour Kelp Federation.')).toEqual([
      'Kelp Growers Network MEMBER_OF Harbour Kelp Federation',
    ]);
  });
});

describe("another body's founding year is not the actor's", () => {
  it('skips "X was established in YEAR" and "Established in YEAR, X …" when X is another body', () => {
    expect(
      page(
        'Kelp Growers Network (KGN)\nThe Harbour Kelp Federation was established in 1956 to unite coastal growers. KGN was founded in 2011 by its members.',
      ).actor.founded,
    ).toBe('2011');
    expect(
      page(
        'Kelp Growers Network\nEstablished in 1998, Saltmarsh Growers Union joined the network last year.',
      ).actor.founded,
    ).toBeNull();
  });

  it('keeps the actor written under another name with its acronym, or described by its kind word', () => {
    expect(
      page(
        'Réseau des Algues Solidaires (RAS)\nThe Solidarity Seaweed Network (RAS) was founded in 2004 by growers.',
      ).actor.founded,
    ).toBe('2004');
    expect(
      page('Kelp Growers Network\nThe Network was founded in 2009 by twelve growers.').actor
        .founded,
    ).toBe('2009');
  });
});

describe('a founding year in a timeline or a fact line', () => {
  it('reads "Octobre 2010 : création de X" and "Founded: 2003"', () => {
    expect(
      page(
        "Réseau des Algues Solidaires\nLe réseau relie les producteurs d'algues du littoral.\nOctobre 2010 : création du Réseau des Algues Solidaires",
      ).actor.founded,
    ).toBe('2010');
    expect(
      page(
        'Kelp Growers Network\nThe network links seaweed growers along the coast.\nFounded: 2003',
      ).actor.founded,
    ).toBe('2003');
  });
});

describe('a given name before a body word', () => {
  it('reads "Morgan Group" as a body, "Morgan Hale" still as a person', () => {
    expect(
      claims(
        'Kelp Growers Network\nSome firms, such as Saltmarsh Growers Union and Morgan Group, are members of the Harbour Kelp Federation.',
      ),
    ).toEqual([
      'Saltmarsh Growers Union MEMBER_OF Harbour Kelp Federation',
      'Morgan Group MEMBER_OF Harbour Kelp Federation',
    ]);
    expect(isPersonName('Morgan Hale')).toBe(true);
  });
});
