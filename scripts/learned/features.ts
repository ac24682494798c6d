// The learned scorer's features of a candidate pair: words around and between its ends, cues, layout, rules' votes.

import { kindOf } from '../../src/import/names.js';
import { TRIGGERS } from '../../src/import/patterns.js';
import { normalise } from '../../src/text/normalise.js';
import type { Candidate, Context } from './candidates.js';

/** Words on either side of an end that count as its window. */
const WINDOW = 5;

/** The letters a word is cut to: a crude stem, for English and French alike. */
const STEM_LETTERS = 6;

/** A crude stem: the word without accents, lowercased, cut to `STEM_LETTERS`. */
export const stem = (word: string) => normalise(word).slice(0, STEM_LETTERS);

const words = (text: string) =>
  normalise(text)
    .split(' ')
    .filter((word) => word !== '' && !/^\d+$/u.test(word))
    .map((word) => word.slice(0, STEM_LETTERS));

const bucket = (value: number, edges: readonly number[]) => {
  const index = edges.findIndex((edge) => value <= edge);
  return index < 0 ? `>${edges.at(-1)}` : `<=${edges[index]}`;
};

/** The trigger lexicon's types whose phrases stand in a text. */
function cues(text: string): string[] {
  const types = new Set<string>();
  for (const trigger of TRIGGERS) {
    trigger.pattern.lastIndex = 0;
    if (trigger.pattern.test(text)) types.add(`${trigger.type}${trigger.incoming ? '<' : ''}`);
    trigger.pattern.lastIndex = 0;
  }
  return [...types];
}

function contextFeatures(context: Context, bName: string): string[] {
  const { sentence } = context;
  const out: string[] = [];
  const bAt = context.bAt;
  const bEnd = bAt >= 0 ? bAt + bName.length : -1;
  if (bAt >= 0) {
    for (const word of words(sentence.slice(0, bAt)).slice(-WINDOW)) out.push(`l:${word}`);
    for (const word of words(sentence.slice(bEnd)).slice(0, WINDOW)) out.push(`r:${word}`);
  }
  if (context.aAt >= 0 && bAt >= 0) {
    const [start, end] = context.aAt < bAt ? [context.aEnd, bAt] : [bEnd, context.aAt];
    const between = start < end ? words(sentence.slice(start, end)) : [];
    out.push(context.aAt < bAt ? 'order:ab' : 'order:ba');
    out.push(`dist:${bucket(between.length, [2, 5, 10, 20])}`);
    for (const word of between.slice(0, 25)) out.push(`m:${word}`);
    for (const cue of cues(sentence.slice(Math.min(start, end), Math.max(start, end))))
      out.push(`cue-between:${cue}`);
  } else out.push(context.aAt < 0 ? 'a-implied' : 'b-unplaced');
  for (const cue of cues(sentence)) out.push(`cue:${cue}`);
  for (const word of words(context.head)) out.push(`h:${word}`);
  out.push(`bodies:${bucket(context.bodies, [1, 2, 4, 8])}`);
  if (/:\s*\S/u.test(sentence) && context.bodies >= 3) out.push('list');
  out.push(`rank:${bucket(context.rank, [-1, 0, 2, 6])}`);
  return out;
}

/** What a body's name looks like: its length, its first and last words, an acronym or not. */
function nameShape(prefix: string, name: string): string[] {
  const all = normalise(name).split(' ').filter(Boolean);
  return [
    `${prefix}-words:${bucket(all.length, [1, 2, 3, 5])}`,
    `${prefix}-first:${(all[0] ?? '').slice(0, STEM_LETTERS)}`,
    `${prefix}-last:${(all.at(-1) ?? '').slice(0, STEM_LETTERS)}`,
    `${prefix}-acronym:${/^[\p{Lu}\d&-]{2,}$/u.test(name.trim())}`,
  ];
}

/** The features of a candidate: a set of strings, the union over its contexts. */
export function featuresOf(candidate: Candidate): string[] {
  const out = new Set<string>(['bias', candidate.aSelf ? 'pair:self' : 'pair:others']);
  out.add(`lang:${candidate.language}`);
  out.add(`b-known:${candidate.b.match !== null}`);
  out.add(`b-kind:${kindOf(candidate.b.name) ?? 'none'}`);
  for (const feature of nameShape('b', candidate.b.name)) out.add(feature);
  if (!candidate.aSelf) {
    out.add(`a-kind:${kindOf(candidate.a.name) ?? 'none'}`);
    for (const feature of nameShape('a', candidate.a.name)) out.add(feature);
  }
  out.add(`contexts:${bucket(candidate.contexts.length, [1, 2, 4])}`);
  for (const context of candidate.contexts.slice(0, 12))
    for (const feature of contextFeatures(context, candidate.b.name)) {
      out.add(feature);
    }
  if (candidate.rules.length === 0) out.add('rule:none');
  for (const rule of candidate.rules) {
    const type = rule.type === 'MEMBER_OF' && rule.founding ? 'FOUNDED' : rule.type;
    out.add(`rule:${type}:${rule.forward ? 'ab' : 'ba'}`);
    out.add(`rule-conf:${bucket(rule.confidence, [0.5, 0.7, 0.8, 0.9])}`);
  }
  // The pair's own kind prefixed to every word feature would explode; the pair kind with cues is enough.
  for (const feature of [...out].filter((f) => f.startsWith('cue')))
    out.add(`${candidate.aSelf ? 'self' : 'others'}&${feature}`);
  return [...out].sort();
}
