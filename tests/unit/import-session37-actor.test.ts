// Session 37 (helper actor): a closing legal form is no part of a body's name (annotation
// convention 1), unless the page writes one name with two forms to tell bodies apart.
import { describe, expect, it } from 'vitest';
import { withoutLegalFormTail } from '../../src/import/legal-form-tail.js';
import { claims, parse } from '../support/import-page.js';

describe('a closing legal form', () => {
  it('is dropped after a comma or not, abbreviated or written out', () => {
    expect(withoutLegalFormTail('Brookfield Orchards Limited')).toBe('Brookfield Orchards');
    expect(withoutLegalFormTail('Heron Mills, Inc.')).toBe('Heron Mills');
    expect(withoutLegalFormTail('Atelier des Saules asbl')).toBe('Atelier des Saules');
    expect(withoutLegalFormTail('Lindenhof Kulturverein e.V.')).toBe('Lindenhof Kulturverein');
    expect(withoutLegalFormTail('Énergie du Plateau SCIC SA')).toBe('Énergie du Plateau');
    expect(withoutLegalFormTail('Saltmarsh Grain Australia Pty Ltd')).toBe(
      'Saltmarsh Grain Australia',
    );
  });

  it('keeps the words of the name: "Co.", "Society", a form written before the name', () => {
    expect(withoutLegalFormTail('Harrow Valley Co-operative Co. Limited')).toBe(
      'Harrow Valley Co-operative Co.',
    );
    expect(withoutLegalFormTail('Fenwick Co-operative Society Ltd')).toBe(
      'Fenwick Co-operative Society',
    );
    expect(withoutLegalFormTail('Société coopérative de la Vallée Verte')).toBe(
      'Société coopérative de la Vallée Verte',
    );
    expect(withoutLegalFormTail('SCIC Bois des Collines')).toBe('SCIC Bois des Collines');
  });

  it('is a word of the name after a connector, and never the whole name', () => {
    expect(withoutLegalFormTail('Union régionale des Scop et des Scic')).toBe(
      'Union régionale des Scop et des Scic',
    );
    expect(withoutLegalFormTail('Limited')).toBe('Limited');
  });

  it('stays where the page writes one name with two forms, to tell the bodies apart', () => {
    const prose =
      'Kelpmilch eG founded Kelpmilch AG in 1999. In 2005 Brandmolkerei GmbH took over the dairies of Kelpmilch AG.';
    expect(withoutLegalFormTail('Brandmolkerei GmbH', prose)).toBe('Brandmolkerei GmbH');
    expect(
      withoutLegalFormTail(
        'Brandmolkerei GmbH',
        'Depuis sa création, Brandmolkerei GmbH trait le lait.',
      ),
    ).toBe('Brandmolkerei');
  });
});

describe('the page actor', () => {
  it('loses the legal form its title closes with, in English', () => {
    const parsed = parse(
      [
        'Brookfield Orchards Limited',
        '',
        'Brookfield Orchards Limited is a fruit growers’ co-operative in the Tamar valley. It was founded in 1962 by twelve growers.',
      ].join('\n'),
    );
    expect(parsed.name).toBe('Brookfield Orchards');
  });

  it('loses it in French, a form after the name', () => {
    const parsed = parse(
      [
        'Atelier des Saules asbl',
        '',
        "L'Atelier des Saules asbl accompagne des jeunes vers l'emploi à Namur. En 2015, l'atelier a ouvert une menuiserie.",
      ].join('\n'),
    );
    expect(parsed.name).toBe('Atelier des Saules');
  });
});

describe('a new body named in a relation', () => {
  const read = (actor: string, sentence: string) => claims(`${actor}\n\n${sentence}`);

  it('loses the legal form its name closes with, in English and French', () => {
    expect(
      read(
        'Tamar Growers Federation',
        'The Tamar Growers Federation is a member of Westcountry Food Alliance Limited.',
      ),
    ).toEqual(['Tamar Growers Federation MEMBER_OF Westcountry Food Alliance']);
    expect(
      read(
        'Réseau des Saules',
        'Le Réseau des Saules a été fondé en 1998 par la Menuiserie du Quai asbl.',
      ),
    ).toEqual(['Menuiserie du Quai FOUNDED Réseau des Saules']);
  });

  it('keeps a form the page needs to tell two bodies apart', () => {
    expect(
      read(
        'Brandmolkerei eG',
        'Brandmolkerei eG is a member of Brandmolkerei GmbH. It was founded in 1950.',
      ),
    ).toEqual(['Brandmolkerei eG MEMBER_OF Brandmolkerei GmbH']);
  });
});
