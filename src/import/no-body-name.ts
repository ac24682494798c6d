// A name read for the page's actor that names a place: the actor is a body, and a headline's
// place ("Wales launches …", "Au Mexique, le café …") or an address's ("…/au-mexique-…") is none.
import { isPlace } from './names.js';

/** A preposition of place before a place's name: "Au Mexique", "En Bretagne", "In Kenya". */
const PLACE_PREPOSITION = /^(?:au|aux|en|à|dans|in|across)\s+/iu;

/** Whether the name is a place ("Wales") or a place after its preposition ("Au Mexique"). */
export function namesPlace(name: string): boolean {
  const trimmed = name.trim();
  return isPlace(trimmed) || isPlace(trimmed.replace(PLACE_PREPOSITION, ''));
}
