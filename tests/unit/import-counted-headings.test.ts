// Session 26: a heading with a count still opens a list; a laureate project's carrier after its quoted title, each item with its description, on invented pages.
import { describe, expect, it } from 'vitest';
import { itemName } from '../../src/import/structure-reader.js';
import { claims } from '../support/import-page.js';

const EN = [
  'Velmora Cooperative Network (VCN)',
  '',
  'The Velmora Cooperative Network is a network of cooperatives in the Velmora valley.',
  '',
];
const FR = [
  'Métropole de Velmora',
  '',
  'La Métropole de Velmora soutient les projets de l’économie sociale et solidaire de son territoire.',
  '',
];
const read = (head: string[], ...lines: string[]) => claims([...head, ...lines].join('\n'));

describe('a heading with a count', () => {
  it('opens its list as the same heading without the count would ("Our 3 members")', () => {
    const found = read(
      EN,
      'Our 3 members',
      '',
      '• Tarnel Seed Bank',
      '• Brisk Valley Credit Union',
      '• Quillby Housing Trust',
    );
    for (const body of ['Tarnel Seed Bank', 'Brisk Valley Credit Union', 'Quillby Housing Trust'])
      expect(found).toContain(`${body} MEMBER_OF Velmora Cooperative Network`);
  });

  it('names no list when the count stands before another topic or is a year', () => {
    expect(
      read(EN, 'Our 3 projects', '', '• Tarnel Seed Bank', '• Brisk Valley Credit Union'),
    ).toEqual([]);
    expect(
      read(EN, 'Members 2024', '', '• Tarnel Seed Bank', '• Brisk Valley Credit Union'),
    ).toEqual([]);
  });
});

describe('laureate projects, each carried by a body and described under its bullet', () => {
  it('reads the carrier after a quoted project title, not the title', () => {
    expect(itemName('- « Jardins d’hiver », association Les Semeurs / Tiers lieu de Quillby')).toBe(
      'association Les Semeurs',
    );
    expect(itemName('• "Seeds for All" – Tarnel Seed Bank')).toBe('Tarnel Seed Bank');
  });

  it('gives each laureate’s carrier its grant, past the paragraph that describes it', () => {
    const found = read(
      FR,
      'Les cinq projets lauréats',
      '- « Jardins d’hiver », association Les Semeurs / Tiers lieu de Quillby',
      'Les Semeurs ouvrent un tiers-lieu au centre de Quillby et cherchent du soutien pour l’aménager.',
      '- « Vélos pour tous », association Roue Libre de Velmora',
      'Cette association répare les vélos des habitants depuis 2019.',
      '- « Une seconde vie pour les meubles », association Brocantel',
    );
    for (const body of ['Semeurs', 'Roue Libre de Velmora', 'Brocantel'])
      expect(found).toContain(`Métropole de Velmora FUNDS ${body}`);
  });

  it('ends a bulleted list at a second list of goals after a paragraph (trap)', () => {
    const found = read(
      EN,
      'Our partners',
      '',
      '• Tarnel Seed Bank',
      '• Brisk Valley Credit Union',
      'We work with them on two goals.',
      '• Reduce food waste in the valley',
      '• Train young farmers',
    );
    expect(found).toContain('Tarnel Seed Bank PARTNER_OF Velmora Cooperative Network');
    expect(found).toContain('Brisk Valley Credit Union PARTNER_OF Velmora Cooperative Network');
    expect(found.filter((claim) => /waste|farmers/u.test(claim))).toEqual([]);
  });
});
