// Resource-line words ("pedagogical tools", "outils pédagogiques") to the model's resource type keys.
import { type KnownResourceType, RESOURCE_TYPES } from '../model/vocabulary.js';
import { normalise } from '../text/normalise.js';

/** One spelling for singular and plural, on both sides of the lookup: "analyses" → "analysis". */
function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('yses')) return `${word.slice(0, -4)}ysis`;
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('sis')) return word.slice(0, -1);
  return word;
}

function lookupForm(words: string): string {
  return normalise(words).split(' ').map(singular).join(' ');
}

const BY_WORDS = new Map<string, KnownResourceType>(
  (Object.keys(RESOURCE_TYPES) as KnownResourceType[]).flatMap((key) => {
    const { en, fr } = RESOURCE_TYPES[key];
    return [lookupForm(en), lookupForm(fr)].map((words) => [words, key] as const);
  }),
);

/** The known resource type the words name, singular or plural, English or French. */
export function resourceTypeOf(words: string): KnownResourceType | undefined {
  return BY_WORDS.get(lookupForm(words));
}
