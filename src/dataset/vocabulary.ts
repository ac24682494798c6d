// The closed vocabularies of the graph. Labels and relationship types reach Cypher only from these.

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
  FOUNDED: 'The subject founded or co-founded the object.',
  EMERGED_FROM: 'The subject grew out of the object.',
  INITIATED: 'The subject initiated or organised the object (usually an event).',
  CONTRIBUTED_TO: 'The subject contributed to the making of the object (a law or document).',
  PART_OF: 'The subject is a part of the object (e.g. a village within a forum).',
  SUCCEEDED: 'The subject succeeded the object.',
  ADOPTED: 'The subject (a body) adopted the object (a document).',
  FUNDS: 'The subject funds the object.',
  LED_TO: 'The subject (usually an event) led to the creation of the object.',
  GAVE_LEGAL_BASIS_TO: 'The subject (a law) gave a legal basis to the object.',
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

export const RESOURCE_TYPES = {
  publications: 'Publications.',
  videos: 'Videos.',
  pedagogicalTools: 'Pedagogical tools.',
  proposals: 'Proposals.',
  analyses: 'Analyses, working papers and articles.',
  publicContributions: 'Public contributions.',
  articles: 'Articles.',
} as const;
export type ResourceType = keyof typeof RESOURCE_TYPES;

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

/** Every kind a node may have: the actor kinds and Event, Law, PolicyDocument. */
export const ENTITY_KINDS: string[] = [
  ...Object.keys(ACTOR_KINDS),
  ...Object.keys(OTHER_NODE_KINDS),
];
