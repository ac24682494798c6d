// Session 26: what a creation made types it, and a fronted or apposed phrase is about the name it is set beside.
// Each trap beside its true form, English and French, on invented sentences only.
import { describe, expect, it } from 'vitest';
import { createdKind } from '../../src/import/creation-kind.js';
import { claims } from '../support/import-page.js';

const T = 'Tidewater Makers Network';
const F = 'Réseau des Fabriques Côtières';
/** The invented page: the actor's title line, then the sentence under test. */
const read = (title: string, sentence: string) => claims(`${title}\n${sentence}`);

describe('the head noun of what a creation made', () => {
  it('tells a programme, a fund or an event from a document and a ministry', () => {
    expect(createdKind('Membership Dues Support Fund')).toBe('initiative');
    expect(createdKind('Harbour Skills Programme for Young Makers')).toBe('initiative');
    expect(createdKind('Coastal Makers Forum 2025')).toBe('initiative');
    expect(createdKind('fonds Marée Solidaire')).toBe('initiative');
    expect(createdKind('Proposed Roadmap to Promote Rural Co-operatives')).toBe('document');
    expect(createdKind('feuille de route des fabriques')).toBe('document');
    expect(createdKind('Ministry of Cooperation')).toBe('state');
    expect(createdKind('ministère des Fabriques')).toBe('state');
  });

  it('leaves a body a body', () => {
    expect(createdKind('Dune Guild')).toBeNull();
    expect(createdKind('Coastal Fund Network')).toBeNull();
    expect(createdKind('Fondation des Marées')).toBeNull();
    expect(createdKind('Plan International')).toBeNull();
  });
});

describe('a programme, a fund or an event launched is initiated, not founded', () => {
  it('reads "launched by" and "lancé par" of a programme as INITIATED', () => {
    expect(
      read(
        'Harbour Skills',
        'A community skills programme has been launched by the Dune Guild and Pier Alliance.',
      ),
    ).toEqual(['Dune Guild INITIATED Harbour Skills', 'Pier Alliance INITIATED Harbour Skills']);
    expect(
      read(
        'Marée Solidaire',
        'Le programme Marée Solidaire a été lancé par la Fondation des Marées.',
      ),
    ).toEqual(['Fondation des Marées INITIATED Marée Solidaire']);
    expect(read(T, 'The Dune Guild and Pier Alliance launched the Coastal Makers Fund.')).toEqual([
      'Dune Guild INITIATED Coastal Makers Fund',
      'Pier Alliance INITIATED Coastal Makers Fund',
    ]);
  });

  it('still reads a body launched or founded as FOUNDED, and a fund founded as FOUNDED', () => {
    expect(
      read(T, 'The Dune Guild and Pier Alliance launched the Coastal Makers Network.'),
    ).toEqual([
      'Dune Guild FOUNDED Coastal Makers Network',
      'Pier Alliance FOUNDED Coastal Makers Network',
    ]);
    expect(read('Marée Fund', 'The Marée Fund was founded by the Dune Guild in 2004.')).toEqual([
      'Dune Guild FOUNDED Marée Fund',
    ]);
  });
});

describe('a document and a ministry are not founded by the actor', () => {
  it('proposes no founding of a roadmap or a ministry', () => {
    expect(
      read(
        T,
        'The network and the Dune Guild launched their Proposed Roadmap to Promote Rural Co-operatives.',
      ),
    ).not.toContainEqual(expect.stringContaining('FOUNDED'));
    expect(read(T, 'The network created the Ministry of Making last year.')).not.toContainEqual(
      expect.stringContaining('FOUNDED'),
    );
  });

  it('still lets a government create a ministry', () => {
    expect(
      read(T, 'The Coastal Government created the Ministry of Making to frame co-operatives.'),
    ).toContain('Coastal Government FOUNDED Ministry of Making');
  });
});

describe('"Member of X since 1961, the Y …": the fronted phrase is the next name\'s', () => {
  it("moves the membership to the named body, not the page's actor", () => {
    expect(
      read(
        T,
        'Member of the Dune Guild since 1961, the Pier Alliance has been developing relations with many bodies.',
      ),
    ).toEqual(['Pier Alliance MEMBER_OF Dune Guild']);
  });

  it('keeps the actor when the fronted phrase is about it', () => {
    expect(
      read(T, 'Member of the Dune Guild since 2004, the network works with many bodies.'),
    ).toEqual(['Tidewater Makers Network MEMBER_OF Dune Guild']);
  });
});

describe('", mise sur pied par A" after another named body: who created that body', () => {
  it("reads no founding of the actor from a participle apposed to a preposition's object", () => {
    expect(
      read(
        F,
        'Le réseau a soutenu pendant dix ans la coopérative agricole Marévie, mise sur pied par les Soeurs de la Côte.',
      ),
    ).not.toContain('Soeurs de la Côte FOUNDED Réseau des Fabriques Côtières');
    expect(
      read(
        T,
        'The network has long worked with the farming cooperative Marevia, set up by the Dune Guild.',
      ),
    ).not.toContain('Dune Guild FOUNDED Tidewater Makers Network');
  });

  it('still reads the participle apposed to the actor', () => {
    expect(
      read(
        F,
        'Le Réseau des Fabriques Côtières, mis sur pied par la Fondation des Marées, travaille.',
      ),
    ).toContain('Fondation des Marées FOUNDED Réseau des Fabriques Côtières');
  });
});
