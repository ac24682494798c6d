// Session 19: which body a page is about, on invented pages (no page text copied): the body the
// page takes up over a reading it never takes up, and lines that name no body.
import { describe, expect, it } from 'vitest';
import { recordName } from '../../src/import/labelled-record.js';
import { parseProfile, parseResourceLine } from '../../src/import/parse.js';
import { FOUNDED_ON_DATE } from '../../src/import/patterns.js';
import {
  spelledByAddress,
  subjectsOf,
  uptakenActor,
  uptakeOf,
} from '../../src/import/uptaken-actor.js';
import { isUnreadableName, namesNoBody } from '../../src/import/voted-actor.js';

const parse = (text: string) => parseProfile(new TextEncoder().encode(text), 'page.txt');

const address = 'https://news.example.org/la-region-prolonge-ventolia-et-son-programme';
const prose = [
  'Lancée en 2015, Ventolia recevait jusque-là un appui du fonds PRAXE sur la période 2015-2020.',
  'La région promet de soutenir Ventolia au-delà du fonds PRAXE.',
  'Pour mémoire, Ventolia a été créée par quatre partenaires de la vallée.',
  'Son but est de conseiller les entreprises sociales de la vallée.',
].join('\n');

describe('the subject a sentence opens with', () => {
  it('leaves out a short lead clause and an article', () => {
    expect(subjectsOf('Pour mémoire, Ventolia a été créée en 2015.')).toContain('Ventolia');
    expect(subjectsOf('En 2001, le Comptoir Rural ouvre une antenne.')).toContain('Comptoir Rural');
  });

  it('is none for a line that goes on in capitals', () => {
    expect(subjectsOf('Fonds Vert Pour Tous')).toEqual([]);
  });
});

describe('the address spells a name', () => {
  const url = new URL(address);
  it('as one word of its path or its words in a row', () => {
    expect(spelledByAddress('Ventolia', url)).toBe(true);
    expect(spelledByAddress('La Région Prolonge', url)).toBe(true);
    expect(spelledByAddress('PRAXE', url)).toBe(false);
  });
  it('as its host, hyphen or not', () => {
    expect(spelledByAddress('Cercle Nord', new URL('https://cercle-nord.example/about'))).toBe(
      true,
    );
  });
});

describe('a reading the page never takes up', () => {
  it('yields to the body the page names, spells in its address and opens sentences with', () => {
    const reading = { name: 'PRAXE', acronym: 'PRAXE' };
    expect(uptakeOf(reading, prose, new URL(address))).toEqual({
      named: 2,
      subject: 0,
      inAddress: false,
    });
    expect(uptakenActor(reading, null, prose, address)?.name).toBe('Ventolia');
  });

  it('stands without an address, which alone can tell the page body', () => {
    expect(uptakenActor({ name: 'PRAXE', acronym: 'PRAXE' }, null, prose, null)).toBeNull();
  });

  it('stands when the page opens a sentence with it', () => {
    const opened = `${prose}\nLe fonds PRAXE ferme en 2021.\nPRAXE a financé douze projets.`;
    expect(uptakenActor({ name: 'PRAXE', acronym: 'PRAXE' }, null, opened, address)).toBeNull();
  });

  it('stands against its own words ("League" of the reading)', () => {
    const text = [
      'The League was set up in 1950 by farmers. Members of the League meet yearly.',
      'Since then the League has grown.',
    ].join('\n');
    const reading = { name: 'Northern Farmers League', acronym: null };
    expect(uptakenActor(reading, null, text, 'https://example.org/league-history')).toBeNull();
  });

  it('stands against one word the page also writes in lowercase (a common noun)', () => {
    const text = [
      'Solidaire grows each year. The solidaire label helps, as Solidaire says.',
      'Solidaire has three offices, and we like Solidaire.',
    ].join('\n');
    expect(
      uptakenActor({ name: 'Bank of Lorn', acronym: null }, null, text, 'https://x.org/solidaire'),
    ).toBeNull();
  });

  it('takes the longer form the address spells ("Ventolia Conseil")', () => {
    const text = prose.replaceAll('soutenir Ventolia', 'soutenir Ventolia Conseil');
    const longer = 'https://news.example.org/la-region-prolonge-ventolia-conseil';
    expect(uptakenActor({ name: 'PRAXE', acronym: 'PRAXE' }, null, text, longer)?.name).toBe(
      'Ventolia Conseil',
    );
  });

  it('yields without an address when the page writes it once at most (a guess)', () => {
    const text = `MARKETS\n${prose}`;
    expect(uptakenActor({ name: 'MARKETS', acronym: null }, null, text, null)?.name).toBe(
      'Ventolia',
    );
  });

  it('never yields to a field label ("Contact info : …")', () => {
    const text = [
      'Contact info : Lorn',
      'Contact lines open daily, as said in Contact.',
      'Contact is free for everyone, and we like Contact.',
    ].join('\n');
    expect(
      uptakenActor({ name: 'MARKETS', acronym: null }, null, `MARKETS\n${text}`, null),
    ).toBeNull();
  });

  it('is replaced on a whole page whose first line is a share button', () => {
    const parsed = parse(`${address}\nPartager cet article\n\n${prose}`);
    expect(parsed.name).toBe('Ventolia');
  });
});

describe('lines and words that name no body', () => {
  it('a legal form, a currency, a Roman numeral, a kind word in capitals', () => {
    for (const word of ['ASBL', 'USD', 'VI', 'XII', 'ASSOCIATION', 'FONDATION'])
      expect(namesNoBody(word)).toBe(true);
    for (const word of ['CIVIC', 'VIA', 'ACME', 'Association'])
      expect(namesNoBody(word)).toBe(false);
  });

  it('a dateline: a place in capitals and a day', () => {
    expect(isUnreadableName('BRÉVANNE, le 12', 'Une prose.')).toBe(true);
    expect(isUnreadableName('LYON, 3 mars', 'Une prose.')).toBe(true);
    expect(isUnreadableName('Cercle Nord, Brévanne', 'Une prose.')).toBe(false);
  });
});

describe('a record the page opens with', () => {
  it('names its body in the name field, up to the next label', () => {
    expect(
      recordName(['Dénomination : Cercle-Nord Date de création : 4 mai 2001 à Brévanne UNE …']),
    ).toBe('Cercle-Nord');
    expect(recordName(['Organisation name: Lorn Growers Union Founded: 1999'])).toBe(
      'Lorn Growers Union',
    );
  });

  it('is none without a name field, or for a person', () => {
    expect(recordName(['Date de création : 4 mai 2001'])).toBeNull();
    expect(recordName(['Nom officiel : Jeanne Martin'])).toBeNull();
  });
});

describe('furniture and dates', () => {
  it('a possessive heading is about its possessor, which the prose names', () => {
    const text =
      "Lorn Union's Milestones\nLorn Union was set up by growers in 1990. Since then Lorn Union has grown.";
    expect(parse(text).name).toBe('Lorn Union');
  });

  it('an image in markup and a reading time are neither title nor prose', () => {
    const parsed = parse(
      `![](https://img.example/a.jpeg)\n5 min read\nCercle Nord\nCercle Nord soutient les vergers de la vallée.`,
    );
    expect(parsed.name).toBe('Cercle Nord');
    expect(parsed.resourceCounts).toEqual([]);
  });

  it('a reading time is no resource count', () => {
    expect(parseResourceLine('7 minute read')).toBeUndefined();
    expect(parseResourceLine('4 min read')).toBeUndefined();
    expect(parseResourceLine('3 minutes de lecture')).toBeUndefined();
    expect(parseResourceLine('12 Videos')).toEqual({ type: 'videos', count: 12 });
  });

  it('a founding on a full date gives its year', () => {
    expect(FOUNDED_ON_DATE.exec('the network was inaugurated on 3 March 2011, with')?.[1]).toBe(
      '2011',
    );
    expect(FOUNDED_ON_DATE.exec('la coopérative fondée le 1er juin 1987 à Brévanne')?.[1]).toBe(
      '1987',
    );
    expect(FOUNDED_ON_DATE.exec('opened on Monday 2011')).toBeNull();
  });
});
