// A name read for the page's actor that names a place: the actor is a body, and a headline's
// place ("Wales launches …", "Au Mexique, le café …") or an address's ("…/au-mexique-…") is none.
import nlp from 'compromise';
import { isPlace } from './names.js';
import { inPlaceList, isKnownPlace } from './place-lists.js';

/** A preposition of place before a place's name: "Au Mexique", "En Bretagne", "In Kenya". */
const PLACE_PREPOSITION = /^(?:au|aux|en|à|dans|in|across)\s+/iu;

/** Whether the name is a place ("Wales") or a place after its preposition ("Au Mexique"). */
export function namesPlace(name: string): boolean {
  const trimmed = name.trim();
  return isPlace(trimmed) || isPlace(trimmed.replace(PLACE_PREPOSITION, ''));
}

/**
 * Whether a single word is a bare place or a people's name: one the place lists know ("Basque",
 * "Barcelona"), a demonym ("Scottish", "French"), or one `evidence` writes in a list of places
 * ("groups from Mayo, Tipperary and Limerick"). A body's name of several words that holds one
 * ("Basque Cooperative Bank") is not a single word, so it stays a body.
 */
export function isBarePlace(word: string, evidence = ''): boolean {
  const bare = word.replace(/^[«“"‘'(]+|[»”"’'),.;:!?]+$/gu, '');
  if (bare === '' || /\s/u.test(bare)) return false;
  if (namesPlace(bare) || isKnownPlace(bare) || inPlaceList(bare, evidence)) return true;
  const terms = nlp(bare).json()[0]?.terms as { tags: string[] }[] | undefined;
  return terms?.length === 1 && (terms[0] as { tags: string[] }).tags.includes('Demonym');
}
