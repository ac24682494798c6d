import { describe, expect, it } from 'vitest';
import { pageLanguage } from '../../src/import/language.js';
import { ProfileError, parseProfile } from '../../src/import/parse.js';

const bytes = (text: string) => new TextEncoder().encode(text);

const SPANISH = `Red de Economía Solidaria del Sur (RESS)

La Red de Economía Solidaria del Sur fue creada en 2009 por un grupo de cooperativas, asociaciones y empresas de inserción que querían trabajar juntas. Hoy reúne a más de cuarenta entidades de la región y es miembro de REAS Red de Redes desde 2012. Sus socias fundadoras fueron la cooperativa La Huerta y la asociación Tejiendo Barrio.`;

const FRENCH = `Réseau des Epiceries Solidaires du Sud (RESS)

Le Réseau des Epiceries Solidaires du Sud a été créé en 2009 par un groupe d'associations qui voulaient travailler ensemble. Il regroupe aujourd'hui plus de quarante épiceries de la région et il est membre du Mouvement pour l'Economie Solidaire depuis 2012. Ses membres fondateurs sont l'Epicerie du Quartier et l'association Panier Partagé.`;

const ENGLISH = `Southern Solidarity Grocery Network (SSGN)

The Southern Solidarity Grocery Network was founded in 2009 by a group of associations that wanted to work together. It now brings together more than forty grocery stores of the region and has been a member of the Solidarity Economy Movement since 2012. Its founding members were the Corner Grocery and the Shared Basket association.`;

function refusal(text: string): ProfileError | undefined {
  try {
    parseProfile(bytes(text), 'page.txt');
  } catch (error) {
    if (error instanceof ProfileError) return error;
    throw error;
  }
  return undefined;
}

describe('the language check', () => {
  it('reads French and English pages as before', () => {
    expect(parseProfile(bytes(FRENCH), 'fr.txt').language).toBe('fr');
    expect(parseProfile(bytes(ENGLISH), 'en.txt').language).toBe('en');
  });

  it('refuses a Spanish page with UNSUPPORTED_LANGUAGE, naming the language and the override', () => {
    const error = refusal(SPANISH);
    expect(error?.code).toBe('UNSUPPORTED_LANGUAGE');
    expect(error?.message).toContain('page.txt: the page reads as spa');
    expect(error?.message).toContain('--any-language');
  });

  it('refuses German and Catalan too, before guessing a title (an untitled page is not NO_TITLE)', () => {
    const german =
      'Das Netzwerk Solidarische Ökonomie wurde 2010 von mehreren Genossenschaften gegründet und ist seit 2015 Mitglied des Verbandes. Es vereint heute mehr als vierzig Betriebe, Vereine und Initiativen aus der ganzen Region, die gemeinsam für eine andere Wirtschaft arbeiten.';
    const catalan =
      "La Xarxa d'Economia Solidària es va crear l'any 2003 per un grup de cooperatives i associacions que volien treballar juntes. Avui aplega més de tres-centes entitats de tot el territori i forma part de la Xarxa de Xarxes des de l'any 2005, amb la qual comparteix el mercat social.";
    expect(refusal(german)?.message).toContain('reads as deu');
    expect(refusal(catalan)?.message).toContain('reads as cat');
  });

  it('reads the page anyway when the user insists (anyLanguage)', () => {
    const profile = parseProfile(bytes(SPANISH), 'page.txt', { anyLanguage: true });
    expect(profile.name).toBe('Red de Economía Solidaria del Sur');
  });

  it('never refuses a page too short to tell', () => {
    expect(pageLanguage('Red de Redes, miembro de REAS.')).toEqual({ code: 'und', readable: true });
    expect(refusal('Cooperativa La Huerta\n\nSocia de REAS desde 2012.')).toBeUndefined();
  });
});
