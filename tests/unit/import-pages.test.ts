import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphName } from '../../src/import/graph-names.js';
import { Matcher } from '../../src/import/match.js';
import { importProfile } from '../../src/import/profile-import.js';

const names = JSON.parse(
  readFileSync(new URL('../fixtures/graph-names.json', import.meta.url), 'utf8'),
) as GraphName[];
const matcher = new Matcher(names);
const page = (text: string, actorKey?: string) =>
  importProfile(new TextEncoder().encode(text), 'page.txt', matcher, { actorKey });
const claims = (text: string) =>
  page(text).relations.map((r) => {
    const end = (e: { match: string | null; name: string }) => e.match ?? e.name;
    return `${end(r.from)} ${r.type} ${end(r.to)}`;
  });

describe('pages as they are saved', () => {
  it('takes a leading address line as the source URL and skips menus and headings', () => {
    const result = page(
      'https://www.example.org/about-us\nHome | About us | Contact\nAbout us\nHarbour Commons Network (HCN)\nThe network joined RIPESS Europe in 2015.',
    );
    expect(result.sourceUrl).toBe('https://www.example.org/about-us');
    expect(result.actor).toMatchObject({ name: 'Harbour Commons Network', acronym: 'HCN' });
    expect(result.relations.map((r) => [r.type, r.to.match, r.since])).toEqual([
      ['MEMBER_OF', 'ripess-europe', '2015'],
    ]);
  });

  it('reads the actor of a page without a title line from its first sentence, never from a heading', () => {
    const result = page(
      'Présentation\nLa Fédération des Fours Solidaires (FFS) regroupe des boulangeries. Elle a rejoint ESS France en 2019.',
    );
    expect(result.actor).toMatchObject({ name: 'Fédération des Fours Solidaires', acronym: 'FFS' });
    expect(result.newActors.map((actor) => actor.name)).not.toContain('Présentation');
    const mes = page(
      'Les membres du Mouvement\nLe Mouvement pour l’Économie Solidaire rassemble des réseaux.',
    );
    expect(mes.actor).toMatchObject({ match: 'mes', acronym: 'MES' });
    expect(page('Accueil\nit works locally.', 'mes').actor.match).toBe('mes');
  });

  it('gives one proposal per member of a list in parentheses, category words dropped', () => {
    expect(
      claims(
        'Réseau Test (RT)\nLe RT est composé de réseaux régionaux (Atelier du Vélo Nantais, Ressourcerie de l’Erdre…), de fédérations (Union des Jardins Partagés) et de chercheurs.',
      ),
    ).toEqual([
      'Atelier du Vélo Nantais MEMBER_OF Réseau Test',
      "Ressourcerie de l'Erdre MEMBER_OF Réseau Test",
      'Union des Jardins Partagés MEMBER_OF Réseau Test',
    ]);
  });

  it('reads an incoming list of founders, and a bullet list after a colon', () => {
    expect(
      claims(
        'Tool Library Alliance\nThe Tool Library Alliance was set up in 2013 by the Edinburgh Tool Library, Leeds Library of Things and Finansol.\nIts member organisations:\n- Bristol Food Union\n- The Kindling Trust\nand many more.',
      ),
    ).toEqual([
      'Edinburgh Tool Library FOUNDED Tool Library Alliance',
      'Leeds Library of Things FOUNDED Tool Library Alliance',
      'finansol FOUNDED Tool Library Alliance',
      'Bristol Food Union MEMBER_OF Tool Library Alliance',
      'Kindling Trust MEMBER_OF Tool Library Alliance',
    ]);
  });

  it('reads "works with" as a partnership, never as a membership, and a person never as an actor', () => {
    const result = page(
      'Open Food Commons (OFC)\nOFC works with Urgenci and in partnership with the Harbour Food Union. Its director, Ana Ruiz, sits on the board of Co-operatives UK.',
    );
    expect(claims('Open Food Commons (OFC)\nOFC works with Urgenci.')).toEqual([
      'Open Food Commons PARTNER_OF urgenci',
    ]);
    expect(result.relations.map((r) => r.type)).toEqual(['PARTNER_OF', 'PARTNER_OF']);
    expect(result.newActors.map((actor) => actor.name)).toEqual(['Harbour Food Union']);
  });

  it('states relations between two other bodies, and proposes new actors with their kind and acronym', () => {
    const result = page(
      'Réseau Test (RT)\nEn 2004, le RT et l’Union des Épiceries du Nord ont créé ensemble la Coopérative des Achats Solidaires (CAS). Parmi ses membres : la Fédération des Fours Solidaires (FFS), Belgique.',
    );
    expect(result.relations.map((r) => `${r.from.name} ${r.type} ${r.to.name}`)).toEqual([
      'Union des Épiceries du Nord FOUNDED Coopérative des Achats Solidaires',
      'Réseau Test FOUNDED Coopérative des Achats Solidaires',
      'Fédération des Fours Solidaires MEMBER_OF Réseau Test',
    ]);
    expect(result.relations[0]?.direction).toBeUndefined();
    expect(result.newActors).toContainEqual({
      name: 'Fédération des Fours Solidaires',
      acronym: 'FFS',
      kind: 'Federation',
    });
    expect(result.newActors.map((actor) => actor.name)).not.toContain('Belgique');
  });

  it('says which proposals the graph already holds, and proposes a contradiction as a dispute', () => {
    const result = page(
      "Mouvement pour l'Economie Solidaire (MES)\nThe MES was founded in 1999. It is a member of ESS France and works with Urgenci.\n3 Videos",
    );
    expect(result.relations.map((r) => [r.type, r.to.match, r.status])).toEqual([
      ['MEMBER_OF', 'ess-france', 'IN_GRAPH'],
      ['PARTNER_OF', 'urgenci', 'NEW'],
    ]);
    expect(result.facts).toEqual([
      {
        field: 'founded',
        value: '1999',
        status: 'CONTRADICTS',
        graphValue: '2002-03',
        evidence: 'The MES was founded in 1999.',
      },
      // The graph holds MES's 3 videos already.
      {
        field: 'resourceCounts',
        value: [{ type: 'videos', count: 3 }],
        status: 'IN_GRAPH',
        evidence: '3 videos',
      },
    ]);
    expect(
      page("Mouvement pour l'Economie Solidaire (MES)\nIt was founded in 2002.").facts,
    ).toEqual([
      { field: 'founded', value: '2002', status: 'IN_GRAPH', evidence: 'It was founded in 2002.' },
    ]);
  });
});
