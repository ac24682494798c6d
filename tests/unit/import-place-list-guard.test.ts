// Session 28: one-word names the page never repeats are dropped from prose lists, kept under a label that names the list.
import { describe, expect, it } from 'vitest';
import { claims } from '../support/import-page.js';

const ACTOR = 'Velmora Cooperative Network (VCN)';
const INTRO = 'The Velmora Cooperative Network is a network of cooperatives in the Velmora valley.';
const read = (...lines: string[]) => claims([ACTOR, '', INTRO, '', ...lines].join('\n'));
const ACTEUR = 'Réseau Coopératif de la Vallée Orvane (RCVO)';
const INTRO_FR =
  'Le Réseau Coopératif de la Vallée Orvane est un réseau de coopératives de la vallée.';
const lire = (...lines: string[]) => claims([ACTEUR, '', INTRO_FR, '', ...lines].join('\n'));

describe('one-word names under a label that names the list', () => {
  it('keeps each member a "Members:" label lists, counted or not', () => {
    expect(read('Members: Tamsuru, Kelvadi, Brunoka, Pelowa')).toEqual([
      'Tamsuru MEMBER_OF Velmora Cooperative Network',
      'Kelvadi MEMBER_OF Velmora Cooperative Network',
      'Brunoka MEMBER_OF Velmora Cooperative Network',
      'Pelowa MEMBER_OF Velmora Cooperative Network',
    ]);
    expect(
      read(
        'Members: Four village co-operatives: Tamsuru (210 farmers), Kelvadi (98), Brunoka (150), Pelowa (77)',
      ),
    ).toEqual([
      'Tamsuru MEMBER_OF Velmora Cooperative Network',
      'Kelvadi MEMBER_OF Velmora Cooperative Network',
      'Brunoka MEMBER_OF Velmora Cooperative Network',
      'Pelowa MEMBER_OF Velmora Cooperative Network',
    ]);
  });

  it('keeps them under a French label and under a heading', () => {
    expect(lire('Membres : Tamsuru, Kelvadi, Brunoka, Pelowa')).toHaveLength(4);
    expect(lire('Nos partenaires', '', '- Tamsuru', '- Kelvadi', '- Brunoka', '- Pelowa')).toEqual([
      'Tamsuru PARTNER_OF Réseau Coopératif de la Vallée Orvane',
      'Kelvadi PARTNER_OF Réseau Coopératif de la Vallée Orvane',
      'Brunoka PARTNER_OF Réseau Coopératif de la Vallée Orvane',
      'Pelowa PARTNER_OF Réseau Coopératif de la Vallée Orvane',
    ]);
  });
});

describe('one-word names in prose lists stay dropped (traps)', () => {
  it('gives no lone word a sentence lists, in English or French', () => {
    expect(read('Among its members were Tamsuru, Kelvadi, Brunoka and Pelowa.')).toEqual([]);
    expect(lire('Parmi ses membres figurent Tamsuru, Kelvadi, Brunoka et Pelowa.')).toEqual([]);
  });

  it('gives nothing for a label that names no relation', () => {
    expect(read('Location: Tamsuru, Kelvadi, Brunoka, Pelowa')).toEqual([]);
    expect(lire('Villes : Tamsuru, Kelvadi, Brunoka, Pelowa')).toEqual([]);
  });
});
