// A name the sentence writes as an item of a list of places: "workshops in Oldport, Brine and
// Kelso", "dans les zones de Mamou et Kerana", "across Europe, Japan and Australia/New Zealand".
// English and French put a locative preposition (or a plural noun of places with "of"/"de")
// before such a list, and each item after it is a place, not a body; so is a name that is only a
// city, a country or a region the lexicon knows ("field trips to Brussels and Amsterdam").
import nlp from 'compromise';
import { isPlace } from './names.js';

/** One item of such a list: capitalised words, joined by spaces, hyphens or a slash. */
const ITEM = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ /-]\p{Lu}[\p{L}'’.-]*){0,3}`;

/** "a grant from A and B", "une subvention à A et B": after a word of giving, "from" and "à" name bodies. */
const NOT_AFTER_GIVING = String.raw`(?<!(?:grants?|funding|funds|support|loans?|donations?|investments?|contributions?|financing|sponsorship|backing|received|receives?|receiving|obtained|secured|raised|subventions?|prêts?|aides?|financements?|dons?|accordée?s?|versée?s?|attribuée?s?|octroyée?s?|euros|dollars)\s+(?:[Ff]rom|à))`;

/** What opens a list of places: a locative preposition, or "zones de", "towns of", "régions de". */
const LOCATIVE = String.raw`(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ff]rom${NOT_AFTER_GIVING}|[Nn]ear|à${NOT_AFTER_GIVING}|[Ee]n|[Dd]ans|(?:zones?|régions?|regions?|villes?|provinces?|districts?|municipalit(?:y|ies)|towns?|cities|countries|pays|communes?)\s+(?:of|de|d['’]|du|des))`;

/** Before the name: the opener (not inside a name: "Barcelona en Comú"), then the list's earlier items, each with its "," or "and"/"et". */
const LIST_BEFORE = new RegExp(
  String.raw`(?:^|[.,;:(]\s*|(?:^|\s)\p{Ll}[\p{L}'’-]*\s)${LOCATIVE}\s+(?:${ITEM}\s*(?:,\s*(?:and\s+|et\s+)?|\s(?:and|et)\s+|\/\s*))*$`,
  'u',
);

/** After the name: the list goes on, or the sentence or clause ends. */
const LIST_AFTER = /^(?:\s*[,;/.)]|\s+(?:and|et)\s|\s*$)/u;

/** Whether `evidence` writes `name` as an item of a list of places, once at least. */
export function inPlaceList(name: string, evidence: string): boolean {
  for (let at = evidence.indexOf(name); at >= 0; at = evidence.indexOf(name, at + 1)) {
    const before = evidence.slice(0, at);
    if (!LIST_BEFORE.test(before)) continue;
    // The last item ("… Cotopaxi and Chimborazo who …") may go on with the sentence.
    if (/\s(?:and|et)\s+$/u.test(before) || LIST_AFTER.test(evidence.slice(at + name.length)))
      return true;
  }
  return false;
}

/** "South", "Sud-Ouest", "North West": a point of the compass alone names a part of a country. */
const COMPASS =
  /^(?:(?:North|South|East|West|Nord|Sud|Est|Ouest)(?:[- ]?(?:North|South|East|West|Est|Ouest|east|west|est|ouest))?)$/u;

/** "and", "et", "et de l'", "and of", a slash: what joins two places written as one phrase. */
const PLACES_JOINED = /\s+(?:and|et|&)\s+(?:(?:of|de|du|des)\s+(?:la\s+|l['’])?|d['’])?|\s*\/\s*/u;

/** Tags compromise's lexicon gives a known city, country or region ("Amsterdam", "South Australia"). */
const PLACE_TAGS = ['City', 'Country', 'Region'];

/**
 * Whether every word of `name` is a city, a country or a region by compromise's lexicon: "Brussels",
 * "The Hague", "South Australia". A word it only guesses as a place by its ending ("…dale") or
 * reads as a given name ("Victoria") is no known place.
 */
export function isKnownPlace(name: string): boolean {
  // "Soudan et de l'Egypte", "Brussels and Amsterdam": places joined by "and"/"et" are places.
  if (isPlace(name)) return true;
  const parts = name.split(PLACES_JOINED);
  if (parts.length > 1) return parts.every((part) => part.trim() !== '' && isKnownPlace(part));
  if (COMPASS.test(name.trim()) || isPlace(name)) return true;
  const terms = nlp(name).json()[0]?.terms as { text: string; tags: string[] }[] | undefined;
  if (!terms || terms.length === 0) return false;
  return terms.every(
    (term) => /^(?:the|The)$/u.test(term.text) || term.tags.some((tag) => PLACE_TAGS.includes(tag)),
  );
}
