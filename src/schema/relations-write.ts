import { builder, type SchemaTypes } from '../builder.js';
import { WRITE_LIMITS } from '../limits.js';
import {
  addRelation,
  markRelationDisputed,
  type RelationWrite,
  retractRelation,
  updateRelation,
} from '../write/relations.js';
import { optionalText } from '../write/validate.js';
import { RelationTypeEnum } from './enums.js';
import { authorOf } from './mutation.js';
import { RelationRef } from './relation.js';

type InputFields = PothosSchemaTypes.InputFieldBuilder<SchemaTypes, 'InputObject'>;

/** The optional fields of a relation; in a patch, absent keeps a field and null clears it. */
function relationInputFields(t: InputFields) {
  return {
    since: t.string({ description: 'When it began, in EDTF ("2015", "2004~").' }),
    until: t.string({ description: 'When it ended, in EDTF.' }),
    role: t.string({ description: 'A role held, e.g. "board member" (not "founding member").' }),
    founding: t.boolean({
      description: 'A founding membership (MEMBER_OF only): a member from the founding.',
    }),
    attested: t.intList({ description: 'Years in which a source lists it.' }),
    disputed: t.boolean({ description: 'True when sources disagree (then `note`).' }),
    note: t.string({ description: 'Context or disagreement.' }),
  };
}

const AddRelationInputRef = builder.inputType('AddRelationInput', {
  description: 'A new relationship between two existing nodes, with at least one source.',
  fields: (t) => ({
    from: t.string({ required: true, description: 'Key of the subject, e.g. "mes".' }),
    type: t.field({
      type: RelationTypeEnum,
      required: true,
      description: 'The relationship type.',
    }),
    to: t.string({ required: true, description: 'Key of the object, e.g. "ess-france".' }),
    sources: t.stringList({ required: true, description: 'Keys of its sources (at least one).' }),
    ...relationInputFields(t),
  }),
});

const RelationPatchRef = builder.inputType('RelationPatch', {
  description: 'Changes to a relationship: an absent field is kept, a null one cleared.',
  fields: (t) => ({
    sources: t.stringList({ description: 'Keys of its sources (at least one).' }),
    ...relationInputFields(t),
  }),
});

const RelationWriteRef = builder.objectRef<RelationWrite>('RelationWritePayload').implement({
  description: 'The relationship as written, its version and the graph version the write produced.',
  fields: (t) => ({
    relation: t.field({
      type: RelationRef,
      description: 'The relationship.',
      resolve: (p) => p.relation,
    }),
    version: t.exposeInt('version', {
      description: 'Its version now: state it in the next update.',
    }),
    graphVersion: t.exposeInt('graphVersion', {
      description: 'The graph version after the write.',
    }),
  }),
});

const RetractPayloadRef = builder
  .objectRef<{ id: string; graphVersion: number }>('RetractPayload')
  .implement({
    description: 'A retracted relationship: gone from the graph, kept in history with the reason.',
    fields: (t) => ({
      id: t.exposeString('id', { description: 'The id it had: "from|TYPE|to".' }),
      graphVersion: t.exposeInt('graphVersion', { description: 'The graph version after it.' }),
    }),
  });

const reason = (field: string, value: string | null | undefined) =>
  optionalText(field, value, WRITE_LIMITS.reason);

const ID_DESCRIPTION = 'The relationship’s id, "fromKey|TYPE|toKey".';
const VERSION_DESCRIPTION = 'The version you read; a stale one gets CONFLICT.';

builder.mutationFields((t) => ({
  addRelation: t.field({
    type: RelationWriteRef,
    description: 'Adds a relationship (curator), validated by the same rules as the curated files.',
    args: {
      input: t.arg({ type: AddRelationInputRef, required: true, description: 'The relationship.' }),
      reason: t.arg.string({ description: 'Why (kept in history).' }),
    },
    resolve: (_root, args, ctx) =>
      addRelation(
        ctx.db,
        authorOf(ctx.viewer),
        args.input,
        reason('addRelation.reason', args.reason),
      ),
  }),
  updateRelation: t.field({
    type: RelationWriteRef,
    description: 'Changes a relationship (curator); CONFLICT when it changed since you read it.',
    args: {
      id: t.arg.string({ required: true, description: ID_DESCRIPTION }),
      expectedVersion: t.arg.int({ required: true, description: VERSION_DESCRIPTION }),
      patch: t.arg({ type: RelationPatchRef, required: true, description: 'What changes.' }),
      reason: t.arg.string({ description: 'Why (kept in history).' }),
    },
    resolve: (_root, args, ctx) =>
      updateRelation(
        ctx.db,
        authorOf(ctx.viewer),
        args.id,
        args.expectedVersion,
        args.patch,
        reason('updateRelation.reason', args.reason),
      ),
  }),
  markRelationDisputed: t.field({
    type: RelationWriteRef,
    description: 'Marks a relationship disputed, or resolved with `disputed: false` (curator).',
    args: {
      id: t.arg.string({ required: true, description: ID_DESCRIPTION }),
      expectedVersion: t.arg.int({ required: true, description: VERSION_DESCRIPTION }),
      disputed: t.arg.boolean({
        required: true,
        description: 'True to mark it disputed, false when resolved.',
      }),
      note: t.arg.string({ required: true, description: 'Who says what, or how it was resolved.' }),
      reason: t.arg.string({ description: 'Why (kept in history).' }),
    },
    resolve: (_root, args, ctx) =>
      markRelationDisputed(
        ctx.db,
        authorOf(ctx.viewer),
        args.id,
        args.expectedVersion,
        args.disputed,
        args.note,
        reason('markRelationDisputed.reason', args.reason),
      ),
  }),
  retractRelation: t.field({
    type: RetractPayloadRef,
    description:
      'Retracts a relationship (curator): it leaves the graph and stays in history with the reason.',
    args: {
      id: t.arg.string({ required: true, description: ID_DESCRIPTION }),
      expectedVersion: t.arg.int({ required: true, description: VERSION_DESCRIPTION }),
      reason: t.arg.string({ required: true, description: 'Why it is retracted.' }),
    },
    resolve: (_root, args, ctx) =>
      retractRelation(ctx.db, authorOf(ctx.viewer), args.id, args.expectedVersion, args.reason),
  }),
}));
