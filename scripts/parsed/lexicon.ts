// General English and French words that state a relation, read by their lemma or word stem (CoreNLP's French lemmas are often the word).
import type { RelationType } from '../../src/model/vocabulary.js';

/** How a verb's roles map onto a relation's ends: `subject-first` reads "X funds Y" as X → Y. */
export interface VerbSense {
  type: RelationType;
  /** In the active voice: the subject is `from` (X funds Y) or `to` (X includes Y → Y MEMBER_OF X). */
  subject: 'from' | 'to';
  /** The prepositions that carry the other end when there is no object ("adhérer à", "partner with"). */
  via?: readonly string[];
}

const verb = (pattern: RegExp, sense: VerbSense) => ({ pattern, sense });

/** Verbs, matched on the lemma (English) or the word's stem (French participles and conjugations). */
export const VERBS = [
  verb(/^(?:fund|finance|financ|subventionn|sponsor|cofinanc|co-financ)/u, {
    type: 'FUNDS',
    subject: 'from',
  }),
  verb(/^(?:found|co-found|cofound|establish|create|set|fond|cofond|co-fond|cré|établ|instaur)/u, {
    type: 'FOUNDED',
    subject: 'from',
  }),
  verb(/^(?:launch|initiate|organi[sz]e|lanc|initi|organis|impuls|promot)/u, {
    type: 'INITIATED',
    subject: 'from',
  }),
  verb(/^(?:join|rejoin|adhér|adher)/u, {
    type: 'MEMBER_OF',
    subject: 'from',
    via: ['à', 'au', 'aux'],
  }),
  verb(
    /^(?:include|comprise|comprend|compren|regroup|rassembl|fédèr|féder|federate|unite|gather|bring|représent|represent|count|compt)/u,
    {
      type: 'MEMBER_OF',
      subject: 'to',
    },
  ),
  verb(/^(?:partner|cooperate|collaborate|coopèr|coopér|collabor|associ|allié|ally|work)/u, {
    type: 'PARTNER_OF',
    subject: 'from',
    via: ['with', 'avec'],
  }),
  verb(/^(?:acquire|buy|rachet|acqu)/u, { type: 'PART_OF', subject: 'to' }),
  verb(/^(?:succeed|replace|success|remplac|succéd|succed)/u, {
    type: 'SUCCEEDED',
    subject: 'from',
    via: ['à', 'au'],
  }),
  verb(/^(?:emerge|bear|born|née?s?$|issu|result|grow|stem|naî|nait|naît)/u, {
    type: 'EMERGED_FROM',
    subject: 'from',
    via: ['from', 'of', 'out', 'de', 'du', 'des', "d'"],
  }),
] as const;

/** Nouns that state a relation to what they are said of ("X is a member of Y", "with the support of Y"). */
export interface NounSense {
  type: RelationType;
  /** Whether the noun's `of` complement is the relation's `to` ("member of Y") or its `from` ("support of Y"). */
  complement: 'to' | 'from';
}

const noun = (pattern: RegExp, sense: NounSense) => ({ pattern, sense });

export const NOUNS = [
  noun(/^(?:member|membre|adhérent|affiliate|affilié)/u, { type: 'MEMBER_OF', complement: 'to' }),
  noun(/^(?:founder|co-founder|cofounder|fondat|cofondat|co-fondat|founding)/u, {
    type: 'FOUNDED',
    complement: 'to',
  }),
  noun(/^(?:partner|partenaire)/u, { type: 'PARTNER_OF', complement: 'to' }),
  noun(/^(?:partnership|partenariat|coopération|cooperation|collaboration)/u, {
    type: 'PARTNER_OF',
    complement: 'to',
  }),
  noun(
    /^(?:branch|subsidiary|filiale|antenne|chapter|division|section|part|partie|arm|délégation)$/u,
    {
      type: 'PART_OF',
      complement: 'to',
    },
  ),
  // "Support"/"soutien" alone is not money ("strategically supported by"): only with "financial" (FINANCIAL_SUPPORT).
  noun(
    /^(?:funding|financement|grant|subvention|sponsorship|donation|loan|prêt|investment|investissement)s?$/u,
    {
      type: 'FUNDS',
      complement: 'from',
    },
  ),
  noun(/^(?:funder|financeur|sponsor|donor|donateur|bailleur)s?$/u, {
    type: 'FUNDS',
    complement: 'to',
  }),
  noun(/^(?:initiative|impulsion)s?$/u, { type: 'INITIATED', complement: 'from' }),
  noun(/^(?:merger|fusion|rapprochement|regroupement)s?$/u, {
    type: 'EMERGED_FROM',
    complement: 'to',
  }),
  noun(/^(?:successor|successeur|héritier|heir)s?$/u, { type: 'SUCCEEDED', complement: 'to' }),
] as const;

/** Words that, with a determiner or possessive, name the profiled actor itself ("the network", "notre réseau"). */
export const SELF_NOUNS =
  /^(?:network|movement|association|collective|federation|alliance|platform|organi[sz]ation|coalition|union|chamber|cooperative|group|réseau|mouvement|collectif|fédération|plateforme|coordination|pôle|chambre|coopérative|groupe|structure)s?$/iu;
export const SELF_PRONOUNS = /^(?:it|we|us|our|its|elle|il|nous|notre|nos|on)$/iu;

export const senseOfVerb = (lemma: string) => VERBS.find((v) => v.pattern.test(lemma))?.sense;
export const senseOfNoun = (lemma: string) => NOUNS.find((n) => n.pattern.test(lemma))?.sense;

/** "financial support", "soutien financier", "aide financière": support that is money. */
export const SUPPORT = /^(?:support|soutien|aide|backing)s?$/iu;
export const FINANCIAL = /^(?:financial|financier|financière|monetary|fiscal)s?$/iu;
