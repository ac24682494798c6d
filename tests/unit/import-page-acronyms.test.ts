// Session 23: an acronym the page spells out once names its body in full when written alone
// (invented bodies and pages, English and French).
import { describe, expect, it } from 'vitest';
import { pageAcronyms } from '../../src/import/page-acronyms.js';
import { claims, page } from '../support/import-page.js';

describe('the acronyms a page spells out', () => {
  it('reads "Full Name (ACR)", articles and possessives aside', () => {
    const table = pageAcronyms(
      "The Coastal Agency for Rural Enterprise (CARE) granted $2m. On the heels of Tarn Council of Kelp Unions' (TCKU) anniversary, …",
    );
    expect(table.get('CARE')).toBe('Coastal Agency for Rural Enterprise');
    expect(table.get('TCKU')).toBe('Tarn Council of Kelp Unions');
  });

  it('reads "ACR (Full Name)" and "ACR – Full Name –"', () => {
    const table = pageAcronyms(
      "$3,000 to BRISCO (Brine Students of Cooperation) for a handbook. Kelp et l'IREK – Innovations et Réseaux pour l'Entraide Kelp – organisent une table ronde.",
    );
    expect(table.get('BRISCO')).toBe('Brine Students of Cooperation');
    expect(table.get('IREK')).toBe("Innovations et Réseaux pour l'Entraide Kelp");
  });

  it('reads a French name written in lowercase before its acronym', () => {
    expect(
      pageAcronyms(
        "Le projet est financé par l'association pour le développement des cultures maraîchères (ADCM).",
      ).get('ADCM'),
    ).toBe('association pour le développement des cultures maraîchères');
  });

  it('takes no words that do not spell the acronym, and no acronym spelled two ways', () => {
    const table = pageAcronyms(
      'It met Paul Durand (PD) and the board. Kelp Trust (KT) and later Kelp Tarn (KT) joined. A report (2019) by the Tarn Fund (TF).',
    );
    expect(table.has('KT')).toBe(false);
    expect(table.get('PD')).toBe('Paul Durand');
    expect(table.get('TF')).toBe('Tarn Fund');
    expect(pageAcronyms('Banque Populaire du Nord (BPN) opened a branch.').get('BPN')).toBe(
      'Banque Populaire du Nord',
    );
    // A heading word before the name spells nothing: it stays out.
    expect(pageAcronyms('Partners: Brine Housing Network (BHN).').get('BHN')).toBe(
      'Brine Housing Network',
    );
  });
});

describe('a new body the page names by its acronym alone', () => {
  it('is proposed under its full name, with the acronym for the new actor', () => {
    const text =
      'Tarn Housing Network\nThe Coastal Agency for Rural Enterprise (CARE) backs rural housing. Tarn Housing Network is funded by CARE.';
    expect(claims(text)).toEqual([
      'Coastal Agency for Rural Enterprise FUNDS Tarn Housing Network',
    ]);
    expect(page(text).newActors).toEqual([
      { name: 'Coastal Agency for Rural Enterprise', acronym: 'CARE', kind: 'PublicBody' },
    ]);
  });

  it('is left as written when the page never spells the acronym', () => {
    expect(
      claims('Tarn Housing Network\nTarn Housing Network is funded by CARE and by the Kelp Trust.'),
    ).toEqual(['CARE FUNDS Tarn Housing Network', 'Kelp Trust FUNDS Tarn Housing Network']);
  });
});
