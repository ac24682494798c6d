// Session 36: "issu de" right after a common noun describes that noun ("un soutien issu du fonds"),
// not the subject's emergence. Invented sentences only, each trap beside the near true sentence.
import { describe, expect, it } from 'vitest';
import { onCommonNoun } from '../../src/import/noun-participle.js';
import { claims } from '../support/import-page.js';

describe('"issu de" right after a common noun', () => {
  const P = 'Réseau des Marais Solidaires';
  const readFr = (sentence: string) => claims(`${P}\n\n${sentence}`);

  it('is the actor\'s emergence after "est", a comma or a copula', () => {
    expect(readFr('Le Réseau des Marais Solidaires est issu du Collectif des Étangs.')).toContain(
      `${P} EMERGED_FROM Collectif des Étangs`,
    );
    expect(
      readFr('Le Réseau des Marais Solidaires, issu du Collectif des Étangs, compte dix membres.'),
    ).toContain(`${P} EMERGED_FROM Collectif des Étangs`);
    expect(onCommonNoun('Le réseau, ', 'issu du ')).toBe(false);
    expect(onCommonNoun('Le réseau était ', 'issu du ')).toBe(false);
    expect(onCommonNoun('La coopérative, elle-même ', 'issue de ')).toBe(false);
  });

  it('describes the noun it follows: a grant or a future body', () => {
    // Nothing at all: the grant's origin is no relation of the actor's.
    expect(
      readFr('La Région verse au Réseau des Marais Solidaires un soutien issu du Fonds Littoral.'),
    ).toEqual([]);
    expect(onCommonNoun('Ils seront ', 'issus de ')).toBe(true);
    expect(onCommonNoun('La Région verse un soutien ', 'issu du ')).toBe(true);
  });
});
