import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphName } from '../../src/import/graph-names.js';
import { Matcher } from '../../src/import/match.js';
import { importProfile } from '../../src/import/profile-import.js';

const names = JSON.parse(
  readFileSync(new URL('../fixtures/graph-names.json', import.meta.url), 'utf8'),
) as GraphName[];
const matcher = new Matcher(names);
const page = (text: string) => importProfile(new TextEncoder().encode(text), 'page.txt', matcher);
const claims = (text: string) =>
  page(text).relations.map(
    (r) => `${r.from.match ?? r.from.name} ${r.type} ${r.to.match ?? r.to.name}`,
  );

describe('wordings of real pages', () => {
  it('finds the subject after an opening clause of time ("Established in 2005, X is …")', () => {
    const result = page(
      'Established in 2004, Kelp Growers Network is a body of coastal growers. Kelp Growers Network grew.',
    );
    expect(result.actor).toMatchObject({ name: 'Kelp Growers Network', founded: '2004' });
  });

  it('reads "not for profit" as a description, not a negation', () => {
    expect(
      claims(
        'Kelp Growers Network\nKelp Growers Network is a not-for-profit body and is a member of the International Cooperative Alliance.',
      ),
    ).toEqual(['Kelp Growers Network MEMBER_OF ica']);
    expect(
      claims(
        'Kelp Growers Network\nKelp Growers Network is not a member of the International Cooperative Alliance.',
      ),
    ).toEqual([]);
  });
});
