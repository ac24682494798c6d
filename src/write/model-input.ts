// GraphQL write inputs → the model, with errors that name the field. The model's rules then apply,
// exactly as for the curated files.

import { badInput, DomainError } from '../domain-error.js';
import { LIST_LIMITS, WRITE_LIMITS } from '../limits.js';
import { DATE_FORMS, type PartialDate, parsePartialDate } from '../model/dates.js';
import type { FoundingFact, MemberCount } from '../model/types.js';
import { optionalText, requiredText } from './validate.js';

export function date(field: string, value: string | null | undefined): PartialDate | undefined {
  if (value == null) return undefined;
  const parsed = parsePartialDate(value.trim());
  if (!parsed) throw badInput(field, `is not a date: ${JSON.stringify(value)} (use ${DATE_FORMS})`);
  return parsed;
}

export function texts(field: string, values: readonly string[] | null | undefined, max: number) {
  if (values == null) return [];
  if (values.length > max)
    throw badInput(field, `takes at most ${max} items, got ${values.length}`);
  return values.map((value, index) => requiredText(`${field}[${index}]`, value, WRITE_LIMITS.name));
}

export function sourceKeys(field: string, values: readonly string[] | null | undefined): string[] {
  const keys = texts(field, values, LIST_LIMITS.sources);
  if (keys.length === 0) throw badInput(field, 'must name at least one source: every fact has one');
  return [...new Set(keys)];
}

export interface FoundingInput {
  date?: string | null;
  place?: string | null;
  sources: readonly string[];
  disputed?: boolean | null;
  note?: string | null;
  alternatives?: readonly { date: string; sources: readonly string[] }[] | null;
  stages?:
    | readonly {
        stage: string;
        date?: string | null;
        place?: string | null;
        sources: readonly string[];
      }[]
    | null;
}

export function founding(field: string, input: FoundingInput | null | undefined) {
  if (input == null) return undefined;
  const fact: FoundingFact = {
    sources: sourceKeys(`${field}.sources`, input.sources),
    disputed: input.disputed ?? false,
    alternatives: (input.alternatives ?? []).map((claim, index) => ({
      date: date(`${field}.alternatives[${index}].date`, claim.date) as PartialDate,
      sources: sourceKeys(`${field}.alternatives[${index}].sources`, claim.sources),
    })),
    stages: (input.stages ?? []).slice(0, LIST_LIMITS.stages).map((stage, index) => {
      const at = `${field}.stages[${index}]`;
      const out: FoundingFact['stages'][number] = {
        stage: requiredText(`${at}.stage`, stage.stage, WRITE_LIMITS.name),
        sources: sourceKeys(`${at}.sources`, stage.sources),
      };
      const stageDate = date(`${at}.date`, stage.date);
      if (stageDate) out.date = stageDate;
      const place = optionalText(`${at}.place`, stage.place, WRITE_LIMITS.name);
      if (place) out.place = place;
      return out;
    }),
  };
  const foundedDate = date(`${field}.date`, input.date);
  if (foundedDate) fact.date = foundedDate;
  const place = optionalText(`${field}.place`, input.place, WRITE_LIMITS.name);
  if (place) fact.place = place;
  const note = optionalText(`${field}.note`, input.note, WRITE_LIMITS.reason);
  if (note) fact.note = note;
  return fact;
}

export function memberCounts(
  field: string,
  values:
    | readonly { count: number; unit: string; asOf?: string | null; sources: readonly string[] }[]
    | null
    | undefined,
): MemberCount[] {
  if (values == null) return [];
  if (values.length > LIST_LIMITS.counts)
    throw badInput(field, `takes at most ${LIST_LIMITS.counts} counts`);
  return values.map((value, index) => {
    const at = `${field}[${index}]`;
    const count: MemberCount = {
      count: value.count,
      unit: requiredText(`${at}.unit`, value.unit, WRITE_LIMITS.name),
      sources: sourceKeys(`${at}.sources`, value.sources),
    };
    const asOf = date(`${at}.asOf`, value.asOf);
    if (asOf) count.asOf = asOf;
    return count;
  });
}

/** The model's rule violations, as one error naming the input that lists each of them. */
export function invalid(field: string, problems: string[]): DomainError | null {
  if (problems.length === 0) return null;
  return badInput(field, problems.join('; '), {
    problems: problems.map((message) => ({ path: field, code: 'BAD_USER_INPUT', message })),
  });
}

/** A write that stated a version other than the stored one: someone else wrote in between. */
export function conflict(what: string, stated: number, current: number): DomainError {
  return new DomainError(
    'CONFLICT',
    `${what} is at version ${current}, not ${stated}: it changed since you read it. Read it again and reapply your edit.`,
    { details: { currentVersion: current, statedVersion: stated } },
  );
}
