// The pairs of bodies a page names that the learned scorer weighs: the actor with each body, nearby bodies, rule proposals.

import { Extractor, type ProfileActor, sentences } from '../../src/import/extract.js';
import type { Matcher } from '../../src/import/match.js';
import type { End, ProposedRelation } from '../../src/import/proposal.js';
import { normalise } from '../../src/text/normalise.js';

/** One sentence in which both ends of a pair stand (or the actor is only implied). */
export interface Context {
  sentence: string;
  /** The paragraph's first words: a heading over a list ("Our partners"). */
  head: string;
  /** Where the first end starts in the sentence, -1 when the sentence does not write it. */
  aAt: number;
  /** Where the first end stops (-1 with aAt). */
  aEnd: number;
  bAt: number;
  /** How many other bodies the sentence names: a list when many. */
  bodies: number;
  /** The sentence's rank in the page (0 for the first). */
  rank: number;
}

/** A rule's proposal for the pair, seen from the pair's order. */
export interface RuleVote {
  type: ProposedRelation['type'];
  forward: boolean;
  founding: boolean;
  confidence: number;
  /** Its place among the rules' proposals the candidates were built from. */
  index: number;
}

export interface Candidate {
  a: End;
  b: End;
  /** True when `a` is the profiled actor. */
  aSelf: boolean;
  contexts: Context[];
  rules: RuleVote[];
  language: 'en' | 'fr';
}

export interface Page {
  paragraphs: readonly string[];
  language: 'en' | 'fr';
  self: ProfileActor;
}

/** At most this many bodies apart in a sentence for a pair of two other bodies. */
const NEAR = 2;
/** Pages with lists of hundreds of names: a bound on the pairs, so that one page cannot dominate. */
const MAX_CANDIDATES = 400;

const endId = (end: End) => end.match ?? `new:${normalise(end.name)}`;

/** Where a body's name starts in a sentence, as written or normalised; -1 when it is not there. */
export function positionOf(sentence: string, end: End): number {
  const at = sentence.indexOf(end.name);
  if (at >= 0) return at;
  // Written otherwise ("l'Économie" for "L Economie"): the word where its normalised form starts.
  const wanted = normalise(end.name);
  if (wanted === '') return -1;
  for (const word of sentence.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)) {
    const rest = normalise(sentence.slice(word.index));
    if (rest === wanted || rest.startsWith(`${wanted} `)) return word.index;
  }
  return -1;
}

const selfSpan = (found: { selfAt: number; selfEnd: number }): [number, number] => [
  found.selfAt,
  found.selfEnd,
];

/** Where the first end stands: the actor's span as the extractor found it, else its name's; -1 when unwritten. */
function span(sentence: string, a: End, given: [number, number] | null | undefined) {
  if (given === null) return { aAt: -1, aEnd: -1 };
  const [aAt, aEnd] = given ?? [positionOf(sentence, a), positionOf(sentence, a) + a.name.length];
  return aAt < 0 ? { aAt: -1, aEnd: -1 } : { aAt, aEnd };
}

/** Capitalised runs ("Co-op College", "SaskCentral") after a sentence's first word. */
const CAPITALISED =
  /(?<=\S\s+)\p{Lu}[\p{L}\d'’&-]*(?:\s+(?:(?:of|de|du|des|for|pour|and|et|&)\s+)?\p{Lu}[\p{L}\d'’&-]*)*/gu;

/** The capitalised runs the name finder left out: more candidates, for the model to sort out. */
function looseNames(sentence: string, others: readonly End[], matcher: Matcher): End[] {
  const known = others.map((end) => normalise(end.name));
  const out: End[] = [];
  for (const run of sentence.matchAll(CAPITALISED)) {
    const name = run[0].replace(/[’'-]+$/u, '');
    const norm = normalise(name);
    if (norm.length < 3 || known.some((k) => k.includes(norm) || norm.includes(k))) continue;
    const match = matcher.matchPhrase(name);
    const exact = match && (match.how === 'exact' || match.how === 'acronym') ? match.key : null;
    out.push({ match: exact, name });
  }
  return out;
}

/** Every candidate pair of a page, with its contexts and the rules' proposals for it. */
export function candidatesOf(
  page: Page,
  matcher: Matcher,
  rules: readonly ProposedRelation[],
  options: { loose?: boolean; names?: readonly End[] } = {},
): Candidate[] {
  const extractor = new Extractor(matcher, page.self, null);
  const self: End = { match: page.self.key, name: page.self.name };
  const isSelf = (end: End) =>
    (end.match !== null && end.match === page.self.key) ||
    normalise(end.name) === normalise(page.self.name);
  const selfId = 'self';
  const idOf = (end: End) => (isSelf(end) ? selfId : endId(end));
  const byPair = new Map<string, Candidate>();
  const candidate = (a: End, b: End, force = false): Candidate | undefined => {
    const [ia, ib] = [idOf(a), idOf(b)];
    if (ia === ib) return undefined;
    // The actor first; two other bodies in the order of their ids, so that a pair is one candidate.
    const swap = ib === selfId || (ia !== selfId && ib < ia);
    const [first, second] = swap ? [b, a] : [a, b];
    const key = swap ? `${ib}|${ia}` : `${ia}|${ib}`;
    let found = byPair.get(key);
    if (!found && (force || byPair.size < MAX_CANDIDATES)) {
      found = {
        a: isSelf(first) ? self : first,
        b: second,
        aSelf: isSelf(first),
        contexts: [],
        rules: [],
        language: page.language,
      };
      byPair.set(key, found);
    }
    return found;
  };
  let rank = 0;
  for (const paragraph of page.paragraphs) {
    const head = paragraph.split(/\s+/u).slice(0, 4).join(' ');
    for (const sentence of sentences(paragraph, page.language)) {
      const { self: named, selfAt, selfEnd, others } = extractor.selfAndOthersIn(sentence);
      const loose = options.loose ? looseNames(sentence, others, matcher) : [];
      // Names given from outside (the annotated ends: a ceiling of the name finder) where the sentence writes them.
      const given = (options.names ?? []).filter((end) => positionOf(sentence, end) >= 0);
      const found = [...others, ...loose, ...given];
      const seen = new Map(found.map((end) => [idOf(end), end]));
      const bodies = [...seen.values()].filter((end) => !isSelf(end));
      const context = (a: End, b: End, aImplied: boolean): Context => ({
        sentence,
        head,
        ...span(sentence, a, aImplied ? null : isSelf(a) ? [selfAt, selfEnd] : undefined),
        bAt: positionOf(sentence, b),
        bodies: bodies.length,
        rank,
      });
      bodies.forEach((body, index) => {
        candidate(self, body)?.contexts.push(context(self, body, !named));
        for (const other of bodies.slice(index + 1, index + 1 + NEAR)) {
          const pair = candidate(body, other);
          if (pair) pair.contexts.push(context(pair.a, pair.b, false));
        }
      });
      rank += 1;
    }
  }
  for (const [index, relation] of rules.entries()) {
    const pair = candidate(relation.from, relation.to, true);
    if (!pair) continue;
    const forward = idOf(pair.a) === idOf(relation.from);
    pair.rules.push({
      type: relation.type,
      forward,
      founding: relation.founding,
      confidence: relation.confidence,
      index,
    });
    if (!pair.contexts.some((context) => context.sentence === relation.evidence))
      pair.contexts.push({
        sentence: relation.evidence,
        head: '',
        ...span(
          relation.evidence,
          pair.a,
          pair.aSelf ? selfSpan(extractor.selfAndOthersIn(relation.evidence)) : undefined,
        ),
        bAt: positionOf(relation.evidence, pair.b),
        bodies: 1,
        rank: -1,
      });
  }
  return [...byPair.values()];
}
