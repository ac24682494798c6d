// Session 13: wordings, lists and page actors that recur across the real-page rounds (invented sentences).
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/import/match.js';
import { claims, page } from '../support/import-page.js';

describe('partnerships in more words', () => {
  it('reads "is partnered with A and B" and "established a partnership with A"', () => {
    expect(
      claims(
        'Kelp Growers Network\nThe network is partnered with the Harbour Kelp Federation and the Saltmarsh Growers Union.',
      ),
    ).toEqual([
      'Kelp Growers Network PARTNER_OF Harbour Kelp Federation',
      'Kelp Growers Network PARTNER_OF Saltmarsh Growers Union',
    ]);
    expect(
      claims(
        'Kelp Growers Network\nIn 2021 the network established a partnership with the Tidewater Farmers Association (TFA), to help small farms and SMEs.',
      ),
    ).toEqual(['Kelp Growers Network PARTNER_OF Tidewater Farmers Association']);
  });

  it('reads a list of partners: "other partners for X include", "nos partenaires … sont"', () => {
    expect(
      claims(
        'Kelp Growers Network (KGN)\nOther partners for KGN include Harbour Kelp Federation, Saltmarsh Growers Union and Tidewater Farmers Association.',
      ),
    ).toEqual([
      'Kelp Growers Network PARTNER_OF Harbour Kelp Federation',
      'Kelp Growers Network PARTNER_OF Saltmarsh Growers Union',
      'Kelp Growers Network PARTNER_OF Tidewater Farmers Association',
    ]);
    expect(
      claims(
        "Réseau des Algues Solidaires\nNos partenaires les plus fidèles sont la Fédération des Marais Salants, l'Union des Goémoniers Bretons et Coop Littoral.",
      ),
    ).toEqual([
      'Réseau des Algues Solidaires PARTNER_OF Fédération des Marais Salants',
      'Réseau des Algues Solidaires PARTNER_OF Union des Goémoniers Bretons',
      'Réseau des Algues Solidaires PARTNER_OF Coop Littoral',
    ]);
  });

  it('reads "bénéficie de la collaboration de A et B" as partnerships', () => {
    expect(
      claims(
        "Réseau des Algues Solidaires\nLe réseau bénéficie de la collaboration étroite de la Fédération des Marais Salants et de l'Union des Goémoniers Bretons.",
      ),
    ).toEqual([
      'Réseau des Algues Solidaires PARTNER_OF Fédération des Marais Salants',
      'Réseau des Algues Solidaires PARTNER_OF Union des Goémoniers Bretons',
    ]);
  });

  it('keeps "d\'Activités et d\'Emploi" inside one name of a list', () => {
    expect(
      claims(
        "Réseau des Algues Solidaires\nNos partenaires sont la Coopérative d'Activités et d'Emploi Marée Haute et Coop Littoral.",
      ),
    ).toEqual([
      "Réseau des Algues Solidaires PARTNER_OF Coopérative d'Activités et d'Emploi Marée Haute",
      'Réseau des Algues Solidaires PARTNER_OF Coop Littoral',
    ]);
  });
});

describe('a graph name written with other linking words', () => {
  const matcher = new Matcher([
    {
      key: 'kelp-chamber-iroise',
      name: 'Chambre Kelp Iroise',
      family: 'Actor',
      acronym: null,
      aliases: [],
      date: null,
    },
  ]);
  it('matches "Chambre Kelp de l\'Iroise" to "Chambre Kelp Iroise", never common nouns', () => {
    expect(matcher.matchPhrase("la Chambre Kelp de l'Iroise")?.key).toBe('kelp-chamber-iroise');
    expect(matcher.matchPhrase("des chambres kelp et de l'iroise")).toBeUndefined();
  });
});

describe('funding in more words', () => {
  it('reads "grâce au soutien de X" and "received support from X" as X funding the actor', () => {
    expect(
      claims(
        'Réseau des Algues Solidaires\nGrâce au soutien de la Fondation Marée Verte, le réseau a ouvert trois ateliers.',
      ),
    ).toEqual(['Fondation Marée Verte FUNDS Réseau des Algues Solidaires']);
    expect(
      claims(
        'Kelp Growers Network\nIn 2019 the network received support from the Harbour Kelp Trust for its training scheme.',
      ),
    ).toEqual(['Harbour Kelp Trust FUNDS Kelp Growers Network']);
  });
});

describe('a long list of lowercase words', () => {
  it('is split in linear time', () => {
    const words = Array.from(
      { length: 60 },
      (_, at) => `mot${String.fromCharCode(97 + (at % 26))}`,
    );
    const started = Date.now();
    claims(
      `Réseau des Algues Solidaires\nLe réseau regroupe la Coop Littoral et de ${words.join(' ')} Zed.`,
    );
    // Before, the separator's look-ahead backtracked exponentially on such a run (minutes).
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("a ministry's remit", () => {
  it('stays one name through "et de"', () => {
    expect(
      claims(
        "Réseau des Algues Solidaires\nLe réseau reçoit des financements du Ministère de la Mer et de l'Aquaculture pour ses ateliers.",
      ),
    ).toEqual(["Ministère de la Mer et de l'Aquaculture FUNDS Réseau des Algues Solidaires"]);
  });
});

describe('the page actor on pages as they are saved', () => {
  it('joins a hard-wrapped first sentence, so the name is whole', () => {
    const result = page(
      "https://example.org/2020/04/algues.html\nLe Réseau littoral de l'économie\nsociale et solidaire (Relis) est né en mars et regroupe la Coop Littoral\net la Fédération des Marais Salants.",
    );
    expect(result.actor.name).toBe("Réseau littoral de l'économie sociale et solidaire");
    expect(result.actor.acronym).toBe('Relis');
  });

  it('joins a line cut after a linking word, but never bullets nor a heading in capitals', () => {
    expect(
      claims(
        "Réseau des Algues Solidaires\nLe réseau est né à l'initiative de l'Union des Goémoniers de\nBretagne (UGB).",
      ),
    ).toEqual(['Union des Goémoniers de Bretagne INITIATED Réseau des Algues Solidaires']);
    expect(
      claims(
        'Réseau des Algues Solidaires\nSes membres fondateurs sont :\n- la Coop Littoral du Nord\n- la Fédération des Marais Salants',
      ),
    ).toEqual([
      'Coop Littoral du Nord MEMBER_OF Réseau des Algues Solidaires',
      'Fédération des Marais Salants MEMBER_OF Réseau des Algues Solidaires',
    ]);
  });

  it('skips a banner whose menu words are glued by symbols', () => {
    expect(
      page('Accueil🇫🇷Chercher\nCoop Littoral\nCoop Littoral est une coopérative de pêcheurs.').actor
        .name,
    ).toBe('Coop Littoral');
  });

  it('takes the subject of a definitional first line', () => {
    expect(
      page(
        'https://kelpnet.example/en/partners\nKelpnet is a part of the global seaweed movement\nKelpnet has worked with seaweed farms since 1990. Kelpnet joined the Harbour Kelp Federation in 1995.',
      ).actor.name,
    ).toBe('Kelpnet');
  });

  it('takes the longer name that the first sentence opens with and defines', () => {
    expect(
      page(
        'Marelia\nMarelia Groupe Coopératif, autrefois la Coop des Marins, est une coopérative de pêche fondée en 1931.',
      ).actor.name,
    ).toBe('Marelia Groupe Coopératif');
  });
});

describe('founding partners and participations, listed', () => {
  it('reads "est partenaire fondateur de A, de B" as foundings', () => {
    expect(
      claims(
        'Réseau des Algues Solidaires\nLe réseau est partenaire fondateur de la Fédération des Marais Salants, de Coop Littoral et de Marée Finance.',
      ),
    ).toEqual([
      'Réseau des Algues Solidaires FOUNDED Fédération des Marais Salants',
      'Réseau des Algues Solidaires FOUNDED Coop Littoral',
      'Réseau des Algues Solidaires FOUNDED Marée Finance',
    ]);
  });

  it('reads "nous sommes impliqués dans des espaces comme A, B" as participations', () => {
    expect(
      claims(
        'Réseau des Algues Solidaires\nNous sommes impliqués dans des espaces plus larges comme le Collectif Littoral Vivant et la Plateforme Mer Commune.',
      ),
    ).toEqual([
      'Réseau des Algues Solidaires PARTICIPATES_IN Collectif Littoral Vivant',
      'Réseau des Algues Solidaires PARTICIPATES_IN Plateforme Mer Commune',
    ]);
  });
});

describe('mergers', () => {
  it('reads "voted to merge A with B and C to form D" as D emerging from each', () => {
    expect(
      claims(
        'Harbour Kelp Federation\nMembers voted on Tuesday to merge their Northern Kelp League with the Southern Kelp League and Island Growers Union to form the Harbour Kelp Federation.',
      ),
    ).toEqual([
      'Harbour Kelp Federation EMERGED_FROM Northern Kelp League',
      'Harbour Kelp Federation EMERGED_FROM Southern Kelp League',
      'Harbour Kelp Federation EMERGED_FROM Island Growers Union',
    ]);
  });

  it('reads a merger between two other bodies too', () => {
    expect(
      claims(
        'Réseau des Algues Solidaires\nEn 2015, la Coop Littoral et la Coop Marée ont décidé de fusionner la Coop Littoral et la Coop Marée pour créer Marée Commune.',
      ),
    ).toEqual([
      'Marée Commune EMERGED_FROM Coop Littoral',
      'Marée Commune EMERGED_FROM Coop Marée',
    ]);
  });
});

describe('an actor written only by its acronym', () => {
  it('is named by the capitalised words its letters spell', () => {
    const result = page(
      'https://news.example/kgn-partners\nKGN\nSara Holm, director of Kelp Growers Network Ltd, spoke at the congress. KGN is working with Harbour Kelp Federation.',
    );
    expect(result.actor.name).toBe('Kelp Growers Network');
    expect(result.actor.acronym).toBe('KGN');
  });
});

describe('a news item about a new body', () => {
  it('is about the body it says was set up', () => {
    const result = page(
      'https://news.example/norway-launches-kelp-apex-body/\nNorway launches apex body for kelp growers\n\nGrowers say the sector is little known, and that the new body will help them speak with one voice to buyers, lenders and the public.\n\nKelp Norway, launched on 3 June, was set up by the Northern Kelp League (NKL) and the Island Growers Union. NKL members voted for it in March, and NKL will host its first office.',
    );
    expect(result.actor.name).toBe('Kelp Norway');
    expect(result.relations.map((r) => `${r.from.name} ${r.type} ${r.to.name}`)).toEqual([
      'Northern Kelp League FOUNDED Kelp Norway',
      'Island Growers Union FOUNDED Kelp Norway',
    ]);
  });
});

describe('a list announced as a list', () => {
  it('reads the bullets after "Voici la liste de nos membres :", an item ending in an initial\'s dot included', () => {
    expect(
      claims(
        "Réseau des Algues Solidaires\nLe réseau représente 3 coopératives du littoral.\nVoici la liste de nos membres, dont certains sont associatifs :\n  • La Coopérative de Douarn\n  • La Coopérative des Marins de l'Î.-B.\n  • Coop Littoral\n\nLe réseau anime aussi des formations.",
      ),
    ).toEqual([
      'Coopérative de Douarn MEMBER_OF Réseau des Algues Solidaires',
      "Coopérative des Marins de l'Î.-B MEMBER_OF Réseau des Algues Solidaires",
      'Coop Littoral MEMBER_OF Réseau des Algues Solidaires',
    ]);
  });

  it('never reads a list of partners announced so as members', () => {
    expect(
      claims(
        'Réseau des Algues Solidaires\nVoici la liste de nos partenaires :\n  • Coop Littoral\n  • Fédération des Marais Salants\n\nLe réseau anime aussi des formations.',
      ).filter((claim) => claim.includes('MEMBER_OF')),
    ).toEqual([]);
  });
});

describe('"founder member"', () => {
  it('reads "a founder member of X" and "is founder member X and Y" as founding memberships', () => {
    expect(
      claims(
        'Kelp Growers Network\nThe network is a founder member of the Harbour Kelp Federation.',
      ),
    ).toEqual(['Kelp Growers Network MEMBER_OF Harbour Kelp Federation']);
    const founding = page(
      'Kelp Growers Network (KGN)\nNationally, KGN is founder member Island Growers Union (IGU) and Saltmarsh Council (SC).',
    ).relations.map((r) => `${r.to.name} ${r.founding}`);
    expect(founding).toEqual(['Island Growers Union true', 'Saltmarsh Council true']);
  });
});
