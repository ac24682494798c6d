// Session 26: whose page it is (a body's meeting or memorandum is no body, a headline's slug, a
// members page, what a news lead announces, what the opening defines) and the full name of an
// acronym written with accents and an elided article, on invented pages.
import { describe, expect, it } from 'vitest';
import { definedBody } from '../../src/import/defined-body.js';
import { newBody } from '../../src/import/new-body.js';
import { expansionOf, initialsOf } from '../../src/import/page-actor.js';
import { isOwnList, urlActor } from '../../src/import/url-actor.js';
import { parse } from '../support/import-page.js';

describe("a body's meeting or memorandum is no body", () => {
  it('reads the council a headline opens with, not the AGM its address spells (English)', () => {
    const parsed = parse(
      'https://lornnews.example/lorn-co-operative-council-reports-growth-at-agm-signs-mou-with-members\n' +
        'Lorn Co-operative Council reports growth at AGM, signs MOU with members\n\n' +
        'The Lorn Co-operative Council has held its 3rd Annual General Meeting (AGM) in Tarn, with a call on farmers to join cooperatives.\n\n' +
        'The council used the occasion to sign an MOU with two of its members. The AGM brought together over 40 cooperatives.\n\n' +
        'Speaking at the AGM, the chairman said the AGM was a time to reflect. The AGM ended with the MOU.',
    );
    expect(parsed.name).toBe('Lorn Co-operative Council');
  });

  it('reads the federation, not the AGO its address spells (French)', () => {
    const parsed = parse(
      'https://actu-lorn.example/federation-lornaise-des-cooperatives-ago-2024\n' +
        'Fédération lornaise des coopératives\n\n' +
        "La Fédération lornaise des coopératives a tenu son assemblée générale ordinaire (AGO) à Tarn. L'AGO a réuni 40 coopératives.\n\n" +
        "Lors de l'AGO, le président a rappelé les chiffres de l'année. L'AGO s'est close sur un vote.",
    );
    expect(parsed.name).toBe('Fédération lornaise des coopératives');
  });
});

describe("a slug that spells the headline names the item, the site's body stays the page's", () => {
  it('reads the host body over the headline the slug repeats (English)', () => {
    const text =
      'Social Good Builds Strong Lorn Cooperative\n\n' +
      'To help exporters of Lorn, Marsh Trade hosted a trade mission to Tarn. The mission was part of a project in partnership with the Tarn Fund.\n\n' +
      'Through Marsh Trade’s project, the cooperative met a coffee buyer. Marsh Trade thanks its partners.';
    const address =
      'https://marshtrade.example/success-stories/social-good-builds-strong-lorn-cooperative/';
    expect(urlActor(address, text)?.name).toBe('Marsh Trade');
    expect(parse(`${address}\n${text}`).name).toBe('Marsh Trade');
  });

  it('keeps a body the slug spells and the prose writes again (French)', () => {
    const text =
      'Coopérative du Val\n\n' +
      'La Coopérative du Val rassemble 40 producteurs. Le Réseau Lorn la soutient.\n\n' +
      'La Coopérative du Val vend ses fruits au marché. Le Réseau Lorn publie ce portrait.';
    const address = 'https://reseaulorn.example/portraits/cooperative-du-val';
    expect(urlActor(address, text)?.name).toBe('Coopérative du Val');
  });
});

describe("a site's list of its members is the site's body's page", () => {
  it('tells a members or partners address from another', () => {
    expect(isOwnList('https://nlh.example/members')).toBe(true);
    expect(isOwnList('https://frl.example/fr/nos-adherents/')).toBe(true);
    expect(isOwnList('https://frl.example/partenaires')).toBe(true);
    expect(isOwnList('https://frl.example/actualites/nouveaux-membres-en-2024')).toBe(false);
    expect(isOwnList(null)).toBe(false);
  });

  it('reads the host acronym written once over the member the page names most (English)', () => {
    const parsed = parse(
      'https://nlh.example/members\n' +
        'Get an overview of the housing models provided by the NLH members in Lorn and Marsh.\n' +
        'KOVO - Lorn Housing Companies\n' +
        'KOVO is an interest organisation for non-profit housing companies in Lorn. KOVO has 133 members.\n' +
        'KOVO’s mission is to gather housing companies. Our goal is to promote affordable housing.\n' +
        'Marsh Housing\n' +
        'Marsh Housing is a cooperative housing association in Marsh.',
    );
    expect(parsed.name).toBe('NLH');
  });

  it('reads the host acronym on a French members page', () => {
    const parsed = parse(
      'https://frl.example/nos-adherents\n' +
        'Découvrez les structures adhérentes de la FRL dans toute la région.\n' +
        'ARLO - Association régionale lornaise\n' +
        "L'ARLO accompagne les épiceries solidaires. L'ARLO compte 30 salariés. L'ARLO agit depuis 2001.\n" +
        'Coopérative du Val\n' +
        'La Coopérative du Val vend des fruits.',
    );
    expect(parsed.name).toBe('FRL');
  });
});

describe('an acronym spelled by words with accents or after an elided article', () => {
  it('reads an accented initial as its plain letter', () => {
    expect(initialsOf(['Agence', 'de', 'développement', 'économique'])).toBe('ADE');
    expect(initialsOf(['Office', 'Électrique', 'Régional'])).toBe('OER');
  });

  it('gives the full name without the elided article before it', () => {
    expect(
      expansionOf(
        'ADE',
        'Un déplacement organisé par l’Agence de développement économique (ADE), chargée de la structuration.',
      ),
    ).toBe('Agence de développement économique');
    expect(expansionOf('OER', "Le projet de l'Office Électrique Régional (OER) avance.")).toBe(
      'Office Électrique Régional',
    );
    expect(expansionOf('LHA', 'It was set up by the Lorn Housing Agency (LHA) in 2001.')).toBe(
      'Lorn Housing Agency',
    );
  });
});

describe("what a news item's lead announces as new is what it is about", () => {
  it('reads a creation, a new project and a thing called new, English and French', () => {
    expect(
      newBody([
        'Pour promouvoir la région, 5 associations se sont réunies pour créer la «Fondation pour l’essor du Val de Lorn». Premier objectif : un restaurant.',
      ]),
    ).toBe('Fondation pour l’essor du Val de Lorn');
    expect(
      newBody([
        'Quatre entités viennent de signer un accord à travers la mise en œuvre d’un nouveau projet intitulé « Tany vao ».',
        'Les coopératives seront les premières bénéficiaires du projet « Tany vao ».',
      ]),
    ).toBe('Tany vao');
    expect(
      newBody([
        '30,000 Lorn farmers set to benefit from a dairy project',
        'A partnership is launching a $12 million programme to help farmers.',
        'Empowering women will be another objective of the new Lorn Valley Dairy Project. The initiative lasts four years.',
      ]),
    ).toBe('Lorn Valley Dairy Project');
  });

  it('reads nothing where the lead announces no new body', () => {
    expect(newBody(['The board welcomed the new Director of the Lorn Cooperative Bank.'])).toBe(
      null,
    );
    expect(
      newBody([
        'Le Réseau Lorn fête ses dix ans.',
        'Un projet intitulé « Tany vao » a été cité une fois.',
      ]),
    ).toBe(null);
  });

  it('takes the announced project over the bodies the page names most', () => {
    const parsed = parse(
      '30,000 Lorn farmers set to benefit from $12 million project\n\n' +
        'A public-private partnership is launching a $12 million programme to help 30,000 farmers of Lorn.\n\n' +
        'Empowering women will be another objective of the new Lorn Valley Dairy Project. The four-year initiative will also promote clean practices.\n\n' +
        'The project will be implemented by Marsh Aid. The Lorn Creameries (LC) will buy the milk. LC has plants in Tarn. LC pays farmers monthly.',
    );
    expect(parsed.name).toBe('Lorn Valley Dairy Project');
  });
});

describe('the body the opening sentences define as a kind of body', () => {
  it('reads an apposition or a copula with a kind noun, English and French', () => {
    expect(
      definedBody([
        'Le Lieu Commun, collectif d’associations lornaises engagées dans les transitions, lance un appel.',
        'Créé en 2015, Le Lieu Commun est un collectif qui fédère douze structures.',
      ]),
    ).toBe('Lieu Commun');
    expect(
      definedBody([
        'Marsh Commons, a network of community gardens in Tarn, opens a new site.',
        'Marsh Commons is run by volunteers.',
      ]),
    ).toBe('Marsh Commons');
  });

  it('reads nothing for a body defined once or defined as no kind of body', () => {
    expect(definedBody(['Marsh Commons, a network of gardens, opens a site.'])).toBe(null);
    expect(
      definedBody(['Tarn Valley, a region of hills, hosts it.', 'Tarn Valley is green.']),
    ).toBe(null);
  });

  it('takes the defined collective over a member the page names with its acronym', () => {
    const parsed = parse(
      '1\n\n' +
        'Participez au déploiement de la Fresque des Transitions avec Le Lieu-Commun !\n\n' +
        'Le Lieu Commun, collectif d’associations lornaises engagées dans les transitions, lance un financement participatif.\n\n' +
        'Créé en 2015, Le Lieu Commun est un collectif qui fédère douze structures. On y trouve Tarn à Vélo (TAV), Vert Jardin. ' +
        'TAV organise des balades. TAV répare des vélos.',
    );
    expect(parsed.name).toBe('Lieu Commun');
  });
});
