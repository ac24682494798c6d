import { builder, type SchemaTypes } from '../builder.js';
import { WRITE_LIMITS } from '../limits.js';
import type { Entity } from '../model/types.js';
import { createEntity, type EntityWrite, retireEntity, updateEntity } from '../write/entities.js';
import { mergeEntities } from '../write/merge.js';
import { optionalText } from '../write/validate.js';
import { EntityRef } from './entity-ref.js';
import { EntityKindEnum, ScopeEnum } from './enums.js';
import { authorOf } from './mutation.js';

const LocalizedNameInputRef = builder.inputType('LocalizedNameInput', {
  description: 'A name in one language.',
  fields: (t) => ({
    language: t.string({
      required: true,
      description: 'ISO 639-1 code: fr, en, es, it, ca, pt, de.',
    }),
    name: t.string({ required: true, description: 'The name in that language.' }),
  }),
});

const DateClaimInputRef = builder.inputType('DateClaimInput', {
  description: 'Another source’s date, kept when sources disagree.',
  fields: (t) => ({
    date: t.string({ required: true, description: 'The date, in EDTF (e.g. "2006").' }),
    sources: t.stringList({ required: true, description: 'Keys of the sources that give it.' }),
  }),
});

const FoundingStageInputRef = builder.inputType('FoundingStageInput', {
  description: 'One step of a founding in stages.',
  fields: (t) => ({
    stage: t.string({ required: true, description: 'What happened, e.g. "manifesto".' }),
    date: t.string({ description: 'When, in EDTF.' }),
    place: t.string({ description: 'Where.' }),
    sources: t.stringList({ required: true, description: 'Keys of its sources.' }),
  }),
});

const FoundingInputRef = builder.inputType('FoundingInput', {
  description: 'When and where an actor was founded, with its sources.',
  fields: (t) => ({
    date: t.string({ description: 'In EDTF: "2002", "2004~" (around), "[2002,2003]" (one of).' }),
    place: t.string({ description: 'Where.' }),
    sources: t.stringList({
      required: true,
      description: 'Keys of the sources of date and place.',
    }),
    disputed: t.boolean({ description: 'True when sources disagree (then `note` is required).' }),
    note: t.string({ description: 'Who says what.' }),
    alternatives: t.field({ type: [DateClaimInputRef], description: 'Other sources’ dates.' }),
    stages: t.field({
      type: [FoundingStageInputRef],
      description: 'Steps of a founding in stages.',
    }),
  }),
});

const CountInputRef = builder.inputType('ResourceCountInput', {
  description: 'How many resources of one type a profile lists.',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: 'The type key, known (e.g. "videos") or new (camelCase).',
    }),
    count: t.int({ required: true, description: 'How many (0 or more).' }),
  }),
});

const MemberCountInputRef = builder.inputType('MemberCountInput', {
  description: 'A sourced, dated size.',
  fields: (t) => ({
    count: t.int({ required: true, description: 'How many.' }),
    unit: t.string({ required: true, description: 'What is counted, plural: "networks".' }),
    asOf: t.string({ description: 'When the count held, in EDTF.' }),
    sources: t.stringList({ required: true, description: 'Keys of its sources.' }),
  }),
});

type InputFields = PothosSchemaTypes.InputFieldBuilder<SchemaTypes, 'InputObject'>;

/** The optional fields of creation and patches; in a patch, absent keeps a field and null clears it. */
function entityInputFields(t: InputFields) {
  return {
    names: t.field({ type: [LocalizedNameInputRef], description: 'Names by language.' }),
    acronym: t.string({ description: 'Acronym, e.g. "MES".' }),
    aliases: t.stringList({ description: 'Other spellings and former names.' }),
    description: t.string({ description: 'A short description in the project’s own words.' }),
    founded: t.field({ type: FoundingInputRef, description: 'Founding (actors).' }),
    date: t.string({ description: 'When it took place or was adopted (events, laws), in EDTF.' }),
    endDate: t.string({ description: 'When it ended (events), in EDTF.' }),
    place: t.string({ description: 'Where it took place (events).' }),
    country: t.string({ description: 'ISO 3166 country code, e.g. "FR".' }),
    region: t.string({ description: 'ISO 3166-2 region, e.g. "FR-OCC".' }),
    city: t.string({
      description:
        'The town of its seat; its map location is derived from it through the GeoNames gazetteer.',
    }),
    scope: t.field({ type: ScopeEnum, description: 'The territory it works at.' }),
    areas: t.stringList({
      description: 'Countries (ISO 3166) and world regions (UN M49) it works across.',
    }),
    resourceCounts: t.field({ type: [CountInputRef], description: 'Resources by type.' }),
    memberCounts: t.field({
      type: [MemberCountInputRef],
      description: 'Its size as sourced, dated counts.',
    }),
    disputed: t.boolean({ description: 'True when sources disagree about it (then `note`).' }),
    note: t.string({ description: 'Context or disagreement.' }),
  };
}

const CreateEntityInputRef = builder.inputType('CreateEntityInput', {
  description: 'A new node: every fact names at least one existing source.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'Its key: lowercase words joined by "-".' }),
    kind: t.field({
      type: EntityKindEnum,
      required: true,
      description: 'Its kind (which sets its family).',
    }),
    name: t.string({ required: true, description: 'Main name, in its own language.' }),
    sources: t.stringList({
      required: true,
      description: 'Keys of the sources of the facts about it (at least one).',
    }),
    ...entityInputFields(t),
  }),
});

const EntityPatchRef = builder.inputType('EntityPatch', {
  description: 'Changes to a node: an absent field is kept, a null one cleared.',
  fields: (t) => ({
    kind: t.field({ type: EntityKindEnum, description: 'Its kind (within its family).' }),
    name: t.string({ description: 'Main name.' }),
    sources: t.stringList({ description: 'Keys of its sources (at least one).' }),
    ...entityInputFields(t),
  }),
});

const EntityWriteRef = builder.objectRef<EntityWrite>('EntityWritePayload').implement({
  description: 'The node as written, its new version and the graph version the write produced.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: 'The node.', resolve: (p) => p.entity }),
    version: t.exposeInt('version', {
      description: 'Its version now: state it in the next update.',
    }),
    graphVersion: t.exposeInt('graphVersion', {
      description: 'The graph version after the write.',
    }),
  }),
});

const RetirePayloadRef = builder
  .objectRef<{ key: string; version: number; graphVersion: number }>('RetirePayload')
  .implement({
    description: 'A retired node: hidden from reads, kept in history.',
    fields: (t) => ({
      key: t.exposeString('key', { description: 'The retired key (reserved: not reused).' }),
      version: t.exposeInt('version', { description: 'Its final version.' }),
      graphVersion: t.exposeInt('graphVersion', { description: 'The graph version after it.' }),
    }),
  });

const MergePayloadRef = builder
  .objectRef<{ entity: Entity; moved: number; graphVersion: number }>('MergePayload')
  .implement({
    description: 'The node kept by a merge, with what moved to it.',
    fields: (t) => ({
      entity: t.field({ type: EntityRef, description: 'The node kept.', resolve: (p) => p.entity }),
      movedRelations: t.exposeInt('moved', {
        description: 'How many relationships moved to it (or joined one it had).',
      }),
      graphVersion: t.exposeInt('graphVersion', { description: 'The graph version after it.' }),
    }),
  });

const reason = (field: string, value: string | null | undefined) =>
  optionalText(field, value, WRITE_LIMITS.reason);

builder.mutationFields((t) => ({
  createEntity: t.field({
    type: EntityWriteRef,
    description:
      'Creates an actor, event, law or policy document (curator), validated by the same rules as the curated files.',
    args: {
      input: t.arg({ type: CreateEntityInputRef, required: true, description: 'The node.' }),
      reason: t.arg.string({ description: 'Why (kept in history).' }),
    },
    resolve: (_root, args, ctx) =>
      createEntity(
        ctx.db,
        authorOf(ctx.viewer),
        args.input,
        reason('createEntity.reason', args.reason),
      ),
  }),
  updateEntity: t.field({
    type: EntityWriteRef,
    description:
      'Changes a node (curator). `expectedVersion` is the `version` you read: when someone wrote in between, the answer is CONFLICT with the current version and nothing changes.',
    args: {
      key: t.arg.string({ required: true, description: 'The node’s key.' }),
      expectedVersion: t.arg.int({ required: true, description: 'The version you read.' }),
      patch: t.arg({ type: EntityPatchRef, required: true, description: 'What changes.' }),
      reason: t.arg.string({ description: 'Why (kept in history).' }),
    },
    resolve: (_root, args, ctx) =>
      updateEntity(
        ctx.db,
        authorOf(ctx.viewer),
        args.key,
        args.expectedVersion,
        args.patch,
        reason('updateEntity.reason', args.reason),
      ),
  }),
  retireEntity: t.field({
    type: RetirePayloadRef,
    description: 'Retires a node (curator): hidden from reads, kept in history, its key reserved.',
    args: {
      key: t.arg.string({ required: true, description: 'The node’s key.' }),
      expectedVersion: t.arg.int({ required: true, description: 'The version you read.' }),
      reason: t.arg.string({ required: true, description: 'Why (kept in history).' }),
    },
    resolve: (_root, args, ctx) =>
      retireEntity(ctx.db, authorOf(ctx.viewer), args.key, args.expectedVersion, args.reason),
  }),
  mergeEntities: t.field({
    type: MergePayloadRef,
    authScopes: { admin: true },
    description:
      'Merges two nodes that are the same (admin): relations, sources and names move to `keep`, and the merged key keeps answering as an alias.',
    args: {
      keep: t.arg.string({ required: true, description: 'Key of the node to keep.' }),
      keepVersion: t.arg.int({ required: true, description: 'The version of `keep` you read.' }),
      merge: t.arg.string({ required: true, description: 'Key of the node merged into it.' }),
      mergeVersion: t.arg.int({ required: true, description: 'The version of `merge` you read.' }),
      reason: t.arg.string({
        required: true,
        description: 'Why they are the same (kept in history).',
      }),
    },
    resolve: (_root, args, ctx) =>
      mergeEntities(ctx.db, authorOf(ctx.viewer), {
        keep: args.keep,
        keepVersion: args.keepVersion,
        gone: args.merge,
        goneVersion: args.mergeVersion,
        reason: args.reason,
      }),
  }),
}));
