// "Hunger Valley Co-op’s purpose …": an English possessive ends the owner's name; it is not part of it.

/** An English possessive ending ("’s", "'s", "‘s"), not the plural's lone apostrophe ("Farmers’"). */
const POSSESSIVE = /(?<=[\p{L}\p{N}.)-])['’‘]s$/u;

/** The name without a possessive ending, when what is left still reads as a name of two words or more. */
export function withoutPossessive(name: string): string {
  if (!POSSESSIVE.test(name)) return name;
  const owner = name.replace(POSSESSIVE, '');
  // "Lloyd's", "McDonald's": a one-word name may be written with its possessive.
  return owner.includes(' ') ? owner : name;
}

/** People whose possessive is part of a body's name: "Self Employed Women’s Association", "People’s Bank". */
const PEOPLE_OWNERS =
  /^(?:women|men|people|peoples|children|youth|workers?|farmers?|members?|citizens?|consumers?|producers?|growers?|mothers?|fathers?|st|saint|lloyd)$/iu;

/**
 * "Griffith Park’s Yunus Hall", "QUT’s Bluebox": a possessive inside a run of capitalised words joins
 * two names when the owner is a name of two words or more, an acronym or a place ("Norway’s Topbank"):
 * the one after it is the name when it has two words or more or the owner is a place, otherwise the
 * owner is; one plain word before it is part of the name ("Pearce’s Creek Dairy"); a trailing
 * possessive is dropped. `ownerIsPlace`
 * and `isAcronym` come from the name finder.
 */
export function possessedName(
  run: readonly string[],
  ownerIsPlace: (owner: string) => boolean,
  isAcronym: (word: string) => boolean,
): string[] {
  const at = run.findIndex((word, index) => index < run.length - 1 && POSSESSIVE.test(word));
  if (at < 0) {
    const whole = withoutPossessive(run.join(' '));
    return whole.split(' ');
  }
  const ownerWord = (run[at] as string).replace(POSSESSIVE, '');
  const owner = [...run.slice(0, at), ownerWord];
  const owned = run.slice(at + 1);
  if (PEOPLE_OWNERS.test(ownerWord)) return [...run];
  const ownerName = owner.join(' ');
  // "Pearce’s Creek …", "Lloyd’s Bank": one plain word before the possessive is part of the name.
  if (owner.length < 2 && !isAcronym(ownerName) && !ownerIsPlace(ownerName)) return [...run];
  return owned.length >= 2 || ownerIsPlace(ownerName)
    ? possessedName(owned, ownerIsPlace, isAcronym)
    : owner;
}
