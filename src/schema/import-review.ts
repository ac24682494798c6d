// The import review in the API: importProfile, proposals, reviewProposal (curator).

import { intInRange } from '../arguments.js';
import { builder } from '../builder.js';
import { badInput } from '../domain-error.js';
import { type ImportOutcome, importProfileText, reviewProposal } from '../import/review.js';
import {
  PROPOSAL_COUNT,
  PROPOSAL_PAGE,
  type ProposalRow,
  type ProposalStatus,
} from '../import/review-queries.js';
import { BOUNDS } from '../limits.js';
import { EntityKindEnum, RelationTypeEnum } from './enums.js';
import { pageCost } from './field-arguments.js';
import { keysetPage } from './keyset-page.js';
import { authorOf } from './mutation.js';

const ProposalStatusEnum = builder.enumType('ProposalStatus', {
  description: 'Where a proposal stands in review.',
  values: {
    PENDING: { description: 'Waiting for a curator.' },
    ACCEPTED: { description: 'Accepted: its fact is in the graph.' },
    REJECTED: { description: 'Rejected: never proposed again.' },
  } as const,
});

const DecisionEnum = builder.enumType('ProposalDecision', {
  description: 'A curator’s decision on a proposal.',
  values: {
    ACCEPT: { description: 'Write the fact (with any edits), citing the profile.' },
    REJECT: { description: 'Record the rejection; the same proposal never comes back.' },
  } as const,
});

const ProposalRef = builder.objectRef<ProposalRow>('Proposal').implement({
  description: 'A fact an imported profile proposes, with the sentence that supports it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id: pass it to reviewProposal.' }),
    identity: t.exposeString('identity', {
      description:
        'What it proposes: "from|TYPE|to" ("…|since:YYYY" when it contradicts the graph’s since), "new:<normalised name>" for a new node, "key|founded|YYYY" or "key|resourceCounts|…" for the actor’s own facts.',
    }),
    type: t.exposeString('type', {
      description: 'A relation type, NEW_ACTOR, FOUNDING_DATE or RESOURCE_COUNTS.',
    }),
    payload: t.exposeString('payload', {
      description:
        'The proposed fact as JSON (ends, since, role, founding, and graphSince when it contradicts the graph; or name, acronym; or key and founded / resourceCounts, with graphValue).',
    }),
    evidence: t.exposeString('evidence', { description: 'The sentence of the profile behind it.' }),
    confidence: t.exposeFloat('confidence', { description: 'The extraction’s confidence, 0..1.' }),
    status: t.field({
      type: ProposalStatusEnum,
      description: 'Pending, accepted or rejected.',
      resolve: (p) => p.status,
    }),
    reviewedBy: t.exposeString('reviewedBy', {
      nullable: true,
      description: 'The curator who decided.',
    }),
    reviewReason: t.exposeString('reviewReason', {
      nullable: true,
      description: 'Why, as the curator said.',
    }),
    result: t.exposeString('result', {
      nullable: true,
      description: 'What accepting wrote: the relation id or the new node’s key.',
    }),
    importId: t.exposeString('importId', { description: 'The import that proposed it.' }),
    sourceUrl: t.exposeString('sourceUrl', { description: 'The profile’s URL.' }),
  }),
});

const ImportRef = builder.objectRef<ImportOutcome>('ProfileImport').implement({
  description: 'One imported profile and the proposals it made.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Unique identifier of the import.' }),
    sourceUrl: t.exposeString('sourceUrl', { description: 'Where the profile was read.' }),
    accessed: t.exposeString('accessed', { description: 'The day it was read, YYYY-MM-DD.' }),
    contentHash: t.exposeString('contentHash', { description: 'SHA-256 of the profile text.' }),
    profileName: t.exposeString('profileName', { description: 'The name on its title line.' }),
    createdBy: t.exposeString('createdBy', { description: 'Who imported it.' }),
    skipped: t.exposeInt('skipped', {
      description: 'Proposals not stored: already proposed (any status) or already in the graph.',
    }),
    proposals: t.field({
      type: [ProposalRef],
      description: 'The new proposals it stored, all pending.',
      resolve: (i) => i.proposals,
    }),
  }),
});

const ProposalEditsRef = builder.inputType('ProposalEdits', {
  description: 'Corrections a curator makes when accepting; an absent field keeps the proposal’s.',
  fields: (t) => ({
    from: t.string({ description: 'Key of the subject (a relation).' }),
    type: t.field({ type: RelationTypeEnum, description: 'The relation type.' }),
    to: t.string({ description: 'Key of the object (a relation); needed for a node not created.' }),
    since: t.string({ description: 'When it began, in EDTF.' }),
    role: t.string({ description: 'A role held.' }),
    founding: t.boolean({ description: 'A founding membership (MEMBER_OF only).' }),
    key: t.string({ description: 'The key of the node to create (NEW_ACTOR, required).' }),
    kind: t.field({
      type: EntityKindEnum,
      description: 'The kind of the node to create (NEW_ACTOR, required).',
    }),
    name: t.string({ description: 'The name of the node to create.' }),
    acronym: t.string({ description: 'The acronym of the node to create.' }),
  }),
});

const ProposalConnectionRef = builder.connectionObject(
  {
    type: ProposalRef,
    name: 'ProposalConnection',
    description: 'A page of proposals by id.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many proposals have the status, all pages together (one more query).',
        resolve: (connection) => connection.totalCount(),
      }),
    }),
  },
  { name: 'ProposalEdge', description: 'One proposal of the page.' },
);

const cursorOf = (id: string) => Buffer.from(`proposal:${id}`).toString('base64url');

function idOfCursor(cursor: string | null | undefined): string | null {
  if (cursor == null) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('proposal:')) {
    throw badInput('proposals.after', 'is not a cursor returned by `proposals`');
  }
  return decoded.slice('proposal:'.length);
}

builder.queryFields((t) => ({
  proposals: t.connection(
    {
      type: ProposalRef,
      description: 'Proposals of imported profiles, in import order (curator).',
      authScopes: { curator: true },
      args: {
        status: t.arg({ type: ProposalStatusEnum, description: 'Only these (all when absent).' }),
      },
      complexity: (args) => pageCost(args),
      resolve: async (_root, args, ctx) => {
        if (args.last != null || args.before != null) {
          throw badInput(
            'proposals.last',
            '`proposals` pages forward only: use `first` and `after`',
          );
        }
        const first = intInRange('proposals.first', args.first, BOUNDS.pageSize);
        const after = idOfCursor(args.after);
        const status: ProposalStatus | null = args.status ?? null;
        const rows = await ctx.db.read(PROPOSAL_PAGE, { status, after, limit: first + 1 });
        return {
          totalCount: async () => (await ctx.db.read(PROPOSAL_COUNT, { status }))[0] ?? 0,
          ...keysetPage(rows, first, after !== null, (proposal) => cursorOf(proposal.id)),
        };
      },
    },
    ProposalConnectionRef,
  ),
}));

builder.mutationFields((t) => ({
  importProfile: t.field({
    type: ImportRef,
    description:
      'Imports a socioeco.org-style profile (curator): stores the import and one pending proposal ' +
      'per relation or new node not already proposed nor in the graph.',
    args: {
      text: t.arg.string({ required: true, description: 'The profile, plain text or saved HTML.' }),
      sourceUrl: t.arg.string({ required: true, description: 'Where the profile was read.' }),
      language: t.arg.string({
        required: true,
        description: 'The profile’s language, ISO 639-1 ("en", "fr").',
      }),
      anyLanguage: t.arg.boolean({
        description:
          'Read the page even when it is neither French nor English (else UNSUPPORTED_LANGUAGE): the rules read those two only.',
      }),
    },
    resolve: (_root, args, ctx) => importProfileText(ctx.db, authorOf(ctx.viewer), args),
  }),
  reviewProposal: t.field({
    type: ProposalRef,
    description:
      'Accepts a pending proposal (writing its fact with the profile as source) or rejects it (curator).',
    args: {
      id: t.arg.id({ required: true, description: 'The proposal’s id.' }),
      decision: t.arg({ type: DecisionEnum, required: true, description: 'Accept or reject.' }),
      edits: t.arg({ type: ProposalEditsRef, description: 'Corrections when accepting.' }),
      reason: t.arg.string({ description: 'Why (kept in history and on the proposal).' }),
    },
    resolve: (_root, args, ctx) =>
      reviewProposal(
        ctx.db,
        authorOf(ctx.viewer),
        String(args.id),
        args.decision,
        args.edits ?? null,
        args.reason ?? null,
      ),
  }),
}));
