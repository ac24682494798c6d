// Session 31 (helper fresh): a shared funding participle ("co-financed by", "cofinancé par") names a funder, on invented pages.
import { describe, expect, it } from 'vitest';
import { claims } from '../support/import-page.js';

const T = 'Tidewater Makers Network';
/** The invented page: the actor's title line, then the text under test. */
const read = (text: string) => claims(`${T}\n${text}`);

describe('a shared funding participle names each funder', () => {
  it('reads "co-financed by" and "co-funded by" in English', () => {
    expect(
      read(
        'The Tidewater Makers Network is co-financed by the Harbour Trust and the Lantern Foundation.',
      ),
    ).toEqual([`Harbour Trust FUNDS ${T}`, `Lantern Foundation FUNDS ${T}`]);
    expect(read('The Tidewater Makers Network is co-funded by the Harbour Trust.')).toEqual([
      `Harbour Trust FUNDS ${T}`,
    ]);
  });

  it('reads "cofinancé par" and "co-financée par" in French', () => {
    expect(
      read(
        'Le Tidewater Makers Network est cofinancé par la Fondation Lanterne et la Région Ardoise.',
      ),
    ).toEqual([`Fondation Lanterne FUNDS ${T}`, `Région Ardoise FUNDS ${T}`]);
    expect(read('Le Tidewater Makers Network est co-financé par la Fondation Lanterne.')).toEqual([
      `Fondation Lanterne FUNDS ${T}`,
    ]);
  });

  it('leaves a co-founder a founder, and a bare noun or a participle without its verb unread', () => {
    expect(read('The Tidewater Makers Network was co-founded by the Harbour Trust.')).not.toContain(
      `Harbour Trust FUNDS ${T}`,
    );
    expect(read('Le cofinancement de la Fondation Lanterne reste à trouver.')).toEqual([]);
    expect(read('The Harbour Trust announced a co-financing scheme for makers.')).toEqual([]);
  });
});
