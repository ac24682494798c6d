// Session 19: one home for kind words and number words; counted lists widened to any plural kind noun. Invented text.
import { describe, expect, it } from 'vitest';
import { announcedKey, announcedList, countedList } from '../../src/import/counted-lists.js';
import { LONE_KIND_NOUNS, MEMBER_KIND_PLURALS } from '../../src/import/kind-words.js';
import { nameShapeFault } from '../../src/import/name-shape-guard.js';
import { namedThing } from '../../src/import/names.js';
import { numberWords, smallCount } from '../../src/import/number-words.js';
import { claims } from '../support/import-page.js';

const ACTOR = 'Orland Craft Federation (OCF)';
const read = (...lines: string[]) => claims([ACTOR, '', ...lines].join('\n'));

describe('number words, one home', () => {
  it('gives the words of a range, English then French, each once', () => {
    expect(numberWords(2, 5)).toEqual([
      'two',
      'three',
      'four',
      'five',
      'deux',
      'trois',
      'quatre',
      'cinq',
    ]);
    expect(numberWords(6, 6)).toEqual(['six']);
  });

  it('counts a small number word or an article, and nothing above the limit', () => {
    expect(smallCount('an', 3)).toBe(1);
    expect(smallCount('trois', 3)).toBe(3);
    expect(smallCount('quatre', 3)).toBeUndefined();
    expect(smallCount('constructor', 3)).toBeUndefined();
  });
});

describe('kind words, one home', () => {
  it('keeps the subsets each reader needs', () => {
    expect(LONE_KIND_NOUNS).toContain('réseau');
    expect(MEMBER_KIND_PLURALS).toContain('federations');
    expect(nameShapeFault('Réseau', 'Le Réseau a grandi.', false)).toBe('kind');
    expect(nameShapeFault('NGOs', 'Many NGOs joined.', false)).toBe('kind');
    expect(namedThing('Fédération')).toBeUndefined();
    expect(namedThing('le réseau national Tarvel Tiers-Lieux')).toBe('Tarvel Tiers-Lieux');
  });
});

describe('a plural kind of body announces a list of bodies', () => {
  it('takes the items after "de", a colon or in brackets, and the sentence without the announcement', () => {
    expect(
      announcedList('La OCF a signé avec les communes de Pellow, Harrin-les-Bains et Tarvik.'),
    ).toEqual({
      sentence: 'La OCF a signé avec Pellow, Harrin-les-Bains et Tarvik.',
      names: ['Pellow', 'Harrin-les-Bains', 'Tarvik'],
    });
    expect(
      announcedList(
        'In 1999, four local MFIs: PELLOW, Harrin, TRK and Maxo agreed to found the OCF.',
      )?.names,
    ).toEqual(['PELLOW', 'Harrin', 'TRK', 'Maxo']);
    expect(
      announcedList(
        "L'OCF est née à l'initiative de trois partenaires-clés du canton (Pellow Lab, Harrinjob et Tarvik).",
      )?.sentence,
    ).toBe("L'OCF est née à l'initiative de Pellow Lab, Harrinjob et Tarvik.");
  });

  it('refuses a list whose items disagree with the count, and splits glued names when that makes them agree', () => {
    expect(
      announcedList('The OCF works with its five partners (Pellow Lab, Harrinjob, Tarvik).'),
    ).toBeUndefined();
    expect(
      announcedList('The OCF was set up by four partners (Pellow, HarrinTarvik and Dunmar).')
        ?.names,
    ).toEqual(['Pellow', 'Harrin', 'Tarvik', 'Dunmar']);
    expect(
      announcedList('The OCF was set up by three partners (Pellow, HarrinTarvik and Dunmar).')
        ?.names,
    ).toEqual(['Pellow', 'HarrinTarvik', 'Dunmar']);
  });

  it('takes no capitalised kind word inside a name for an announcement', () => {
    expect(
      announcedList('Elle réunit la Fédération des Entreprises de Pellow, Harrin et Tarvik.'),
    ).toBeUndefined();
  });

  it("lets the sentence's verb govern every item, one word or not", () => {
    const found = read(
      'The OCF was created at the initiative of three key partners (Pellow Lab, Harrinjob and Tarvik).',
    );
    expect(found).toContain('Pellow Lab INITIATED Orland Craft Federation');
    expect(found).toContain('Harrinjob INITIATED Orland Craft Federation');
    expect(found).toContain('Tarvik INITIATED Orland Craft Federation');
  });

  it('keeps refusing a country, a person and a lowercase phrase', () => {
    const found = read(
      'The OCF was created at the initiative of four partners (Pellow Lab, France, John Smith and local growers).',
    );
    expect(found).toContain('Pellow Lab INITIATED Orland Craft Federation');
    expect(found.join(' ')).not.toMatch(/France|John Smith|local growers/u);
  });
});

describe('an announcement and its items, compared and bounded', () => {
  it('takes no clause between the kind and the bracket', () => {
    expect(
      announcedList(
        'Besides these members, other bodies joined, like Pellow (Harrin Lab and Tarvik).',
      ),
    ).toBeUndefined();
  });

  it('reads an item written with its article as the same body', () => {
    expect(announcedKey('the Pellow Growers Union')).toBe(announcedKey('Pellow Growers Union'));
  });
});

describe('a counted list after a colon with no space before it', () => {
  it('reads the list as when the colon has a space before it', () => {
    expect(
      countedList(
        'The HSC gathers its three federations: Pellow Union, Harrin Union and Tarvik Union.',
      )?.names,
    ).toEqual(['Pellow Union', 'Harrin Union', 'Tarvik Union']);
  });
});
