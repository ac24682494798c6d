// Kinds in eight groups, each one colour of Okabe and Ito's colour-blind-safe palette; stable
// across views so that figures can be compared. No edge is drawn in any of these colours.
export const KIND_GROUPS: { name: string; colour: string; kinds: string[] }[] = [
  { name: 'Movements, collectives', colour: '#D55E00', kinds: ['Movement', 'Collective'] },
  {
    name: 'Networks, federations',
    colour: '#0072B2',
    kinds: ['Network', 'Federation', 'UmbrellaBody'],
  },
  { name: 'International networks', colour: '#56B4E9', kinds: ['InternationalNetwork'] },
  {
    name: 'Cooperatives, NGOs, support',
    colour: '#009E73',
    kinds: ['Cooperative', 'NGO', 'SupportStructure'],
  },
  {
    name: 'Research, foundations',
    colour: '#E69F00',
    kinds: ['ResearchCentre', 'ThinkTank', 'Foundation'],
  },
  { name: 'Public bodies', colour: '#CC79A7', kinds: ['PublicBody'] },
  { name: 'Events', colour: '#F0E442', kinds: ['Event'] },
  { name: 'Laws, policy documents', colour: '#000000', kinds: ['Law', 'PolicyDocument'] },
];

const GROUP_OF_KIND = new Map(KIND_GROUPS.flatMap((group) => group.kinds.map((k) => [k, group])));

export const UNKNOWN_KIND_COLOUR = '#bbbbbb';
export const EDGE_COLOUR = '#c4c9cf';
/** Disputed edges: dashed, in a grey darker than ordinary edges and in no node's colour. */
export const DISPUTED_EDGE_COLOUR = '#5f6670';
/** What the chosen year leaves out: kept in place, in greys lighter than any drawn element. */
export const FADED_NODE_COLOUR = '#e6e6e6';
export const FADED_EDGE_COLOUR = '#f0f0f0';
export const HIGHLIGHT_COLOUR = '#7a1fa2';

export function kindGroup(kind: string | undefined): (typeof KIND_GROUPS)[number] | undefined {
  return kind ? GROUP_OF_KIND.get(kind) : undefined;
}

export function kindColour(kind: string | undefined): string {
  return kindGroup(kind)?.colour ?? UNKNOWN_KIND_COLOUR;
}
