// Session 36: a trigger that needs a name after it ("set up the X", "founded X", "belongs to X")
// now checks that the name opens with a capital; the triggers' i flag had made the check blind.
// Invented sentences only, each trap beside the near sentence whose relation is still proposed.
import { describe, expect, it } from 'vitest';
import { TRIGGERS } from '../../src/import/patterns.js';
import { startsWithCapitals } from '../../src/import/trigger-capitals.js';
import { claims } from '../support/import-page.js';

const T = 'Saltmarsh Lenders Network';
/** The invented page: the actor's title line, then the sentence under test. */
const read = (sentence: string) => claims(`${T}\n\n${sentence}`);

/** Whether some trigger matches the text with its capital letters checked. */
const triggered = (text: string) =>
  TRIGGERS.some((trigger) =>
    [...text.matchAll(trigger.pattern)].some((match) => startsWithCapitals(match)),
  );

describe('a capital after a creation verb', () => {
  it('reads "set up / launched" before a name', () => {
    expect(read('In 2015 the network set up the Riverbend Credit Union.')).toContain(
      `${T} FOUNDED Riverbend Credit Union`,
    );
    expect(read('In 2016 the network launched Harbour Savings Circle.')).toEqual([
      `${T} INITIATED Harbour Savings Circle`,
    ]);
  });

  it('reads nothing before a common noun ("created a fund", "set up the programme")', () => {
    expect(read('In 2015 the network set up the savings programme for Riverbend farmers.')).toEqual(
      [],
    );
    expect(read('Last year the network launched a Lending Fund for market gardeners.')).toEqual([]);
    expect(read('The newly-created network will bring together lenders across the coast.')).toEqual(
      [],
    );
  });
});

describe('the letter check on every capital lookahead', () => {
  it('holds for a capital and fails for a lowercase letter (English and French)', () => {
    expect(triggered('It belongs to Coastal Credit Union.')).toBe(true);
    expect(triggered('It belongs to several regional groups.')).toBe(false);
    expect(triggered('She founded Tidemark Cooperative.')).toBe(true);
    expect(triggered('She founded several cooperatives.')).toBe(false);
    expect(triggered('The network hosted Coastal Finance Week.')).toBe(true);
    expect(triggered('The network hosted several workshops.')).toBe(false);
    expect(triggered('Il fonctionne grâce au financement Région Littoral.')).toBe(true);
    expect(triggered('Il fonctionne grâce au financement participatif.')).toBe(false);
  });
});
