// Session 12: guards that keep phrases which are not names out of subjects, lists and the page's actor.
import { describe, expect, it } from 'vitest';
import { namedThing } from '../../src/import/names.js';
import { isNotAName, possessorOf } from '../../src/import/not-a-name.js';
import { urlActor } from '../../src/import/url-actor.js';
import { claims } from '../support/import-page.js';

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

  it('keeps a company form after a comma in one item ("Brinewood, Inc.")', () => {
    expect(
      claims(
        'Kelp Growers Network\nIts members include Brinewood, Inc., Tidewater Growers Union and Saltmarsh Holdings, Ltd.',
      ),
    ).toEqual([
      'Brinewood Inc MEMBER_OF Kelp Growers Network',
      'Tidewater Growers Union MEMBER_OF Kelp Growers Network',
      'Saltmarsh Holdings Ltd MEMBER_OF Kelp Growers Network',
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
