// Session 30 (helper readers): a French paragraph with a closed quotation (« … ») is prose, not a breadcrumb, on invented pages.
import { describe, expect, it } from 'vitest';
import { claims, parse } from '../support/import-page.js';

const T = 'Tidewater Makers Network';
/** The invented page: the actor's title line, then the text under test. */
const read = (text: string) => claims(`${T}\n${text}`);
const paragraphsOf = (text: string) => parse(`${T}\n\n${text}`).paragraphs;

describe('a closing guillemet between spaces inside a quotation is no menu separator', () => {
  it('keeps a French paragraph whose quotation is followed by more words, and reads it', () => {
    const line =
      'Le réseau anime le projet « Terre Vive » avec la Coopérative Ardoise. Il est membre du Réseau Marais.';
    expect(paragraphsOf(line)).toEqual([line]);
    expect(read(line)).toContain(`${T} MEMBER_OF Réseau Marais`);
  });

  it('keeps an English paragraph that quotes a French title', () => {
    const line =
      'The network ran the « Terre Vive » programme with Harbour Works, and it is a member of the Civam Network.';
    expect(paragraphsOf(line)).toEqual([line]);
  });

  it('still drops a breadcrumb or a menu, with or without a quotation', () => {
    expect(paragraphsOf('Accueil » Actualités » Le réseau est membre du Réseau Marais')).toEqual(
      [],
    );
    expect(paragraphsOf('Home | News | About « Terre Vive »')).toEqual([]);
    expect(paragraphsOf('Accueil » Projets » « Terre Vive » lauréat')).toEqual([]);
  });
});
