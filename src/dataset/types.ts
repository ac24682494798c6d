import type { PartialDate } from './dates.js';
import type { NameLanguage, NodeKind, RelationType, ResourceType, Scope } from './vocabulary.js';

export interface SourceEntry {
  key: string;
  url: string;
  title: string;
  language?: string;
}

/** One source's claim about a date, kept when sources disagree. */
export interface DateClaim {
  date: PartialDate;
  sources: string[];
}

export interface FoundingFact {
  date?: PartialDate;
  place?: string;
  sources: string[];
  disputed: boolean;
  note?: string;
  /** The other sources' dates when they disagree with `date`. */
  alternatives: DateClaim[];
}

export type NodeFamily = 'Actor' | 'Event' | 'Law' | 'PolicyDocument';

export interface NodeEntry {
  key: string;
  family: NodeFamily;
  kind: NodeKind;
  name: string;
  names: Partial<Record<NameLanguage, string>>;
  acronym?: string;
  aliases: string[];
  description?: string;
  founded?: FoundingFact;
  date?: PartialDate;
  endDate?: PartialDate;
  place?: string;
  country?: string;
  scope?: Scope;
  resourceCounts?: Partial<Record<ResourceType, number>>;
  disputed: boolean;
  note?: string;
  sources: string[];
}

export interface RelationEntry {
  from: string;
  type: RelationType;
  to: string;
  since?: PartialDate;
  until?: PartialDate;
  role?: string;
  /** A founding member: only on MEMBER_OF (founding without membership is FOUNDED). */
  founding: boolean;
  attested: number[];
  disputed: boolean;
  note?: string;
  sources: string[];
}

export interface Dataset {
  sources: SourceEntry[];
  nodes: NodeEntry[];
  relations: RelationEntry[];
}

/** Where an entry sits in data/, for error messages a curator can act on. */
export interface EntryOrigin {
  file: string;
  entry: number;
  line?: number;
  label?: string;
}

export interface DatasetIssue extends EntryOrigin {
  message: string;
}

export function formatIssue(issue: DatasetIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const entry =
    issue.entry > 0 ? ` entry ${issue.entry}${issue.label ? ` (${issue.label})` : ''}` : '';
  return `${where}${entry}: ${issue.message}`;
}

export class DatasetValidationError extends Error {
  constructor(readonly issues: DatasetIssue[]) {
    super(
      `The dataset has ${issues.length} error${issues.length === 1 ? '' : 's'}; nothing was written:\n` +
        issues.map((issue) => `  ${formatIssue(issue)}`).join('\n'),
    );
  }
}
