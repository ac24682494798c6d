import { builder } from '../builder.js';
import type { Context } from '../context.js';
import type { PartialDate } from '../model/dates.js';
import type {
  Coordinates,
  DateClaim,
  FoundingFact,
  FoundingStage,
  MemberCount,
  Source,
} from '../model/types.js';
import { isOneOf, type KnownResourceType, RESOURCE_TYPES } from '../model/vocabulary.js';
import { DatePrecisionEnum, ResourceTypeEnum } from './enums.js';
import { SourceRef } from './source.js';

export const PartialDateRef = builder.objectRef<PartialDate>('PartialDate').implement({
  description:
    'A date as the sources give it: known to the year, month or day, possibly approximate, uncertain or one of several (EDTF).',
  fields: (t) => ({
    value: t.exposeString('value', {
      description:
        'The date in EDTF: "2002", "2002-03", "2002-03-15", "2004~" (around), "2004?" (uncertain), "[2002,2003]" (one of).',
    }),
    year: t.exposeInt('year', {
      description: 'Its (earliest possible) year, for sorting and filtering.',
    }),
    latestYear: t.exposeInt('latestYear', {
      description: 'The latest year it can be; differs from `year` only for "one of" dates.',
    }),
    approximate: t.exposeBoolean('approximate', {
      description: 'True when the sources give it approximately ("around 2004").',
    }),
    uncertain: t.exposeBoolean('uncertain', {
      description: 'True when the sources are not sure of it, or give several candidates.',
    }),
    oneOf: t.exposeStringList('oneOf', {
      description: 'For a date that is one of several ("2002 or 2003"), the candidates.',
    }),
    precision: t.field({
      type: DatePrecisionEnum,
      description: 'Whether the year, the month or the day is known.',
      resolve: (date) => date.precision,
    }),
  }),
});

export const DateClaimRef = builder.objectRef<DateClaim>('DateClaim').implement({
  description: 'One source’s claim about a date, kept when sources disagree.',
  fields: (t) => ({
    date: t.string({
      description: 'The claimed date, as text.',
      resolve: (claim) => claim.date.value,
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'The sources that make this claim.',
      resolve: (claim, _args, ctx) => loadSources(ctx, claim.sources),
    }),
  }),
});

export const FoundingStageRef = builder.objectRef<FoundingStage>('FoundingStage').implement({
  description: 'One step of a founding in stages, e.g. a manifesto, then a constituent assembly.',
  fields: (t) => ({
    stage: t.exposeString('stage', { description: 'What happened, e.g. "constituent assembly".' }),
    date: t.field({
      type: PartialDateRef,
      nullable: true,
      description: 'When.',
      resolve: (stage) => stage.date,
    }),
    place: t.string({ nullable: true, description: 'Where.', resolve: (stage) => stage.place }),
    sources: t.field({
      type: [SourceRef],
      description: 'The sources of this step.',
      resolve: (stage, _args, ctx) => loadSources(ctx, stage.sources),
    }),
  }),
});

export const FoundingRef = builder.objectRef<FoundingFact>('Founding').implement({
  description:
    'When and where an actor was founded, with the sources; disputed when they disagree.',
  fields: (t) => ({
    date: t.field({
      type: PartialDateRef,
      nullable: true,
      description: 'The founding date.',
      resolve: (f) => f.date,
    }),
    place: t.string({
      nullable: true,
      description: 'Where it was founded.',
      resolve: (f) => f.place,
    }),
    disputed: t.exposeBoolean('disputed', {
      description: 'True when sources give different dates.',
    }),
    note: t.string({
      nullable: true,
      description: 'Who says what, when disputed.',
      resolve: (f) => f.note,
    }),
    alternatives: t.field({
      type: [DateClaimRef],
      description: 'The other sources’ dates when they disagree with `date`.',
      resolve: (f) => f.alternatives,
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'The sources of `date` and `place`.',
      resolve: (f, _args, ctx) => loadSources(ctx, f.sources),
    }),
    stages: t.field({
      type: [FoundingStageRef],
      description: 'The steps of a founding in stages, in order; empty when it happened at once.',
      resolve: (f) => f.stages,
    }),
  }),
});

export const LocationRef = builder.objectRef<Coordinates>('Location').implement({
  description:
    'A point on the map in WGS 84 degrees, derived from the seat city through the GeoNames gazetteer (CC BY 4.0).',
  fields: (t) => ({
    latitude: t.float({ description: 'Degrees north of the equator.', resolve: (p) => p.lat }),
    longitude: t.float({ description: 'Degrees east of Greenwich.', resolve: (p) => p.lon }),
  }),
});

export const MemberCountRef = builder.objectRef<MemberCount>('MemberCount').implement({
  description: 'A sourced, dated size: how many members of one unit, e.g. "16 networks".',
  fields: (t) => ({
    count: t.exposeInt('count', { description: 'How many.' }),
    unit: t.exposeString('unit', {
      description: 'What is counted, in the plural: "networks", "structures", "members".',
    }),
    asOf: t.field({
      type: PartialDateRef,
      nullable: true,
      description: 'When the count held.',
      resolve: (size) => size.asOf,
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'The sources of the count.',
      resolve: (size, _args, ctx) => loadSources(ctx, size.sources),
    }),
  }),
});

export const LocalizedNameRef = builder
  .objectRef<{ language: string; name: string }>('LocalizedName')
  .implement({
    description: 'A name in one language.',
    fields: (t) => ({
      language: t.exposeString('language', { description: 'ISO 639-1 code, e.g. "fr" or "en".' }),
      name: t.exposeString('name', { description: 'The name in that language.' }),
    }),
  });

export const ResourceCountRef = builder
  .objectRef<{ key: string; count: number }>('ResourceCount')
  .implement({
    description: 'How many resources of one type an actor’s profile lists.',
    fields: (t) => ({
      type: t.field({
        type: ResourceTypeEnum,
        nullable: true,
        description:
          'The type, when it is one of the known types; null for another type (see `key`).',
        resolve: (r) => (isOneOf(RESOURCE_TYPES, r.key) ? r.key : null),
      }),
      key: t.exposeString('key', {
        description: 'The type’s key, known or not, e.g. "pedagogicalTools" or "podcasts".',
      }),
      label: t.string({
        description: 'The type in English words, e.g. "pedagogical tool".',
        resolve: (r) => knownType(r.key)?.en ?? r.key,
      }),
      labelFr: t.string({
        nullable: true,
        description: 'The type in French words, for a known type.',
        resolve: (r) => knownType(r.key)?.fr,
      }),
      count: t.exposeInt('count', { description: 'How many.' }),
    }),
  });

function knownType(key: string): (typeof RESOURCE_TYPES)[KnownResourceType] | undefined {
  return isOneOf(RESOURCE_TYPES, key) ? RESOURCE_TYPES[key] : undefined;
}

/** Resource counts as a list: known types in vocabulary order, then the others by key. */
export function resourceCountList(
  counts: Record<string, number>,
): { key: string; count: number }[] {
  const order = Object.keys(RESOURCE_TYPES);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.entries(counts)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

/** Sources by key through the request's loader; a key without a Source node stays visible as such. */
export async function loadSources(ctx: Context, keys: string[]): Promise<Source[]> {
  const rows = await ctx.loaders.source.loadMany(keys);
  return rows.map((row, index) => {
    if (row instanceof Error) throw row;
    return (
      row ?? {
        key: keys[index] as string,
        url: null,
        title: 'Cited, but no source with this key is in the graph',
      }
    );
  });
}

/** One source as a bibliography entry: "Title. Publisher. URL (accessed 2026-11-20; archived at URL)". */
export function formatCitation(source: Source): string {
  const seen = [
    source.accessed ? `accessed ${source.accessed}` : null,
    source.archiveUrl ? `archived at ${source.archiveUrl}` : null,
  ].filter((part): part is string => part !== null);
  return [
    source.title,
    source.publisher,
    source.url ? `${source.url}${seen.length > 0 ? ` (${seen.join('; ')})` : ''}` : null,
  ]
    .filter((part): part is string => Boolean(part))
    .join('. ');
}
