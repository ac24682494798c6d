// Session 34 (helper extent): a second complement after "et"/"and" stays in the name before it
// ("Direction du Tourisme et de la Coopération", "Union des tanneries et filatures"); a body, a
// place, an acronym, a clause or a quantifier after the conjunction is another item. Invented names only.
import { describe, expect, it } from 'vitest';
import { listItems } from '../../src/import/list-items.js';

const phrases = (text: string) => listItems(text).map((item) => item.phrase);

describe('a second complement joined by "et"/"and"', () => {
  it.each([
    [
      'la Direction du Tourisme et de la Coopération, le Conseil Régional Orvalle',
      ['la Direction du Tourisme et de la Coopération', 'le Conseil Régional Orvalle'],
    ],
    [
      "la Chambre de commerce et d'industrie du Val Doré, l'Atelier Brunel",
      ["la Chambre de commerce et d'industrie du Val Doré", "l'Atelier Brunel"],
    ],
    [
      "l'Union européenne et le Comité laïque contre la sécheresse et pour le reboisement",
      ["l'Union européenne", 'le Comité laïque contre la sécheresse et pour le reboisement'],
    ],
    [
      'l’Union des tanneries et filatures rurales et la Banque Orvalle',
      ['l’Union des tanneries et filatures rurales', 'la Banque Orvalle'],
    ],
    [
      'the Office for Research and for Training, the Brackwater Trust',
      ['the Office for Research and for Training', 'the Brackwater Trust'],
    ],
    [
      'the Federation of weavers and dyers, the Brackwater Trust',
      ['the Federation of weavers and dyers', 'the Brackwater Trust'],
    ],
  ])('keeps "%s" whole', (text, items) => {
    expect(phrases(text)).toEqual(items);
  });

  it.each([
    // Two listed bodies stay two.
    ['Alpha Brunel et Orvalle Conseil ont fondé la Coopérative Verdane', 2],
    // Another body after "et de", by its kind word.
    ["la Fédération du Bâtiment et de l'Union Nationale des Potiers", 2],
    ['le Réseau des Villes et de la Fédération Orvalle', 2],
    // A list that repeats its "de" before each body, and a body after "et de" named by its own kind word.
    ['Il s’agit du Refuge du Pic Vert et de la Cabane du Lac Gris', 2],
    ["de la Grange d'Orvalle, de la Forge du Val et de Brackwater Local Coop", 3],
    // A place after "et de": two bodies' places, not one name.
    ["la Chambre d'agriculture du Nord et de la Bretagne", 2],
    // A verb between the head and the complement: a clause, not a name.
    ['Verdane résulte de la fusion du Brunel et de la Orvalle', 2],
    // A verb or a quantifier after "et".
    ['la Fédération des épiceries et participe au Réseau Orvalle', 2],
    ['the Federation of weavers and Brackwater Trust', 2],
  ])('splits "%s"', (text, count) => {
    expect(phrases(text).length).toBe(count);
  });

  it('drops "plusieurs associations" as before, never joined to the name', () => {
    expect(phrases("l'Union des potiers et plusieurs associations")).toEqual([
      "l'Union des potiers",
    ]);
  });
});
