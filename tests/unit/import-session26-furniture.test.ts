// Session 26: bare places and sentence or labelled headlines are never the profiled actor's name
// (invented pages); session 27 took the furniture skip out (it cost validation heldOut10 0.02 in P).

import { describe, expect, it } from 'vitest';
import { headlineBody } from '../../src/import/headline-body.js';
import { isBarePlace } from '../../src/import/no-body-name.js';
import { isNameShaped } from '../../src/import/page-actor.js';
import { parseProfile } from '../../src/import/parse.js';
import { readsAsSentence } from '../../src/import/sentence-headline.js';

const parse = (text: string) => parseProfile(new TextEncoder().encode(text), 'page.txt');

describe('a news lead’s one-word rubric', () => {
  it('leaves a news lead’s one-word rubric out of the name the lead opens with', () => {
    const profile = parse(
      [
        'Viticulture. La Cave des Coteaux Unis fusionne avec sa voisine, qui devient une de ses sections. Le vote des adhérents a été unanime.',
        'La Cave des Coteaux Unis compte désormais trois cents vignerons.',
      ].join('\n'),
    );
    expect(profile.name).toBe('Cave des Coteaux Unis');
  });
});

describe('a headline written as a sentence', () => {
  it('has a finite verb after its subject', () => {
    expect(readsAsSentence('Oldport will open its hub for cooperatives next year')).toBe(true);
    expect(readsAsSentence('La Cave des Coteaux est lauréate du prix régional')).toBe(true);
    // French modals come from the one list of modals the importer keeps (words.ts).
    expect(readsAsSentence('La Coopérative Vallon peut désormais accueillir des stagiaires')).toBe(
      true,
    );
    expect(readsAsSentence('Les Ateliers Ferrand doivent fermer leur site en mai')).toBe(true);
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
