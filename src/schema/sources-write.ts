import { builder } from '../builder.js';
import { WRITE_LIMITS } from '../limits.js';
import type { AddedSource } from '../write/sources.js';
import { addSource, validateNewSource } from '../write/sources.js';
import { optionalText } from '../write/validate.js';
import { ChangeRef } from './history.js';
import { authorOf } from './mutation.js';
import { SourceRef } from './source.js';

const AddSourceInputRef = builder.inputType('AddSourceInput', {
  description: 'A new source: a document that facts can cite.',
  fields: (t) => ({
    key: t.string({
      description: `Its key (letters, digits, ".", "_", "-"; at most ${WRITE_LIMITS.key}); generated when absent.`,
    }),
    url: t.string({ required: true, description: 'Where it can be read: an http(s) URL.' }),
    title: t.string({
      required: true,
      description: `A short title (at most ${WRITE_LIMITS.title} characters).`,
    }),
    language: t.string({ required: true, description: 'Its language, ISO 639-1 (e.g. "fr").' }),
    publisher: t.string({
      required: true,
      description: `Who published it (at most ${WRITE_LIMITS.name} characters).`,
    }),
    accessed: t.string({
      required: true,
      description: 'When it was read, "YYYY-MM-DD" (not in the future).',
    }),
    quote: t.string({
      description: `The passage that supports the facts (at most ${WRITE_LIMITS.quote} characters).`,
    }),
    archiveUrl: t.string({ description: 'An archived copy (e.g. web.archive.org), http(s).' }),
  }),
});

const AddSourcePayloadRef = builder.objectRef<AddedSource>('AddSourcePayload').implement({
  description: 'The source added, the change recorded and the graph version it produced.',
  fields: (t) => ({
    source: t.field({ type: SourceRef, description: 'The new source.', resolve: (p) => p.source }),
    change: t.field({
      type: ChangeRef,
      description: 'The change recorded in history.',
      resolve: (p) => p.change,
    }),
    graphVersion: t.exposeInt('graphVersion', {
      description: 'The graph version after this write.',
    }),
  }),
});

builder.mutationFields((t) => ({
  addSource: t.field({
    type: AddSourcePayloadRef,
    description:
      'Adds a source (curator). Fails with BAD_USER_INPUT naming the field when invalid.',
    args: {
      input: t.arg({ type: AddSourceInputRef, required: true, description: 'The source.' }),
      reason: t.arg.string({
        description: `Why it is added (at most ${WRITE_LIMITS.reason} characters).`,
      }),
    },
    resolve: (_root, { input, reason }, ctx) => {
      const source = validateNewSource(input);
      const why = optionalText('addSource.reason', reason, WRITE_LIMITS.reason);
      return addSource(ctx.db, authorOf(ctx.viewer), source, why);
    },
  }),
}));
