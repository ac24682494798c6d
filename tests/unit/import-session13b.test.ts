// Session 13, second pass: the profiled actor as the pages of rounds 8 to 10 write it (invented pages).
import { describe, expect, it } from 'vitest';
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
