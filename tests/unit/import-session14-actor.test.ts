// Session 14: the profiled actor and its founding year, on invented pages (no page text copied).
import { describe, expect, it } from 'vitest';
import { page } from '../support/import-page.js';

const founded = (text: string) => page(text).actor.founded;

describe('the actor\'s founding year, in wordings beside "founded in YYYY"', () => {
  it('reads a founding dated to the day or the month, and a registration', () => {
    expect(
      founded(
        "Kelp Growers Network\nThe Kelp Growers Network was registered on the 3rd March 2011 under the societies' law.",
      ),
    ).toBe('2011');
    expect(
      founded(
        'Union des Algues du Nord\nElle est mise en place le 12 février 2016 à Lille et regroupe des coopératives.',
      ),
    ).toBe('2016');
    expect(
      founded(
        'Kelp Growers Network\nThe Kelp Growers Network was launched in October 2009 by seaweed farmers.',
      ),
    ).toBe('2009');
  });

  it('reads "depuis sa création en YYYY" and "since its founding in YYYY"', () => {
    expect(
      founded(
        'Union des Algues du Nord\nL’Union des Algues du Nord conseille les coopératives du littoral. Elle siège au comité régional depuis sa création en 1987.',
      ),
    ).toBe('1987');
    expect(
      founded(
        'Kelp Growers Network\nThe Kelp Growers Network trains farmers. It has kept the same charter since its founding in 1994.',
      ),
    ).toBe('1994');
  });

  it('reads the actor as what others formed, merged into or became', () => {
    expect(
      founded(
        'Kelp Growers Network (KGN)\nIn 1982, four harbour co-operatives formed the KGN, then a loose club.',
      ),
    ).toBe('1982');
    expect(
      founded(
        'Kelp Growers Network\nIn 2004, the Seaweed Club merged with the Algae Society to form the Kelp Growers Network.',
      ),
    ).toBe('2004');
    expect(
      founded(
        'Kelp Growers Network (KGN)\nGrowers first met in a shed, an informal circle which became the Kelp Growers Network in 2015.',
      ),
    ).toBe('2015');
  });

  it('reads the actor as a subject active since a year', () => {
    expect(
      founded(
        'Union des Algues du Nord (UAN)\nL’Union des Algues du Nord (UAN) rassemble depuis 2006 les coopératives du littoral.',
      ),
    ).toBe('2006');
    expect(
      founded(
        'KGN\nKGN is the Kelp Growers Network, registered and active since 2013, which trains farmers.',
      ),
    ).toBe('2013');
  });

  it("never takes another body's year", () => {
    // A bare participle qualifies the last body named before it.
    expect(
      founded(
        'Kelp Growers Network\nThe Kelp Growers Network belongs to the SEAN, the seaweed network created in 2001, which gathers farmers.',
      ),
    ).toBeNull();
    expect(
      founded(
        'Kelp Growers Network\nThe network counts the Harbour Algae Federation, formed in 1961 in a fishing town, among its members.',
      ),
    ).toBeNull();
    // An apposition between the subject and its verb.
    expect(
      founded(
        'Kelp Growers Network\nThe Algae Union (AU), originally known as the Seaweed Club, was created in 1977. The Kelp Growers Network works with it.',
      ),
    ).toBeNull();
    // The actor's own bare participle stays the actor's.
    expect(
      founded(
        'Kelp Growers Network (KGN)\nThe Kelp Growers Network (KGN), founded in 1999, gathers farmers.',
      ),
    ).toBe('1999');
  });
});
