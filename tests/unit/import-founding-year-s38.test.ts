// Session 38: the actor's founding year in wordings that were missed or given another body's year,
// on invented French and English text with traps (a law's, a merger's, a member's year).
import { describe, expect, it } from 'vitest';
import { foundedYear } from '../../src/import/extract.js';
import { recordFoundingYear } from '../../src/import/founding-year.js';

const year = (text: string, name: string, acronym: string | null = null) =>
  foundedYear([text], { name, acronym, key: null, aliases: [] });

describe('a participle after the predicate noun of "X is a …" dates X', () => {
  it('reads the subject’s year in English and French, a law’s year left aside', () => {
    expect(
      year(
        'Velmora Growers was a regional seed company founded in 1931. It closed.',
        'Velmora Growers',
      ),
    ).toBe('1931');
    expect(
      year(
        'Le réseau Graines Vives est une association loi 1901 créée en 2004 par des paysans.',
        'Réseau Graines Vives',
      ),
    ).toBe('2004');
    expect(year('It is a housing cooperative established in 1977.', 'Tolvane Housing')).toBe(
      '1977',
    );
  });

  it('leaves another subject’s year and a relation noun (traps)', () => {
    expect(
      year('Ardent Mills Union is a farm group founded in 1950. It helps.', 'Corvel Network'),
    ).toBeNull();
    expect(
      year('La Mutuelle des Vergers est une caisse locale créée en 1948.', 'Réseau Corvel'),
    ).toBeNull();
  });
});

describe('"since its establishment by A in 1984" dates the actor', () => {
  it('reads the founders and a month before the year', () => {
    expect(
      year(
        'Depuis sa création par deux sœurs en 1991, Toits Ouverts a logé 300 familles.',
        'Toits Ouverts',
      ),
    ).toBe('1991');
    expect(
      year(
        'Since its establishment in March 1984, Brenwick Fair Trade has sold crafts.',
        'Brenwick Fair Trade',
      ),
    ).toBe('1984');
  });

  it('leaves a law’s year (trap)', () => {
    expect(
      year(
        'Depuis la loi de 1901, les associations Toits Ouverts se multiplient.',
        'Toits Ouverts',
      ),
    ).toBeNull();
  });
});

describe('a record’s founding field under other labels', () => {
  it('reads "Time of foundation", "Année de fondation", "Founding date"', () => {
    expect(recordFoundingYear(['Name: Harlow Union', 'Time of foundation: 4 May 1993'])).toBe(
      '1993',
    );
    expect(recordFoundingYear(['Année de fondation : 2008'])).toBe('2008');
    expect(recordFoundingYear(['Founding date | 1966'])).toBe('1966');
  });

  it('leaves two founding fields: a table of other bodies (trap)', () => {
    expect(recordFoundingYear(['Year of foundation: 1990', 'Year of foundation: 1995'])).toBeNull();
  });
});

describe('a full date opening the sentence of the actor’s founding', () => {
  it('reads "On March 3, 2001, X was formed" and "Le 2 juin 1999, X est créée"', () => {
    expect(
      year('On March 3, 2001, KLV was formed by four dairies.', 'Kessel Valley Dairies', 'KLV'),
    ).toBe('2001');
    expect(year('Le 2 juin 1999, la coopérative Brume est créée.', 'Brume')).toBe('1999');
  });

  it('leaves a date that opens another body’s founding (trap)', () => {
    expect(
      year(
        'On March 3, 2001, Sorel Dairy was formed. KLV joined it.',
        'Kessel Valley Dairies',
        'KLV',
      ),
    ).toBeNull();
  });
});

describe('", which was founded" dates the body named before the comma', () => {
  it('leaves a forerunner’s year on the actor’s page (trap)', () => {
    expect(
      year(
        'The Orchard Growers League grew out of the Union of Hill Farms, which was founded in 1911.',
        'Orchard Growers League',
      ),
    ).toBeNull();
    expect(
      year(
        'La Fédération Terre Vive est issue de la Ligue des Semeurs, qui a été fondée en 1922.',
        'Fédération Terre Vive',
      ),
    ).toBeNull();
  });

  it('keeps the actor’s own relative clause', () => {
    expect(
      year(
        'The Orchard Growers League, which was founded in 1911, unites farms.',
        'Orchard Growers League',
      ),
    ).toBe('1911');
  });
});
