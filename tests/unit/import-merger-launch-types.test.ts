// Session 35: a founding read off a merger is an emergence; an active "launched" is an initiative.
// Invented sentences only, each trap beside the near sentence whose relation is still proposed.
import { describe, expect, it } from 'vitest';
import { activelyLaunched } from '../../src/import/active-launch.js';
import { mergerMadeIt } from '../../src/import/merger-founder.js';
import { mergerIn } from '../../src/import/mergers.js';
import { claims } from '../support/import-page.js';

const T = 'Tidewater Makers Network';
/** The invented page: the actor's title line, then the sentence under test. */
const read = (sentence: string) => claims(`${T}\n${sentence}`);

describe('a founder named after a merger noun', () => {
  it('is a body merged, not a founder (English and French)', () => {
    expect(
      mergerMadeIt(
        'It was formed by the merger of two dairies: Coast Dairy and Pier Milk.',
        'Pier Milk',
      ),
    ).toBe(true);
    expect(
      mergerMadeIt(
        'Créée par la Banque des Marais, elle résulte de la fusion de Fermiers Unis et de Lait Côtier.',
        'Lait Côtier',
      ),
    ).toBe(true);
    expect(
      mergerMadeIt(
        'The 2019 merger with Coast Dairy created Pier Milk Union.',
        'Tidewater Makers Network',
      ),
    ).toBe(true);
  });

  it('leaves a founder named before the merger, or a sentence without one', () => {
    expect(
      mergerMadeIt(
        'Créée par la Banque des Marais, elle résulte de la fusion de Fermiers Unis et de Lait Côtier.',
        'Banque des Marais',
      ),
    ).toBe(false);
    expect(
      mergerMadeIt(
        'Tidewater Makers Network was founded by Coast Dairy and Pier Milk.',
        'Pier Milk',
      ),
    ).toBe(false);
    expect(
      mergerMadeIt('Coast Dairy founded it. A merger of two clubs followed.', 'Coast Dairy'),
    ).toBe(false);
  });

  it('gives the body made EMERGED_FROM the merging actor, and keeps a plain founding', () => {
    // Not "Tidewater Makers Network FOUNDED Pier Milk Union".
    expect(read('The 2019 merger with Coast Dairy created the Pier Milk Union.')).toEqual([
      'Pier Milk Union EMERGED_FROM Tidewater Makers Network',
    ]);
    expect(read('In 2019 we created the Pier Milk Union.')).toContain(
      'Tidewater Makers Network FOUNDED Pier Milk Union',
    );
  });
});

describe('an active "launched"', () => {
  it('is an initiative; the passive stays a founding', () => {
    expect(
      activelyLaunched(
        'In 2012 it launched Harbour Shares Fund Board to raise money.',
        'Harbour Shares Fund Board',
      ),
    ).toBe(true);
    expect(
      activelyLaunched('Coast Bank launched the Pier Growers Union in 1931.', 'Pier Growers Union'),
    ).toBe(true);
    expect(
      activelyLaunched(
        'The Pier Growers Union was launched in 1931 by Coast Bank.',
        'Pier Growers Union',
      ),
    ).toBe(false);
    expect(
      activelyLaunched('The Pier Growers Union was launched by Coast Bank.', 'Coast Bank'),
    ).toBe(false);
  });

  it('types the relation read off the sentence', () => {
    expect(read('Coast Bank launched the Pier Growers Pool in 1931.')).toContain(
      'Coast Bank INITIATED Pier Growers Pool',
    );
    // A name with a body's kind word launched is founded, as before.
    expect(read('Coast Bank launched the Pier Growers Union in 1931.')).toContain(
      'Coast Bank FOUNDED Pier Growers Union',
    );
    expect(read('Coast Bank created the Pier Growers Union in 1931.')).toContain(
      'Coast Bank FOUNDED Pier Growers Union',
    );
    expect(read('Tidewater Makers Network was launched in 1931 by Coast Bank.')).toContain(
      'Coast Bank FOUNDED Tidewater Makers Network',
    );
  });
});

describe('the founder as a whole word', () => {
  it('does not find a short name inside a longer word after the merger', () => {
    expect(
      mergerMadeIt('Formed by the merger of two dairies, it made cheese. MA founded it.', 'MA'),
    ).toBe(false);
    expect(
      mergerMadeIt('It was formed by the merger of Coast Dairy and MA Farms.', 'MA Farms'),
    ).toBe(true);
  });
});

describe('"A merged into / with B to form C"', () => {
  it('reads both bodies merged and the body formed (English and French)', () => {
    expect(
      mergerIn('The HFCU merged into the Pier Credit Union to form the Bay Savings Union in 1980.'),
    ).toEqual({ merged: ['The HFCU', 'the Pier Credit Union'], formed: 'the Bay Savings Union' });
    expect(
      mergerIn('En 1990, la Coop Marais fusionne avec la Coop Dunes, pour former Littoral Coop.'),
    ).toEqual({ merged: ['la Coop Marais', 'la Coop Dunes'], formed: 'Littoral Coop' });
  });

  it('takes no subject that is a clause ending on a place', () => {
    const merger = mergerIn(
      'The mill, long run from Harbourtown, Westshire, merged with Pier Grain to form Bay Supply.',
    );
    // A merger is still read (so the check below cannot pass on nothing), without the place.
    expect(merger?.formed).toBe('Bay Supply');
    expect(merger?.merged).not.toContain('Westshire');
  });

  it('gives the body formed EMERGED_FROM the actor when the actor is one of the bodies merged', () => {
    const said = read(
      'In 1990, Tidewater Makers Network merged with Coast Crafts to form Bay Makers Union.',
    );
    expect(said).toContain('Bay Makers Union EMERGED_FROM Tidewater Makers Network');
    expect(said).toContain('Bay Makers Union EMERGED_FROM Coast Crafts');
    // "A merged with B" alone, A the page's actor: A went on and emerged from B (session 37, convention 2).
    expect(read('In 1990, Tidewater Makers Network merged with Coast Crafts.')).toEqual([
      'Tidewater Makers Network EMERGED_FROM Coast Crafts',
    ]);
  });
});
