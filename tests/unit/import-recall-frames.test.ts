// Session 27: frames for who carries a project and who funds through a fronted phrase, on invented sentences only.
import { describe, expect, it } from 'vitest';
import { claims } from '../support/import-page.js';

/** The invented page: a title line, then the sentence under test. */
const read = (title: string, sentence: string) => claims(`${title}\n${sentence}`);
const T = 'Tidewater Makers Network';
const P = 'Harbour Repair Project';

describe('a project carried by a body: the body initiated it', () => {
  it.each([
    [
      T,
      'The Dune Kitchens project, coordinated by the Coast Food Trust, opened in 2019.',
      'Coast Food Trust INITIATED Dune Kitchens',
    ],
    [
      T,
      'Le projet interreg CEVALOR conduit par la Haute École du Lac vise la sobriété.',
      'Haute École du Lac INITIATED CEVALOR',
    ],
    [
      T,
      'Harbour Meals is a community project developed by Pier Bakers Cooperative.',
      'Pier Bakers Cooperative INITIATED Harbour Meals',
    ],
    [
      P,
      'The project will be implemented by the Estuary Guild and Coast Bank.',
      `Estuary Guild INITIATED ${P}`,
    ],
  ])('%s: %s', (title, sentence, claim) => {
    expect(read(title, sentence)).toContain(claim);
  });

  it.each([
    [P, 'The project was managed by Dr. Ann Weaver.'],
    [T, 'The Dune Kitchens project would be coordinated by the Coast Food Trust.'],
    [T, 'The network, coordinated by the Coast Food Trust, grew fast.'],
    [T, 'The study was led by the Coast Food Trust.'],
    [T, 'The project was led by women from the harbour.'],
    [T, 'The project, coordinated by the Coast Food Trust, opened in 2019.'],
  ])(
    'reads no initiator from a person, a denial, a network, a study or an unnamed project: %s',
    (title, sentence) => {
      expect(read(title, sentence).filter((claim) => claim.includes('INITIATED'))).toEqual([]);
    },
  );
});

describe('a fronted funding phrase: the givers fund the clause it opens', () => {
  it.each([
    [
      'Grâce à un financement de la Fondation Marée, le réseau formera vingt coopératives.',
      `Fondation Marée FUNDS ${T}`,
    ],
    [
      'With funding from the Coast Trust and Pier Bank, the network opened a repair café.',
      `Coast Trust FUNDS ${T}`,
    ],
    [
      'With a grant from the Coast Trust, Dune Guild trained 40 makers.',
      'Coast Trust FUNDS Dune Guild',
    ],
  ])('%s', (sentence, claim) => {
    expect(read(T, sentence)).toContain(claim);
  });

  it.each([
    'With the support of the Coast Trust, the network opened a repair café.',
    'In support of the Coast Trust campaign, the network opened a repair café.',
    "Grâce à l'engagement de la Fondation Marée, le réseau formera vingt coopératives.",
  ])(
    'reads no funding from support that is not money, or a phrase that does not open the sentence: %s',
    (sentence) => {
      expect(
        read(T, sentence).filter(
          (claim) =>
            claim.startsWith('Coast Trust FUNDS') || claim.startsWith('Fondation Marée FUNDS'),
        ),
      ).toEqual([]);
    },
  );
});

describe('a past participation of the actor in named events or projects', () => {
  it.each([
    [
      'The network took part in the Harbour Commons Week.',
      `${T} PARTICIPATES_IN Harbour Commons Week`,
    ],
    [
      'Le réseau a participé au Forum Marée Haute qui se tenait à Brest.',
      `${T} PARTICIPATES_IN Forum Marée Haute`,
    ],
    [
      'The network participated in several European projects, like TIDE, DUNEX or Coast_Lab, projects on energy.',
      `${T} PARTICIPATES_IN DUNEX`,
    ],
  ])('%s', (sentence, claim) => {
    expect(read(T, sentence)).toContain(claim);
  });

  it.each([
    'Ses adhérents ont participé au Forum Marée Haute.',
    'The network took part in the creation of the Harbour Commons Week.',
    'The network has not participated in the Harbour Commons Week.',
    'The Dune Guild took part in the Harbour Commons Week.',
    'The network participated in several projects on energy and water.',
  ])(
    'reads no participation of members, a creation, a denial, another body or unnamed projects: %s',
    (sentence) => {
      expect(read(T, sentence).filter((claim) => claim.includes('PARTICIPATES_IN'))).toEqual([]);
    },
  );
});
