// Session 21: which body a news page is about, on invented pages (no page text copied).
import { describe, expect, it } from 'vitest';
import { acronymOf } from '../../src/import/actor-gloss.js';
import { repeatedName } from '../../src/import/repeated-name.js';
import { urlActor } from '../../src/import/url-actor.js';
import { parse } from '../support/import-page.js';

describe('a body the address spells', () => {
  it('keeps its whole name when the page writes its acronym before the kind word', () => {
    const text = [
      'The Marsh Valley Credit (MVC) Foundation, whose office is in Harbourtown, lends to two lenders.',
      'The Marsh Valley Credit (MVC) Foundation has lent to the Upland Savings Agency before.',
    ].join('\n');
    const address =
      'https://example.org/marsh-valley-credit-foundation-lends-to-upland-savings-agency';
    expect(urlActor(address, text)?.name).toBe('Marsh Valley Credit Foundation');
  });

  it('still names a body whose place ends its name', () => {
    const text = [
      'Orchard Network Scotland',
      'Orchard Network Scotland brings together the growers of the valley. Orchard Network Scotland meets twice a year.',
    ].join('\n');
    expect(urlActor('https://example.org/orchard-network-scotland', text)?.name).toBe(
      'Orchard Network Scotland',
    );
  });
});

describe('an acronym written before the kind word', () => {
  it('is the name’s acronym', () => {
    expect(
      acronymOf(
        'Marsh Valley Credit Foundation',
        'The Marsh Valley Credit (MVC) Foundation lends to small lenders.',
      ),
    ).toBe('MVC');
  });

  it('is not read before a word that is no kind of body', () => {
    expect(
      acronymOf('Marsh Valley Credit Report', 'The Marsh Valley Credit (MVC) Report is out.'),
    ).toBeNull();
  });
});

describe('the name the prose keeps writing', () => {
  it('is the body of a page no title or kind word names', () => {
    const prose = [
      'Alors que la semaine de l’épargne s’achève, Talvora publie son rapport annuel.',
      'Depuis sa création, Talvora soutient les entreprises de la vallée, et le conseil de Talvora se réunit chaque mois.',
    ].join('\n');
    expect(repeatedName(prose, null)).toBe('Talvora');
  });

  it('leaves out a place written after "en" and a sentence’s first word', () => {
    const prose = [
      'Talvora finance des entreprises en Bréville. Les entreprises en Bréville emploient mille personnes.',
      'Les salariés travaillent en Bréville. Les associés se réunissent.',
    ].join('\n');
    expect(repeatedName(prose, null)).toBeNull();
  });

  it('needs to stand out: two names as often are no reading', () => {
    const prose =
      'Le protocole lie le Talvora et le Bremmel. La présidente du Talvora et celle du Bremmel ont signé, puis le Talvora et le Bremmel ont fêté.';
    expect(repeatedName(prose, null)).toBeNull();
  });

  it('names a page whose other readings find no body', () => {
    const parsed = parse(
      [
        'https://news.example.org/article/the-valley-fund-has-helped-300-firms',
        'Alors que la semaine de l’épargne s’achève, Talvora publie son rapport annuel et annonce de bonnes nouvelles.',
        'Depuis sa création, Talvora soutient les entreprises de la vallée, et le conseil de Talvora se réunit chaque mois pour choisir les projets.',
      ].join('\n'),
    );
    expect(parsed.name).toBe('Talvora');
  });
});
