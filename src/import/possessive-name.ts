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
