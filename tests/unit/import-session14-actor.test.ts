// Session 14: the profiled actor and its founding year, on invented pages (no page text copied).
import { describe, expect, it } from 'vitest';
import { page } from '../support/import-page.js';

const founded = (text: string) => page(text).actor.founded;

describe('the actor\'s founding year, in wordings beside "founded in YYYY"', () => {
  it('reads a founding dated to the day or the month, and a registration', () => {
    expect(
      founded(
        "Kelp Growers Network\nThe Kelp Growers Network was registered on the 3rd March 2011 under the societies' law.",
      ),
    ).toBe('2011');
    expect(
      founded(
        'Union des Algues du Nord\nElle est mise en place le 12 février 2016 à Lille et regroupe des coopératives.',
      ),
    ).toBe('2016');
    expect(
      founded(
        'Kelp Growers Network\nThe Kelp Growers Network was launched in October 2009 by seaweed farmers.',
      ),
    ).toBe('2009');
  });

  it('reads a founding whose founders come before the year', () => {
    expect(
      founded(
        'Kelp Growers Network\nOur network has trained farmers for decades, having been founded by a harbour pilot, Ann Kerlo, in 1921.',
      ),
    ).toBe('1921');
  });

  it('reads "depuis sa création en YYYY" and "since its founding in YYYY"', () => {
    expect(
      founded(
        'Union des Algues du Nord\nL’Union des Algues du Nord conseille les coopératives du littoral. Elle siège au comité régional depuis sa création en 1987.',
      ),
    ).toBe('1987');
    expect(
      founded(
        'Kelp Growers Network\nThe Kelp Growers Network trains farmers. It has kept the same charter since its founding in 1994.',
      ),
    ).toBe('1994');
  });

  it('reads the actor as what others formed, merged into or became', () => {
    expect(
      founded(
        'Kelp Growers Network (KGN)\nIn 1982, four harbour co-operatives formed the KGN, then a loose club.',
      ),
    ).toBe('1982');
    expect(
      founded(
        'Kelp Growers Network\nIn 2004, the Seaweed Club merged with the Algae Society to form the Kelp Growers Network.',
      ),
    ).toBe('2004');
    expect(
      founded(
        'Kelp Growers Network (KGN)\nGrowers first met in a shed, an informal circle which became the Kelp Growers Network in 2015.',
      ),
    ).toBe('2015');
  });

  it('reads the actor as a subject active since a year', () => {
    expect(
      founded(
        'Union des Algues du Nord (UAN)\nL’Union des Algues du Nord (UAN) rassemble depuis 2006 les coopératives du littoral.',
      ),
    ).toBe('2006');
    expect(
      founded(
        'KGN\nKGN is the Kelp Growers Network, registered and active since 2013, which trains farmers.',
      ),
    ).toBe('2013');
  });

  it("never takes another body's year", () => {
    // A bare participle qualifies the last body named before it.
    expect(
      founded(
        'Kelp Growers Network\nThe Kelp Growers Network belongs to the SEAN, the seaweed network created in 2001, which gathers farmers.',
      ),
    ).toBeNull();
    expect(
      founded(
        'Kelp Growers Network\nThe network counts the Harbour Algae Federation, formed in 1961 in a fishing town, among its members.',
      ),
    ).toBeNull();
    // An apposition between the subject and its verb.
    expect(
      founded(
        'Kelp Growers Network\nThe Algae Union (AU), originally known as the Seaweed Club, was created in 1977. The Kelp Growers Network works with it.',
      ),
    ).toBeNull();
    // The actor's own bare participle stays the actor's.
    expect(
      founded(
        'Kelp Growers Network (KGN)\nThe Kelp Growers Network (KGN), founded in 1999, gathers farmers.',
      ),
    ).toBe('1999');
  });
});

describe("the actor's other form, as the prose glosses it", () => {
  const actor = (text: string) => {
    const { name, acronym } = page(text).actor;
    return { name, acronym };
  };

  it('names an actor written by its acronym with the full name the prose glosses it with', () => {
    // "ACR est le Full Name, …": a definition that names a kind of body.
    expect(
      actor(
        'https://example.org/?p=12\nRALIT organise un atelier au salon. RALIT est le Réseau des Algues du Littoral, actif depuis 2011, qui forme des cultivateurs. RALIT compte trente membres.',
      ),
    ).toEqual({ name: 'Réseau des Algues du Littoral', acronym: 'RALIT' });
    // "le ACR : Full Name (…)".
    expect(
      actor(
        'https://example.org/news/12\nAprès deux ans de discussions entre cultivateurs, chercheurs et élus, la filière des algues de la côte nord compte maintenant son propre organisme de liaison et de transfert, le KGLX : Kelp et goémon du littoral (KGLX Nord). Le KGLX formera des cultivateurs et le KGLX publiera des guides.',
      ),
    ).toEqual({ name: 'Kelp et goémon du littoral', acronym: 'KGLX' });
    // "ACR (Full Name)".
    expect(
      actor(
        'https://example.org/news/12\nLe séminaire valide le nom du réseau ALGUES (Association Littorale des Goémoniers Unis En Saison). ALGUES réunit vingt lieux et ALGUES publie un guide.',
      ),
    ).toEqual({ name: 'Association Littorale des Goémoniers Unis En Saison', acronym: 'ALGUES' });
    // "Full Name (ACR)" whose initials do not spell the acronym exactly.
    expect(
      actor(
        'https://example.org/fiche-12\nLa KALGUE est une institution du littoral.\nLa Fédération des Kelpiers et Algues du Golfe (KALGUE) est née en 1990. La KALGUE forme des cultivateurs.',
      ),
    ).toEqual({ name: 'Fédération des Kelpiers et Algues du Golfe', acronym: 'KALGUE' });
  });

  it('gives a name the acronym the prose writes after it, case aside, or the one its initials spell', () => {
    expect(
      actor(
        "Union Régionale des Algues de l'Ouest\nL'Union régionale des Algues de l'Ouest (URALGO) accompagne 40 coopératives.",
      ),
    ).toEqual({ name: "Union Régionale des Algues de l'Ouest", acronym: 'URALGO' });
    expect(
      actor(
        'The Federation of Kelp Growers\nThe Federation of Kelp Growers in the Northern Isles (FKG) was formed to coordinate growers. The FKG met twice a year.',
      ).acronym,
    ).toBe('FKG');
  });
});

describe('a first line that is a clause holding the site name', () => {
  it('is not the name: the site names the actor, and "initié en YYYY" dates it', () => {
    const { actor } = page(
      'https://algolittoral.org/c-est-quoi\nLancé en 2004 avec la ville de Brest, le réseau Algolittoral rassemble\nLes membres d’Algolittoral cultivent des algues. Algolittoral publie un guide.',
    );
    expect(actor).toMatchObject({ name: 'Algolittoral', founded: '2004' });
    expect(
      page(
        'https://algolittoral.org/c-est-quoi\nInitié en 2004 avec la ville de Brest, le réseau Algolittoral rassemble\nLes membres d’Algolittoral cultivent des algues. Algolittoral publie un guide.',
      ).actor.founded,
    ).toBe('2004');
  });
});

describe('a name read short goes on as far as the page writes it', () => {
  it('takes the longer name the acronym spells', () => {
    const { actor } = page(
      'https://kelpshares.org/find-out-more\nThe KGU is a joint initiative of two unions. Kelp Shares helps farmers.\nThe Kelp Shares Growers Unit (KSGU) was launched in 2011. Kelp Shares grew fast.',
    );
    expect(actor).toMatchObject({ name: 'Kelp Shares Growers Unit', acronym: 'KSGU' });
  });

  it('takes the complement the address ends with, never a headline after the name', () => {
    expect(
      page(
        "https://example.org/actualite/naissance-d-une-federation-des-kelpiers-dalgues-et-de-goemon\nLe 3 mai a eu lieu l'assemblée constitutive de la Fédération des Kelpiers d’algues et de goémon. La Fédération des Kelpiers d’algues et de goémon a élu deux co-présidents.",
      ).actor.name,
    ).toBe('Fédération des Kelpiers d’algues et de goémon');
    expect(
      page(
        'https://example.org/2016/union-des-kelpiers-en-ordre-de-marche\nUnion des Kelpiers en ordre de marche\nL’Union des Kelpiers a tenu son assemblée. L’Union des Kelpiers en ordre de marche accueille dix membres.',
      ).actor.name,
    ).toBe('Union des Kelpiers');
  });
});

describe('a founding year in a saved infobox row', () => {
  it('reads "Founded | YYYY |" though the row reads like a menu', () => {
    expect(
      page(
        'Kelp Growers Network\nThe Kelp Growers Network is a network of seaweed farmers.\nType | Non-profit |\nFounded | 2006 |\nHeadquarters | Brest |',
      ).actor.founded,
    ).toBe('2006');
  });
});

describe('a headline set aside as a title', () => {
  it('does not open the prose, up to fourteen words long', () => {
    const { actor } = page(
      'Seaweed growers from nine coasts gather for a week of talks\nThe Kelp Growers Network (KGN) hosted the talks this year. The KGN counts forty members and the KGN trains farmers; the Algae Union (AU) sent two speakers, and the AU, the AU and the AU spoke. Farmers from the northern coast asked many questions about drying racks and prices.',
    );
    expect(actor).toMatchObject({ name: 'Kelp Growers Network', acronym: 'KGN' });
  });
});

describe('an acronym two bodies share', () => {
  it('does not match the graph body when the page spells out another name with its initials', () => {
    const { actor } = page(
      "Mouvement pour l'Écologie Sociale (MES)\nLe Mouvement pour l'Écologie Sociale (MES) réunit des jardins partagés depuis 2015.",
    );
    expect(actor).toMatchObject({ match: null, acronym: 'MES' });
  });

  it('still matches the same name written with other linking words', () => {
    const { actor } = page(
      "Réseau Intercontinental pour la Promotion de l'Économie Sociale et Solidaire (RIPESS)\nLe Réseau Intercontinental pour la Promotion de l'Économie Sociale et Solidaire (RIPESS) relie des réseaux continentaux.",
    );
    expect(actor.match).toBe('ripess');
  });
});

describe("a person's caption above a news item", () => {
  it('is never the actor: the body the page names most is', () => {
    const { actor } = page(
      'https://example.org/2019/article/812/seaweed-farmers-meet\nMarie Kerlo, mayor of the harbour town, on 3 May 2019 at the first national meeting of seaweed growers, processors and cooks in the old market hall of Brest organised by the Kelp Growers Network. (© Kelp Growers Network)\nTom Avel, spokesman of the Kelp Growers Network (KGN), expected 300 growers; Marie Kerlo opened the meeting. The KGN counts forty members, and the KGN trains farmers every spring along the northern coast.',
    );
    expect(actor).toMatchObject({ name: 'Kelp Growers Network', acronym: 'KGN' });
  });
});
