// Session 12: guards that keep phrases which are not names out of subjects, lists and the page's actor.
import { describe, expect, it } from 'vitest';
import { namedThing } from '../../src/import/names.js';
import { isNotAName, possessorOf } from '../../src/import/not-a-name.js';
import { urlActor } from '../../src/import/url-actor.js';
import { claims, page } from '../support/import-page.js';

describe('a share, a count or a possessive is never a body', () => {
  it('recognises quantifiers, counts and possessives of common nouns', () => {
    for (const phrase of [
      'Much of Kelp Net',
      'Many of its members',
      'Some members',
      'La plupart des réseaux',
      '212 Members',
      '17 associate members',
      "Kelp Net's Chief Officers",
      "Kelp Net's membership",
    ])
      expect(isNotAName(phrase), phrase).toBe(true);
    for (const phrase of ['All Shores Kelp Network', 'Kelp Growers Union', 'Most Bay Mutual'])
      expect(isNotAName(phrase), phrase).toBe(false);
    expect(namedThing('Much of Kelp Net')).toBeUndefined();
    expect(namedThing('All Shores Kelp Network')).toBe('All Shores Kelp Network');
  });

  it('takes the possessor of a share phrase as the subject', () => {
    expect(possessorOf("Much of Kelp Net's membership")).toBe('Kelp Net');
    expect(possessorOf('Many of its members')).toBe('its members');
    expect(possessorOf('Kelp Net')).toBeUndefined();
  });

  it('gives a list after "Much of X\'s membership is made up of" to X', () => {
    expect(
      claims(
        "Kelp Growers Network (KGN)\nKGN supports seaweed farms. Much of KGN's membership is made up of federations (such as Tidewater Growers Union and Harbour Kelp Federation).",
      ),
    ).toEqual([
      'Tidewater Growers Union MEMBER_OF Kelp Growers Network',
      'Harbour Kelp Federation MEMBER_OF Kelp Growers Network',
    ]);
  });

  it('never proposes "212 Members" from a count of members', () => {
    expect(
      claims(
        'Kelp Growers Network\nThe network now counts 250 member bodies: 212 Members and 38 Associate Members from 40 countries.',
      ),
    ).toEqual([]);
  });

  it('reads a company form after a comma as part of its item ("Brinewood, Inc."), then drops it (convention 1)', () => {
    expect(
      claims(
        'Kelp Growers Network\nIts members include Brinewood, Inc., Tidewater Growers Union and Saltmarsh Holdings, Ltd.',
      ),
    ).toEqual([
      'Brinewood MEMBER_OF Kelp Growers Network',
      'Tidewater Growers Union MEMBER_OF Kelp Growers Network',
      'Saltmarsh Holdings MEMBER_OF Kelp Growers Network',
    ]);
  });
});

describe("the site's name that is a place", () => {
  it('names the body whose full name opens with it and has a kind word', () => {
    const text =
      'The Tasmania Kelp Co-operative Association is the hub for kelp co-ops in Tasmania. Tasmania has 40 of them.';
    expect(urlActor('http://www.tasmania.coop/about', text)?.name).toBe(
      'Tasmania Kelp Co-operative Association',
    );
  });
});

describe('wordings of memberships and foundings (session 12)', () => {
  it('reads "our membership in A, B and C" as the actor\'s memberships', () => {
    expect(
      claims(
        'Kelp Growers Network\nOur membership in the International Cooperative Alliance and Harbour Kelp Federation shows our reach.',
      ),
    ).toEqual([
      'Kelp Growers Network MEMBER_OF ica',
      'Kelp Growers Network MEMBER_OF Harbour Kelp Federation',
    ]);
  });

  it('reads "we affiliate to" as a membership and "composed by" as its members', () => {
    expect(claims('Kelp Growers Network\nWe affiliate to the Harbour Kelp Federation.')).toEqual([
      'Kelp Growers Network MEMBER_OF Harbour Kelp Federation',
    ]);
    expect(
      claims(
        'Kelp Growers Network\nThe network is composed by Tidewater Growers Union and Saltmarsh Kelp Collective.',
      ),
    ).toEqual([
      'Tidewater Growers Union MEMBER_OF Kelp Growers Network',
      'Saltmarsh Kelp Collective MEMBER_OF Kelp Growers Network',
    ]);
  });

  it('reads "mis sur pied par" as a founding by each body listed', () => {
    expect(
      claims(
        "Réseau des Algues Côtières\nLe réseau est mis sur pied par l'Union des Goémoniers et la Coopérative Varech Solidaire.",
      ),
    ).toEqual([
      'Union des Goémoniers FOUNDED Réseau des Algues Côtières',
      'Coopérative Varech Solidaire FOUNDED Réseau des Algues Côtières',
    ]);
  });

  it("reads an acronym's gloss in parentheses as the same body, not as a list", () => {
    expect(
      claims(
        'Kelp Growers Network\nIts members include HKF (Harbour Kelp Federation, Tasmania and Victoria) and TGU (Tidewater Growers Union).',
      ),
      // Session 23: an acronym the page spells out is proposed under its full name.
    ).toEqual([
      'HKF MEMBER_OF Kelp Growers Network',
      'Tidewater Growers Union MEMBER_OF Kelp Growers Network',
    ]);
  });
});

describe('the page actor and partnerships of events (session 12)', () => {
  it('drops a heading word before the title\'s name ("Historique X")', () => {
    expect(
      page('Historique Réseau des Algues Côtières\n\nLe Réseau des Algues Côtières est né en 2011.')
        .actor.name,
    ).toBe('Réseau des Algues Côtières');
    expect(
      page('About the Kelp Growers Network\n\nThe Kelp Growers Network grew.').actor.name,
    ).toBe('Kelp Growers Network');
  });

  it('compares the site\'s words without their hyphens ("kelp-net.org" is KELP-NET)', () => {
    const text = 'KELP-NET gathers growers. Each year KELP-NET meets in a port.';
    expect(urlActor('http://www.kelp-net.org/about', text)).toMatchObject({ acronym: 'KELP-NET' });
  });

  it('never reads the sector ("l\'ESS") as a body', () => {
    expect(isNotAName('ESS')).toBe(true);
    expect(namedThing("l'ESS")).toBeUndefined();
  });

  it('gives no partnership to the actor for an event organised in partnership', () => {
    expect(
      claims(
        'Réseau des Algues Côtières\nEn 2012, une journée organisée en partenariat avec la Coopérative Varech Solidaire réunit 40 acteurs.',
      ),
    ).toEqual([]);
    expect(
      claims(
        'Kelp Growers Network\nA forum held in partnership with Harbour Kelp Federation gathered 40 growers.',
      ),
    ).toEqual([]);
    expect(
      claims(
        'Kelp Growers Network\nThe network works in partnership with Harbour Kelp Federation.',
      ),
    ).toEqual(['Kelp Growers Network PARTNER_OF Harbour Kelp Federation']);
  });
});

describe('a list of plain words named once (session 12)', () => {
  it('drops a list made mostly of one-word names the page never repeats, keeps real names', () => {
    expect(
      claims(
        'Kelp Growers Network\nThe first unions came from the coast. Among them were Brinley, Kelso, Marrow, Dunmere, Tallow, and Harbour Kelp Federation.',
      ),
    ).toEqual(['Harbour Kelp Federation MEMBER_OF Kelp Growers Network']);
  });

  it('keeps a one-word member when the list is mostly names', () => {
    expect(
      claims(
        'Kelp Growers Network\nIts members include Brinley, Tidewater Growers Union and Harbour Kelp Federation.',
      ),
    ).toEqual([
      'Brinley MEMBER_OF Kelp Growers Network',
      'Tidewater Growers Union MEMBER_OF Kelp Growers Network',
      'Harbour Kelp Federation MEMBER_OF Kelp Growers Network',
    ]);
  });
});

describe("the sector's name inside a body's name (session 12)", () => {
  it('keeps "Social and Solidarity Economy" whole in a list item', () => {
    expect(
      claims(
        'Kelp Growers Network\nIts members include the Coastal Network for Social and Solidarity Economy and Harbour Kelp Federation.',
      ),
    ).toEqual([
      'Coastal Network for Social and Solidarity Economy MEMBER_OF Kelp Growers Network',
      'Harbour Kelp Federation MEMBER_OF Kelp Growers Network',
    ]);
  });
});

describe('subjects and idioms (session 12)', () => {
  it('reads "part of the DNA" / "fait partie de l\'ADN" as an idiom, not a membership', () => {
    expect(
      claims('Kelp Growers Network\nSharing tools is part of the DNA of Coastal Kelp Commons.'),
    ).toEqual([]);
    expect(
      claims(
        "Réseau des Algues Côtières\nCoopérer fait partie de l'ADN des Ateliers Marins du Nord.",
      ),
    ).toEqual([]);
    expect(
      claims('Kelp Growers Network\nThe network is part of the Harbour Kelp Federation.'),
    ).toEqual(['Kelp Growers Network MEMBER_OF Harbour Kelp Federation']);
  });

  it("gives nothing to the actor when a clause's whole subject is another body's name", () => {
    expect(
      claims(
        'Réseau des Algues Côtières\nEn 2019, la Goémonerie a rejoint la Fédération des Ports Solidaires.',
      ),
    ).toEqual([]);
    expect(
      claims(
        'Réseau des Algues Côtières\nEn 2019, le réseau a rejoint la Fédération des Ports Solidaires.',
      ),
    ).toEqual(['Réseau des Algues Côtières MEMBER_OF Fédération des Ports Solidaires']);
  });
});

describe('a chair held by the body (session 12)', () => {
  it('reads "became the first chair of X" as a membership with the role chair, never for a person', () => {
    const chair = page(
      'Kelp Growers Network\nIn 2004 the network became the first Chair of the Harbour Kelp Federation.',
    ).relations;
    expect(chair.map((r) => [r.type, r.to.name, r.role])).toEqual([
      ['MEMBER_OF', 'Harbour Kelp Federation', 'chair'],
    ]);
    expect(claims('Kelp Growers Network\nShe is chair of the Harbour Kelp Federation.')).toEqual(
      [],
    );
  });
});

describe('"as a member of" (session 12)', () => {
  it("gives the clause's body (or the actor) a membership", () => {
    expect(
      claims(
        'Kelp Growers Network\nThe Tidewater Growers Union will go on as a member of Kelp Growers Network after the merger.',
      ),
    ).toEqual(['Tidewater Growers Union MEMBER_OF Kelp Growers Network']);
    expect(
      claims('Kelp Growers Network\nThe network acts as a member of the Harbour Kelp Federation.'),
    ).toEqual(['Kelp Growers Network MEMBER_OF Harbour Kelp Federation']);
  });
});
