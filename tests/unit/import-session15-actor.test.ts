// Session 15: the profiled actor of pages without a usable title, on invented pages (no page text copied).
import { describe, expect, it } from 'vitest';
import { votedActor } from '../../src/import/voted-actor.js';
import { page } from '../support/import-page.js';

const actorOf = (text: string) => {
  const { name, acronym } = page(text).actor;
  return { name, acronym };
};

describe('a page that names bodies is never refused for want of a title line', () => {
  it('takes the body the prose names most, its distinctive word counting for it', () => {
    expect(
      actorOf(
        [
          'https://example.org/breves?page=12',
          "Le bureau de Kelpia Mutuelle dans la vieille ville fermera d'ici la fin de l'an prochain, après la fusion de trois caisses.",
          "Kelpia a perdu de l'argent deux années de suite et a décidé un plan d'économies que son conseil a voté en mars.",
          "Les salariés de Kelpia ont appris la nouvelle en juin; d'autres bureaux de Kelpia fermeront aussi dans la région.",
        ].join('\n'),
      ),
    ).toEqual({ name: 'Kelpia Mutuelle', acronym: null });
  });

  it('lets the address vote for the body it spells', () => {
    expect(
      actorOf(
        [
          'https://example.org/actualites/le-reseau-houle-pour-les-porteurs-de-projets',
          'Le réseau Houle, un maillage pour les porteurs de projets de la côte',
          "Pourquoi un réseau de l'accompagnement ?",
          "L'accompagnement des projets est soutenu depuis longtemps sur la côte, et l'ORCA y participe avec ses membres. Le réseau Houle est né de la fusion de deux groupes locaux, à l'initiative de l'ORCA, qui l'anime encore.",
          "Le réseau Houle s'est réorganisé l'an dernier: ses structures forment le premier cercle du Réseau Houle, et les autres un second.",
        ].join('\n'),
      ).name,
    ).toBe('Réseau Houle');
  });

  it('reads an acronym glossed after it, "ACR (Full Name)", and an elided acronym in the address', () => {
    expect(
      actorOf(
        [
          'https://example.org/documents/presentation-dupam.html',
          '7',
          "Dans la baie, la récolte d'algues était autrefois le fait de familles isolées. L'UPAM (Union des Producteurs d'Algues Marines) regroupe aujourd'hui vingt coopératives de la baie et du large, dont la coopérative Goémon.",
          "Présentation d'UPAM",
        ].join('\n'),
      ),
    ).toEqual({ name: "Union des Producteurs d'Algues Marines", acronym: 'UPAM' });
  });

  it('reads the name whose initials spell the site, lowercase words included', () => {
    expect(
      actorOf(
        [
          'https://gpcm.example/a-propos/notre-histoire/',
          'Le Groupement des pêcheurs côtiers marins … un acteur de la mer incontournable!',
          "Depuis des décennies, les pêcheurs côtiers travaillent le long des falaises, et l'OPMA les compte parmi ses membres. Le Groupement des pêcheurs côtiers marins était né pour les représenter.",
        ].join('\n'),
      ).name,
    ).toBe('Groupement des pêcheurs côtiers marins');
  });

  it('reads a capitalised name after a lowercase kind word', () => {
    expect(
      actorOf(
        [
          'https://example.com/2021/05/04/how-seaweed-reached-the-table/',
          'For its tenth year, the seaweed alliance Kelpwise says the work is only starting.',
          '"More people join every month," says a co-founder of the coastal alliance Kelpwise. The Harbour Sustainable Kelp (HSK) Alliance merged into Kelpwise years ago.',
          'Kelpwise now counts some forty member groups along the coast.',
        ].join('\n'),
      ).name,
    ).toBe('Kelpwise');
  });
});

describe('a page refused only when it names no body', () => {
  it('finds no body in prose that names none, nor in one that names a body once with nothing for it', () => {
    expect(
      votedActor(
        'Il pleuvait sur la baie, et les bateaux sont restés au port.\nLes pêcheurs ont attendu que le vent tombe.',
        'https://example.org/p/12',
      ),
    ).toBe(null);
    expect(votedActor('Une phrase sans nom. Puis une autre qui cite la TKR une fois.', null)).toBe(
      null,
    );
  });
});

describe('the name as the page writes it in full, and its acronym in any glossing form', () => {
  it('spells an acronym title out from a phrase in French style, lowercase words and all', () => {
    expect(
      actorOf(
        [
          'FUPAM',
          '',
          'Fédération des unions de pêcheurs artisans du Morbihan',
          '1. QUI SOMMES-NOUS',
          'La FUPAM regroupe les unions de pêcheurs de la côte et les représente auprès des ports.',
        ].join('\n'),
      ),
    ).toEqual({ name: 'Fédération des unions de pêcheurs artisans du Morbihan', acronym: 'FUPAM' });
  });

  it('spells an acronym title out from a headline whose name runs up to a dash', () => {
    expect(
      actorOf(
        [
          'Solidarité maritime internationale - Dans les années 1980, tout a commencé au port',
          'Quelle est la mission de SMI ? « Nous aidons les caisses de pêcheurs à se financer », dit sa directrice.',
          'SMI travaille aujourd’hui dans douze pays, avec des caisses de pêcheurs et des coopératives.',
        ].join('\n'),
      ).acronym,
    ).toBe('SMI');
  });

  it('reads the acronym from "Name [ACR]" and from "ACR, the Name"', () => {
    expect(
      actorOf(
        [
          'Coastal Kelp Growers Union [CKGU]',
          'Kelp growers on the coast are represented by CKGU, the Coastal Kelp Growers Union. CKGU was registered in 1987 under the societies law.',
        ].join('\n'),
      ),
    ).toEqual({ name: 'Coastal Kelp Growers Union', acronym: 'CKGU' });
    expect(
      actorOf(
        [
          'Harbour Seaweed Federation',
          'Seaweed farms across the bay belong to HSWF, the Harbour Seaweed Federation, which trains their members every winter.',
        ].join('\n'),
      ).acronym,
    ).toBe('HSWF');
  });
});

describe("the first sentence's subject, and its founding year", () => {
  it('takes the subject a verb follows over a body glossed later in the sentence', () => {
    const actor = page(
      [
        'https://example.org/about/',
        'The Kelp Farmers Network was set up in the autumn of 2011 and is run by the Coastal Growth Agency (CGA) with money from the harbour board.',
        'The network is one of two groups the board set up for seaweed farming; it meets four times a year.',
      ].join('\n'),
    ).actor;
    expect([actor.name, actor.acronym, actor.founded]).toEqual([
      'Kelp Farmers Network',
      null,
      '2011',
    ]);
  });

  it('reads a founding dated to a part of the year', () => {
    expect(
      page(
        'Réseau des Algues du Nord\nLe Réseau des Algues du Nord a été créé au printemps 2014 par des récoltants de la côte.',
      ).actor.founded,
    ).toBe('2014');
  });
});

describe('a first line no body is named by yields to the bodies the page names', () => {
  it('sets aside a dated clause and a rubric, and reads the longest form the page writes', () => {
    expect(
      actorOf(
        [
          'https://example.org/?p=12',
          'On March 3, 4 and 5, several meetings were held with members of the Seaweed Growers Alliance (SGA) from three islands.',
          'The SGA president opened the meetings; the SGA board met the island groups the next day.',
        ].join('\n'),
      ),
    ).toEqual({ name: 'Seaweed Growers Alliance', acronym: 'SGA' });
    expect(
      actorOf(
        [
          'https://example.org/acteurs/la-fusion-change-tout.4411',
          '[REPORTAGE] Les caisses du littoral 3/8',
          '',
          'Le paysage des caisses change vite sur la côte. La fusion des caisses du groupe Varech ne passe pas inaperçue sur le littoral.',
          "Les élus de Varech mutuelle ont voté la fusion en mai; Varech compte désormais trois fois plus d'adhérents.",
        ].join('\n'),
      ).name,
    ).toBe('Varech mutuelle');
  });
});

describe('an acronym spelled by the last words of a longer name', () => {
  it('keeps the place and kind words before the spelled words', () => {
    expect(
      actorOf(
        [
          'https://example.org/who-we-are/',
          'Who We Are',
          'In 1961 the first kelp club of the coast was formed at a small harbour. It became the forerunner of the Iowa Cooperative Kelp Growers Union(KGU) Limited, which now trains its members.',
          'The KGU board meets every month; KGU members farm along the whole coast.',
        ].join('\n'),
      ).name,
    ).toBe('Iowa Cooperative Kelp Growers Union');
  });
});

describe('a list in brackets is no acronym', () => {
  it('never reads "(A, B, C)" after a clause as the actor\'s acronym', () => {
    const actor = page(
      'Un grand groupe pourrait naître si Varech, la mutuelle des marins, et Goémon (KLP, ALG, MRN) parviennent à un accord.\nVarech et Goémon discutent depuis un an; Varech compte deux fois plus de membres.',
    ).actor;
    expect(actor.acronym).not.toBe('KLP, ALG, MRN');
  });
});

describe('a founding year whose sentence the actor closes', () => {
  it('reads "En YYYY, …: X était né" and not a year of another subject', () => {
    expect(
      page(
        'Réseau des Algues du Nord\nLes récoltants travaillent la côte depuis longtemps.\n\nEn 2006, la région, qui cherchait un interlocuteur pour la filière: le Réseau des Algues du Nord était né !',
      ).actor.founded,
    ).toBe('2006');
    expect(
      page(
        'Réseau des Algues du Nord\nLe Réseau des Algues du Nord regroupe des récoltants.\n\nEn 2006, la région a créé un fonds pour la filière.',
      ).actor.founded,
    ).not.toBe('2006');
  });
});

describe('a founding year only from a sentence whose subject is the actor', () => {
  it('leaves a year that a participle gives a common noun ("un appel … lancé en")', () => {
    expect(
      page(
        'Réseau des Algues du Nord\nLe Réseau des Algues du Nord a retenu trois projets. Ce choix fait suite à un appel à projets lancé en mars 2023.',
      ).actor.founded,
    ).toBe(null);
    expect(
      page(
        'Réseau des Algues du Nord\nLe Réseau des Algues du Nord est une association fondée en 1997 par des récoltants.',
      ).actor.founded,
    ).toBe('1997');
  });
});

describe("an unreadable first line and no body to vote for: the first sentence's subject", () => {
  it('reads a capitalised head going on in lowercase before its verb', () => {
    expect(
      page(
        'https://example.org/communiques/trois-filieres-reconnues.html\n%20(4).jpg?w=lg)\nLe Gouvernement insulaire a reconnu ce jour trois filières chargées de représenter la pêche côtière. Ce choix suit un appel lancé en mai.',
      ).actor.name,
    ).toBe('Gouvernement insulaire');
  });
});
