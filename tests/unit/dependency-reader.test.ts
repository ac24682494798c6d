// The parser experiment's dependency reader on invented sentences, parsed once by CoreNLP 4.5.7 (tests/fixtures/parsed/invented.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Parse } from '../../scripts/parsed/corenlp-client.js';
import { DependencyReader } from '../../scripts/parsed/dependency-reader.js';
import type { Matcher } from '../../src/import/match.js';

const parses = JSON.parse(readFileSync('tests/fixtures/parsed/invented.json', 'utf8')) as Record<
  string,
  { language: 'en' | 'fr'; parse: Parse }
>;
// A graph that knows no body: every other end is proposed as new.
const emptyGraph = { matchPhrase: () => undefined, entries: [] } as unknown as Matcher;
const actor = { match: null, name: 'Coastal Solidarity Network', acronym: null };

function read(text: string): string[] {
  const page = parses[text];
  if (!page) throw new Error(`no parse for: ${text}`);
  const reader = new DependencyReader(actor, emptyGraph);
  return page.parse.sentences
    .flatMap((sentence) => reader.readSentence(sentence, text))
    .map((r) => `${r.from.name} ${r.type} ${r.to.name}`);
}

describe('dependency reader', () => {
  it('reads "A and B provided C with a grant" as each listed funder funding C', () => {
    expect(
      read(
        'The Green Valley Fund and the Harbour Foundation provided the Riverside Cooperative with a grant.',
      ),
    ).toEqual([
      'Green Valley Fund FUNDS Riverside Cooperative',
      'Harbour Foundation FUNDS Riverside Cooperative',
    ]);
  });

  it('reads a passive founding with "the network" as the profiled actor', () => {
    expect(read('The network was founded by Oak Tree Alliance and Maple Credit Union.')).toEqual([
      'Oak Tree Alliance FOUNDED Coastal Solidarity Network',
      'Maple Credit Union FOUNDED Coastal Solidarity Network',
    ]);
  });

  it('reads "its members include" as every conjunct a member of the actor', () => {
    expect(
      read('Its members include Blue River Network, Sunrise Cooperative and Hilltop Trust.'),
    ).toEqual([
      'Blue River Network MEMBER_OF Coastal Solidarity Network',
      'Sunrise Cooperative MEMBER_OF Coastal Solidarity Network',
      'Hilltop Trust MEMBER_OF Coastal Solidarity Network',
    ]);
  });

  it('reads "received financial support from" as funding, but not support alone', () => {
    expect(read('It received financial support from the Northern Development Agency.')).toEqual([
      'Northern Development Agency FUNDS Coastal Solidarity Network',
    ]);
    expect(read('The project was strategically supported by Silver Lake Network.')).toEqual([]);
  });

  it('reads the French "a reçu une subvention de", "est membre de" and "créée par"', () => {
    expect(read("L'association a reçu une subvention de la Fondation Solidaire du Nord.")).toEqual([
      'Fondation Solidaire du Nord FUNDS Coastal Solidarity Network',
    ]);
    expect(read("Le réseau est membre de l'Union Régionale des Coopératives.")).toEqual([
      'Coastal Solidarity Network MEMBER_OF Union Régionale des Coopératives',
    ]);
    expect(
      read("Elle a été créée par la Coopérative Les Jardins et l'Association Terre Vive."),
    ).toEqual([
      'Coopérative Les Jardins FOUNDED Coastal Solidarity Network',
      'Association Terre Vive FOUNDED Coastal Solidarity Network',
    ]);
  });
});
