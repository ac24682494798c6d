// Session 26: page furniture and bare places are never the profiled actor's name (invented pages).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphName } from '../../src/import/graph-names.js';
import { headlineBody } from '../../src/import/headline-body.js';
import { Matcher } from '../../src/import/match.js';
import { isBarePlace } from '../../src/import/no-body-name.js';
import { isNameShaped } from '../../src/import/page-actor.js';
import { isFurniture, isFurnitureAbove } from '../../src/import/page-furniture.js';
import { parseProfile } from '../../src/import/parse.js';
import { importProfile } from '../../src/import/profile-import.js';
import { readsAsSentence } from '../../src/import/sentence-headline.js';

const names = JSON.parse(
  readFileSync(new URL('../fixtures/graph-names.json', import.meta.url), 'utf8'),
) as GraphName[];
const parse = (text: string) => parseProfile(new TextEncoder().encode(text), 'page.txt');

describe('an article’s furniture', () => {
  it('is a byline, a date line, a reading time or a rubric, in French and English', () => {
    for (const line of [
      'Auteur : Jeanne Morel',
      'Par Jeanne Morel',
      'By Tom Hale',
      'Posted by Tom Hale',
      'Temps de lecture',
      'Reading time: 5 min',
      '4 minutes',
      '6 min read',
      'Publié : mardi 4 mai 2021',
      'Publié le 27 octobre 2014 - Mise à jour le 14 mai 2021',
      'Mis à jour le 3 juin 2022',
      'Updated: 3 May 2024',
      'Décryptage',
    ])
      expect(isFurniture(line), line).toBe(true);
  });

  it('is no sentence that opens with the same words, nor a name', () => {
    for (const line of [
      'Par ailleurs, la coopérative a ouvert une deuxième boutique.',
      'By 2030 the network will count a hundred members',
      'Bylaws Committee',
      'By Design Cooperative',
      'Paris',
      'Publié en 2019, le rapport de la Coopérative des Vergers Unis fait date.',
      'Harbour Tools Cooperative',
    ])
      expect(isFurniture(line), line).toBe(false);
  });

  it('is skipped above a title line that is the body’s name (French)', () => {
    const profile = parse(
      [
        'https://www.journal-des-vergers.fr/articles/12-vergers',
        'Auteur : Jeanne Morel',
        'Publié : mardi 4 mai 2021',
        'Temps de lecture',
        '4 minutes',
        'Coopérative des Vergers Unis',
        '',
        'La Coopérative des Vergers Unis regroupe quarante producteurs de pommes de la vallée.',
        'Chaque automne, la Coopérative des Vergers Unis ouvre son pressoir aux habitants.',
      ].join('\n'),
    );
    expect(profile.name).toBe('Coopérative des Vergers Unis');
    expect(profile.resourceCounts).toEqual([]);
  });

  it('is skipped above a title line that is the body’s name (English)', () => {
    const profile = parse(
      [
        'By Tom Hale',
        'Reading time: 5 min',
        'Harbour Tools Cooperative',
        '',
        'Harbour Tools Cooperative lends tools to the households of the bay.',
        'Members of Harbour Tools Cooperative repair what they borrow.',
      ].join('\n'),
    );
    expect(profile.name).toBe('Harbour Tools Cooperative');
  });

  it('leaves a news lead’s one-word rubric out of the name the lead opens with', () => {
    const profile = parse(
      [
        'Auteur : Jeanne Morel',
        'Viticulture. La Cave des Coteaux Unis fusionne avec sa voisine, qui devient une de ses sections. Le vote des adhérents a été unanime.',
        'La Cave des Coteaux Unis compte désormais trois cents vignerons.',
      ].join('\n'),
    );
    expect(profile.name).toBe('Cave des Coteaux Unis');
  });
});

// Session 27: furniture is skipped above the body's name or the prose only; over a news headline
// the headline stays the prose's opening (its statement is read) and never becomes the name.
describe('furniture over a news headline', () => {
  const matcher = new Matcher(names);
  const read = (lines: string[]) =>
    importProfile(new TextEncoder().encode(lines.join('\n')), 'page.txt', matcher);
  const others = (lines: string[]) =>
    read(lines).relations.map((relation) => `${relation.type} ${relation.other?.name}`);

  it('leaves a French headline that states a membership in the prose', () => {
    const lines = [
      'https://www.journal-des-vergers.fr/actu/12',
      'Publié le 24/01/2019',
      'La Coopérative des Vergers Unis rejoint la Fédération des Coopératives Fruitières',
      'La Coopérative des Vergers Unis regroupe quarante producteurs de la vallée.',
    ];
    expect(parse(lines.join('\n')).name).not.toContain('rejoint');
    expect(others(lines)).toContain('MEMBER_OF Fédération des Coopératives Fruitières');
  });

  it('keeps an English headline out of the name under a byline or a date line', () => {
    for (const furniture of ['By Tom Hale', 'Posted on May 3, 2019'])
      expect(
        parse(
          [
            'https://www.bay-news.com/2019/05/tools',
            furniture,
            'Harbour Tools Cooperative joins Cooperatives UK',
            'The Harbour Tools Cooperative is a worker co-operative in Leith. It works with the Fenwick Community Trust.',
          ].join('\n'),
        ).name,
        furniture,
      ).not.toContain('joins');
  });

  it('is not skipped over an interview’s person nor a headline, and is over a name or prose', () => {
    const title = (line: string) => !/[.!?]$/u.test(line);
    const above = (below: string) =>
      isFurnitureAbove(['Interview', 'Publié le 3 mai 2019', below], 0, () => false, title);
    expect(above('Jean Dupont, président de la Coopérative des Vergers Unis')).toBe(false);
    expect(above('Sarah Mitchell')).toBe(false);
    expect(above('Harbour Tools Cooperative joins Cooperatives UK')).toBe(false);
    expect(above('Coopérative des Vergers Unis')).toBe(true);
    expect(above('La coopérative ouvre une boutique au port.')).toBe(true);
  });

  it('is still skipped above the body’s name written in capitals and numbers', () => {
    const profile = parse(
      [
        'https://www.avis-ess.fr/actualites/plan-2',
        'Temps de lecture',
        '3 minutes',
        'Décryptage',
        'Plan Vergers Solidaires 2',
        '',
        'Le département lance le Plan Vergers Solidaires 2, son deuxième plan pour les vergers.',
      ].join('\n'),
    );
    expect(profile.name).toBe('Plan Vergers Solidaires 2');
  });
});

describe('a headline written as a sentence', () => {
  it('has a finite verb after its subject', () => {
    expect(readsAsSentence('Oldport will open its hub for cooperatives next year')).toBe(true);
    expect(readsAsSentence('La Cave des Coteaux est lauréate du prix régional')).toBe(true);
    expect(isNameShaped('Oldport will open its hub for cooperatives next year')).toBe(false);
  });

  it('is not a name that holds capitalised words only or no verb', () => {
    expect(readsAsSentence('Together We Can Grow')).toBe(false);
    expect(readsAsSentence('Harbour Tools Cooperative')).toBe(false);
    expect(readsAsSentence('Agence Grand Est Solidaire')).toBe(false);
    expect(isNameShaped('Harbour Tools Cooperative')).toBe(true);
  });

  it('yields to the body the prose opens with, after an opening clause of time', () => {
    const profile = parse(
      [
        'Oldport will open its hub for cooperatives next year',
        '',
        'From 2023, the Harbour Tools Cooperative will host the hub of the cooperatives of the bay.',
        'The Harbour Tools Cooperative says the works are nearly done.',
      ].join('\n'),
    );
    expect(profile.name).toBe('Harbour Tools Cooperative');
  });
});

describe('a bare place or demonym', () => {
  it('is a single word the place lists know, a demonym, or a word the text lists as a place', () => {
    expect(isBarePlace('Basque')).toBe(true);
    expect(isBarePlace('Scottish')).toBe(true);
    expect(isBarePlace('Brinley', '30 groups from Oldmoor, Brinley and Kelso trained')).toBe(true);
  });

  it('is no body’s name of several words that holds a place, nor a one-word body', () => {
    expect(isBarePlace('Basque Cooperative Bank')).toBe(false);
    expect(isBarePlace('Harbourcoop', 'Harbourcoop trains 30 groups')).toBe(false);
  });
});

describe('a headline after a name and a colon', () => {
  const prose = [
    'Four years after it was set up, Harbourcoop counts thirty member shops.',
    'The shops that join Harbourcoop share a warehouse in the Basque hills.',
  ].join('\n');

  it('is about the name before the colon, which the prose writes, not the place it names', () => {
    expect(headlineBody('Harbourcoop: growing membership of the Basque network', prose)).toBe(
      'Harbourcoop',
    );
  });

  it('is about a body whose name holds a place', () => {
    const bank = [
      'The Basque Cooperative Bank opened two branches this spring.',
      'Savers of the Basque Cooperative Bank vote on its loans.',
    ].join('\n');
    expect(headlineBody('Basque Cooperative Bank: new branches in the valleys', bank)).toBe(
      'Basque Cooperative Bank',
    );
  });

  it('is left alone when a capital opens the headline (a dateline’s town)', () => {
    const text = 'À Oldport, Oldport Solidaire réunit dix associations. Oldport les accueille.';
    expect(headlineBody('Oldport: Fondation de la fédération «Oldport Solidaire»', text)).not.toBe(
      'Oldport',
    );
  });

  it('is no topic or rubric before the colon, which the prose writes lowercase inside sentences', () => {
    const french = [
      'Économie sociale et solidaire. Trois associations du canton reçoivent une aide.',
      'Économie sociale et solidaire : le conseil a voté les aides, et l’économie sociale et solidaire gagne du terrain.',
    ].join('\n');
    expect(
      headlineBody(
        'Économie sociale et solidaire : trois associations soutenues par le canton',
        french,
      ),
    ).toBeNull();
    const english = [
      'Agriculture in the valley changes. Agriculture employs one person in ten.',
      'Most of the agriculture here is run by small co-operatives.',
    ].join('\n');
    expect(
      headlineBody('Agriculture: small co-operatives take the lead in the valley', english),
    ).toBeNull();
  });

  it('is about a name the prose writes only at the start of its sentences and once within', () => {
    const text = [
      'Harbourcoop was founded in 2014 by six shops of the bay.',
      'Harbourcoop has set up a training programme.',
      'Twelve new shops are already members of Harbourcoop.',
    ].join('\n');
    expect(headlineBody('Harbourcoop: growing membership of the network of shops', text)).toBe(
      'Harbourcoop',
    );
  });

  it('reads the page’s body on a whole page', () => {
    const profile = parse(
      ['Harbourcoop: growing membership of the Basque network of shops', '', prose].join('\n'),
    );
    expect(profile.name).toBe('Harbourcoop');
  });
});
