// Heading and label words that say what the items under them are to the page's actor (stems, not phrases).
import type { RelationType } from '../model/vocabulary.js';

/** `in`: each item → the actor ("Our members"); `out`: the actor → each item ("Affiliations"). */
export type Direction = 'in' | 'out';

/** What a heading or a lead-in says the items under it are to the page's actor. */
export interface Opener {
  type: RelationType;
  direction: Direction;
  founding?: boolean;
}

export interface HeadingCue {
  type: RelationType;
  direction: Direction;
  /** A founding membership ("Founding members", "Membres fondateurs"). */
  founding?: boolean;
  /** Matched on the heading after `normalise` (lowercase, no accents, punctuation as spaces). */
  pattern: RegExp;
}

const words = (source: string) => new RegExp(`(?:^| )(?:${source})(?= |$)`, 'u');

/** In order: a founding membership before a membership, a singular "member of" before a members list. */
export const HEADING_CUES: readonly HeadingCue[] = [
  {
    type: 'MEMBER_OF',
    direction: 'in',
    founding: true,
    pattern: words(
      'founding members?|membres? fondat(?:eur|rice)s?|co ?founders?|co ?fondat(?:eur|rice)s?|founders|fondat(?:eur|rice)s',
    ),
  },
  {
    type: 'MEMBER_OF',
    direction: 'out',
    pattern: words(
      'affiliations?|affiliated (?:to|with)|member of|membre (?:de|du|d)|adherente? (?:a|au|aux|de|du)',
    ),
  },
  // A project's lead or an event's organisers ("Lead partner", "Chef de file", "Organisateurs"):
  // roles only an undertaking has, named before "partner" so that a lead partner is no partner.
  {
    type: 'INITIATED',
    direction: 'in',
    pattern: words(
      'lead (?:partners?|organi[sz]ations?|organi[sz]ers?|applicants?)|chefs? de file|porteurs? (?:du|de) projet|project (?:leaders?|lead)|(?:project )?coordinators?|coordinat(?:eur|rice)s?(?: du projet)?|co ?organi[sz]ers|organi[sz]ers|co ?organisateurs|organisateurs|(?:co ?)?organi[sz]ed by|(?:co ?)?organisee?s? par',
    ),
  },
  {
    type: 'PARTNER_OF',
    direction: 'in',
    pattern: words('(?<!lead )(?:partners?|partenaires?|partnerships?|partenariats?|allies)'),
  },
  {
    type: 'FUNDS',
    direction: 'in',
    pattern: words(
      'funders?|funded by|financeurs?|financee?s? par|financed by|sponsors|sponsored by|donors|bailleurs?(?: de fonds)?|supported by|soutenue?s? par|with the support of|avec le soutien',
    ),
  },
  {
    type: 'FUNDS',
    direction: 'out',
    pattern: words(
      '(?:fund |grant )?recipients|grantees|beneficiaires|beneficiaries|laureats|grants (?:awarded|made)|subventions (?:accordees|attribuees)',
    ),
  },
  {
    type: 'PART_OF',
    direction: 'in',
    pattern: words(
      'divisions|subsidiaries|filiales|branches|regional networks|reseaux regionaux|chapters|antennes|group companies|our companies|companies of the group|entreprises du groupe|societes du groupe',
    ),
  },
  {
    type: 'PART_OF',
    direction: 'out',
    pattern: words('parent (?:organi[sz]ation|company|body)|maison mere|societe mere'),
  },
  {
    type: 'MEMBER_OF',
    direction: 'in',
    pattern: words(
      'members|membres|adherents|adherentes|affiliates|member (?:organi[sz]ations|co ?ops|cooperatives)|membership|composed of|consists of|compose(?:e|es|s)? (?:de|des|d)|se compose (?:de|des|d)',
    ),
  },
];

/** A heading that invites the reader (a menu entry, a call to join) rather than naming bodies. */
export const NOT_A_LIST_HEADING = words(
  'become|devenir|devenez|join|joining|rejoindre|rejoignez|adherer|how|comment|espace|area|login|news|actualites|search|contact|offre|offers?|benefits|avantages|directory|annuaire|find|trouver|voir|see|more|plus|why|pourquoi|our work|faq',
);

/**
 * Words a heading may hold beside its cue when it names a list ("Our new member co-ops", "Nos
 * partenaires financiers"); any other word makes it a heading about the topic ("Member stories").
 */
export const LIST_HEADING_FILLER = words(
  'our|its|their|the|nos|ses|leurs|notre|les|des|de|du|d|l|of|and|et|new|current|associate|associated|full|main|key|principaux|principales|nouveaux|nouvelles|actuels|regional|national|international|local|technical|financial|techniques|financiers|institutional|institutionnels|strategic|strategiques|development|developpement|au|organisations?|organizations?|structures?|projets|projects',
);

/**
 * The first word of a sub-heading that groups a list's bodies by kind ("Organisations paysannes",
 * "Public institutions", "Autres"): the list under the heading above goes on under it.
 */
export const BODY_GROUP = new RegExp(
  `^(?:(?:nos|our|les|the|other|autres)\\s)?(?:(?:public|private|publiques?|privees?|local|locales|international|internationales|national|nationales)\\s)?(?:${[
    'institutions',
    'organisations',
    'organizations',
    'associations',
    'cooperatives',
    'co ops',
    'coops',
    'entreprises',
    'companies',
    'businesses',
    'fondations',
    'foundations',
    'collectivites',
    'networks',
    'reseaux',
    'federations',
    'unions',
    'banques',
    'banks',
    'ong',
    'ngos',
    'universites',
    'universities',
    'agences',
    'agencies',
    'ministeres',
    'ministries',
    'pouvoirs publics',
    'acteurs',
    'structures',
    'secteur prive',
    'secteur public',
    'private sector',
    'public sector',
    'autres',
    'others',
    'other',
    'divers',
  ].join('|')})(?= |$)`,
  'u',
);

/**
 * An undertaking's lead named as one item's role in its partners list ("A (lead partner), B, C",
 * "1. A – coordinator"): matched on the whole gloss after `normalise`.
 */
export const LEAD_ROLE_GLOSS =
  /^(?:the )?(?:lead partner|lead applicant|lead organi[sz]ation|project (?:leader|lead|coordinator)|coordinator|coordinat(?:eur|rice)(?: du projet)?|chef de file|porteur (?:du|de) projet)$/u;
