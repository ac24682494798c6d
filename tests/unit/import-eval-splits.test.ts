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

  it('keep the sixth held-out round of real pages as its own split, each with a source address', () => {
    expect(splits.heldOut6?.length).toBeGreaterThanOrEqual(16);
    expect(splits.heldOut6?.every((file) => file.startsWith('r6-'))).toBe(true);
    for (const file of splits.heldOut6 ?? []) {
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
  });

  it('keep the seventh held-out round of real pages as its own split, each with a source address', () => {
    expect(splits.heldOut7?.length).toBeGreaterThanOrEqual(22);
    expect(splits.heldOut7?.every((file) => file.startsWith('r7-'))).toBe(true);
    for (const file of splits.heldOut7 ?? []) {
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
  });
});
