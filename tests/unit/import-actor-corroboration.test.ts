import { describe, expect, it } from 'vitest';
import { type ActorReadingFacts, unbackedActor } from '../../src/import/actor-corroboration.js';

const reading = (over: Partial<ActorReadingFacts>): ActorReadingFacts => ({
  name: 'Ripplewood',
  acronym: null,
  via: 'vote',
  matched: false,
  paragraphs: [],
  language: 'en',
  sourceUrl: null,
  ...over,
});

describe('an actor nothing backs (session 30)', () => {
  it('calls a one-word name the opening sentence never writes a guess, in English and French', () => {
    const english = reading({
      paragraphs: [
        'The Harbour Grocers Association gathered its members in the town hall on a rainy Tuesday.',
        'Ripplewood spoke last.',
      ],
    });
    expect(unbackedActor(english)).toMatch(/Ripplewood/);
    const french = reading({
      name: 'Perspectives',
      via: 'uptaken',
      language: 'fr',
      paragraphs: [
        'Le Réseau des épiceries du Val a réuni ses adhérents à la salle des fêtes pour son assemblée.',
      ],
    });
    expect(unbackedActor(french)).not.toBeNull();
  });

  it('trusts a one-word name the opening sentence writes, by its name or its acronym', () => {
    expect(
      unbackedActor(
        reading({
          paragraphs: [
            'Short caption',
            'Ripplewood is a network of tenant co-operatives in the north.',
          ],
        }),
      ),
    ).toBeNull();
    expect(
      unbackedActor(
        reading({
          name: 'Coopaval',
          acronym: 'CPV',
          language: 'fr',
          paragraphs: [
            'Créée en 1998, la CPV fédère les coopératives agricoles de la vallée du Lys.',
          ],
        }),
      ),
    ).toBeNull();
  });

  it('does not take a word inside another for the name ("Ripple" in "Ripplewood")', () => {
    expect(
      unbackedActor(
        reading({
          name: 'Ripple',
          paragraphs: [
            'Ripplewood is a network of tenant co-operatives in the north of the county.',
          ],
        }),
      ),
    ).not.toBeNull();
  });

  it('trusts a name the graph holds, the title line or the address gave, or of two words and more', () => {
    const silent = ['The county council voted its budget for the coming year after a long debate.'];
    expect(unbackedActor(reading({ matched: true, paragraphs: silent }))).toBeNull();
    expect(unbackedActor(reading({ via: 'address', paragraphs: silent }))).toBeNull();
    expect(unbackedActor(reading({ via: 'title', paragraphs: silent }))).toBeNull();
    expect(unbackedActor(reading({ via: 'record', paragraphs: silent }))).toBeNull();
    expect(unbackedActor(reading({ name: 'Ripplewood Network', paragraphs: silent }))).toBeNull();
    expect(
      unbackedActor(reading({ name: 'Union Maraîchère', language: 'fr', paragraphs: silent })),
    ).toBeNull();
  });

  it('trusts a name a word of the address spells, not one a longer word holds', () => {
    const silent = ['The county council voted its budget for the coming year after a long debate.'];
    const at = (sourceUrl: string) => unbackedActor(reading({ sourceUrl, paragraphs: silent }));
    expect(at('https://wiki.example.org/wiki/Ripplewood')).toBeNull();
    expect(at('https://ripplewood.coop/nouvelles')).toBeNull();
    expect(at('https://ripplewoodhomes.org/news')).not.toBeNull();
  });

  it('leaves a page without a sentence of prose (a record, a list) to its title', () => {
    expect(
      unbackedActor(reading({ paragraphs: ['Partners: Dune Guild, Brine Mutual.'] })),
    ).toBeNull();
  });

  it('skips a table row before the opening sentence', () => {
    expect(
      unbackedActor(
        reading({
          paragraphs: [
            'Founded | 1990 | Head office | Lyon | Staff | 40 people in the year of the report |',
            'Ripplewood is a network of tenant co-operatives in the north of the county.',
          ],
        }),
      ),
    ).toBeNull();
  });

  it('reads the opening sentence only, not a later one that names the body', () => {
    expect(
      unbackedActor(
        reading({
          paragraphs: [
            'The county council voted its budget for the coming year after a long debate. Ripplewood was thanked.',
          ],
        }),
      ),
    ).not.toBeNull();
  });
});
