// Artefacts of a saved page before its prose: a dateline and a PDF's page number (invented pages).
import { describe, expect, it } from 'vitest';
import { page } from '../support/import-page.js';

describe('a saved page that opens with a dateline or a page number', () => {
  it('reads the actor from the sentence after a "date YYYY-MM-DD" dateline', () => {
    const result = page(
      'https://news.example.org/kelp-growers-grants\n date 2021-05-04 The Harbour Kelp Federation recently announced grants to six seaweed cooperatives of the coast.',
    );
    expect(result.actor.name).toBe('Harbour Kelp Federation');
  });

  it('never takes a page number for the title', () => {
    const result = page(
      'https://docs.example.org/kelp-report.html\n4\nLa Fédération des Algues du Nord (FAN) regroupe depuis 2012 les coopératives de récoltants du littoral.',
    );
    expect(result.actor.name).toBe('Fédération des Algues du Nord');
    expect(result.actor.acronym).toBe('FAN');
  });
});
