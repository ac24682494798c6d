import { describe, expect, it } from 'vitest';
import type { GraphName } from '../../src/import/graph-names.js';
import { Matcher } from '../../src/import/match.js';
import { longerNames, nameShapeFault, shapeGuarded } from '../../src/import/name-shape-guard.js';
import type { End, ProposedRelation } from '../../src/import/proposal.js';

// Invented bodies and sentences only.
const graph: GraphName[] = [
  {
    key: 'banque-mutuelle-haut-plateau',
    family: 'Actor',
    name: 'Banque Mutuelle Haut Plateau',
    acronym: null,
    aliases: [],
    date: null,
    founded: null,
  } as GraphName,
];
const matcher = new Matcher(graph);
const fault = (name: string, evidence = name, known = false) =>
  nameShapeFault(name, evidence, known);

describe('the shape of a proposed body name', () => {
  it('refuses a phrase opened by a preposition', () => {
    expect(fault('In Oceania', 'In Oceania its members include Tarn Growers Union.')).toBe(
      'preposition',
    );
    expect(fault('On March')).toBe('preposition');
    expect(fault('Dans le Nord')).toBe('preposition');
  });

  it('refuses dates and titles of people', () => {
    expect(fault('March 14')).toBe('date');
    expect(fault('3 avril')).toBe('date');
    expect(fault('Dr')).toBe('title');
    expect(fault('CEO of Harbour Mutual')).toBe('title');
    expect(fault('UN Secretary General')).toBe('title');
    // A title refuses a graph name too: "the chair of X" is a person.
    expect(fault('Chair of the Harbour Mutual', 'x', true)).toBe('title');
  });

  it('refuses a kind of body standing alone: a common acronym, a kind noun, a sector', () => {
    for (const name of ['ONG', 'NGOs', 'PME', 'SCOP', 'Co-operative', 'Fédération', 'Farmers'])
      expect(fault(name)).toBe('kind');
    expect(fault('Fair Trade')).toBe('kind');
    // A name that holds a kind word is a name.
    expect(fault('Tarn Growers Co-operative')).toBeNull();
    expect(fault('SCOP Ardoise')).toBeNull();
  });

  it('refuses a lowercase phrase without a kind word, a clause, a name cut after a connector', () => {
    expect(fault('steady help of two local banks')).toBe('phrase');
    expect(fault('national charter on shared gardens')).toBeNull();
    expect(fault('Lake District Guild has joined')).toBe('clause');
    expect(fault('Union of')).toBe('cut');
    expect(fault("Orchard and Cider Growers'")).toBe('cut');
  });

  it('leaves a graph name written inside a phrase alone', () => {
    expect(fault('of the Harbour Mutual', 'x', true)).toBeNull();
    expect(fault('Harbour Mutual will keep its seat', 'x', true)).toBeNull();
  });

  it('finds the tail of a longer name the sentence writes', () => {
    const sentence = 'It is run by the Rural Housing Agency with money from two ministries.';
    expect(longerNames('Housing Agency', sentence)).toEqual(['Rural Housing Agency']);
    expect(fault('Housing Agency', sentence)).toBe('tail');
    // The sentence's first word and an article are no part of the name.
    expect(fault('Housing Agency', 'Today Housing Agency grants loans.')).toBeNull();
    expect(fault('Housing Agency', 'We thank The Housing Agency.')).toBeNull();
    // Written alone once is enough to stand.
    const twice = 'The Rural Housing Agency and the Housing Agency merged.';
    expect(longerNames('Housing Agency', twice)).toEqual(['Rural Housing Agency', '']);
    expect(fault('Housing Agency', twice)).toBeNull();
  });
});

describe('the guard over proposals', () => {
  const self: End = { match: null, name: 'Tarn Growers Union' };
  const proposal = (other: End, evidence: string): ProposedRelation => ({
    type: 'MEMBER_OF',
    from: other,
    to: self,
    since: null,
    role: null,
    founding: false,
    evidence,
    confidence: 0.77,
  });
  const isOwn = (end: End) => end.name === self.name;

  it('drops a proposal whose other end is no name, keeps the others', () => {
    const kept = shapeGuarded(
      [
        proposal({ match: null, name: 'NGOs' }, 'Its members are NGOs and Orchard Guild.'),
        proposal({ match: null, name: 'Orchard Guild' }, 'Its members are NGOs and Orchard Guild.'),
      ],
      isOwn,
      matcher,
    );
    expect(kept.map((relation) => relation.from.name)).toEqual(['Orchard Guild']);
  });

  it('repairs a tail to the fuller name the graph knows', () => {
    const evidence =
      'It brings together Banque Mutuelle Haut Plateau and the valleys: Haut Plateau, Bas Pays.';
    const [kept] = shapeGuarded(
      [proposal({ match: null, name: 'Haut Plateau' }, evidence)],
      isOwn,
      matcher,
    );
    expect(kept?.from).toEqual({
      match: 'banque-mutuelle-haut-plateau',
      name: 'Banque Mutuelle Haut Plateau',
    });
  });

  it('never guards the actor itself', () => {
    const own = {
      ...proposal({ match: null, name: 'Orchard Guild' }, 'x'),
      to: { match: null, name: 'Tarn Growers Union' },
    };
    expect(shapeGuarded([own], isOwn, matcher)).toHaveLength(1);
  });
});
