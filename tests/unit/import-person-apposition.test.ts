// Session 36: a membership in apposition to a person ("we met Sarah Jones, a farmer and member of X")
// is the person's, not the actor's. Invented sentences only, each trap beside the near true sentence.
import { describe, expect, it } from 'vitest';
import { personInApposition } from '../../src/import/person-apposition.js';
import { claims } from '../support/import-page.js';

const T = 'Tide Growers Network';
const read = (sentence: string) => claims(`${T}\n\nThe ${T} works on the coast. ${sentence}`);

describe('a membership in apposition to a person', () => {
  it('gives nothing (English and French)', () => {
    expect(
      read('On our visit we met Sarah Jones, a farmer and member of the Coastal Dairy Union.'),
    ).toEqual([]);
    expect(personInApposition('Comme le rappelle Marie Dupont, ')).toBe(true);
    expect(personInApposition('Peter Walsh (1901-1975), grain farmer, ')).toBe(true);
  });

  it("still gives the actor's membership, and a body's apposition is no person", () => {
    expect(read('The network is a member of the Coastal Dairy Union.')).toContain(
      `${T} MEMBER_OF Coastal Dairy Union`,
    );
    expect(personInApposition('The Harbour Credit Union, a lender, ')).toBe(false);
    expect(personInApposition('In 2010 the Tide Union, ')).toBe(false);
  });
});
