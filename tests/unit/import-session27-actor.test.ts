// Session 27: words of a page that are no body's name (invented pages, French and English).
import { describe, expect, it } from 'vitest';
import { NOT_A_BODY } from '../../src/import/page-actor.js';
import { urlActor } from '../../src/import/url-actor.js';

describe('a co-operative’s legal form after its name', () => {
  const text = [
    'Cooperativa Agrícola do Vale do Sousa CRL',
    'The Cooperativa Agrícola do Vale do Sousa (COOPSOUSA) was founded in 1979 by two hundred farmers.',
    'COOPSOUSA is a member of the national confederation and COOPSOUSA runs two wine cellars.',
  ].join('\n');

  it('is no body, as SARL is not', () => {
    for (const form of ['CRL', 'CCRL', 'SARL']) expect(NOT_A_BODY.has(form), form).toBe(true);
  });

  it('is not read off the address for the body whose name it closes', () => {
    const read = urlActor(
      'https://www.rural-projects.eu/cooperativa-agricola-do-vale-do-sousa-crl/',
      text,
    );
    expect(read?.name).not.toBe('CRL');
    expect(read?.acronym ?? null).not.toBe('CRL');
  });

  it('leaves an acronym the address spells that is a body', () => {
    const read = urlActor('https://www.rural-projects.eu/coopsousa-crl/', text);
    expect(read?.acronym).toBe('COOPSOUSA');
  });
});

describe('an elided article before a lowercase noun', () => {
  it('opens a sentence and names no body, though the host spells the noun (French)', () => {
    const text = [
      'Des coopératives qui réinventent la transition',
      'L’énergie citoyenne s’étend en Suisse romande avec deux nouvelles coopératives.',
      'L’énergie produite sur les toits est partagée entre voisins. La coopérative Soleil Commun en compte trente.',
    ].join('\n');
    expect(urlActor('https://energie-citoyenne.ch/les-cooperatives/', text)).toBeNull();
  });

  it('leaves a name that capitalises its noun after the article', () => {
    const text = [
      'L’Atelier Paysan forme des paysans à l’autoconstruction de leurs outils.',
      'Les formations de L’Atelier Paysan ont lieu dans toute la France.',
    ].join('\n');
    expect(urlActor('https://www.latelierpaysan.org/formations', text)?.name).toMatch(/Atelier/u);
  });
});
