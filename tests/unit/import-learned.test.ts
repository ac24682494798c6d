// The learned relation scorer: its features, its model's determinism, its hook (invented sentences and pages only).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Candidate, candidatesOf } from '../../scripts/learned/candidates.js';
import { pageData } from '../../scripts/learned/dataset.js';
import { featuresOf, stem } from '../../scripts/learned/features.js';
import { filterByModel } from '../../scripts/learned/hook.js';
import { NONE, relationOf } from '../../scripts/learned/labels.js';
import {
  DEFAULT_TRAINING,
  type Example,
  type ModelWeights,
  probabilities,
  seeded,
  train,
} from '../../scripts/learned/model.js';
import { fromFile, toFile } from '../../scripts/learned/weights-file.js';
import type { GraphName } from '../../src/import/graph-names.js';
import { Matcher } from '../../src/import/match.js';
import type { ProposedRelation } from '../../src/import/proposal.js';

const name = (key: string, full: string, acronym: string | null = null): GraphName => ({
  key,
  family: 'Actor',
  name: full,
  acronym,
  aliases: [],
  date: null,
});
const matcher = new Matcher([
  name('cove', 'Cove Weavers Federation', 'CWF'),
  name('tide', 'Tideway Credit Union'),
  name('lark', 'Larkspur Housing Cooperative'),
]);
const self = { name: 'Harbour Kelp Network', acronym: 'HKN', key: null };
const page = (paragraphs: string[]) => ({ paragraphs, language: 'en' as const, self });

describe('learned scorer: candidates and features', () => {
  it('pairs the actor with each body a sentence names, and nearby bodies with each other', () => {
    const candidates = candidatesOf(
      page([
        'The Harbour Kelp Network is a member of the Cove Weavers Federation.',
        'Tideway Credit Union and Larkspur Housing Cooperative sponsor its summer school.',
      ]),
      matcher,
      [],
    );
    const pairs = candidates.map((c) => `${c.aSelf ? 'self' : c.a.match} ${c.b.match}`);
    expect(pairs).toEqual(expect.arrayContaining(['self cove', 'self tide', 'self lark']));
    expect(pairs.some((pair) => /^(?:tide lark|lark tide)$/.test(pair))).toBe(true);
    const cove = candidates.find((c) => c.b.match === 'cove') as Candidate;
    expect(cove.contexts[0]?.aAt).toBe(0);
  });

  it('with `names`, pairs the actor with a given name only where a sentence writes it', () => {
    const given = [
      { match: null, name: 'Brinewood' },
      { match: null, name: 'coopérative des goémoniers' },
      { match: null, name: 'Saltmarsh Guild' },
    ];
    const text = page([
      'The Harbour Kelp Network sells its nets through Brinewood every spring.',
      'Le Harbour Kelp Network travaille avec la coopérative des goémoniers.',
    ]);
    const names = candidatesOf(text, matcher, [], { names: given }).map((c) => c.b.name);
    expect(names).toContain('Brinewood');
    expect(names).toContain('coopérative des goémoniers');
    // Given but written nowhere on the page: no pair.
    expect(names).not.toContain('Saltmarsh Guild');
  });

  it('with `loose`, also pairs the actor with capitalised runs the name finder leaves out', () => {
    const text = page(['The Harbour Kelp Network sells its nets through Brinewood every spring.']);
    const names = (loose: boolean) =>
      candidatesOf(text, matcher, [], { loose }).map((candidate) => candidate.b.name);
    expect(names(false)).not.toContain('Brinewood');
    expect(names(true)).toContain('Brinewood');
  });

  it('reads the words between and around the ends, the lexicon cues, the order and the rules', () => {
    const sentence =
      'The Harbour Kelp Network is a member of the Cove Weavers Federation since 2019.';
    const candidate: Candidate = {
      a: { match: null, name: 'Harbour Kelp Network' },
      b: { match: 'cove', name: 'Cove Weavers Federation' },
      aSelf: true,
      contexts: [
        {
          sentence,
          head: 'About us',
          aAt: 0,
          aEnd: 24,
          bAt: sentence.indexOf('Cove'),
          bodies: 1,
          rank: 0,
        },
      ],
      rules: [{ type: 'MEMBER_OF', forward: true, founding: false, confidence: 0.9, index: 0 }],
      language: 'en',
    };
    const features = featuresOf(candidate);
    expect(features).toEqual(
      expect.arrayContaining([
        'bias',
        'pair:self',
        'lang:en',
        'order:ab',
        `m:${stem('member')}`,
        'm:of',
        `r:${stem('since')}`,
        'cue:MEMBER_OF',
        'cue-between:MEMBER_OF',
        'h:about',
        'rule:MEMBER_OF:ab',
        'b-known:true',
        'b-kind:Federation',
      ]),
    );
    // Only the words between the two names: never the names' own words.
    expect(features.filter((feature) => feature.startsWith('m:')).sort()).toEqual(
      ['m:a', 'm:is', `m:${stem('member')}`, 'm:of', 'm:the'].sort(),
    );
    // A set, in a fixed order: the same candidate always gives the same list.
    expect(featuresOf(candidate)).toEqual(features);
    expect(new Set(features).size).toBe(features.length);
  });

  it('makes the proposal a class names, in graph direction, seen from the actor', () => {
    const candidate = {
      a: { match: null, name: 'Harbour Kelp Network' },
      b: { match: 'cove', name: 'Cove Weavers Federation' },
      aSelf: true,
      contexts: [],
      rules: [],
      language: 'en',
    } satisfies Candidate;
    const incoming = relationOf(candidate, 'MEMBER_OF<', 0.876);
    expect(incoming).toMatchObject({
      type: 'MEMBER_OF',
      direction: 'INCOMING',
      from: { match: 'cove' },
      to: { name: 'Harbour Kelp Network' },
      confidence: 0.88,
    });
  });
});

describe('learned scorer: the model', () => {
  const examples: Example[] = [
    ...Array.from({ length: 30 }, (_, i) => ({
      features: ['bias', 'w:member', `n${i % 3}`],
      label: 'MEMBER_OF>',
    })),
    ...Array.from({ length: 30 }, (_, i) => ({
      features: ['bias', 'w:partner', `n${i % 3}`],
      label: 'PARTNER_OF>',
    })),
    ...Array.from({ length: 60 }, (_, i) => ({
      features: ['bias', 'w:city', `n${i % 3}`],
      label: NONE,
    })),
  ];

  it('gives the same weights on every run (seeded), and learns a separable toy problem', () => {
    const first = train(examples);
    expect(JSON.stringify(train(examples))).toBe(JSON.stringify(first));
    const best = (features: string[]) => {
      const p = probabilities(first, features);
      return first.classes[p.indexOf(Math.max(...p))];
    };
    expect(best(['bias', 'w:member'])).toBe('MEMBER_OF>');
    expect(best(['bias', 'w:partner'])).toBe('PARTNER_OF>');
    expect(best(['bias', 'w:city'])).toBe(NONE);
    // Another seed shuffles otherwise: still the same answers.
    const other = train(examples, { ...DEFAULT_TRAINING, seed: 3 });
    expect(other.classes).toEqual(first.classes);
  });

  it('draws the same numbers from the same seed', () => {
    const [a, b] = [seeded(5), seeded(5)];
    const draws = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(draws);
    expect(draws.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('keeps its weights in thousandths through the committed file', () => {
    const model = { classes: ['A>', NONE], weights: { x: [0.12345, -2], y: [0.0001, 0] } };
    expect(fromFile(toFile(model))).toEqual({ classes: ['A>', NONE], weights: { x: [0.123, -2] } });
  });
});

describe('learned scorer: the hook', () => {
  const rule = (to: string, match: string): ProposedRelation => ({
    type: 'MEMBER_OF',
    direction: 'OUTGOING',
    other: { match, name: to },
    from: { match: null, name: 'Harbour Kelp Network' },
    to: { match, name: to },
    since: null,
    role: null,
    founding: false,
    evidence: `The Harbour Kelp Network is a member of the ${to}.`,
    confidence: 0.9,
  });
  // Invented weights: "credit" around a body says no relation, "member" between the ends says one.
  const model: ModelWeights = {
    classes: ['MEMBER_OF>', NONE],
    weights: { bias: [0, 0], [`r:${stem('credit')}`]: [-4, 4], [`m:${stem('member')}`]: [1, -1] },
  };

  it('drops a rule proposal whose pair the model calls no relation, and keeps the others', () => {
    const rules = [rule('Cove Weavers Federation', 'cove'), rule('Tideway Credit Union', 'tide')];
    const text = page([
      'The Harbour Kelp Network is a member of the Cove Weavers Federation.',
      'The Harbour Kelp Network opened an account at the Tideway Credit Union credit desk.',
    ]);
    const kept = filterByModel(text, matcher, rules, model);
    expect(kept.map((relation) => relation.to.match)).toEqual(['cove']);
    // The same objects come back: the hook only filters, it never rewrites a proposal.
    expect(kept[0]).toBe(rules[0]);
  });

  it('keeps every rule proposal on a page the model has nothing against', () => {
    const rules = [rule('Cove Weavers Federation', 'cove')];
    const text = page(['The Harbour Kelp Network is a member of the Cove Weavers Federation.']);
    expect(filterByModel(text, matcher, rules, model)).toEqual(rules);
  });

  it('reads the committed weights', () => {
    const rules = [rule('Cove Weavers Federation', 'cove')];
    const text = page(['The Harbour Kelp Network is a member of the Cove Weavers Federation.']);
    expect(filterByModel(text, matcher, rules)).toEqual(rules);
  });
});

describe('learned scorer: a page read around its annotated actor (the ceiling of session 33)', () => {
  // An invented page whose title is not the actor the annotation names.
  const text = [
    'Spring bulletin of the coast',
    '',
    'The Harbour Kelp Network is a member of the Cove Weavers Federation since 2015.',
    'Tideway Credit Union lends to the fishers of the bay.',
  ].join('\n');
  const annotated = {
    actor: {
      match: null,
      name: 'Harbour Kelp Network',
      acronym: 'HKN',
      founded: null,
      resourceCounts: [],
    },
    relations: [
      {
        from: { match: null, name: 'Harbour Kelp Network' },
        type: 'MEMBER_OF' as const,
        to: { match: 'cove', name: 'Cove Weavers Federation' },
        since: null,
        founding: false,
      },
    ],
  };

  it('pairs the annotated actor with each body and labels the pair as the evaluation would', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'learned-'));
    await writeFile(join(dir, 'bulletin.txt'), text);
    await writeFile(join(dir, 'bulletin.expected.json'), JSON.stringify(annotated));
    const data = await pageData(join(dir, 'bulletin.txt'), matcher, { annotatedActor: true });
    expect(data.result.actor.name).toBe('Harbour Kelp Network');
    const cove = data.candidates.findIndex((c) => c.aSelf && c.b.match === 'cove');
    expect(data.candidates[cove]?.a.name).toBe('Harbour Kelp Network');
    expect(data.labels[cove]).toBe('MEMBER_OF>');
    const tide = data.candidates.findIndex((c) => c.aSelf && c.b.match === 'tide');
    expect(data.labels[tide]).toBe(NONE);
  });
});
