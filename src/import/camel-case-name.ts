// One word that writes a second capital inside ("SaskCentral", "ProKarité"): a brand's way to spell a body's name.

/** Web platforms and software written so: products a page links to, never a body it relates to. */
const PRODUCTS = new Set(
  [
    'LinkedIn',
    'YouTube',
    'WhatsApp',
    'TikTok',
    'PayPal',
    'WordPress',
    'PowerPoint',
    'JavaScript',
    'GitHub',
    'MailChimp',
    'SoundCloud',
    'HelloAsso',
    'OpenStreetMap',
    'GoFundMe',
    'SurveyMonkey',
    'DropBox',
    'SharePoint',
    'PlayStation',
    'iPhone',
  ].map((word) => word.toLowerCase()),
);

/** Two capitalised parts of three letters or more each ("Health" + "Partners"); "ConcertES" ends on capitals. */
const CAMEL_CASE = /^\p{Lu}\p{Ll}{2,}\p{Lu}(?:\p{Ll}{2,}[\p{L}]*|\p{Lu}+)$/u;

/** Surnames written with a capital inside: "MacArthur", "McKenzie", "FitzGerald", "DuPont", "VanDyke". */
const SURNAME_PREFIX = /^(?:Mac|Mc|Fitz|Van|Von|Del|Della|Des|Du|Di|De|La|Le|St)\p{Lu}/u;

/** True for a one-word name written in camel case, neither a surname nor a known product. */
export function isCamelCaseName(word: string): boolean {
  return CAMEL_CASE.test(word) && !SURNAME_PREFIX.test(word) && !PRODUCTS.has(word.toLowerCase());
}

/** A camel-case word in running text, for the mention finder. */
export const CAMEL_CASE_WORD =
  /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,}\p{Lu}[\p{L}]*(?![\p{L}\p{N}'’-])/u;
