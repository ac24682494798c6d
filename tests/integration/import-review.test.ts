import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { importProfileText } from '../../src/import/review.js';
import { bearer, graphFingerprint, tokenFor } from '../support/auth.js';
import { useCuratedApp } from '../support/curated-app.js';
import { type Answer, answerOf, executeText } from '../support/graphql-client.js';

const { app, db } = useCuratedApp();
let curator: Record<string, string>;

const MES = readFileSync(
  new URL('../fixtures/profiles/00-mes-socioeco.txt', import.meta.url),
  'utf8',
);
const MES_URL = 'http://www.socioeco.org/bdf_organisme-87_en.html';

async function send(query: string, headers: Record<string, string>, variables?: Answer) {
  return executeText(app(), query, { headers, variables });
}

function ok(query: string, headers: Record<string, string>, variables?: Answer) {
  return answerOf(app(), query, { headers, variables });
}

const IMPORT = /* GraphQL */ `
  mutation ImportReviewImport($text: String!, $url: String!) {
    importProfile(text: $text, sourceUrl: $url, language: "en") {
      id sourceUrl accessed contentHash profileName createdBy skipped
      proposals { id identity type payload evidence confidence status }
    }
  }`;

const REVIEW = /* GraphQL */ `
  mutation ImportReviewDecide($id: ID!, $decision: ProposalDecision!, $edits: ProposalEdits, $reason: String) {
    reviewProposal(id: $id, decision: $decision, edits: $edits, reason: $reason) {
      id status reviewedBy reviewReason result
    }
  }`;

const PROPOSALS = /* GraphQL */ `
  query ImportReviewProposals($status: ProposalStatus, $first: Int, $after: String) {
    proposals(status: $status, first: $first, after: $after) {
      totalCount
      edges { cursor node { id identity status } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

const importMes = (text = MES) => ok(IMPORT, curator, { text, url: MES_URL });

beforeAll(async () => {
  curator = bearer(await tokenFor(db(), 'import-review-curator', 'curator'));
  // The curated graph already holds every MES relation of its profile: retract two so that
  // the import has something to propose.
  for (const id of ['mes|MEMBER_OF|ctc', 'mes|PARTICIPATES_IN|csess']) {
    await ok(
      `mutation($id: String!) { retractRelation(id: $id, expectedVersion: 1, reason: "import review test") { id } }`,
      curator,
      { id },
    );
  }
});

describe('importing a profile, reviewing its proposals', () => {
  let proposals: Answer[] = [];

  it('proposes exactly what the graph lacks, each with its evidence', async () => {
    const { importProfile } = await importMes();
    expect(importProfile).toMatchObject({
      sourceUrl: MES_URL,
      profileName: 'Mouvement pour l’Economie Solidaire',
      createdBy: 'import-review-curator',
    });
    expect(importProfile.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(importProfile.accessed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    proposals = importProfile.proposals;
    expect(proposals.map((p) => p.identity).sort()).toEqual([
      'mes|MEMBER_OF|ctc',
      'mes|PARTICIPATES_IN|csess',
    ]);
    expect(importProfile.skipped).toBe(8);
    for (const proposal of proposals) {
      expect(proposal.status).toBe('PENDING');
      expect(proposal.evidence.length).toBeGreaterThan(20);
      expect(proposal.confidence).toBeGreaterThan(0.5);
      expect(JSON.parse(proposal.payload)).toMatchObject({ from: 'mes' });
    }
  });

  it('lists pending proposals in pages', async () => {
    const first = await ok(PROPOSALS, curator, { status: 'PENDING', first: 1 });
    expect(first.proposals.totalCount).toBe(2);
    expect(first.proposals.pageInfo.hasNextPage).toBe(true);
    const second = await ok(PROPOSALS, curator, {
      status: 'PENDING',
      first: 1,
      after: first.proposals.pageInfo.endCursor,
    });
    expect(second.proposals.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.proposals.edges, ...second.proposals.edges].map((e: Answer) => e.node.id);
    expect(ids.sort()).toEqual(proposals.map((p) => p.id).sort());
    const anonymous = await send(PROPOSALS, {}, { status: 'PENDING' });
    expect(anonymous.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  it('accepts one: the fact is in the graph with the profile as source, and in history', async () => {
    const proposal = proposals.find((p) => p.identity === 'mes|MEMBER_OF|ctc') as Answer;
    const reviewed = await ok(REVIEW, curator, {
      id: proposal.id,
      decision: 'ACCEPT',
      edits: { since: '2019' },
      reason: 'stated in the MES profile',
    });
    expect(reviewed.reviewProposal).toEqual({
      id: proposal.id,
      status: 'ACCEPTED',
      reviewedBy: 'import-review-curator',
      reviewReason: 'stated in the MES profile',
      result: 'mes|MEMBER_OF|ctc',
    });
    const { relation } = await ok(
      '{ relation(id: "mes|MEMBER_OF|ctc") { origin since { value } sources { url quote accessed title } } }',
      {},
    );
    expect(relation).toMatchObject({ origin: 'import', since: { value: '2019' } });
    expect(relation.sources).toEqual([
      {
        url: MES_URL,
        quote: proposal.evidence,
        accessed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        title: 'Profile of Mouvement pour l’Economie Solidaire',
      },
    ]);
    const history = await ok(
      '{ history(key: "mes|MEMBER_OF|ctc") { edges { node { who operation reason } } } }',
      {},
    );
    expect(history.history.edges.map((e: Answer) => e.node).at(-1)).toEqual({
      who: 'import-review-curator',
      operation: 'ADD_RELATION',
      reason: 'stated in the MES profile',
    });
  });

  it('rejects another: it stays out of the graph; a reviewed proposal cannot be reviewed again', async () => {
    const proposal = proposals.find((p) => p.identity === 'mes|PARTICIPATES_IN|csess') as Answer;
    const rejected = await ok(REVIEW, curator, {
      id: proposal.id,
      decision: 'REJECT',
      reason: 'not what the council says',
    });
    expect(rejected.reviewProposal).toMatchObject({ status: 'REJECTED', result: null });
    expect((await ok('{ relation(id: "mes|PARTICIPATES_IN|csess") { id } }', {})).relation).toBe(
      null,
    );
    for (const decision of ['ACCEPT', 'REJECT']) {
      const again = await send(REVIEW, curator, { id: proposal.id, decision });
      expect(again.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'reviewProposal.id',
      });
    }
    const unknown = await send(REVIEW, curator, { id: 'p-nowhere', decision: 'REJECT' });
    expect(unknown.errors?.[0]?.extensions?.argument).toBe('reviewProposal.id');
  });

  it('re-importing proposes nothing new, and never the rejected proposal', async () => {
    const again = await importMes();
    expect(again.importProfile.proposals).toEqual([]);
    expect(again.importProfile.skipped).toBe(10);
    // An edited profile still does not bring back the rejected identity.
    const edited = `${MES.trimEnd()}\n\nThe MES takes part in the Conseil Superieur de l’ESS.\n`;
    const third = await importMes(edited);
    expect(third.importProfile.proposals.map((p: Answer) => p.identity)).not.toContain(
      'mes|PARTICIPATES_IN|csess',
    );
    const pending = await ok(PROPOSALS, curator, { status: 'PENDING' });
    expect(pending.proposals.totalCount).toBe(third.importProfile.proposals.length);
  });
});

describe('reading a large profile', () => {
  it('leaves the event loop free: it is read in a worker thread', async () => {
    // About 80 KB: the MES profile's prose 40 times over, a few seconds of matching.
    const [title, ...lines] = MES.split('\n');
    const text = `${title}\n${Array.from({ length: 40 }, () => lines.join('\n')).join('\n')}`;
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    const result = await send(IMPORT, curator, { text, url: `${MES_URL}?large` });
    const took = performance.now() - started;
    delay.disable();
    expect(result.errors).toBeUndefined();
    // Read on the event loop, the longest stall would be the whole read; off it, a small part.
    expect(delay.max / 1e6).toBeLessThan(took / 2);
  });
});

describe('new actors', () => {
  it('accepting a NEW_ACTOR proposal creates the node, then its relation can be accepted', async () => {
    const profile = readFileSync(
      new URL('../fixtures/profiles/02-northwind-commons.txt', import.meta.url),
      'utf8',
    );
    const { importProfile } = await ok(IMPORT, curator, {
      text: profile,
      url: 'https://example.org/profiles/northwind',
    });
    const created = importProfile.proposals.find((p: Answer) => p.type === 'NEW_ACTOR');
    expect(created).toBeDefined();
    const refused = await send(REVIEW, curator, { id: created.id, decision: 'ACCEPT' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'reviewProposal.edits.key',
    });
    const accepted = await ok(REVIEW, curator, {
      id: created.id,
      decision: 'ACCEPT',
      edits: { key: 'import-test-new-node', kind: 'Network' },
    });
    expect(accepted.reviewProposal.result).toBe('import-test-new-node');
    const node = await ok(
      '{ entity(key: "import-test-new-node") { name origin sources { url } } }',
      {},
    );
    expect(node.entity).toMatchObject({
      name: JSON.parse(created.payload).name,
      origin: 'import',
      sources: [{ url: 'https://example.org/profiles/northwind' }],
    });
    const relation = importProfile.proposals.find(
      (p: Answer) => p.type === 'MEMBER_OF' && JSON.parse(p.payload).from === created.identity,
    );
    expect(relation).toBeDefined();
    const linked = await ok(REVIEW, curator, { id: relation.id, decision: 'ACCEPT' });
    expect(linked.reviewProposal.result).toBe('import-test-new-node|MEMBER_OF|ripess-europe');
    // One Source for the page, shared by every fact accepted from it.
    const shared = await ok(
      '{ entity(key: "import-test-new-node") { sources { key url } } relation(id: "import-test-new-node|MEMBER_OF|ripess-europe") { sources { key url } } }',
      {},
    );
    expect(shared.relation.sources).toEqual(shared.entity.sources);
    expect(shared.entity.sources).toHaveLength(1);
  });
});

describe('facts of the page: founding year, resource counts, contradictions', () => {
  // The graph: MES founded 2002-03, member of ESS France since 2015-01; the page says otherwise.
  const PAGE = `Mouvement pour l'Economie Solidaire (MES)

The Solidarity Economy Movement (MES) was founded in 2004 by regional networks of the solidarity economy. The MES has been an active member of ESS France since 2017.

5 Videos`;
  const PAGE_URL = 'https://example.org/mes-contradicting';

  it('proposes them, accepts each as a dispute that keeps both sources, all citing one source', async () => {
    const { importProfile } = await ok(IMPORT, curator, { text: PAGE, url: PAGE_URL });
    const byType = Object.fromEntries(
      importProfile.proposals.map((p: Answer) => [p.type, p] as const),
    );
    expect(Object.keys(byType).sort()).toEqual(['FOUNDING_DATE', 'MEMBER_OF', 'RESOURCE_COUNTS']);
    expect(byType.MEMBER_OF.identity).toBe('mes|MEMBER_OF|ess-france|since:2017');
    expect(JSON.parse(byType.MEMBER_OF.payload)).toMatchObject({
      since: '2017',
      graphSince: '2015-01',
    });
    expect(JSON.parse(byType.FOUNDING_DATE.payload)).toEqual({
      key: 'mes',
      founded: '2004',
      graphValue: '2002-03',
    });
    expect(byType.FOUNDING_DATE.evidence).toContain('was founded in 2004');
    const before = await ok(
      '{ actor(key: "mes") { founded { sources { key } } } relation(id: "mes|MEMBER_OF|ess-france") { sources { key } } }',
      {},
    );
    for (const type of ['FOUNDING_DATE', 'MEMBER_OF', 'RESOURCE_COUNTS']) {
      const accepted = await ok(REVIEW, curator, { id: byType[type].id, decision: 'ACCEPT' });
      expect(accepted.reviewProposal.status).toBe('ACCEPTED');
    }
    const source = `src-${importProfile.id}`;
    const after = await ok(
      `{ actor(key: "mes") {
          founded { date { value } disputed note sources { key } alternatives { date sources { key } } }
          resourceCounts { type count } sources { key } }
        relation(id: "mes|MEMBER_OF|ess-france") { since { value } disputed note sources { key } } }`,
      {},
    );
    // The graph's founding date stays the main claim, with its sources; the page's is the alternative.
    expect(after.actor.founded).toMatchObject({
      date: { value: '2002-03' },
      disputed: true,
      sources: before.actor.founded.sources,
      alternatives: [{ date: '2004', sources: [{ key: source }] }],
    });
    expect(after.actor.founded.note).toContain(`The page ${PAGE_URL} (${source}) gives 2004`);
    // The relation keeps its year and its sources, adds the page's, and says who says what.
    expect(after.relation).toMatchObject({ since: { value: '2015-01' }, disputed: true });
    expect(after.relation.sources).toEqual([...before.relation.sources, { key: source }]);
    expect(after.relation.note).toContain(`since 2017 per the page ${PAGE_URL} (${source})`);
    expect(after.actor.resourceCounts).toContainEqual({ type: 'VIDEOS', count: 5 });
    expect(after.actor.resourceCounts).toContainEqual({ type: 'PEDAGOGICAL_TOOLS', count: 18 });
    expect(after.actor.sources).toContainEqual({ key: source });
    // One source for the page, however many of its facts were accepted.
    const [count] = await db().read('MATCH (s:Source {url: $url}) RETURN count(s) AS sources', {
      url: PAGE_URL,
    });
    expect(count).toEqual({ sources: 1 });
    const history = await ok(
      '{ history(key: "mes|MEMBER_OF|ess-france") { edges { node { operation } } } }',
      {},
    );
    expect(history.history.edges.at(-1).node.operation).toBe('MARK_DISPUTED');
  });

  it('a page that agrees with the graph adds its source, not a dispute; re-importing proposes nothing', async () => {
    const again = await ok(IMPORT, curator, { text: PAGE, url: PAGE_URL });
    expect(again.importProfile.proposals).toEqual([]);
    const agreeing = `Mouvement pour l'Economie Solidaire (MES)\n\nThe MES was founded in 2002 by regional networks.`;
    const { importProfile } = await ok(IMPORT, curator, {
      text: agreeing,
      url: 'https://example.org/mes-agreeing',
    });
    expect(importProfile.proposals).toEqual([]);
  });
});

describe('languages', () => {
  const SPANISH = `Red de Economía Solidaria del Sur (RESS)

La Red de Economía Solidaria del Sur fue creada en 2009 por un grupo de cooperativas, asociaciones y empresas de inserción que querían trabajar juntas. Hoy reúne a más de cuarenta entidades de la región y es miembro de REAS Red de Redes desde 2012. Sus socias fundadoras fueron la cooperativa La Huerta y la asociación Tejiendo Barrio.`;
  const IMPORT_ANY = /* GraphQL */ `
    mutation ImportReviewAnyLanguage($text: String!, $any: Boolean) {
      importProfile(text: $text, sourceUrl: "https://example.org/ress", language: "es", anyLanguage: $any) {
        id proposals { type }
      }
    }`;

  it('refuses a page the rules do not read with UNSUPPORTED_LANGUAGE, unless anyLanguage', async () => {
    const before = await graphFingerprint(db());
    const refused = await send(IMPORT_ANY, curator, { text: SPANISH });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'UNSUPPORTED_LANGUAGE',
      argument: 'importProfile.text',
      override: 'importProfile.anyLanguage',
    });
    expect(refused.errors?.[0]?.message).toContain('the page reads as spa');
    expect(await graphFingerprint(db())).toBe(before);
    const insisted = await ok(IMPORT_ANY, curator, { text: SPANISH, any: true });
    expect(insisted.importProfile.id).toMatch(/^import-/);
  });
});

describe('refusals', () => {
  const cases: [string, string, RegExp][] = [
    ['empty', '', /EMPTY/],
    ['binary', 'Title (T)\n\u0000\u0001\u0002 binary', /BINARY/],
    [
      'no title line',
      'This profile starts with a sentence that ends in a full stop.\n\nMore.',
      /NO_TITLE/,
    ],
    [
      'page nested 5,000 deep',
      `<html><body><h1>Deep (D)</h1>${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}</body></html>`,
      /TOO_DEEP/,
    ],
  ];
  it.each(cases)(
    'refuses a %s file with BAD_USER_INPUT and writes nothing',
    async (_, text, message) => {
      const before = await graphFingerprint(db());
      const result = await send(IMPORT, curator, { text, url: MES_URL });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'importProfile.text',
      });
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(await graphFingerprint(db())).toBe(before);
    },
  );

  it('refuses a 5 MB file: the body limit over HTTP, TOO_LARGE in the resolver; nothing written', async () => {
    const before = await graphFingerprint(db());
    const text = `Big (B)\n\n${'word '.repeat(1_000_000)}`;
    const result = await send(IMPORT, curator, { text, url: MES_URL });
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/request body is larger than/),
      extensions: { code: 'BAD_REQUEST' },
    });
    // A server with BODY_LIMIT_BYTES raised lets it through to the resolver, which refuses it.
    const direct = importProfileText(
      db(),
      { who: 'import-review-curator', via: 'token' },
      {
        text,
        sourceUrl: MES_URL,
        language: 'en',
      },
    );
    await expect(direct).rejects.toMatchObject({
      message: expect.stringMatching(/TOO_LARGE/),
      extensions: { code: 'BAD_USER_INPUT', argument: 'importProfile.text' },
    });
    expect(await graphFingerprint(db())).toBe(before);
  });

  it('names a bad source URL or language, and refuses a caller without a token', async () => {
    const url = await send(IMPORT, curator, { text: MES, url: 'ftp://x' });
    expect(url.errors?.[0]?.extensions?.argument).toBe('importProfile.sourceUrl');
    const anonymous = await send(IMPORT, {}, { text: MES, url: MES_URL });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
