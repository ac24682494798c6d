import type { Entity, Relation, Source } from '../model/types.js';

export interface Dataset {
  sources: Source[];
  nodes: Entity[];
  relations: Relation[];
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
