// The rules every entity, relation and source must follow, whichever door it comes through (the
// curated files, the write API, the importer). Each returns the problems found, worded for a curator.
import { isBefore } from './dates.js';
import {
  calendarDay,
  httpUrlProblem,
  isLanguageCode,
  KEY_PATTERN,
  SOURCE_KEY_PATTERN,
} from './formats.js';
import type { Entity, Relation, Source } from './types.js';
import {
  COUNTRY_CODE,
  familyOfKind,
  isAreaCode,
  REGION_CODE,
  RESOURCE_TYPE_KEY,
} from './vocabulary.js';

/** A role that says "founding" belongs in `founding: true`, not in the role text. */
const FOUNDING_WORDS = /\b(?:co-?)?found(?:ing|er|ed)\b|fondat(?:eur|rice)s?\b/i;

export function entityProblems(entity: Entity): string[] {
  const problems: string[] = [];
  if (!KEY_PATTERN.test(entity.key)) {
    problems.push(`key "${entity.key}" must be lowercase words joined by "-"`);
  }
  if (entity.kind && familyOfKind(entity.kind) !== entity.family) {
    problems.push(`kind "${entity.kind}" is not a kind of ${entity.family}`);
  }
  if (entity.country !== undefined && !COUNTRY_CODE.test(entity.country)) {
    problems.push(
      `"country" must be an ISO 3166 two-letter code such as FR, got "${entity.country}"`,
    );
  }
  if (entity.city !== undefined && !entity.country) {
    problems.push(`"city" ${entity.city} needs a "country" so the gazetteer can place it`);
  }
  if (entity.region !== undefined) {
    if (!REGION_CODE.test(entity.region)) {
      problems.push(`"region" must be an ISO 3166-2 code such as FR-OCC, got "${entity.region}"`);
    } else if (entity.country && !entity.region.startsWith(`${entity.country}-`)) {
      problems.push(`"region" ${entity.region} is not in "country" ${entity.country}`);
    }
  }
  for (const area of entity.areas) {
    if (!isAreaCode(area)) {
      problems.push(
        `"areas" takes ISO 3166 country codes (FR) or UN M49 world regions ("150" for Europe), got "${area}"`,
      );
    }
  }
  for (const [type, count] of Object.entries(entity.resourceCounts)) {
    if (!RESOURCE_TYPE_KEY.test(type)) {
      problems.push(`resource type "${type}" must be a camelCase key such as "caseStudies"`);
    }
    if (!Number.isInteger(count) || count < 0) {
      problems.push(`resourceCounts.${type} must be a non-negative integer`);
    }
  }
  entity.memberCounts.forEach((size, index) => {
    if (!Number.isInteger(size.count) || size.count < 0) {
      problems.push(`memberCounts[${index}].count must be a non-negative integer`);
    }
    if (size.sources.length === 0)
      problems.push(`memberCounts[${index}] needs at least one source`);
  });
  if (entity.date && entity.endDate && isBefore(entity.endDate, entity.date)) {
    problems.push(`"endDate" ${entity.endDate.value} is before "date" ${entity.date.value}`);
  }
  const founded = entity.founded;
  if (founded) {
    if (founded.sources.length === 0)
      problems.push('"founded.sources" must name at least one source');
    if (founded.alternatives.length > 0 && !founded.disputed) {
      problems.push(
        '"founded.alternatives" lists other claims, so "founded.disputed" must be true',
      );
    }
    if (founded.disputed && !founded.note) {
      problems.push(
        '"founded" is disputed but has no "founded.note" saying which sources disagree',
      );
    }
    founded.stages.forEach((stage, index) => {
      if (stage.sources.length === 0)
        problems.push(`founded.stages[${index}] needs at least one source`);
    });
  }
  problems.push(...factProblems(entity));
  return problems;
}

export function relationProblems(relation: Relation): string[] {
  const problems: string[] = [];
  if (relation.from === relation.to)
    problems.push(`a relation cannot link "${relation.from}" to itself`);
  if (relation.since && relation.until && isBefore(relation.until, relation.since)) {
    problems.push(`"until" ${relation.until.value} is before "since" ${relation.since.value}`);
  }
  if (relation.founding && relation.type !== 'MEMBER_OF') {
    problems.push(
      '`founding: true` is only for MEMBER_OF; a founding without membership is a FOUNDED relation',
    );
  }
  if (relation.role && FOUNDING_WORDS.test(relation.role)) {
    problems.push(
      `"role" says "${relation.role}": mark a founding member with \`founding: true\` instead`,
    );
  }
  problems.push(...factProblems(relation));
  return problems;
}

/** Rules across relations: one encoding of a founding membership per pair. */
export function relationSetProblems(relations: readonly Relation[]): Map<Relation, string[]> {
  const foundingMemberships = new Set(
    relations.filter((r) => r.type === 'MEMBER_OF' && r.founding).map((r) => `${r.from}|${r.to}`),
  );
  const problems = new Map<Relation, string[]>();
  for (const relation of relations) {
    if (relation.type === 'FOUNDED' && foundingMemberships.has(`${relation.from}|${relation.to}`)) {
      problems.set(relation, [
        'has both a founding MEMBER_OF and a FOUNDED for the same pair: a founding member is ' +
          'MEMBER_OF with `founding: true` only',
      ]);
    }
  }
  return problems;
}

export function sourceProblems(source: Source): string[] {
  const problems: string[] = [];
  if (!SOURCE_KEY_PATTERN.test(source.key))
    problems.push(
      `source id "${source.key}" must be letters, digits, ".", "_" or "-" (the curated files use S12, S12b)`,
    );
  if (source.url !== null && httpUrlProblem(source.url) !== null) {
    problems.push(`"url" must be an http(s) address, got "${source.url}"`);
  }
  if (source.archiveUrl !== undefined && httpUrlProblem(source.archiveUrl) !== null) {
    problems.push(`"archiveUrl" must be an http(s) address, got "${source.archiveUrl}"`);
  }
  if (source.language !== undefined && !isLanguageCode(source.language)) {
    problems.push(
      `"language" must be an ISO 639-1 code such as fr or en, got "${source.language}"`,
    );
  }
  if (source.accessed !== undefined && calendarDay(source.accessed) === null) {
    problems.push(`"accessed" must be a day, "YYYY-MM-DD", got "${source.accessed}"`);
  }
  return problems;
}

/** Provenance: every fact names a source, and a disputed one says why. */
function factProblems(fact: { sources: string[]; disputed: boolean; note?: string }): string[] {
  const problems: string[] = [];
  if (fact.sources.length === 0)
    problems.push('names no source: every fact needs at least one in "sources"');
  if (fact.disputed && !fact.note)
    problems.push('is disputed but has no "note" saying which sources disagree');
  return problems;
}

/** Every source key an entity cites, for checking that they exist. */
export function citedSources(entity: Entity): string[] {
  return [
    ...entity.sources,
    ...(entity.founded?.sources ?? []),
    ...(entity.founded?.alternatives.flatMap((claim) => claim.sources) ?? []),
    ...(entity.founded?.stages.flatMap((stage) => stage.sources) ?? []),
    ...entity.memberCounts.flatMap((size) => size.sources),
  ];
}
