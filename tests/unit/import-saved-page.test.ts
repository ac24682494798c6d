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

describe("a title line that names the site's section or the encyclopedia beside the body", () => {
  it('leaves out "Home", "Accueil" and "Wikipédia" parts after a dash or a bar', () => {
    const home = page(
      'https://www.example.org/\nHarbour Kelp Network - Home\nThe Harbour Kelp Network brings together seaweed cooperatives. It is a member of the Coastal Federation.',
    );
    expect(home.actor.name).toBe('Harbour Kelp Network');
    const accueil = page(
      "https://www.example.fr/\nAccueil | Réseau des Algues du Nord\nLe Réseau des Algues du Nord regroupe les coopératives de récoltants. Il est membre de l'Union Côtière.",
    );
    expect(accueil.actor.name).toBe('Réseau des Algues du Nord');
    const article = page(
      "https://fr.wikipedia.org/wiki/Kelpia\nKelpia — Wikipédia\nKelpia est une coopérative agricole française fondée en 1950. Elle est membre de l'Union Côtière.",
    );
    expect(article.actor.name).toBe('Kelpia');
    const english = page(
      'https://en.wikipedia.org/wiki/Brine_Mutual\nBrine Mutual - Wikipedia, the free encyclopedia\nBrine Mutual is a mutual insurer founded in 1901.',
    );
    expect(english.actor.name).toBe('Brine Mutual');
  });

  it('keeps a name whose parts after a dash are words of the name', () => {
    const result = page(
      'https://www.example.org/about\nKELPI - Kelp Initiative Internationale\nKELPI - Kelp Initiative Internationale is a federation of seaweed growers founded in 1999.',
    );
    expect(result.actor.name).toBe('KELPI - Kelp Initiative Internationale');
  });
});
