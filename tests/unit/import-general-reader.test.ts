// Session 15: the general fallback reader (bodies, one cue, their order), on invented sentences only.
import { describe, expect, it } from 'vitest';
import { type ReaderContext, readGenerally } from '../../src/import/general-reader.js';
import { claims } from '../support/import-page.js';

const SELF = { match: null, name: 'Tidewater Makers Network' };

/** A small stand-in for the extractor: the actor by name or "the network"/"il", others by capitals. */
const context: ReaderContext = {
  self: SELF,
  refersToSelf: (text) =>
    /Tidewater Makers Network|the network|le réseau|(?<!\p{L})(?:it|il)(?!\p{L})/iu.test(text),
  isSelf: (end) => end.name === SELF.name,
  resolve: (phrase) => {
    const name = phrase.replace(/^\s*(?:the|la|le|les|l')\s*/iu, '').trim();
    return /^\p{Lu}/u.test(name) && !/^(?:Jane|Paul)\s/u.test(name)
      ? { match: null, name, confidence: 0.9 }
      : undefined;
  },
  othersIn: (text) =>
    [
      ...text
        .replace(/Tidewater Makers Network/gu, ' ')
        .matchAll(/\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+|\p{Lu}{2,}/gu),
    ].map((match) => ({ match: null, name: match[0], confidence: 0.9 })),
};

const read = (sentence: string) =>
  readGenerally(sentence, context).map((r) => `${r.from.name} ${r.type} ${r.to.name}`);

describe('the general reader: one cue, its direction from the order', () => {
  const T = 'Tidewater Makers Network';
  it.each([
    ["Le réseau a signé une convention avec l'Agence Bleue.", `${T} PARTNER_OF Agence Bleue`],
    ['It co-founded the Estuary Repair Guild.', `${T} FOUNDED Estuary Repair Guild`],
    ['Le réseau est issu du Collectif Marée Haute.', `${T} EMERGED_FROM Collectif Marée Haute`],
    ["Le réseau a été fondé par l'Union Côtière.", `Union Côtière FOUNDED ${T}`],
    ['The network is an initiative of the Estuary Guild.', `Estuary Guild INITIATED ${T}`],
  ])('reads one cue forward, or flipped by a passive marker: %s', (sentence, claim) => {
    expect(read(sentence)).toEqual([claim]);
  });

  // Session 22: a membership or a part from a cue and word order alone was 1 right of 19 on unseen rounds.
  it.each([
    'In 2016 the network signed up as an affiliate of Harbour Union.',
    'The network is a regional branch of Makers United.',
  ])('reads no membership or part from word order alone: %s', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it('gives one funder per item after "funded by"', () => {
    expect(read('The network is funded by the Harbour Trust and Coast Bank.')).toEqual([
      `Harbour Trust FUNDS ${T}`,
      `Coast Bank FUNDS ${T}`,
    ]);
  });

  it('flips on an owner: "its members include", "compte parmi ses adhérents", a count of members', () => {
    expect(read('Its members include Bay Tools, Cove Workshop and Pier Lab.')).toEqual([
      'Bay Tools MEMBER_OF Tidewater Makers Network',
      'Cove Workshop MEMBER_OF Tidewater Makers Network',
      'Pier Lab MEMBER_OF Tidewater Makers Network',
    ]);
    expect(read('Le réseau compte parmi ses adhérents la Ressourcerie Ouest.')).toEqual([
      'Ressourcerie Ouest MEMBER_OF Tidewater Makers Network',
    ]);
    expect(
      read('The network has 40 member workshops, for example Bay Tools and Pier Lab.'),
    ).toEqual([
      'Bay Tools MEMBER_OF Tidewater Makers Network',
      'Pier Lab MEMBER_OF Tidewater Makers Network',
    ]);
  });

  it('reads another body acting on the actor named right after the cue', () => {
    expect(read('Coast Bank sponsors the network.')).toEqual([
      'Coast Bank FUNDS Tidewater Makers Network',
    ]);
    expect(read('Coast Bank sponsors the network of River Schools.')).toEqual([]);
  });
});

describe('the general reader: guards', () => {
  it('says nothing when two cue types meet in one clause', () => {
    expect(read('The network funds and joins Harbour Union.')).toEqual([]);
  });

  it('reads no founding from "founding member": one membership cue, off in word order', () => {
    expect(read('The network is a founding member of Harbour Union.')).toEqual([]);
  });

  it('needs the actor alone on its side and a name first in the list', () => {
    expect(read('Harbour Union and the network joined Coast Alliance.')).toEqual([]);
    expect(read('The network announced grants totaling $5,000 to Dune Workshop.')).toEqual([]);
    expect(read('The network was launched in October 2012.')).toEqual([]);
  });

  it('skips a capitalised cue (part of a name), a person, a date, a possessive', () => {
    expect(read('The network works at the Partnership Hall.')).toEqual([]);
    expect(read('Madame Durand est devenue membre du réseau.')).toEqual([]);
    expect(read("Its members include Harbour Union's board.")).toEqual([]);
  });
});

describe('the general reader inside the importer (invented pages)', () => {
  it('reads a sentence no rule reads', () => {
    expect(
      claims(
        'Tidewater Makers Network\nToday the network collaborates closely with the Estuary Repair Guild.',
      ),
    ).toEqual(['Tidewater Makers Network PARTNER_OF Estuary Repair Guild']);
  });

  it('says nothing in a negated or hypothetical sentence', () => {
    expect(
      claims(
        'Tidewater Makers Network\nThe network might collaborate with the Estuary Repair Guild.',
      ),
    ).toEqual([]);
  });
});
