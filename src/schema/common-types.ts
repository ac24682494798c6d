import { builder } from '../builder.js';
import type { Context } from '../context.js';
import type { DateClaimRow, DateValue, FoundingRow, SourceRow } from '../graph/rows.js';
import { DatePrecisionEnum, ResourceTypeEnum } from './enums.js';
import { SourceRef } from './source.js';

export const PartialDateRef = builder.objectRef<DateValue>('PartialDate').implement({
  description: 'A date known to the year, the month or the day, as the sources give it.',
  fields: (t) => ({
    value: t.exposeString('value', {
      description: 'The date as text: "2002", "2002-03" or "2002-03-15".',
    }),
    year: t.exposeInt('year', { description: 'Its year, for sorting and filtering.' }),
    precision: t.field({
      type: DatePrecisionEnum,
      description: 'Whether the year, the month or the day is known.',
      resolve: (date) => date.precision,
    }),
  }),
});

export const DateClaimRef = builder.objectRef<DateClaimRow>('DateClaim').implement({
  description: 'One source’s claim about a date, kept when sources disagree.',
  fields: (t) => ({
    date: t.exposeString('date', { description: 'The claimed date, as text.' }),
    sources: t.field({
      type: [SourceRef],
      description: 'The sources that make this claim.',
      resolve: (claim, _args, ctx) => loadSources(ctx, claim.sources),
    }),
  }),
});

export const FoundingRef = builder.objectRef<FoundingRow>('Founding').implement({
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
  .objectRef<{ type: string; count: number }>('ResourceCount')
  .implement({
    description: 'How many resources of one type an actor’s profile lists.',
    fields: (t) => ({
      type: t.field({
        type: ResourceTypeEnum,
        description: 'The type of resource.',
        resolve: (r) => r.type as never,
      }),
      count: t.exposeInt('count', { description: 'How many.' }),
    }),
  });

/** Sources by key through the request's loader; a key without a Source node stays visible as such. */
export async function loadSources(ctx: Context, keys: string[]): Promise<SourceRow[]> {
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
