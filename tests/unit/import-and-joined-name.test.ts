// Session 33 (helper names): a name whose first half stands before "and"/"et" (invented bodies and sentences).
import { describe, expect, it } from 'vitest';
import { andJoinedStart } from '../../src/import/and-joined-name.js';

const nothingKnown = () => false;
/** The whole name the finder reads when the run `run` follows `before`. */
function joined(before: string, run: string, isKnown: (half: string) => boolean = nothingKnown) {
  const start = andJoinedStart(before, run, isKnown);
  return start === null ? run : `${before.slice(start)}${run}`;
}

describe('a name that opens with words joined by a conjunction', () => {
  it('takes the words before "and" when the run ends on a kind word (English)', () => {
    expect(joined('It was formed by the ', 'East Marsh Co-operative Society')).toBe(
      'East Marsh Co-operative Society',
    );
    expect(joined('It merged with the Harbour and ', 'Valley Co-operative Society')).toBe(
      'Harbour and Valley Co-operative Society',
    );
    expect(joined('Funded by Seaweed Growers and ', 'Kelp Pickers Union.')).toBe(
      'Seaweed Growers and Kelp Pickers Union.',
    );
  });

  it('takes the words before "et" in French', () => {
    expect(joined('Membre du réseau Marais et ', 'Bocages Fédération')).toBe(
      'Marais et Bocages Fédération',
    );
  });

  it('leaves two bodies apart: a known body, an acronym, a kind word of its own before "and"', () => {
    const known = (half: string) => half === 'Brinefield';
    expect(joined('Partners: Brinefield and ', 'Valley Credit Union', known)).toBe(
      'Valley Credit Union',
    );
    expect(joined('Partners: HVCA and ', 'Valley Credit Union')).toBe('Valley Credit Union');
    expect(joined('with the Harbour Foundation and ', 'Valley Credit Union')).toBe(
      'Valley Credit Union',
    );
    expect(joined('avec la Coopérative Marais et ', 'Bocages Fédération')).toBe(
      'Bocages Fédération',
    );
  });

  it('leaves a plural kind word shared by two, a longer name before, a brand', () => {
    expect(joined('It gathers the Abora and ', 'Tesso Cooperatives')).toBe('Tesso Cooperatives');
    expect(joined('the Coastal Labour Organisation and ', 'Kelp Pickers Union')).toBe(
      'Kelp Pickers Union',
    );
    expect(joined('merged with SeaWest and ', 'Valley Credit Union')).toBe('Valley Credit Union');
  });

  it('leaves a run that does not end on a kind word, or no conjunction before it', () => {
    expect(joined('Seaweed Growers and ', 'Kelp Pickers')).toBe('Kelp Pickers');
    expect(joined('Seaweed Growers with ', 'Kelp Pickers Union')).toBe('Kelp Pickers Union');
    expect(joined('seaweed growers and ', 'Kelp Pickers Union')).toBe('Kelp Pickers Union');
  });
});
