// Session 24: who runs an event or a programme and who takes part in it, in general wordings, on invented sentences only.
import { describe, expect, it } from 'vitest';
import { claims } from '../support/import-page.js';

const T = 'Tidewater Makers Network';
/** The invented page: the actor's title line, then the sentence under test. */
const read = (sentence: string) => claims(`${T}\n${sentence}`);

describe('who launched or initiated a body or a programme', () => {
  it('reads a programme, a fund or a project "launched / initiated by", "lancé / initié par" as an initiative', () => {
    expect(
      read('The Harbour Fund was launched by the Lighthouse Trust and Coast Bank in 2020.'),
    ).toEqual(['Lighthouse Trust INITIATED Harbour Fund', 'Coast Bank INITIATED Harbour Fund']);
    expect(read('Le projet Marée Verte a été initié par la Fondation des Dunes en 2019.')).toEqual([
      'Fondation des Dunes INITIATED Marée Verte',
    ]);
  });

  it('keeps the founders of a body launched, and reads no initiative of a product', () => {
    expect(read('It was launched in 2008 by the Lighthouse Trust and Coast Bank.')).toEqual([
      `Lighthouse Trust FOUNDED ${T}`,
      `Coast Bank FOUNDED ${T}`,
    ]);
    expect(read('The Kelp Guild was founded by Coast Bank in 2019.')).toEqual([
      'Coast Bank FOUNDED Kelp Guild',
    ]);
    const product = read(
      'The Tide Account, a savings product launched by Coast Bank in 2019, grew fast.',
    );
    expect(product.filter((claim) => claim.includes(' INITIATED '))).toEqual([]);
  });

  it('reads "an initiative by A and B" as their initiative', () => {
    expect(
      read(
        'The Kelp Fund is an initiative by the Lighthouse Trust and Coast Bank that invests in co-ops.',
      ),
    ).toEqual(['Lighthouse Trust INITIATED Kelp Fund', 'Coast Bank INITIATED Kelp Fund']);
  });

  it('reads a share in a launch as an initiative of the launched body', () => {
    expect(
      read(
        'Le réseau Ressources Côtières a participé activement au lancement de la Coopérative des Dunes.',
      ),
    ).toEqual(['Ressources Côtières INITIATED Coopérative des Dunes']);
    expect(read('The network took part in the launch of the Harbour Fund.')).toEqual([
      `${T} INITIATED Harbour Fund`,
    ]);
  });
});

describe('who organises an event with another', () => {
  it('reads "organised in collaboration with A" and "hosted by B" as co-organisers of the event named before', () => {
    expect(
      read(
        'Some 40 people came to the Harbour Forum, organized in collaboration with the Lighthouse Trust.',
      ),
    ).toEqual(['Lighthouse Trust INITIATED Harbour Forum']);
    // "and hosted by": a participle joined to an earlier one; its subject is the event, not the body before "and".
    expect(
      read(
        'The Harbour Forum, organized in collaboration with the Lighthouse Trust and hosted by Coast Bank in Keene, drew 30 people.',
      ),
    ).toEqual(['Lighthouse Trust INITIATED Harbour Forum']);
    expect(read('The Harbour Forum, hosted by Coast Bank, drew 30 people.')).toEqual([
      'Coast Bank INITIATED Harbour Forum',
    ]);
    expect(
      read(
        'Le Forum des Marées, organisé en partenariat avec la Fondation des Dunes, a réuni 300 personnes.',
      ),
    ).toEqual(['Fondation des Dunes INITIATED Forum des Marées']);
  });
});

describe('who takes part in an event', () => {
  it('reads the bodies listed before "attended" as participants of the named event', () => {
    expect(
      read('The Lighthouse Trust, Coast Bank and the Dune Guild attended the Harbour Forum.'),
    ).toEqual([
      'Lighthouse Trust PARTICIPATES_IN Harbour Forum',
      'Coast Bank PARTICIPATES_IN Harbour Forum',
      'Dune Guild PARTICIPATES_IN Harbour Forum',
    ]);
    expect(read('In 2019 the network attended the World Social Forum in Tunis.')).toEqual([
      `${T} PARTICIPATES_IN World Social Forum`,
    ]);
  });

  it('reads French participation in past and future tenses', () => {
    expect(
      read('Le réseau participera à la Conférence des Nations Unies sur le Climat en 2012.'),
    ).toEqual([`${T} PARTICIPATES_IN Conférence des Nations Unies sur le Climat`]);
    expect(read('En 2018, le réseau a pris part au Forum des Marées.')).toEqual([
      `${T} PARTICIPATES_IN Forum des Marées`,
    ]);
  });

  it('reads nothing from a person who attends or speaks, from "participatory" or a theme, nor an unnamed event', () => {
    expect(read('Its director attended the Harbour Forum in 2019.')).toEqual([]);
    expect(
      read('Le président de la Coopérative des Dunes a participé au Forum des Marées.'),
    ).toEqual([]);
    expect(read('Our chair spoke at the Harbour Forum in 2019.')).toEqual([]);
    expect(
      read(
        'Participatory budgeting is a theme of the Harbour Forum; participation is open to all.',
      ),
    ).toEqual([]);
    expect(read('The Lighthouse Trust attended the event.')).toEqual([]);
  });
});
