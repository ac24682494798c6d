// "from several organisations, the main ones being: A, B": the unnamed category before the named list.

/**
 * A count-less category that announces the bodies named after it ("différentes organisations dont les
 * principales sont :", "various partners, including", "plusieurs bailleurs, notamment"): general usage
 * names the givers or partners after it, so the list of bodies starts where the lead-in ends.
 */
const CATEGORY_LEAD_IN =
  /^\s*(?:de\s+|d['’]\s*)?(?:différente?s|diverses|divers|plusieurs|(?:de\s+)?nombreu(?:x|ses)|several|various|many|numerous|a number of)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,3}?\p{Ll}[\p{L}'’-]*[sx]\s*,?\s*(?:(?:dont|parmi lesquel(?:le)?s)\s+(?:les\s+)?(?:principa(?:les|ux)|plus importante?s)\s+sont|dont\s+notamment|notamment|à savoir|including|such as|notably|namely|among them|chiefly)\s*:?\s*/iu;

/** "the retail banks AIB, Bank of Ireland": a plural category in apposition right before the first name. */
const CATEGORY_APPOSITION =
  /^\s*(?:the|les|des|ses|its|their|our|nos|leurs)\s+(?:\p{Ll}[\p{L}'’-]*\s+){1,2}\p{Ll}[\p{L}'’-]*[sx]\s+(?=\p{Lu})/u;

/** The text after a category's lead-in, or the text itself when it opens on no such lead-in. */
export function afterCategoryLeadIn(text: string): string {
  const lead = CATEGORY_LEAD_IN.exec(text) ?? CATEGORY_APPOSITION.exec(text);
  return lead ? text.slice(lead[0].length) : text;
}
