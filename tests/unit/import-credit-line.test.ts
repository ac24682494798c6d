// Session 31 (aboutactor): a photo or copyright credit line is page furniture, never the actor's name.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/import/parse.js';

const parse = (text: string) => parseProfile(new TextEncoder().encode(text), 'page.txt');

describe('credit lines', () => {
  it('a French credit line above the title is skipped', () => {
    const page = [
      'https://example.org/qui-sommes-nous',
      '© Jeanne Martin',
      'Réseau Vallée Solidaire',
      'Le Réseau Vallée Solidaire fédère les coopératives de la vallée.',
    ].join('\n');
    expect(parse(page).name).toBe('Réseau Vallée Solidaire');
  });

  it('an English photo credit and a copyright line are skipped', () => {
    const page = [
      'https://example.org/about',
      'Photo: Harbour Lights Farm',
      'Copyright 2019 Northern Grain Co-op',
      'Coastal Food Network',
      'The Coastal Food Network brings together food co-operatives of the coast.',
    ].join('\n');
    expect(parse(page).name).toBe('Coastal Food Network');
  });

  it('a name that only begins like a credit word stays a name', () => {
    const page = [
      'https://example.org/about',
      'Photographers Co-operative Alliance',
      'The Photographers Co-operative Alliance unites worker co-operatives of photographers.',
    ].join('\n');
    expect(parse(page).name).toBe('Photographers Co-operative Alliance');
    const credit = [
      'https://example.org/a-propos',
      'Crédit photo : Marc Dupuis',
      'Crédit Coopératif Solidaire',
      'Le Crédit Coopératif Solidaire finance les entreprises de l’économie sociale.',
    ].join('\n');
    expect(parse(credit).name).toBe('Crédit Coopératif Solidaire');
  });
});
