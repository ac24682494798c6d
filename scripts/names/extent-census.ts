// Session 33 (helper names): the ends the name finder never produces, by how the name it does produce is cut.
// `node --import tsx scripts/names/extent-census.ts SPLIT …` (needs the graph, NEO4J_URI); refuses the rounds of scripts/unread-rounds.ts.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadMatcher } from '../../src/cli/load-matcher.js';
import { nameKey } from '../../src/import/evaluate.js';
import type { End } from '../../src/import/proposal.js';
import { normalise } from '../../src/text/normalise.js';
import { pageData } from '../learned/dataset.js';
import { isHiddenSplit } from '../unread-rounds.js';

const EVAL_DIR = 'tests/fixtures/eval';
const LINKING = new Set(
  'de du des d of for and et la le les l the in en pour sur on a au aux with avec'.split(' '),
);
const ARTICLES = new Set('the la le les l un une a an'.split(' '));
const LEGAL = new Set(
  'ltd limited inc cic plc llc asbl sa sas sarl scop scic sc cooperative coop gmbh ev e v'.split(
    ' ',
  ),
);

/** The shape of the difference between the annotated name and the name the finder produced. */
export function shapeOf(expected: string, found: string): string {
  if (/[()]/u.test(expected) !== /[()]/u.test(found) || /[()[\]]/u.test(expected))
    return 'brackets';
  const e = normalise(expected).split(' ');
  const f = normalise(found).split(' ');
  const [long, short, way] =
    e.length >= f.length ? [e, f, 'finder shorter'] : [f, e, 'finder longer'];
  const at = long.findIndex((_, i) => short.every((w, j) => long[i + j] === w));
  if (at < 0) return `${way}: other`;
  const head = long.slice(0, at);
  const tail = long.slice(at + short.length);
  const diff = [...head, ...tail];
  const raw = e.length >= f.length ? expected : found;
  if (
    /['’]/u.test(raw) &&
    /['’]/u.test(raw.replace(/^[^'’]*/u, '')) &&
    diff.some((w) => w.length <= 2)
  )
    return `${way}: apostrophe`;
  if (/[\p{L}]-[\p{L}]/u.test(raw) && !/-/u.test(e.length >= f.length ? found : expected))
    return `${way}: hyphen`;
  if (head.length > 0 && tail.length > 0) return `${way}: head and tail`;
  if (head.length > 0)
    return `${way}: head ${head.every((w) => ARTICLES.has(w)) ? 'article' : head.some((w) => LINKING.has(w)) ? 'with linking word' : 'word(s)'}`;
  if (tail.some((w) => LINKING.has(w)) || (tail.length > 0 && LINKING.has(short.at(-1) ?? '')))
    return `${way}: tail with linking word`;
  if (tail.every((w) => /^\d+$/u.test(w))) return `${way}: tail number`;
  if (tail.every((w) => LEGAL.has(w))) return `${way}: tail legal form`;
  return `${way}: tail word(s)`;
}

const splits = JSON.parse(await readFile(join(EVAL_DIR, 'split.json'), 'utf8')) as Record<
  string,
  string[]
>;
const matcher = await loadMatcher();
const verbose = process.argv.includes('--list');
for (const split of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  if (isHiddenSplit(split)) throw new Error(`${split} may not be read`);
  const counts = new Map<string, number>();
  const add = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const file of splits[split] ?? []) {
    const page = await pageData(join(EVAL_DIR, file), matcher);
    const actor = page.expected.actor;
    const actorForms = [actor.name, actor.acronym].filter((f): f is string => !!f).map(normalise);
    const isActor = (end: End) =>
      (end.match !== null && end.match === actor.match) || actorForms.includes(normalise(end.name));
    const found = page.candidates.flatMap((c) => [c.a, c.b]);
    const keys = new Set(found.map((e) => e.match).filter((k) => k !== null));
    const names = new Map(found.map((e) => [nameKey(e.name), e.name]));
    for (const relation of page.expected.relations) {
      add('relations');
      const ends = [relation.from, relation.to, relation.other].filter(
        (e): e is End => !!e && !isActor(e),
      );
      let all = true;
      for (const end of ends) {
        add('other ends');
        if ((end.match !== null && keys.has(end.match)) || names.has(nameKey(end.name))) {
          add('other ends produced');
          continue;
        }
        all = false;
        const key = nameKey(end.name);
        const near = [...names].filter(
          ([n]) => n.length > 2 && key.length > 2 && (n.includes(key) || key.includes(n)),
        );
        let shape: string;
        if (near.length > 0) {
          const best = near.sort(
            (a, b) => Math.abs(a[0].length - key.length) - Math.abs(b[0].length - key.length),
          )[0] as [string, string];
          shape = `cut: ${shapeOf(end.name, best[1])}`;
          if (verbose) console.log(`  ${split} ${file} ${shape} | "${end.name}" ~ "${best[1]}"`);
        } else
          shape =
            end.name.trim().split(/\s+/u).length === 1
              ? 'not produced: one word'
              : 'not produced: several words';
        add(shape);
      }
      if (all) add('relations with every other end produced');
    }
  }
  for (const [k, n] of [...counts].sort()) console.log(`${split}\t${n}\t${k}`);
}
process.exit(0);
