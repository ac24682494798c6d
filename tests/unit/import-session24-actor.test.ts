// Session 24: a possessive that ends the actor's name, a record's name field over a word of the
// address, and an encyclopedia's lead under its infobox, on invented pages.
import { describe, expect, it } from 'vitest';
import { withoutPossessive } from '../../src/import/possessive-name.js';
import { page, parse } from '../support/import-page.js';

describe('a possessive ends the name of the body that owns something', () => {
  it('reads the owner, not its possessive, as the actor', () => {
    const parsed = parse(
      'https://marshvalley.example.coop/2022/03/02/the-difference-small-grants/\n' +
        'The Difference: Small Grants\n\nPhoto: a field\n\n' +
        'Marsh Valley Co-op’s purpose remains rooted in our belief that good food builds strong communities. ' +
        'Every spring, our co-op invites local groups to apply for grants from our fund.',
    );
    expect(parsed.name).toBe('Marsh Valley Co-op');
  });

  it('strips the three apostrophes, not a plural’s lone apostrophe nor a one-word name', () => {
    expect(withoutPossessive("Marsh Food Co-op Association's")).toBe(
      'Marsh Food Co-op Association',
    );
    expect(withoutPossessive('Marsh Food Co-op Association‘s')).toBe(
      'Marsh Food Co-op Association',
    );
    expect(withoutPossessive('Union of Marsh Farmers’')).toBe('Union of Marsh Farmers’');
    expect(withoutPossessive("Lloyd's")).toBe("Lloyd's");
    expect(withoutPossessive('Union des coopératives de Lorn')).toBe(
      'Union des coopératives de Lorn',
    );
  });

  it('keeps the actor of a page whose relations it states', () => {
    const imported = page(
      'https://marshvalley.example.coop/news\nNews\n\n' +
        'Marsh Valley Co-op’s board thanked its members. Marsh Valley Co-op is a member of the Lorn Federation of Food Co-ops.',
    );
    expect(imported.actor.name).toBe('Marsh Valley Co-op');
  });
});

describe('a record’s name field over a word of the address', () => {
  it('keeps the registered name though the address names the page’s kind (French)', () => {
    const parsed = parse(
      'https://coops.example.re/FR/Coop/Fiche.php?Id=12\n' +
        'Fiche pratique - Historique - Les chiffres\n\nVERGERS DU SUD\n\n' +
        'Raison sociale : Société Coopérative Agricole Vergers du Sud\n' +
        'Siège social : 4 chemin des Manguiers, Saint-Louis\n' +
        'Fiche pratique - Historique - Les chiffres\nActivités : collecte et vente de fruits.\n' +
        'Fiche pratique - Historique - Les chiffres\nDate de création : 4 juin 2002.\n' +
        'Fiche pratique - Historique - Les chiffres\nLa coopérative en chiffres : 2006-2007 :\n' +
        'Fiche pratique - Historique',
    );
    expect(parsed.name).toBe('Société Coopérative Agricole Vergers du Sud');
  });

  it('keeps the legal name in English too', () => {
    const parsed = parse(
      'https://coops.example.org/profile/Card.html\nCard - History - Figures\n\nMARSH GROWERS\n\n' +
        'Legal name: Marsh Growers Cooperative Limited\nAddress: 4 Orchard Road, Lorn\n' +
        'Card - History - Figures\nActivities: collecting and selling fruit.\n' +
        'Card - History - Figures\nFounded: 4 June 2002.\nCard - History - Figures\n' +
        'The cooperative in figures: 2006-2007:\nCard - History',
    );
    // The legal name without its closing legal form (convention 1, session 37).
    expect(parsed.name).toBe('Marsh Growers Cooperative');
  });
});

describe('an encyclopedia’s lead sentence under its infobox', () => {
  const infobox = [
    'From Example Encyclopedia: the open reference',
    'Jump to: navigation, search',
    'Marsh Dairy Co-operative Group Limited',
    'Cooperative',
    'Industry Manufacturing, retail',
    'Founded 16 October 2001',
    'Headquarters Lorn',
    'Products Milk, butter, cheese',
    'Revenue Increase 2.1 billion (2013-14)',
    'Profit Decrease 179 million (2013-14)',
    'Number of employees',
    '17,000',
    'Subsidiaries Anchorage, Marsh Cheese',
    'Website marshdairy.example',
  ].join('\n');

  it('takes the full name the lead defines, after a pronunciation between slashes', () => {
    const parsed = parse(
      `https://encyclopedia.example.org/info/Marsh_Dairy\nMarsh Dairy\n\n${infobox}\n\n` +
        'Marsh Dairy Co-operative Group Limited /ˈmɑːʃ/ is a dairy co-operative owned by 13,000 farmers. ' +
        'Marsh Dairy was formed in 2001.',
    );
    expect(parsed.name).toBe('Marsh Dairy Co-operative Group');
  });

  it('takes it in French too, and keeps the title where the lead defines another body', () => {
    const french = parse(
      `https://encyclopedie.example.org/wiki/Orme\nOrme\n\n${infobox}\n\n` +
        'Orme Coopérative Laitière est une coopérative laitière de la vallée. Orme compte 40 producteurs.',
    );
    expect(french.name).toBe('Orme Coopérative Laitière');
    const other = parse(
      `https://encyclopedia.example.org/info/Marsh\nMarsh\n\n${infobox}\n\n` +
        'The Lorn Dairy Board is the regulator of Marsh. Marsh buys milk from 13,000 farmers.',
    );
    expect(other.name).toBe('Marsh');
  });

  it('takes the full name a line gives with its acronym, but not past a paragraph of prose', () => {
    const withAcronym = parse(
      'https://encyclopedia.example.org/wiki/Marsh_Foundation\nMarsh Foundation\n\n' +
        'An article of the free encyclopedia.\nMarsh Foundation Against Exclusion (MFAE)\n' +
        'The Marsh Foundation Against Exclusion (MFAE) brings together firms of the valley. Marsh Foundation acts since 1993.',
    );
    expect(withAcronym.name).toBe('Marsh Foundation Against Exclusion');
    const afterProse = parse(
      'https://news.example.org/marsh\nMarsh\n\n' +
        'Marsh held its annual meeting in Lorn this week, with members from every valley of the region attending.\n' +
        'Marsh Dairy Board is a regulator that buys from Marsh.',
    );
    expect(afterProse.name).toBe('Marsh');
  });
});
