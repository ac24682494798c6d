// Session 14: general wordings of funding, partnership and incoming lists (invented sentences only).
import { describe, expect, it } from 'vitest';
import { claims } from '../support/import-page.js';

describe('funders in the words pages use', () => {
  it('reads "thanks to the funding of A and B" as one FUNDS per funder', () => {
    expect(
      claims(
        'Northern Coast Cooperative Network\nThanks to the funding of the Regional Investment Bank and the Lighthouse Trust, the network opened a training centre.',
      ),
    ).toEqual([
      'Regional Investment Bank FUNDS Northern Coast Cooperative Network',
      'Lighthouse Trust FUNDS Northern Coast Cooperative Network',
    ]);
  });

  it('reads "with the financial support of" and "grâce au financement de"', () => {
    expect(
      claims(
        'Northern Coast Cooperative Network\nThe network was set up with the financial support of the Maple Foundation.',
      ),
    ).toContain('Maple Foundation FUNDS Northern Coast Cooperative Network');
    expect(
      claims(
        "Réseau Alpin des Tiers-Lieux\nLe réseau forme ses animateurs grâce au financement de la Fondation Horizon Vert et de l'Union Mutuelle des Monts.",
      ),
    ).toEqual([
      'Fondation Horizon Vert FUNDS Réseau Alpin des Tiers-Lieux',
      'Union Mutuelle des Monts FUNDS Réseau Alpin des Tiers-Lieux',
    ]);
  });

  it('reads a list of financial partners as funders, not as partners', () => {
    expect(
      claims(
        'Réseau Alpin des Tiers-Lieux\nSes partenaires financiers : la Fondation Bleu Azur, le Fonds Social Alpin et la Caisse Mutuelle des Monts.',
      ),
    ).toEqual([
      'Fondation Bleu Azur FUNDS Réseau Alpin des Tiers-Lieux',
      'Fonds Social Alpin FUNDS Réseau Alpin des Tiers-Lieux',
      'Caisse Mutuelle des Monts FUNDS Réseau Alpin des Tiers-Lieux',
    ]);
  });

  it('reads "X, which funds our work" as X funding the actor', () => {
    expect(
      claims(
        'Northern Coast Cooperative Network\nWe are grateful to the Harbourlight Trust, which funds our advice service.',
      ),
    ).toEqual(['Harbourlight Trust FUNDS Northern Coast Cooperative Network']);
  });

  it('leaves plain support out: "with the support of", "soutenu par" are not funding', () => {
    expect(
      claims(
        'Northern Coast Cooperative Network\nThe network was launched with the support of the Seaside Development Agency.',
      ),
    ).toEqual([]);
    expect(
      claims("Réseau Alpin des Tiers-Lieux\nLe réseau est soutenu par l'Union Mutuelle des Monts."),
    ).toEqual([]);
  });
});
