// Session 28: an undertaking's lead named by a role label or by one item's gloss in its partners list.
import { describe, expect, it } from 'vitest';
import { claims } from '../support/import-page.js';

const project = (...lines: string[]) =>
  claims(
    [
      'Tarnel Bridges Project',
      '',
      'The Tarnel Bridges project links social enterprises in the Velmora valley.',
      '',
      ...lines,
    ].join('\n'),
  );
const projet = (...lines: string[]) =>
  claims(
    [
      'Projet Passerelles Orvane',
      '',
      'Le projet Passerelles Orvane relie les entreprises sociales de la vallée.',
      '',
      ...lines,
    ].join('\n'),
  );
const body = (...lines: string[]) =>
  claims(
    [
      'Velmora Cooperative Network (VCN)',
      '',
      'The Velmora Cooperative Network is a network of cooperatives.',
      '',
      ...lines,
    ].join('\n'),
  );

describe('an item glossed as the lead in a project partners list', () => {
  it('reads a numbered consortium list whose first item is the coordinator', () => {
    expect(
      project(
        'Partners',
        '',
        '1. Orvane Development Agency (Velmoria) – coordinator',
        '',
        '2. Kelmo Training Institute (Velmoria)',
        '',
        '3. Brisk Valley Foundation',
      ),
    ).toContain('Orvane Development Agency INITIATED Tarnel Bridges Project');
  });

  it('reads a French chef de file in parentheses', () => {
    expect(
      projet(
        'Partenaires',
        '',
        '- Agence de Développement Orvane (chef de file)',
        '- Institut de Formation Kelmo',
        '- Fondation Brisk',
      ),
    ).toContain('Agence de Développement Orvane INITIATED Projet Passerelles Orvane');
  });

  it('leaves a body page partners list as partners (trap)', () => {
    const found = body(
      'Partners: Orvane Development Agency (lead partner), Kelmo Training Institute, Brisk Valley Foundation',
    );
    expect(found.some((claim) => claim.includes('INITIATED'))).toBe(false);
  });

  it('reads no lead from a gloss that is a place or another role (trap)', () => {
    const found = project(
      'Partners',
      '',
      '1. Orvane Development Agency (Velmoria) – evaluator',
      '',
      '2. Kelmo Training Institute (coordination hub)',
      '',
      '3. Brisk Valley Foundation',
    );
    expect(found.some((claim) => claim.includes('INITIATED'))).toBe(false);
  });
});

describe('a coordinator label names one body', () => {
  it('takes the body before its place and acronym', () => {
    const found = project(
      'Coordinator: Orvane Development Agency, Velmoria, ODA',
      '',
      'Partners: Kelmo Training Institute, Brisk Valley Foundation',
    );
    expect(found).toContain('Orvane Development Agency INITIATED Tarnel Bridges Project');
    expect(found.filter((claim) => claim.includes('INITIATED'))).toHaveLength(1);
  });

  it('gives the lead no partnership with its own acronym, written beside it on the label', () => {
    const found = project(
      'Coordinator: Orvane Development Agency, Velmoria, ODA',
      '',
      'Partners: ODA (Velmoria), Kelmo Training Institute (Velmoria), Brisk Valley Foundation.',
    );
    expect(found).toContain('Orvane Development Agency PARTNER_OF Kelmo Training Institute');
    expect(found.some((claim) => claim.includes('PARTNER_OF ODA'))).toBe(false);
  });

  it('reads the French label, and no person or scientific coordinator (traps)', () => {
    expect(projet('Coordinateur : Agence de Développement Orvane')).toContain(
      'Agence de Développement Orvane INITIATED Projet Passerelles Orvane',
    );
    expect(project('Coordinator: Jane Marlow').some((c) => c.includes('INITIATED'))).toBe(false);
    expect(
      project('Scientific coordinator: Kelmo Training Institute').some((c) =>
        c.includes('INITIATED'),
      ),
    ).toBe(false);
  });

  it('names no initiator on a body page (trap)', () => {
    expect(
      body('Coordinator: Orvane Development Agency').some((claim) => claim.includes('INITIATED')),
    ).toBe(false);
  });
});
