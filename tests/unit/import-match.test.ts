import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphName } from '../../src/import/graph-names.js';
import { Matcher } from '../../src/import/match.js';

// The names of the curated graph as `importGraphNames` reads them (tests/fixtures/graph-names.json).
const names = JSON.parse(
  readFileSync(new URL('../fixtures/graph-names.json', import.meta.url), 'utf8'),
) as GraphName[];
const matcher = new Matcher(names);
const keyOf = (phrase: string) => matcher.matchPhrase(phrase)?.key ?? null;

describe('actor matching', () => {
  it.each([
    ['ESS-France', 'ess-france'],
    ['ESS France', 'ess-france'],
    ["l'ESS France", 'ess-france'],
    ['the Conseil Superieur de l’ESS', 'csess'],
    ["Mouvement pour l'économie solidaire", 'mes'],
    ['MES', 'mes'],
    ['the RIPESS network', 'ripess'],
    ['RIPESS Europe', 'ripess-europe'],
    ['the Inter-network of Solidarity Economy', 'ires'],
  ])('matches "%s" regardless of case, accents, hyphens and elisions', (phrase, key) => {
    expect(keyOf(phrase)).toBe(key);
  });

  it.each([
    ['the law of July 2014', 'loi-ess-2014', 'date'],
    ['the Guide to good practices', 'guide-bonnes-pratiques', 'words'],
    ['the collective for the transition', 'ctc', 'words'],
    ["Mouvement pour l'Economie Solidare", 'mes', 'spelling'],
  ])('matches "%s" loosely, with a lower confidence', (phrase, key, how) => {
    const match = matcher.matchPhrase(phrase);
    expect(match).toMatchObject({ key, how });
    expect(match?.confidence).toBeLessThan(1);
  });

  it.each(['the network', 'the movement', 'le réseau', 'the coordination committee', 'mes', ''])(
    'never matches the generic or ambiguous phrase "%s"',
    (phrase) => {
      expect(keyOf(phrase)).toBeNull();
    },
  );

  it('does not match an invented organisation to a real one', () => {
    expect(keyOf('Northwind Commons Alliance')).toBeNull();
    expect(keyOf('Coopérative des Moulins Partagés')).toBeNull();
  });

  it('finds a known name inside a longer phrase', () => {
    expect(matcher.findIn('aux travaux du Conseil supérieur de l’ESS')?.key).toBe('csess');
  });
});

describe('homonyms', () => {
  it('gives a name to the node that bears it as written, not to one whose name only adds a qualifier', () => {
    const homonyms = new Matcher([
      {
        key: 'csess',
        family: 'Actor',
        name: "Conseil supérieur de l'économie sociale et solidaire",
        acronym: null,
        aliases: [],
        date: null,
      },
      {
        key: 'csess-tn',
        family: 'Actor',
        name: "Conseil supérieur de l'économie sociale et solidaire (Tunisie)",
        acronym: null,
        aliases: [],
        date: null,
      },
    ]);
    expect(
      homonyms.matchPhrase("le Conseil supérieur de l'économie sociale et solidaire")?.key,
    ).toBe('csess');
    expect(
      homonyms.findIn("aux travaux du Conseil supérieur de l'économie sociale et solidaire")?.key,
    ).toBe('csess');
    expect(
      homonyms.matchPhrase("Conseil supérieur de l'économie sociale et solidaire (Tunisie)")?.key,
    ).toBe('csess-tn');
  });
});

describe('regional branches', () => {
  it('never takes a body followed by a region for the national body', () => {
    expect(keyOf('France Active')).toBe('france-active');
    expect(keyOf('France Active Alsace')).toBeNull();
    expect(keyOf('France Active Nouvelle-Aquitaine')).toBeNull();
  });
});

describe('kind words', () => {
  it('never reads a name ending in "Alliance" as ICA, whose pages call it "the Alliance"', () => {
    expect(keyOf('the Alliance')).toBeNull();
    expect(keyOf('Scottish Community Alliance')).toBeNull();
    expect(keyOf('International Co-operative Alliance')).toBe('ica');
  });
});
