import { describe, expect, it } from 'vitest';
import { isHeading } from '../../src/import/names.js';
import { isNameShaped } from '../../src/import/page-actor.js';
import { parseProfile } from '../../src/import/parse.js';
import { hostWords, pathWords, urlActor } from '../../src/import/url-actor.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the body a page address names', () => {
  it('reads the site and path words of an address', () => {
    expect(hostWords(new URL('https://local.quillon.org/x'))).toEqual(['quillon']);
    expect(hostWords(new URL('https://brm-tejidos.co.uk/'))).toEqual([
      'brm-tejidos',
      'brm',
      'tejidos',
    ]);
    expect(pathWords(new URL('https://x.org/2022/05/harbour-grocers-week-2022/'))).toEqual([
      'harbour',
      'grocers',
      'week',
    ]);
  });

  it('takes the site name the prose writes twice, over a first line that is a heading', () => {
    const text = 'Login\nQuillon gathers teachers. Quillon was set up by Marne Bakers Union.';
    expect(urlActor('http://local.quillon.org/p9/page.php', text)).toEqual({
      name: 'Quillon',
      acronym: null,
      via: 'host',
    });
    const profile = parseProfile(bytes(`http://local.quillon.org/p9/page.php\n${text}`), 'p.txt');
    expect(profile.name).toBe('Quillon');
  });

  it('takes a body the path spells before the site that publishes the page', () => {
    const text =
      'Tidal Week 2022\nThe Harbour Economy Network Australia (HENA) ran the week. HENA thanks the BRMC. The BRMC hosts this page.';
    expect(urlActor('https://brmc.coop/hena-tidal-week-2022/', text)).toMatchObject({
      name: 'Harbour Economy Network Australia',
      acronym: 'HENA',
    });
  });

  it('reads a name the path spells word for word only when it names one body', () => {
    const body =
      'The Pacific Federation of Kelp Growers met. Pacific Federation of Kelp Growers grew.';
    expect(
      urlActor('https://news.example.com/pacific-federation-of-kelp-growers', body)?.name,
    ).toBe('Pacific Federation of Kelp Growers');
    // A plural category or an event is no body.
    const category = 'Kelp Growers Organizations met again. Kelp Growers Organizations grew.';
    expect(urlActor('https://news.example.com/kelp-growers-organizations', category)).toBeNull();
  });

  it('keeps a title that holds the site name, and ignores a capitalised heading', () => {
    const text =
      'Brine Guild Normandie\nLa Brine Guild Normandie regroupe des ateliers. Brine Guild aide.';
    expect(parseProfile(bytes(`https://brine-guild.example.fr/\n${text}`), 'p.txt').name).toBe(
      'Brine Guild Normandie',
    );
    expect(
      urlActor('https://x.org/l-economie-sociale', "L'ÉCONOMIE SOCIALE\nUn texte."),
    ).toBeNull();
  });

  it('proposes nothing from an address that names no body of the page', () => {
    expect(urlActor('https://docs.example.org/doc/12345', 'Some text without names.')).toBeNull();
    expect(urlActor('not a url', 'Quillon')).toBeNull();
    expect(pathWords(new URL('https://x.org/caf%E9-quillon'))).toContain('quillon');
  });
});

describe('first lines that are never an actor', () => {
  it('reads banners and numbered menu entries as headings', () => {
    expect(isHeading('Login')).toBe(true);
    expect(isHeading('Private areas')).toBe(true);
    expect(isHeading('1. Accueil')).toBe(true);
    expect(isHeading('2. > Qui sommes-nous ?')).toBe(true);
    expect(isHeading('1. Harbour Growers')).toBe(false);
  });

  it('reads a dated line as no name', () => {
    expect(isNameShaped('Le Vendredi 12 janvier 2007')).toBe(false);
    expect(isNameShaped('Publié le 9 février 2017')).toBe(false);
    expect(isNameShaped('May 07, 2014')).toBe(false);
    expect(isNameShaped('Harbour Growers Union')).toBe(true);
  });
});
