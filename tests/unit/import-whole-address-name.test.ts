// Session 31 (aboutactor): a name read short goes on as far as a whole part of the page's address
// spells it (a path segment, or the host), when the page writes that longer form; invented pages.
import { describe, expect, it } from 'vitest';
import { nameExtent } from '../../src/import/name-extent.js';
import { parseProfile } from '../../src/import/parse.js';

const parse = (text: string) => parseProfile(new TextEncoder().encode(text), 'page.txt');

describe('a name as a whole part of the address spells it', () => {
  it('a host with its top-level label: "SolarCoop" written "SolarCoop.eu" on solarcoop.eu', () => {
    const page = [
      'https://www.solarcoop.eu/about-us/',
      'About us',
      'Through SolarCoop.eu, solar communities speak up. SolarCoop.eu supports citizens and wants energy democracy.',
    ].join('\n');
    expect(parse(page).name).toBe('SolarCoop.eu');
  });

  it('a whole path segment: "Terravie" written "Terravie Bretagne" at /reseaux/terravie-bretagne', () => {
    const prose =
      'Le collectif Terravie Bretagne réunit des fermes. Terravie agit depuis la région.';
    expect(nameExtent('Terravie', prose, 'https://example.fr/reseaux/terravie-bretagne')).toEqual({
      name: 'Terravie Bretagne',
      acronym: null,
    });
    expect(
      nameExtent(
        'AGRIMA',
        'AGRIMA Bank lends to co-operatives.',
        'https://wiki.example.org/wiki/AGRIMA_Bank',
      ),
    ).toEqual({ name: 'AGRIMA Bank', acronym: null });
  });

  it('a headline slug that goes on past the words is no name', () => {
    const prose = 'Terravie Bretagne ouvre un nouveau local à Rennes.';
    expect(
      nameExtent('Terravie', prose, 'https://example.fr/actu/terravie-bretagne-ouvre-un-local'),
    ).toBeNull();
    // The page must write the longer form itself: the address alone names nothing.
    expect(
      nameExtent('Terravie', 'Terravie réunit des fermes.', 'https://example.fr/terravie-bretagne'),
    ).toBeNull();
    // A title line that opens with the segment's words is a page's subject, not the name in a sentence.
    expect(
      nameExtent(
        'Terravie',
        'Terravie Bretagne Annual Report The network grew.',
        'https://example.fr/terravie-bretagne',
      ),
    ).toBeNull();
    // A host that spells only the name leaves it as it is.
    expect(
      nameExtent(
        'Harbour',
        'Harbour Lights sells fish. Harbour is a co-operative.',
        'https://harbour.coop/',
      ),
    ).toBeNull();
  });
});
