/** The nine founding members of MES (2002), as the facts file lists them (S4), by key. */
export const MES_FOUNDING_MEMBERS = [
  'adel',
  'apeas',
  'apes',
  'ardes',
  'artisans-du-monde',
  'cigales',
  'cnlrq',
  'crida',
  'ufisc',
];
