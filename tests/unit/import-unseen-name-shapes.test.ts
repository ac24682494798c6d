import { describe, expect, it } from 'vitest';
import { nameShapeFault } from '../../src/import/name-shape-guard.js';
import { isFieldOfActivity } from '../../src/import/not-a-name.js';
import { isKnownPlace } from '../../src/import/place-lists.js';

// Invented bodies and sentences; the places are real cities and regions by design (a lexicon's).
const fault = (name: string, evidence = name) => nameShapeFault(name, evidence, false);

describe('a name that is only a known city, country or region', () => {
  it('is a place wherever the sentence writes it', () => {
    const trips = 'Tarn Housing organised study trips to Brussels and Amsterdam with its partners.';
    expect(fault('Amsterdam', trips)).toBe('place');
    expect(fault('The Hague', 'Kelp Works met Brine Mutual in The Hague.')).toBe('place');
    expect(isKnownPlace('South Australia')).toBe(true);
  });

  it('leaves an unknown word, a given name and a name that holds a kind word', () => {
    expect(isKnownPlace('Brinemoor')).toBe(false);
    expect(isKnownPlace('Victoria')).toBe(false);
    expect(
      fault('Amsterdam Housing Co-operative', 'It joined Amsterdam Housing Co-operative.'),
    ).toBeNull();
    expect(fault('Brinemoor', 'It joined Brinemoor last year.')).toBeNull();
  });
});

describe('a field of activity written with capitals', () => {
  it('names no body in English or French', () => {
    for (const field of ['Development', 'Civil Society', 'Performing Arts', 'Pêche', "l'Élevage"])
      expect(isFieldOfActivity(field)).toBe(true);
    expect(fault('Civil Society', 'the Kelso Fund for Local Community and Civil Society')).toBe(
      'field',
    );
  });

  it('leaves a field word glossed in parentheses as a body names it', () => {
    expect(
      fault('Pêche', 'Le collectif regroupe la Pêche (Brenac) et le Sol (Valouse).'),
    ).toBeNull();
  });

  it('leaves a name with a proper word or a kind of body', () => {
    for (const name of ['Brine Development', 'Research Guild', 'Civil Society Forum of Tarn'])
      expect(isFieldOfActivity(name)).toBe(false);
    expect(
      fault('Institute for Social Research', 'It joined the Institute for Social Research.'),
    ).toBeNull();
  });
});

describe('a label or a class rather than a body', () => {
  it('refuses a compound adjective ending on a participle', () => {
    expect(fault('Fair Trade–certified', 'They sell Fair Trade–certified coffees.')).toBe('label');
    expect(fault('Community-led', 'It backs Community-led homes.')).toBe('label');
    expect(fault('Women owned', 'It lends to Women owned shops.')).toBe('label');
  });

  it('refuses an acronym that qualifies a plural kind noun, and a kind noun alone', () => {
    expect(fault('HLB', 'Elle aide les 40 coopératives HLB membres de la fédération.')).toBe(
      'kind',
    );
    expect(fault('Institut', "Avec Brenac, l'Institut accueille des chercheurs.")).toBe('kind');
    expect(fault('Centre')).toBe('kind');
  });

  it('leaves an acronym written as a body elsewhere in the sentence, and names that end in capitals', () => {
    expect(fault('HLB', 'Les coopératives HLB et la HLB elle-même ont signé.')).toBeNull();
    expect(fault('Tarn Grown Limited', 'It joined Tarn Grown Limited.')).toBeNull();
    expect(fault('Kelp Co-operative', 'It joined Kelp Co-operative.')).toBeNull();
  });
});

describe('a part of a country or a class of members', () => {
  it('reads a point of the compass alone as a place', () => {
    for (const name of ['South', 'Sud-Ouest', 'North West']) expect(fault(name)).toBe('place');
    expect(fault('South Tarn Growers', 'It joined South Tarn Growers.')).toBeNull();
  });

  it('refuses members named by their plural kind, and keeps a body of members', () => {
    expect(fault('Member Credit Institutions of Kelp Bank')).toBe('kind');
    expect(fault('Membres fondateurs')).toBe('kind');
    expect(fault('Member Services Authority of Tarn')).toBeNull();
    expect(fault('Members Mutual of Brine')).toBeNull();
  });
});

describe('places joined by "and"/"et", and an action written as a name', () => {
  it('reads two places joined as one phrase as places', () => {
    expect(isKnownPlace("Soudan et de l'Egypte")).toBe(true);
    expect(isKnownPlace('Brussels and Amsterdam')).toBe(true);
    expect(isKnownPlace('Brinemoor and Amsterdam')).toBe(false);
  });

  it('refuses an action opened by its noun and "of"/"de"', () => {
    expect(fault('Establishment of the Tarn Guarantee Fund')).toBe('phrase');
    expect(fault("Mise en place d'un fonds de Brenac")).toBe('phrase');
    expect(
      fault('Promotion Sociale de Brenac', 'Il rejoint Promotion Sociale de Brenac.'),
    ).toBeNull();
  });
});
