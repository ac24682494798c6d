// Session 21: a sentence that announces a list (its cue, type and direction), barred rows and linked items, on invented pages.
import { describe, expect, it } from 'vitest';
import { leadInCue } from '../../src/import/lead-in.js';
import { itemName } from '../../src/import/structure-reader.js';
import { claims } from '../support/import-page.js';

const ACTOR = 'Velmora Cooperative Network (VCN)';
const INTRO = 'The Velmora Cooperative Network is a network of cooperatives in the Velmora valley.';
const read = (...lines: string[]) => claims([ACTOR, '', INTRO, '', ...lines].join('\n'));
const SELF = 'Velmora Cooperative Network';

describe('a lead-in sentence gives the relation of the list after it', () => {
  it('reads the cue nearest the colon, in English and French, whatever counts and commas the sentence holds', () => {
    expect(leadInCue('Parmi ses membres collectifs, le réseau compte huit coopératives :')).toEqual(
      {
        type: 'MEMBER_OF',
        direction: 'in',
        founding: false,
      },
    );
    expect(
      leadInCue('Membership stands at 17 unions in 12 countries, as indicated below.'),
    ).toMatchObject({ type: 'MEMBER_OF', direction: 'in' });
    expect(leadInCue('Le réseau est composé des plateformes des pays suivants :')?.type).toBe(
      'MEMBER_OF',
    );
    expect(leadInCue('Since 2004, its founding members have been:')).toMatchObject({
      type: 'MEMBER_OF',
      founding: true,
    });
    expect(leadInCue('In 2023, the fund’s grantees were:')).toMatchObject({
      type: 'FUNDS',
      direction: 'out',
    });
    expect(leadInCue('Le groupe rassemble aujourd’hui ses filiales :')).toMatchObject({
      type: 'PART_OF',
      direction: 'in',
    });
    expect(leadInCue('Outside its members, the network works with these partners:')?.type).toBe(
      'PARTNER_OF',
    );
  });

  it('takes the last sentence of a paragraph, and gives nothing without a cue, for a call to join or a long paragraph', () => {
    expect(
      leadInCue('The valley needs housing. Among its members, the network counts six co-ops:'),
    )?.toMatchObject({ type: 'MEMBER_OF', direction: 'in' });
    expect(leadInCue('Follow us on:')).toBeUndefined();
    expect(leadInCue('How to become a member:')).toBeUndefined();
    expect(leadInCue('Our members are listed below and in the annual report')).toBeUndefined();
    expect(leadInCue(`${'word '.repeat(40)}members:`)).toBeUndefined();
  });
});

describe('the list a lead-in sentence governs', () => {
  it('reads bullets after a lead-in with a count and a comma, to the next heading', () => {
    const found = read(
      'The valley needs affordable homes. Among its collective members, the network counts three housing co-ops:',
      '- Harrow Lane Housing Co-operative',
      '- Quillby Tenants Association, a tenants’ union since 1990',
      '- Saltmarsh Housing Trust',
      '',
      'Our history',
      '- Brisk Valley Credit Union',
    );
    for (const name of [
      'Harrow Lane Housing Co-operative',
      'Quillby Tenants Association',
      'Saltmarsh Housing Trust',
    ])
      expect(found).toContain(`${name} MEMBER_OF ${SELF}`);
    expect(found.join('\n')).not.toContain('Brisk Valley Credit Union');
  });

  it('reads numbered items after two paragraphs when the last one points below', () => {
    const found = read(
      'Our Members',
      '',
      'The network’s core membership consists of regional unions that represent growers.',
      '',
      'Membership currently stands at 3 unions in 3 districts, as indicated below.',
      '',
      '1. Harrow Growers Union (HGU)',
      '2. Quillby Farmers’ Association (QFA) (Quillby)',
      '3. Saltmarsh Fishers Union (SFU)',
    );
    expect(found).toContain(`Harrow Growers Union MEMBER_OF ${SELF}`);
    expect(found).toContain(`Quillby Farmers’ Association MEMBER_OF ${SELF}`);
    expect(found).toContain(`Saltmarsh Fishers Union MEMBER_OF ${SELF}`);
  });

  it('reads items written after their link ("www.x.org / Name")', () => {
    expect(itemName('- http://www.harrow-coop.org / Harrow Lane Housing Co-operative')).toBe(
      'Harrow Lane Housing Co-operative',
    );
    expect(itemName('Saltmarsh Housing Trust – https://saltmarsh.example')).toBe(
      'Saltmarsh Housing Trust',
    );
    expect(
      read(
        'Nos membres :',
        '- www.harrow.example / Coopérative Harrow Habitat',
        '- www.quillby.example / Union des Locataires de Quillby',
      ),
    ).toContain(`Coopérative Harrow Habitat MEMBER_OF ${SELF}`);
  });

  it('reads the name cell its acronym cell spells in barred rows', () => {
    const found = read(
      'Le VCN est composé des plateformes nationales des pays suivants :',
      'Harrovie | FOSH | Fédération des Organisations Solidaires de Harrovie | |',
      'Quillbie | UCQ | Union des Coopératives de Quillbie | |',
      'Saltmarie | RAS | Réseau des Associations de Saltmarie | |',
      'Brinie | COFEBRI | Collectif des Fédérations de Brinie | |',
    );
    expect(found).toContain(
      `Fédération des Organisations Solidaires de Harrovie MEMBER_OF ${SELF}`,
    );
    expect(found).toContain(`Union des Coopératives de Quillbie MEMBER_OF ${SELF}`);
    expect(found).toContain(`Collectif des Fédérations de Brinie MEMBER_OF ${SELF}`);
    expect(found).not.toContain(`Harrovie MEMBER_OF ${SELF}`);
    expect(found).not.toContain(`COFEBRI MEMBER_OF ${SELF}`);
  });
});

describe('an item that opens on a kind of body', () => {
  it('is a body when a proper name follows the kind, and no body when only common words do', () => {
    const found = read(
      'Parmi ses membres collectifs, le réseau compte trois coopératives d’habitants :',
      '- www.tilleuls.example / Coopérative d’habitants Les Tilleuls',
      '- www.harrow.example / Société coopérative Le Grand Harrow',
      '- www.quillby.example / Coopérative participative d’habitation «Quillby»',
      '- www.generic.example / Coopérative d’activité et d’emploi',
    );
    expect(found).toContain(`Coopérative d’habitants Les Tilleuls MEMBER_OF ${SELF}`);
    expect(found).toContain(`Société coopérative Le Grand Harrow MEMBER_OF ${SELF}`);
    expect(found).toContain(`Coopérative participative d’habitation «Quillby» MEMBER_OF ${SELF}`);
    expect(found.join('\n')).not.toContain('emploi MEMBER_OF');
  });
});

describe('a saved infobox row drawn with bars', () => {
  it('reads subsidiaries and founders from their label cell', () => {
    const found = read(
      'Filiales | Brisk Valley Credit Union, Tarnel Seed Bank (50%) |',
      'Fondateurs | Union des Coopératives de Velmora (d) |',
      'Siège social | Velmora |',
      'Partner Content',
    );
    expect(found.join('\n')).not.toContain('Content');
    expect(found).toContain(`Brisk Valley Credit Union PART_OF ${SELF}`);
    expect(found).toContain(`Tarnel Seed Bank PART_OF ${SELF}`);
    expect(found).toContain(`Union des Coopératives de Velmora MEMBER_OF ${SELF}`);
  });
});

describe('what no lead-in governs', () => {
  it('gives nothing for a menu, a footer of links, or a cue followed by prose', () => {
    expect(read('Follow us on:', 'Facebook | Twitter | LinkedIn', 'Mentions légales')).toEqual([]);
    expect(read('Menu:', '- Accueil', '- Nos membres', '- Nos partenaires', '- Contact')).toEqual(
      [],
    );
    expect(
      read(
        'Among its members, the network counts many co-ops:',
        'Each of them elects a delegate to the assembly every year.',
        'The delegates meet in Velmora in the spring.',
      ),
    ).toEqual([]);
    expect(read('Nos partenaires :', '- Plan du site', '- Mentions légales', '- Contact')).toEqual(
      [],
    );
  });
});

describe('a list of grants names each recipient after its amount', () => {
  it('reads "grants awarded" and "subventions accordées" lists as funding, the name between the amount and the purpose', () => {
    expect(
      itemName('• $8,500 to Harrow Valley Loan Fund to support research into co-op growth.'),
    ).toBe('Harrow Valley Loan Fund');
    expect(itemName('- 5 000 € à la Coopérative des Saules pour financer un atelier.')).toBe(
      'Coopérative des Saules',
    );
    expect(
      read(
        'Here are the grants awarded by the network this autumn:',
        '',
        '  • $8,500 to Harrow Valley Loan Fund to support research into co-op growth.',
        '  • $3,000 to Brindle Students of Cooperation to update their handbook.',
      ),
    ).toEqual([
      `${SELF} FUNDS Harrow Valley Loan Fund`,
      `${SELF} FUNDS Brindle Students of Cooperation`,
    ]);
  });

  it('keeps a name that holds "to" before a capital, and an item with no amount as it was', () => {
    expect(itemName('• $2,000 to Right to Food Alliance to print leaflets.')).toBe(
      'Right to Food Alliance',
    );
    expect(itemName('• Harrow Valley Loan Fund – a regional fund')).toBe('Harrow Valley Loan Fund');
  });
});
