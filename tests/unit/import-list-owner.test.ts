// Session 26: whose partnerships a project's or an event's page states, and the role labels that name its lead, on invented pages.
import { describe, expect, it } from 'vitest';
import { isUndertaking } from '../../src/import/list-owner.js';
import { claims } from '../support/import-page.js';

const actor = (name: string, family: string | null = null, acronym: string | null = null) => ({
  name,
  acronym,
  family,
});

describe('an actor that is an undertaking, not a body', () => {
  it('is named as a project, or as an event with its year or edition', () => {
    expect(isUndertaking(actor('Casas de la Alegría Project'), [])).toBe(true);
    expect(isUndertaking(actor('Projet Jardins de Quillby'), [])).toBe(true);
    expect(isUndertaking(actor('Velmora Tour 2025'), [])).toBe(true);
    expect(isUndertaking(actor('68th Meeting of the Board of the Velmora Union'), [])).toBe(true);
    expect(isUndertaking(actor('3e Conférence régionale de l’ESS de Velmora'), [])).toBe(true);
  });

  it('is no undertaking when a project or event word names a body', () => {
    // English puts "Project" first only in a body's name; "… Programme" last names a UN body.
    expect(isUndertaking(actor('Project Equity'), [])).toBe(false);
    expect(isUndertaking(actor('United Nations Development Programme'), [])).toBe(false);
    expect(isUndertaking(actor('Programme des Nations Unies pour le développement'), [])).toBe(
      false,
    );
    // A forum without a year is a standing body; with one, its yearly event.
    expect(isUndertaking(actor('Velmora Social Economy Forum'), [])).toBe(false);
    expect(isUndertaking(actor('Velmora Social Economy Forum 2023'), [])).toBe(true);
    // The graph's family decides over the name: a body it holds is never an undertaking.
    expect(isUndertaking(actor('Velmora Tour 2025', 'Actor'), [])).toBe(false);
    expect(isUndertaking(actor('Velmora Gathering', 'Event'), [])).toBe(true);
  });

  it('is called a project by its page: a title line or "le projet X", not "the X project"', () => {
    expect(isUndertaking(actor('IESV'), ['', 'IESV! Project', 'General objective: …'])).toBe(true);
    expect(isUndertaking(actor('Tarnel'), ['Depuis 2021, le projet Tarnel aide …'])).toBe(true);
    expect(
      isUndertaking(actor('Brisk Council'), ['The trust built within the Brisk Council project']),
    ).toBe(false);
    expect(isUndertaking(actor('Velmora Cooperative Network'), ['Our partners'])).toBe(false);
  });
});

const SEED_PROJECT = [
  'Velmora Seed Project',
  '',
  'The Velmora Seed Project helps small farmers keep and exchange their own seeds across the valley of the Velmora.',
  '',
];
const PARTNERS_LINE =
  'Partners: Brisk Valley Credit Union (Velmora), Quillby Housing Trust, Harrow Lane Food Co-op';
const EN_PARTNERS = [
  'Brisk Valley Credit Union',
  'Quillby Housing Trust',
  'Harrow Lane Food Co-op',
];
const read = (...lines: string[]) => claims(lines.join('\n'));

describe("a project's partners list", () => {
  it('belongs to the lead partner a role label names, who initiated the project', () => {
    const found = read(
      ...SEED_PROJECT,
      'Lead partner: Tarnel Rural Cooperative (Velmora)',
      '',
      PARTNERS_LINE,
    );
    expect(found).toContain('Tarnel Rural Cooperative INITIATED Velmora Seed Project');
    for (const body of EN_PARTNERS)
      expect(found).toContain(`Tarnel Rural Cooperative PARTNER_OF ${body}`);
    expect(found.filter((claim) => claim.includes('PARTNER_OF Velmora Seed'))).toEqual([]);
    expect(found.filter((claim) => claim.startsWith('Velmora Seed Project'))).toEqual([]);
  });

  it('belongs to the "chef de file" on a French project page', () => {
    const found = read(
      'Projet Jardins de Quillby',
      '',
      'Le projet Jardins de Quillby aménage des jardins partagés dans les quartiers populaires de Quillby depuis trois ans.',
      '',
      'Chef de file : Association Terre de Tarnel',
      '',
      'Partenaires : Fondation Brisk, Coopérative Le Grand Tétras, Mutuelle des Jardiniers de Velmora',
    );
    expect(found).toContain('Association Terre de Tarnel INITIATED Projet Jardins de Quillby');
    for (const body of [
      'Fondation Brisk',
      'Coopérative Le Grand Tétras',
      'Mutuelle des Jardiniers de Velmora',
    ])
      expect(found).toContain(`Association Terre de Tarnel PARTNER_OF ${body}`);
    expect(found.filter((claim) => claim.includes('PARTNER_OF Projet'))).toEqual([]);
  });

  it('is not proposed when the page names no lead: a project is no partner', () => {
    expect(read(...SEED_PROJECT, PARTNERS_LINE)).toEqual([]);
  });

  it("belongs to an event's one organiser, under a heading as on a label line", () => {
    const found = read(
      'Semaine de l’ESS de Velmora 2026',
      '',
      'La Semaine de l’ESS de Velmora 2026 réunit pendant sept jours les coopératives et les associations de la vallée.',
      '',
      'Organisateurs : Réseau Coopératif de Velmora',
      '',
      'Nos partenaires',
      '',
      '• Fondation Brisk',
      '• Coopérative Le Grand Tétras',
    );
    expect(found).toContain(
      'Réseau Coopératif de Velmora INITIATED Semaine de l’ESS de Velmora 2026',
    );
    expect(found).toContain('Réseau Coopératif de Velmora PARTNER_OF Fondation Brisk');
    expect(found).toContain('Réseau Coopératif de Velmora PARTNER_OF Coopérative Le Grand Tétras');
  });
});

const NETWORK = [
  'Velmora Cooperative Network (VCN)',
  '',
  'The Velmora Cooperative Network is a network of cooperatives in the Velmora valley.',
  '',
];

describe("a body's own partners list (traps)", () => {
  it("stays the network's own on its partners page, though the page names a project it runs", () => {
    const found = read(
      ...NETWORK,
      'It runs the Velmora Seed project with its members.',
      '',
      'Our partners',
      '',
      ...EN_PARTNERS.map((body) => `• ${body}`),
    );
    for (const body of EN_PARTNERS)
      expect(found).toContain(`${body} PARTNER_OF Velmora Cooperative Network`);
  });

  it("gives a project box's lead no initiative of the body whose page it is", () => {
    const found = read(
      ...NETWORK,
      'Seed Library',
      '',
      'Lead partner: Tarnel Rural Cooperative',
      '',
      'Partners: Brisk Valley Credit Union, Quillby Housing Trust, Harrow Lane Food Co-op',
    );
    expect(found.filter((claim) => claim.includes('INITIATED'))).toEqual([]);
    for (const body of EN_PARTNERS)
      expect(found).toContain(`Velmora Cooperative Network PARTNER_OF ${body}`);
  });

  it('reads no organisers from a sentence: they are its subject’s, not the page’s', () => {
    const found = read(
      'Semaine de l’ESS de Velmora 2026',
      '',
      'La Semaine de l’ESS de Velmora 2026 réunit les coopératives de la vallée. Le grand bal de clôture est organisé par :',
      '',
      '• Fondation Brisk',
      '• Coopérative Le Grand Tétras',
    );
    expect(found.filter((claim) => claim.includes('INITIATED'))).toEqual([]);
  });
});
