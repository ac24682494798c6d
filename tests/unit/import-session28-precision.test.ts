// Session 28: ends that are no whole body (a name cut inside a shared head, a legal form alone), on invented sentences only.
import { describe, expect, it } from 'vitest';
import { isHalfOfJoinedName } from '../../src/import/joined-name.js';
import { nameShapeFault } from '../../src/import/name-shape-guard.js';
import { claims } from '../support/import-page.js';

const fault = (name: string, evidence: string) => nameShapeFault(name, evidence, false);

describe('an adjective before "and" waits for the noun after it', () => {
  it('makes both sides halves of one name', () => {
    const founders =
      'The hub was set up by the Brine Growers Union, the Academy of Coastal and Island Studies and four co-ops.';
    expect(fault('Academy of Coastal', founders)).toBe('cut');
    expect(fault('Island Studies', founders)).toBe('cut');
    const council = 'It sits on the Economic and Maritime Council of Kelpland.';
    expect(isHalfOfJoinedName('Maritime Council of Kelpland', council)).toBe(true);
  });

  it('leaves a whole name ending on a noun, a kind word or a place whole', () => {
    const pair = 'It works with the Dune Research Trust and Harbour Works.';
    expect(fault('Dune Research Trust', pair)).toBeNull();
    expect(fault('Harbour Works', pair)).toBeNull();
    const coop = 'Members include the Saltmarsh Cooperative and Pier Time Bank.';
    expect(isHalfOfJoinedName('Saltmarsh Cooperative', coop)).toBe(false);
    expect(isHalfOfJoinedName('Pier Time Bank', coop)).toBe(false);
  });

  it('reads French adjectives written after their noun as they are (no shared head)', () => {
    const french = 'Le réseau travaille avec la Maison Rurale et Terres de Brume.';
    expect(fault('Maison Rurale', french)).toBeNull();
    expect(fault('Terres de Brume', french)).toBeNull();
  });
});

describe('an acronym spelling the tail of the words before "and" and the words after it', () => {
  it('makes both sides halves of one name', () => {
    const founders =
      'Founded by Kelp Aid, Dunmore Weaving Research and Training Centre (WRTC) and the town council.';
    expect(fault('Dunmore Weaving Research', founders)).toBe('cut');
    expect(fault('Training Centre', founders)).toBe('cut');
  });

  it('leaves two bodies apart when the acronym spells the second only', () => {
    const pair = 'Founded by Dunmore Weaving Guild and Training Centre Kelp (TCK).';
    expect(fault('Dunmore Weaving Guild', pair)).toBeNull();
  });
});

describe('a legal form alone', () => {
  it('is no body, written out or abbreviated, in French', () => {
    const status = "Grâce au statut de Société coopérative d'intérêt collectif, créé en 2001.";
    expect(fault("Société coopérative d'intérêt collectif", status)).toBe('kind');
    expect(fault('SCIC', 'Le statut de SCIC, créé en 2001.')).toBe('kind');
    expect(fault('Association loi 1901', 'Une Association loi 1901 fondée en 2010.')).toBe('kind');
  });

  it('still lets a name after a legal form, or a name holding one, stand', () => {
    const named = "La Société coopérative d'intérêt collectif Brume Verte est née en 2012.";
    expect(fault("Société coopérative d'intérêt collectif Brume Verte", named)).toBeNull();
    expect(fault('Scop Bois de Brume', 'La Scop Bois de Brume recrute.')).toBeNull();
  });
});

describe("a project's record", () => {
  const record = (title: string, labels: string) =>
    claims(
      `${title}\n\n${labels}\n\nPartners: Dune Guild (Kelpland), Brine Mutual, Harbour Works.`,
    );

  it('gives its partners to no one when its labels name no lead (English and French)', () => {
    const english = 'Project duration: March 2011 – May 2013\n\nProject status: concluded';
    expect(record('SEAWEAVE, weaving the coast together', english)).toEqual([]);
    const french = 'Durée du projet : 2015-2017\n\nBudget du projet : 80 000 euros';
    expect(record('BRUMALIA, tisser la côte', french)).toEqual([]);
  });

  it("leaves a body's partners when its page carries one project's box or one label", () => {
    const labels = 'Project duration: March 2011 – May 2013\n\nProject status: concluded';
    expect(record('Kelp Coast Network', labels)).toContain(
      'Kelp Coast Network PARTNER_OF Brine Mutual',
    );
    expect(record('SEAWEAVE', 'Project duration: March 2011 – May 2013')).toContain(
      'SEAWEAVE PARTNER_OF Brine Mutual',
    );
  });
});

describe('an adjective that ends a whole name', () => {
  it('keeps a name whose adjective follows a name word, not a linking word', () => {
    const pair =
      'It was set up by Brine Mutual and Kelp Works, with Dune International and Pier Aid.';
    expect(fault('Brine Mutual', pair)).toBeNull();
    expect(fault('Kelp Works', pair)).toBeNull();
    expect(fault('Dune International', pair)).toBeNull();
    expect(fault('Pier Aid', pair)).toBeNull();
  });
});
