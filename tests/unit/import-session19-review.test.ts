// Session 19, review leftovers: regexes that say what they mean, on invented pages and sentences only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { foundedYear } from '../../src/import/extract.js';
import { lowercaseTailName } from '../../src/import/lowercase-tail-name.js';
import { nameShapeFault } from '../../src/import/name-shape-guard.js';
import { FOUNDED_ROW_YEAR, SELF_FOUNDED } from '../../src/import/patterns.js';
import { claims, matcher, parse, profileActor as self } from '../support/import-page.js';

const GROWERS =
  'The Ridgeway Growers Union (RGU) brings together forty grain cooperatives of the upland valleys and speaks for them in regional talks. RGU was founded in 2003 and works with the Tallow Credit Fund on loans for storage barns. Each spring RGU holds a seed fair for its members.';
const RESEAU =
  'Le Réseau Solidaire des Hautes Combes (RSHC) rassemble trente associations du plateau et les représente auprès de la région. Le RSHC a été créé en 2003 et travaille avec le Fonds Tallow pour des prêts aux ateliers. Chaque printemps, le RSHC tient une foire aux semences.';

describe('a heading word before a title (case-sensitive)', () => {
  it('keeps a headline whole: its lowercase words are not a name, and the prose names the actor', () => {
    const page = parse(`Focus on results for farmers\n\n${GROWERS}`);
    expect([page.name, page.acronym]).toEqual(['Ridgeway Growers Union', 'RGU']);
    // The line is not cut to "results for farmers".
    expect(page.paragraphs[0]).toBe('Focus on results for farmers');
    const french = parse(`Présentation du fonctionnement du réseau\n\n${RESEAU}`);
    expect(french.name).toBe('Réseau Solidaire des Hautes Combes');
    expect(french.paragraphs[0]).toBe('Présentation du fonctionnement du réseau');
  });

  it('still drops the heading word before a capitalised name, an article in title case too', () => {
    for (const line of [
      'About the Ridgeway Growers Union',
      'About The Ridgeway Growers Union',
      'Focus on Ridgeway Growers Union',
    ]) {
      const page = parse(`${line}\n\n${GROWERS}`);
      expect([page.name, page.acronym]).toEqual(['Ridgeway Growers Union', 'RGU']);
    }
    expect(parse(`Présentation du Réseau Solidaire des Hautes Combes\n\n${RESEAU}`).name).toBe(
      'Réseau Solidaire des Hautes Combes',
    );
  });
});

describe("the actor's own founding year with a place between (case-sensitive)", () => {
  const yearOf = (sentence: string) => SELF_FOUNDED.exec(sentence)?.[1];

  it('takes a capitalised place, or a lowercase word of a capitalised one', () => {
    expect(yearOf('The guild was founded in Tromsvik in 1999.')).toBe('1999');
    expect(yearOf('Founded in Tromsvik in 1999, the guild trains weavers.')).toBe('1999');
    expect(yearOf("L'atelier a vu le jour dans le canton de Vaudrey en 2004.")).toBe('2004');
    expect(yearOf("Créée à Pontbrune en 2011, l'association prête des outils.")).toBe('2011');
  });

  it('takes no lowercase word for a place', () => {
    expect(yearOf('The guild was formed in earnest in 1999.')).toBeUndefined();
    expect(yearOf("L'atelier s'est constitué en fédération en 2016.")).toBeUndefined();
  });

  it('keeps dated rows of a timeline or an infobox in any case', () => {
    expect(FOUNDED_ROW_YEAR.exec('Year Founded | 1998')?.slice(1)).toContain('1998');
    expect(FOUNDED_ROW_YEAR.exec('2004 : Création de la coopérative')?.slice(1)).toContain('2004');
    expect(foundedYear(['Date de création : 2007'], self('Atelier Vaudrey'))).toBe('2007');
  });
});

describe('a list item that runs on in lowercase to a kind word', () => {
  it('is one name even when a word before the kind word ends like a verb', () => {
    expect(lowercaseTailName('Kelvaro development trust')).toBe('Kelvaro development trust');
    expect(lowercaseTailName('Kelvaro investment fund')).toBe('Kelvaro investment fund');
    expect(lowercaseTailName('Kelvaro united collective')).toBe('Kelvaro united collective');
  });

  it('still refuses a clause: a verb before a plural or no kind word, a clause verb, an adverb', () => {
    expect(lowercaseTailName('Kelvaro helped farmers')).toBeUndefined();
    expect(lowercaseTailName('Kelvaro helped cooperatives')).toBeUndefined();
    expect(lowercaseTailName('Kelvaro regroupent coopératives')).toBeUndefined();
    expect(lowercaseTailName('Kelvaro funded')).toBeUndefined();
    expect(lowercaseTailName('Kelvaro is cooperative')).toBeUndefined();
    expect(lowercaseTailName('Kelvaro also trust')).toBeUndefined();
  });
});

describe("the guard's preposition check and a capitalised brand", () => {
  it('keeps a name opening with a capitalised preposition that the page writes inside a sentence', () => {
    expect(
      nameShapeFault('On Purpose', 'Kelvaro Network works with On Purpose on leadership.', false),
    ).toBeNull();
    expect(
      nameShapeFault('On Purpose', 'The fellowship "On Purpose" trains leaders.', false),
    ).toBeNull();
  });

  it('refuses the phrase where only a sentence start gives the capital, and a lowercase preposition', () => {
    expect(nameShapeFault('In Tarvia', 'In Tarvia, the network has six members.', false)).toBe(
      'preposition',
    );
    expect(nameShapeFault('In Tarvia', 'It grew. In Tarvia it has six members.', false)).toBe(
      'preposition',
    );
    expect(nameShapeFault('in Tarvia', 'Its members in Tarvia are many.', false)).toBe(
      'preposition',
    );
  });
});

describe('the items of a list after a trigger', () => {
  afterEach(() => vi.restoreAllMocks());
  const HEAD =
    'Orland Craft Federation (OCF)\n\nThe OCF brings together craft groups of the Orland hills. ';

  it('are each resolved once', () => {
    const lookups = vi.spyOn(matcher, 'matchPhrase');
    expect(
      claims(`${HEAD}Its members are Harrow Mills, Pellow Basket Makers and Sorrel Loom Guild.`),
    ).toEqual([
      'Harrow Mills MEMBER_OF Orland Craft Federation',
      'Pellow Basket Makers MEMBER_OF Orland Craft Federation',
      'Sorrel Loom Guild MEMBER_OF Orland Craft Federation',
    ]);
    const looked = lookups.mock.calls.map(([phrase]) => phrase);
    for (const item of ['Harrow Mills', 'Pellow Basket Makers', 'Sorrel Loom Guild'])
      expect(
        looked.filter((phrase) => phrase === item),
        item,
      ).toHaveLength(1);
  });

  it('read a short new name in full after an earlier item of the same list', () => {
    expect(
      claims(
        `${HEAD}Its members are Harrow Mills Cooperative, Pellow Basket Makers and Harrow Mills.`,
      ),
    ).toEqual([
      'Harrow Mills Cooperative MEMBER_OF Orland Craft Federation',
      'Pellow Basket Makers MEMBER_OF Orland Craft Federation',
    ]);
  });
});
