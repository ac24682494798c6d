// The shape of a name in running text: capitalised words joined by the words a name holds inside.

/**
 * What may stand between two capitalised words of one name: "of", "de", "of the", "de la", "de l’",
 * and an elided "d’" or "l’" before the next word ("Coopérative d’Épargne"), with either apostrophe.
 */
const INSIDE_A_NAME =
  "(?:(?:(?:of|for|de|pour|sur|on)\\s+(?:the|la|les)|de\\s+l['’]|de|du|des|of|the|la|le|pour|for|sur|on|en)\\s*(?<=\\s|['’]))?(?:[dl]['’])?";

/** Initials with stops opening a name ("B.C. Co-operative Association"), never before an article ("U.S. The …"). */
const INITIALS =
  "(?<![\\p{L}.])(?:\\p{Lu}\\.){2,}(?=\\s+(?!(?:The|La|Le|Les|L['’])(?![\\p{L}]))\\p{Lu}[\\p{L}'’-])";

/** Capitalised names anywhere in a sentence: "Office du Développement de la Coopération", "Ministère de l’Agriculture". */
export const CAPITALISED_RUN = new RegExp(
  `(?:${INITIALS}|\\p{Lu}[\\p{L}'’-]+)(?:\\s+${INSIDE_A_NAME}\\p{Lu}[\\p{L}'’-]+)+`,
  'gu',
);
