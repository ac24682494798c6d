// Session 36: a partnership named by its noun ("entretient des partenariats avec A, B", "our
// partnerships with A and B") gives the subject PARTNER_OF each listed body; on invented text only.
import { describe, expect, it } from 'vitest';
import { claims } from '../support/import-page.js';

const F = 'Fédération Vallonne de Coopération';
const read = (sentence: string) =>
  claims(`${F}\n\nLa ${F} (FVC) regroupe des associations de solidarité.\n\n${sentence}`);

const E = 'Harbour Valley Food Network';
const readEnglish = (sentence: string) =>
  claims(`${E}\n\n${E} is a network of community food projects.\n\n${sentence}`);

describe('a partnership named by its noun', () => {
  it('reads each body after "des partenariats avec" as a partner of the actor', () => {
    expect(
      read(
        'La FVC entretient des partenariats avec la Direction de la Solidarité (DDS) et le Conseil du Haut-Val (CHV).',
      ),
    ).toEqual([
      `${F} PARTNER_OF Direction de la Solidarité`,
      `${F} PARTNER_OF Conseil du Haut-Val`,
    ]);
  });

  it('reads a list after a colon, with no verb (a timeline line)', () => {
    expect(
      read(
        '1996 : mise sur pied des premiers partenariats avec communes vallonnes: Brevaz, Ortigny et Sauvelle.',
      ),
    ).toEqual([`${F} PARTNER_OF Brevaz`, `${F} PARTNER_OF Ortigny`, `${F} PARTNER_OF Sauvelle`]);
  });

  it('reads the English noun after a possessive or an adjective', () => {
    // No verb of partnership ("built", "forged") before the noun: only the noun says it.
    expect(
      readEnglish(
        'In 2019 the network announced its first partnerships with Riverside Growers and Tideway Bakery.',
      ),
    ).toEqual([`${E} PARTNER_OF Riverside Growers`, `${E} PARTNER_OF Tideway Bakery`]);
  });
});

describe('what the partnership noun leaves', () => {
  it('gives nothing for categories with no name', () => {
    expect(read('La FVC entretient des partenariats avec des communes et des écoles.')).toEqual([]);
    expect(
      readEnglish('We value our partnerships with schools, councils and local shops.'),
    ).toEqual([]);
  });

  it('leaves "a partnership between A and B" to the pair frame: no partner of the actor', () => {
    expect(
      readEnglish('A partnership between Riverside Growers and Tideway Bakery was signed in 2019.'),
    ).toEqual(['Riverside Growers PARTNER_OF Tideway Bakery']);
  });
});
