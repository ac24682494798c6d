// A name the sentence writes as an item of a list of places: "workshops in Oldport, Brine and
// Kelso", "dans les zones de Mamou et Kerana", "across Europe, Japan and Australia/New Zealand".
// English and French put a locative preposition (or a plural noun of places with "of"/"de")
// before such a list, and each item after it is a place, not a body.

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
