// Session 29 (helper nameshape): a headline that speaks or asks is no name; a body written in
// lowercase before the acronym its words spell is a body (invented pages, French and English).
import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../src/import/extract.js';
import { lowercaseSpelledBody } from '../../src/import/lowercase-spelled-body.js';
import { readsAsSentence } from '../../src/import/sentence-headline.js';
import { matcher, parse as parseText } from '../support/import-page.js';

const parse = (paragraphs: readonly string[]) => parseText(paragraphs.join('\n\n'));

describe('a headline that speaks in the first person or asks is a sentence', () => {
  it('reads a first-person or question opening of four words or more as a sentence', () => {
    for (const line of [
      'We campaigned for fairer rules on co-operative housing',
      'Nous avons rejoint le réseau des épiceries solidaires',
      'How worker co-ops weathered the last winter',
      'Pourquoi les coopératives agricoles recrutent encore',
    ])
      expect(readsAsSentence(line), line).toBe(true);
  });

  it('leaves a name, a short heading and a title-case motto alone', () => {
    for (const line of [
      'Who We Are',
      'Together We Can Grow',
      'Fédération des Coopératives Laitières du Nord',
      'Weaving Hands Cooperative Society',
      'Howard Street Food Co-op',
    ])
      expect(readsAsSentence(line), line).toBe(false);
  });

  it('does not take a first-person headline as the actor (English)', () => {
    const read = parse([
      'We campaigned for fairer rules on co-operative housing',
      'The Riverside Housing Co-operative Federation (RHCF) represents forty housing co-operatives. The Riverside Housing Co-operative Federation met the city council in March.',
    ]);
    expect(read.name).toBe('Riverside Housing Co-operative Federation');
  });

  it('does not take a question headline as the actor (French)', () => {
    const read = parse([
      'Comment les coopératives de la vallée ont traversé la crise',
      'La Fédération des Coopératives Fruitières de Savoie (FCFS) réunit douze coopératives. La Fédération des Coopératives Fruitières de Savoie est née en 1988.',
    ]);
    expect(read.name).toBe('Fédération des Coopératives Fruitières de Savoie');
  });
});

describe('a body written in lowercase before the acronym its words spell', () => {
  it('is read with its acronym (French, mixed-case acronym)', () => {
    expect(
      lowercaseSpelledBody([
        "Le projet appuie l'union régionale des coopératives maraîchères (Urcm) dans trois cercles.",
      ]),
    ).toEqual({ name: 'union régionale des coopératives maraîchères', acronym: 'Urcm' });
  });

  it('is read in English too', () => {
    expect(
      lowercaseSpelledBody([
        'Funds went to the national network of women weavers (NNWW) for its looms.',
      ]),
    ).toEqual({ name: 'national network of women weavers', acronym: 'NNWW' });
  });

  it('is not read when the letters do not spell the words or no kind word opens them', () => {
    // The letters spell other words: a programme's acronym after a body.
    expect(
      lowercaseSpelledBody(["Le financement de l'union des maraîchers (Pasec) a été voté."]),
    ).toBeNull();
    // The spelled words are no kind of body: a programme written in lowercase.
    expect(
      lowercaseSpelledBody(['Il finance le programme d’appui aux semences paysannes (Pasp).']),
    ).toBeNull();
  });

  it('names the actor of a page that otherwise names none', () => {
    const read = parse([
      "l'union régionale des coopératives maraîchères (Urcm) a reçu un appui pour ses magasins de stockage.",
      'les magasins ont été construits dans trois villages en 2021.',
    ]);
    expect([read.name, read.acronym]).toEqual([
      'union régionale des coopératives maraîchères',
      'Urcm',
    ]);
  });
});

describe('a verb right after a quotation tags its speaker', () => {
  const self = { name: 'Réseau Imaginaire', acronym: 'RI', key: null };
  const types = (text: string) =>
    extractRelations([text], 'fr', self, matcher).relations.map(
      (relation) => `${relation.type} ${relation.other?.name}`,
    );

  it('gives no launch to the one who spoke (French)', () => {
    expect(
      types(
        '«Ce fonds est une chance pour les coopératives», a lancé Tiéblé Sanogo, Directeur national de l’Emploi.',
      ),
    ).toEqual([]);
  });

  it('still reads a launch stated as a deed', () => {
    expect(types('Le réseau a lancé Boutiques Paysannes Unies en 2019.')).toEqual([
      'INITIATED Boutiques Paysannes Unies',
    ]);
  });
});
