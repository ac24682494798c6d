import { builder } from '../builder.js';
import type { Source } from '../model/types.js';

export const SourceRef = builder.objectRef<Source>('Source');

builder.node(SourceRef, {
  description: 'A document a fact comes from: every node and relationship names at least one.',
  id: { resolve: (source) => source.key },
  isTypeOf: (value) =>
    typeof value === 'object' && value !== null && 'title' in value && !('family' in value),
  loadMany: (keys, ctx) => keys.map((key) => ctx.loaders.source.load(key)),
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable identifier of the source, e.g. "S1".' }),
    url: t.string({
      nullable: true,
      description: 'Where the source can be read; null when a fact cites a key no source holds.',
      resolve: (source) => source.url,
    }),
    title: t.exposeString('title', { description: 'A short title, in the project’s words.' }),
    language: t.string({
      nullable: true,
      description: 'Language of the source (ISO 639-1), when known.',
      resolve: (source) => source.language,
    }),
    publisher: t.string({
      nullable: true,
      description: 'Who published it, when known.',
      resolve: (source) => source.publisher,
    }),
    accessed: t.string({
      nullable: true,
      description: 'The day the project read it ("YYYY-MM-DD"), when recorded.',
      resolve: (source) => source.accessed,
    }),
    quote: t.string({
      nullable: true,
      description: 'A short passage of the source that supports the facts citing it.',
      resolve: (source) => source.quote,
    }),
    archiveUrl: t.string({
      nullable: true,
      description: 'An archived copy of the page, when one exists.',
      resolve: (source) => source.archiveUrl,
    }),
  }),
});
