// The closed vocabularies of the graph. Labels and relationship types reach Cypher only from these.
import { normalise } from '../text/normalise.js';

export const ACTOR_KINDS = {
  Movement: 'A social or political movement, national or transversal.',
  Federation: 'A federation of organisations of one sector or activity.',
  Network: 'A national, regional or local network of organisations.',
  InternationalNetwork: 'A continental or intercontinental network.',
  UmbrellaBody: 'A body that represents a whole sector (e.g. ESS France).',
  PublicBody: 'A body created by public authorities (e.g. a consultative council).',
  Collective: 'A collective of organisations around a shared campaign.',
  SupportStructure: 'An agency that supports solidarity-economy projects.',
  ResearchCentre: 'A research centre or laboratory.',
  Foundation: 'A foundation.',
  ThinkTank: 'A think tank or laboratory of ideas.',
  Cooperative: 'A cooperative enterprise, bank or network of cooperatives.',
  NGO: 'A non-governmental organisation (e.g. international solidarity).',
} as const;
export type ActorKind = keyof typeof ACTOR_KINDS;

export const OTHER_NODE_KINDS = {
  Event: 'A dated gathering: forum, congress, village, general assembly.',
  Law: 'A law or decree.',
  PolicyDocument: 'A policy document adopted by a public body (guide, charter, report).',
} as const;
export type OtherNodeKind = keyof typeof OTHER_NODE_KINDS;
export type NodeKind = ActorKind | OtherNodeKind;

export const RELATION_TYPES = {
  MEMBER_OF: 'The subject is a member of the object (an organisation or network).',
  PARTICIPATES_IN:
    'The subject takes part in the object (a body, network or event) without formal membership.',
  FOUNDED:
    'The subject founded or co-founded the object without being its member (a founding member is MEMBER_OF with `founding`).',
  EMERGED_FROM: 'The subject grew out of the object.',
  INITIATED: 'The subject initiated or organised the object (usually an event).',
  CONTRIBUTED_TO: 'The subject contributed to the making of the object (a law or document).',
  PART_OF: 'The subject is a part of the object (e.g. a village within a forum).',
  SUCCEEDED: 'The subject succeeded the object.',
  ADOPTED: 'The subject (a body) adopted the object (a document).',
  FUNDS: 'The subject funds the object.',
  LED_TO: 'The subject (usually an event) led to the creation of the object.',
  GAVE_LEGAL_BASIS_TO: 'The subject (a law) gave a legal basis to the object.',
  PARTNER_OF:
    'The subject works in partnership with the object ("works with", "en partenariat avec"): symmetric in meaning, stored once in either direction; never a membership.',
} as const;
export type RelationType = keyof typeof RELATION_TYPES;

export const SCOPES = {
  local: 'A town or district.',
  regional: 'A region within a country (or a sub-national nation such as Quebec or Catalonia).',
  national: 'A whole country.',
  european: 'Europe.',
  continental: 'A continent other than Europe.',
  international: 'Several continents.',
} as const;
export type Scope = keyof typeof SCOPES;

/** Resource types a profile lists, with their labels: the known vocabulary. Others are kept under a normalised key. */
export const RESOURCE_TYPES = {
  publications: { en: 'publication', fr: 'publication', description: 'Publications.' },
  videos: { en: 'video', fr: 'vidéo', description: 'Videos.' },
  pedagogicalTools: {
    en: 'pedagogical tool',
    fr: 'outil pédagogique',
    description: 'Pedagogical tools.',
  },
  proposals: { en: 'proposal', fr: 'proposition', description: 'Proposals.' },
  analyses: {
    en: 'analysis/working paper/article',
    fr: 'analyse',
    description: 'Analyses, working papers and articles.',
  },
  publicContributions: {
    en: 'public contribution',
    fr: 'contribution publique',
    description: 'Public contributions.',
  },
  articles: { en: 'article', fr: 'article', description: 'Articles.' },
  trainings: { en: 'training', fr: 'formation', description: 'Trainings.' },
  caseStudies: { en: 'case study', fr: 'étude de cas', description: 'Case studies.' },
} as const;
export type KnownResourceType = keyof typeof RESOURCE_TYPES;

/** A resource type outside the known vocabulary is stored under a key of this shape, e.g. "podcasts". */
export const RESOURCE_TYPE_KEY = /^[a-z][a-zA-Z0-9]{0,39}$/;

/** The storage key for a resource type written in words: "case studies" → "caseStudies". */
export function resourceTypeKey(words: string): string {
  const parts = normalise(words).split(' ').filter(Boolean);
  return parts
    .map((part, index) => (index === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');
}

/** Languages in which a node may carry a name (`names`). */
export const NAME_LANGUAGES = ['fr', 'en', 'es', 'it', 'ca', 'pt', 'de'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

export function isOneOf<T extends string>(
  keys: Record<T, unknown> | readonly T[],
  value: unknown,
): value is T {
  if (typeof value !== 'string') return false;
  return Array.isArray(keys) ? keys.includes(value as T) : Object.hasOwn(keys, value);
}

/** The node families: each node carries its family label besides `Entity` and its kind. */
export const NODE_FAMILIES = {
  Actor: 'An organisation of the social and solidarity economy or around it.',
  Event: 'A dated gathering: forum, congress, village, general assembly.',
  Law: 'A law or decree.',
  PolicyDocument: 'A policy document adopted by a public body.',
} as const;
export type NodeFamily = keyof typeof NODE_FAMILIES;
export const NODE_FAMILY_NAMES = Object.keys(NODE_FAMILIES) as NodeFamily[];

/** Every kind a node may have: the actor kinds and Event, Law, PolicyDocument. */
export const ENTITY_KINDS = [
  ...Object.keys(ACTOR_KINDS),
  ...Object.keys(OTHER_NODE_KINDS),
] as NodeKind[];

/** The family a kind belongs to. */
export function familyOfKind(kind: NodeKind): NodeFamily {
  return isOneOf(ACTOR_KINDS, kind) ? 'Actor' : (kind as OtherNodeKind);
}

/** UN M49 codes of the continents and regions an actor may work across (`areas`, beside country codes). */
export const WORLD_REGIONS = {
  '001': 'World',
  '002': 'Africa',
  '019': 'Americas',
  '142': 'Asia',
  '150': 'Europe',
  '009': 'Oceania',
  '419': 'Latin America and the Caribbean',
  '021': 'Northern America',
} as const;

/** An ISO 3166-1 alpha-2 country code, e.g. "FR". */
export const COUNTRY_CODE = /^[A-Z]{2}$/;
/** An ISO 3166-2 subdivision code, e.g. "FR-OCC" or "CA-QC". */
export const REGION_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

/** True for an `areas` code: a country (ISO 3166-1 alpha-2) or a UN M49 world region. */
export function isAreaCode(code: string): boolean {
  return COUNTRY_CODE.test(code) || Object.hasOwn(WORLD_REGIONS, code);
}
