// One colour per kind, stable across views so that figures can be compared.
const KIND_COLOURS: Record<string, string> = {
  Movement: '#d62728',
  Federation: '#1f77b4',
  Network: '#2ca02c',
  InternationalNetwork: '#17becf',
  UmbrellaBody: '#9467bd',
  PublicBody: '#7f7f7f',
  Collective: '#ff7f0e',
  SupportStructure: '#8c564b',
  ResearchCentre: '#bcbd22',
  Foundation: '#e377c2',
  ThinkTank: '#aec7e8',
  Cooperative: '#98df8a',
  NGO: '#ffbb78',
  Event: '#c5b0d5',
  Law: '#393b79',
  PolicyDocument: '#637939',
};

export const UNKNOWN_KIND_COLOUR = '#bbbbbb';
export const EDGE_COLOUR = '#b9c0c8';
export const DISPUTED_EDGE_COLOUR = '#b3261e';
export const HIGHLIGHT_COLOUR = '#f4b400';

export function kindColour(kind: string | undefined): string {
  return (kind && KIND_COLOURS[kind]) || UNKNOWN_KIND_COLOUR;
}
