// Session 22: half of one name joined by "and"/"et"/"e" is no body's name (invented bodies and sentences).
import { describe, expect, it } from 'vitest';
import { isHalfOfJoinedName } from '../../src/import/joined-name.js';
import { nameShapeFault } from '../../src/import/name-shape-guard.js';
import { namedThing } from '../../src/import/names.js';

const fault = (name: string, evidence: string) => nameShapeFault(name, evidence, false);

describe('a name cut at a conjunction inside it', () => {
  it('is cut when the acronym after it spells both halves', () => {
    const members =
      'Its members: Unione Regionale Pescatori e Artigiani (URPA) ; Brine Mutual (BM) ; Kelp Works.';
    expect(fault('Unione Regionale Pescatori', members)).toBe('cut');
    expect(fault('Artigiani', members)).toBe('cut');
    const english = 'It gathers the Harbour Farmers and Fishers Union (HFFU) and Kelp Works.';
    expect(isHalfOfJoinedName('Harbour Farmers', english)).toBe(true);
  });

  it('is cut when the acronym spells on past the conjunction, a region after it', () => {
    const network =
      'It works with the Réseau Intercontinental de Pêche Artisanale et Durable Europe (RIPAD EU).';
    expect(fault('Réseau Intercontinental de Pêche Artisanale', network)).toBe('cut');
    expect(fault('Durable Europe', network)).toBe('cut');
  });

  it('is cut across an elided article, whichever apostrophe the reader gave the name', () => {
    const network =
      'Avec le Réseau Intercontinental de Promotion de l’Economie Sociale et Solidaire Kelp (RIPESS K).';
    expect(fault("Réseau Intercontinental de Promotion de l'Economie Sociale", network)).toBe(
      'cut',
    );
    expect(fault('Solidaire Kelp', network)).toBe('cut');
  });

  it('is cut when it ends on a given name before another person: a body named after a couple', () => {
    const fund = 'Le fonds est soutenu par la Fondation Claire et Paul Marchand et par Kelp Works.';
    expect(fault('Fondation Claire', fund)).toBe('cut');
  });

  it('is cut when its last word and the next one form one country', () => {
    const league = 'The Credit Union League of Trinidad and Tobago is affiliated to Brine Mutual.';
    expect(fault('Credit Union League of Trinidad', league)).toBe('cut');
  });

  it('leaves two bodies joined by "and"/"et" whole', () => {
    // The acronym spells one of them only, or there is none; the second is no person nor country.
    const pair = 'Le réseau rassemble la Maison de Roubaix et Graines de Quartier.';
    expect(fault('Maison de Roubaix', pair)).toBeNull();
    const own = 'It works with Brine Mutual and Kelp Works (KW).';
    expect(isHalfOfJoinedName('Brine Mutual', own)).toBe(false);
    expect(isHalfOfJoinedName('Kelp Works', own)).toBe(false);
    const named = 'Kelp Works and Tarn Housing Co-operative signed an agreement.';
    expect(isHalfOfJoinedName('Kelp Works', named)).toBe(false);
  });

  it('is cut only when every place the sentence writes it is a half', () => {
    const twice = 'Harbour Farmers and Fishers Union (HFFU) was set up by Harbour Farmers.';
    expect(isHalfOfJoinedName('Harbour Farmers', twice)).toBe(false);
  });
});

describe('a name glued to the next sentence', () => {
  it('is cut at the lost space', () => {
    const glued = 'Its members are Brine Mutual and the Kelp Central Co-operative.The group grew.';
    expect(fault('Kelp Central Co-operative.The', glued)).toBe('cut');
    expect(fault('Saigon Co.op', 'It signed with Saigon Co.op.')).toBeNull();
  });
});

describe('Portuguese and Italian names run through their lowercase connectors', () => {
  it('keeps "dos", "em", "e", "delle" inside one name', () => {
    expect(namedThing('Associação Regional dos Pescadores em Cooperativas (ARPC)')).toBe(
      'Associação Regional dos Pescadores em Cooperativas',
    );
    expect(namedThing('Unione Regionale Pescatori e Artigiani')).toBe(
      'Unione Regionale Pescatori e Artigiani',
    );
    expect(namedThing('Lega delle Cooperative Marinare')).toBe('Lega delle Cooperative Marinare');
  });
});
