// Session 13, second pass: the profiled actor as the pages of rounds 8 to 10 write it (invented pages).
import { describe, expect, it } from 'vitest';
import { page } from '../support/import-page.js';

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
