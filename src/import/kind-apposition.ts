// "the regional dairy company Valley Creamery", "la société Delta": a singular kind noun set before a name.

/**
 * Kind nouns of a business or a body that general usage writes in lowercase right before the
 * body's own name ("the retail chain A", "la société B", "the co-operative C"); a place or a
 * person's title ("the city of", "Mr") is none of them.
 */
export const KIND_NOUNS = [
  'company',
  'firm',
  'business',
  'chain',
  'retailer',
  'wholesaler',
  'maker',
  'manufacturer',
  'producer',
  'processor',
  'brand',
  'bank',
  'insurer',
  'society',
  'co-operative',
  'cooperative',
  'co-op',
  'creamery',
  'dairy',
  'bakery',
  'brewery',
  'group',
  'subsidiary',
  'société',
  'entreprise',
  'enseigne',
  'marque',
  'coopérative',
  'laiterie',
  'fromagerie',
  'sucrerie',
  'distillerie',
  'brasserie',
  'banque',
  'mutuelle',
  'groupe',
  'filiale',
];
const KIND_ALTERNATION = KIND_NOUNS.join('|');

/**
 * An article (or none), up to six describing words, a lowercase kind noun, then a capitalised
 * word: what stands before the name ("the Scottish health and beauty retail chain ", "la société ").
 */
const KIND_APPOSITION = new RegExp(
  `^\\s*(?:(?:the|a|an|le|la|les|un|une)\\s+|l['’]\\s*)?(?:[\\p{L}'’&-]+\\s+){0,6}?(?:${KIND_ALTERNATION})\\s+(?=\\p{Lu})`,
  'u',
);

/** The text from the name on, when a singular kind noun in apposition opens it; else undefined. */
export function afterKindApposition(text: string): string | undefined {
  const found = KIND_APPOSITION.exec(text);
  return found ? text.slice(found[0].length) : undefined;
}
