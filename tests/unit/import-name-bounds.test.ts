// Session 27: where a body's name begins and ends (invented text): a legal form before it, its
// acronym or a modal verb after it.
import { describe, expect, it } from 'vitest';
import { leadingLegalForm } from '../../src/import/legal-form-prefix.js';
import { listItems } from '../../src/import/list-items.js';
import { namedThing, withoutLeadingWords } from '../../src/import/names.js';

const phrases = (segment: string) => listItems(segment).map((item) => item.phrase);

describe('a legal form written before a name', () => {
  it('drops an association’s or a company’s form (Belgian, French usage)', () => {
    expect(namedThing("l'ASBL Vents de Kelp")).toBe('Vents de Kelp');
    expect(withoutLeadingWords("l'asbl Les Amis du Kelp")).toBe('Amis du Kelp');
    expect(namedThing('la SARL Brine Conseil')).toBe('Brine Conseil');
  });

  it('drops a co-operative status before an article only', () => {
    expect(namedThing('la Scop la Brinière')).toBe('Brinière');
    // "SCIC Kelp Habitat": how such a body writes its own name.
    expect(namedThing('la SCIC Kelp Habitat')).toBe('SCIC Kelp Habitat');
  });

  it('drops a written-out form, even before a name shaped as a person’s', () => {
    expect(namedThing("le Groupement d'Intérêt Economique Val de Brine")).toBe('Val de Brine');
    expect(namedThing('la Société coopérative de production Kelp Bois')).toBe('Kelp Bois');
    // Without the form, "Val de Brine" reads as a person's name and is no body.
    expect(namedThing('Val de Brine')).toBeUndefined();
  });

  it('reads one word after the form as a body, which alone it is not', () => {
    expect(namedThing('des SCOP la Péniche')).toBe('Péniche');
    expect(namedThing('Péniche')).toBeUndefined();
  });

  it('keeps "Scop" as a kind word in running text and inside a name', () => {
    expect(leadingLegalForm('les Scop de la région')).toBe('');
    expect(namedThing('les Scop de la région')).toBeUndefined();
    expect(namedThing('Union régionale des Scop et Scic Kelp')).toBe(
      'Union régionale des Scop et Scic Kelp',
    );
    // A place after the form is the regional body's name, not a place.
    expect(namedThing('la Scop Auvergne-Rhône-Alpes')).toBe('Scop Auvergne-Rhône-Alpes');
  });

  it('keeps a name whose words are no legal form ("Crédit Coopératif", a closing "Ltd")', () => {
    expect(namedThing('le Crédit Coopératif')).toBe('Crédit Coopératif');
    expect(namedThing('Kelp Traders Ltd')).toBe('Kelp Traders Ltd');
  });
});

describe('what ends a name after it', () => {
  it('ends an item at its acronym when the sentence goes on in lowercase', () => {
    expect(
      phrases('le Centre Kelp du Grand Brine (CKGB) vont promouvoir « la coopération » ici'),
    ).toEqual(['le Centre Kelp du Grand Brine']);
    // A complement after the acronym stays the name's.
    expect(phrases('la Fondation Kelp (FK) de Brine')).toEqual(['la Fondation Kelp de Brine']);
  });

  it('ends an item at a modal or future auxiliary (English and French)', () => {
    expect(phrases('Kelp Union and the Brine Trust will open a shop')).toEqual([
      'Kelp Union',
      'the Brine Trust',
    ]);
    expect(phrases('le Réseau Kelp et la Maison Brine vont ouvrir un atelier')).toEqual([
      'le Réseau Kelp',
      'la Maison Brine',
    ]);
  });

  it('refuses a lowercase-headed name that runs into a clause or a quotation', () => {
    expect(namedThing('Centre francophone du Grand Brine vont promouvoir')).toBeUndefined();
    expect(namedThing('Centre francophone du Grand Brine « la coopération »')).toBeUndefined();
    expect(namedThing("Conseil régional de l'alimentation de Kelp")).toBe(
      "Conseil régional de l'alimentation de Kelp",
    );
  });
});
