import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/model/vocabulary.js';

const DIR = 'tests/fixtures/eval';
const splits = JSON.parse(readFileSync(join(DIR, 'split.json'), 'utf8')) as Record<
  string,
  string[]
>;

describe('evaluation splits', () => {
  it('name each profile once, beside an expected file whose relation types are the model’s', () => {
    const all = Object.values(splits).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const file of all) {
      expect(existsSync(join(DIR, file)), file).toBe(true);
      const expected = JSON.parse(
        readFileSync(join(DIR, file.replace(/\.txt$/, '.expected.json')), 'utf8'),
      ) as { file: string; actor: { name: string }; relations: { type: string }[] };
      expect(expected.file).toBe(file);
      expect(expected.actor.name).toBeTruthy();
      for (const relation of expected.relations)
        expect(Object.keys(RELATION_TYPES), `${file}: ${relation.type}`).toContain(relation.type);
    }
  });

  it('keep the real pages of round 4 in the development split, opened after their one scoring', () => {
    const round4 = (splits.development ?? []).filter((file) => file.startsWith('r4-'));
    expect(round4.length).toBeGreaterThanOrEqual(16);
    for (const file of round4)
      expect(readFileSync(join(DIR, file), 'utf8')).toMatch(/^https?:\/\/\S+\n/);
  });

  it('keep the fifth held-out round of real pages as its own split, each with a source address', () => {
    expect(splits.heldOut5?.length).toBeGreaterThanOrEqual(18);
    expect(splits.heldOut5?.every((file) => file.startsWith('r5-'))).toBe(true);
    for (const file of splits.heldOut5 ?? []) {
      expect(readFileSync(join(DIR, file), 'utf8')).toMatch(/^https?:\/\/\S+\n/);
      const expected = JSON.parse(
        readFileSync(join(DIR, file.replace(/\.txt$/, '.expected.json')), 'utf8'),
      ) as { relations: unknown[] };
      expect(expected.relations.length, file).toBeGreaterThanOrEqual(3);
    }
  });

  it.each([
    ['sixth', 'heldOut6', 'r6-', 16],
    ['seventh', 'heldOut7', 'r7-', 22],
    ['eighth', 'heldOut8', 'r8-', 22],
    ['ninth', 'heldOut9', 'r9-', 22],
    ['tenth', 'heldOut10', 'r10-', 22],
    ['eleventh', 'heldOut11', 'r11-', 22],
    ['twelfth', 'heldOut12', 'r12-', 22],
    ['thirteenth', 'heldOut13', 'r13-', 22],
    ['fourteenth', 'heldOut14', 'r14-', 24],
    ['fifteenth', 'heldOut15', 'r15-', 24],
    ['sixteenth', 'heldOut16', 'r16-', 25],
    ['seventeenth', 'heldOut17', 'r17-', 24],
    ['eighteenth', 'heldOut18', 'r18-', 25],
    ['nineteenth', 'heldOut19', 'r19-', 25],
    ['twentieth', 'heldOut20', 'r20-', 25],
    ['twenty-first', 'heldOut21', 'r21-', 25],
    ['twenty-second', 'heldOut22', 'r22-', 25],
    ['twenty-third', 'heldOut23', 'r23-', 25],
    ['twenty-fourth', 'heldOut24', 'r24-', 25],
    ['twenty-fifth', 'heldOut25', 'r25-', 25],
    ['twenty-sixth', 'heldOut26', 'r26-', 25],
    ['twenty-seventh', 'heldOut27', 'r27-', 25],
    ['twenty-eighth', 'heldOut28', 'r28-', 25],
    ['twenty-ninth', 'heldOut29', 'r29-', 25],
    ['thirtieth', 'heldOut30', 'r30-', 22],
    ['thirty-first', 'heldOut31', 'r31-', 25],
    ['thirty-second', 'heldOut32', 'r32-', 25],
    ['thirty-third', 'heldOut33', 'r33-', 20],
    ['thirty-fourth', 'heldOut34', 'r34-', 7],
    ['thirty-fifth', 'heldOut35', 'r35-', 20],
    ['thirty-sixth', 'heldOut36', 'r36-', 18],
    ['thirty-seventh', 'heldOut37', 'r37-', 22],
    ['thirty-eighth', 'heldOut38', 'r38-', 19],
    ['thirty-ninth', 'heldOut39', 'r39-', 20],
    ['fortieth', 'heldOut40', 'r40-', 4],
  ] as const)(
    'keep the %s held-out round of real pages as its own split, each with a source address',
    (_round, split, prefix, atLeast) => {
      const files = splits[split] ?? [];
      expect(files.length).toBeGreaterThanOrEqual(atLeast);
      expect(files.every((file) => file.startsWith(prefix))).toBe(true);
      for (const file of files) {
        expect(readFileSync(join(DIR, file), 'utf8')).toMatch(/^https?:\/\/\S+\n/);
        const expected = JSON.parse(
          readFileSync(join(DIR, file.replace(/\.txt$/, '.expected.json')), 'utf8'),
        ) as { relations: { from: { name: string }; to: { name: string } }[] };
        expect(expected.relations.length, file).toBeGreaterThanOrEqual(3);
        for (const relation of expected.relations) {
          expect(relation.from.name, file).toBeTruthy();
          expect(relation.to.name, file).toBeTruthy();
        }
      }
    },
  );
});
