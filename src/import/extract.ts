import { normalise } from '../text/normalise.js';
import type { Matcher } from './match.js';
import { mergeProposals } from './merge.js';
import {
  ACTIVITY_ROLE,
  COMMITTEE_ROLES,
  CUT,
  LIST_SEPARATOR,
  NAMED_THING_NOUNS,
  NEGATED_OR_HYPOTHETICAL,
  ROLE_PHRASE,
  SELF_FOUNDED,
  SINCE_CREATION,
  TOOK_OVER,
  TRIGGERS,
  type Trigger,
  YEAR,
} from './patterns.js';
import type { Other, ProposedRelation } from './proposal.js';

export type { Other, ProposedRelation };

export interface Extraction {
  founded: string | null;
  relations: ProposedRelation[];
}

export interface ProfileActor {
  name: string;
  acronym: string | null;
  /** Its key when the graph holds it. */
  key: string | null;
}

interface Found {
  trigger: Trigger;
  start: number;
  end: number;
  role?: string;
}

const CONNECTORS = new Set([
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'of',
  'the',
  'for',
  'pour',
  'une',
  'un',
  'et',
  'and',
  'sur',
  'on',
]);
const LEADING_WORDS =
  /^(?:(?:the|a|an|its|their|former|le|la|les|un|une|son|sa|ses|ancien|ancienne|de|du|des)\s+|[ld]')+/iu;

/** Pronouns and nouns by which a profile's prose refers to its actor. */
const SELF_REFERENCE =
  /(?<![\p{L}])(?:it|he|she|they|elle|il|the (?:network|movement|association|collective|federation)|le réseau|le mouvement|l'association|le collectif)(?![\p{L}])/iu;

const isCapitalised = (word: string) => /^(?:[ld]')?\p{Lu}/u.test(word);

/** The phrase without the articles and "former" before the name. */
function withoutLeadingWords(phrase: string): string {
  return phrase.trim().replace(LEADING_WORDS, '').trim();
}

/** A name worth proposing as a new node: capitalised words, or a charter, festival, forum … */
function namedThing(phrase: string): string | undefined {
  const text = withoutLeadingWords(phrase);
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  if (isCapitalised(words[0] as string)) {
    const run: string[] = [];
    for (const word of words) {
      if (isCapitalised(word) || CONNECTORS.has(word.toLowerCase())) run.push(word);
      else break;
    }
    while (run.length > 0 && !isCapitalised(run.at(-1) as string)) run.pop();
    return run.filter(isCapitalised).length >= 2 ? run.join(' ') : undefined;
  }
  return NAMED_THING_NOUNS.test(text) && words.length >= 2 && words.length <= 8 ? text : undefined;
}

/** Trigger phrases in the sentence, left to right, the longest where two overlap. */
function findTriggers(work: string): Found[] {
  const all: Found[] = TRIGGERS.flatMap((trigger) =>
    [...work.matchAll(trigger.pattern)].map((match) => ({
      trigger,
      start: match.index,
      end: match.index + match[0].length,
      role: match[1] ? COMMITTEE_ROLES[match[1].toLowerCase()] : undefined,
    })),
  );
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const found of all) {
    if (kept.length === 0 || found.start >= (kept.at(-1) as Found).end) kept.push(found);
  }
  return kept;
}

function yearIn(text: string, founded: string | null): string | null {
  const years = [...text.matchAll(YEAR)].map((match) => match[1] as string);
  if (years.length > 0) return years.at(-1) as string;
  return SINCE_CREATION.test(text) ? founded : null;
}

export class Extractor {
  private antecedent: Other | undefined;

  constructor(
    private readonly matcher: Matcher,
    private readonly self: ProfileActor,
    private readonly founded: string | null,
  ) {}

  private isSelf(other: Other): boolean {
    if (other.match !== null) return other.match === this.self.key;
    const name = normalise(other.name);
    return name === normalise(this.self.name) || name === normalise(this.self.acronym ?? '');
  }

  /** True when the clause before a trigger names another body as its subject and not the actor. */
  private otherSubject(before: string): boolean {
    if (SELF_REFERENCE.test(before)) return false;
    let rest = before;
    for (let found = this.matcher.findIn(rest); found; found = this.matcher.findIn(rest)) {
      if (found.key !== this.self.key) return true;
      rest = rest.slice(found.end);
    }
    return false;
  }

  /** What an object phrase names: a graph node, a new node, or nothing worth proposing. */
  private resolve(phrase: string): (Other & { confidence: number }) | undefined {
    const name = withoutLeadingWords(phrase);
    if (name === '') return undefined;
    const known = this.matcher.matchPhrase(phrase) ?? this.matcher.findIn(phrase);
    if (known) return { match: known.key, name, confidence: known.confidence };
    const fresh = namedThing(phrase);
    return fresh ? { match: null, name: fresh, confidence: 0.9 } : undefined;
  }

  private relation(
    found: Found,
    other: Other & { confidence: number },
    since: string | null,
    role: string | null,
    evidence: string,
  ): ProposedRelation {
    return {
      type: found.trigger.type,
      direction: 'OUTGOING',
      other: { match: other.match, name: other.name },
      since,
      role,
      founding: found.trigger.founding === true,
      evidence,
      confidence: Math.round(found.trigger.confidence * other.confidence * 100) / 100,
    };
  }

  sentence(sentence: string): ProposedRelation[] {
    const evidence = sentence.trim();
    // Same length as the sentence, so offsets hold: curly quotes straightened, asides blanked.
    const work = sentence.replace(/[’‘]/g, "'").replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
    if (NEGATED_OR_HYPOTHETICAL.test(work)) return [];
    const boundaries = [...work.matchAll(/[,;:]/g)].map((m) => m.index);
    const boundaryAfter = (at: number) => boundaries.find((b) => b >= at) ?? work.length;
    const boundaryBefore = (at: number) => {
      const before = boundaries.filter((b) => b < at);
      return before.length > 0 ? (before.at(-1) as number) + 1 : 0;
    };
    const found = findTriggers(work);
    const proposals: ProposedRelation[] = [];
    let previousEnd = 0;
    found.forEach((current, index) => {
      const boundary = boundaryAfter(current.end);
      const end = Math.min(found[index + 1]?.start ?? work.length, boundary);
      const segment = work.slice(current.end, end);
      const before = work.slice(Math.max(boundaryBefore(current.start), previousEnd), current.end);
      previousEnd = end;
      // An apposition right after the object ("…, un groupement dissous en 2005,") may date it.
      const apposition = work.slice(boundary + 1, boundaryAfter(boundary + 1));
      const appositionYear = /^\s*(?:a|an|un|une)\s/iu.test(apposition)
        ? yearIn(apposition, null)
        : null;
      const clauseYear =
        yearIn(segment, this.founded) ?? yearIn(before, this.founded) ?? appositionYear;
      if (this.otherSubject(before)) return;
      if (current.trigger.roleOnAntecedent) {
        if (this.antecedent) {
          const other = { ...this.antecedent, confidence: 1 };
          proposals.push(this.relation(current, other, clauseYear, current.role ?? null, evidence));
        }
        return;
      }
      const roleMatch = ROLE_PHRASE.exec(segment);
      const role = roleMatch?.[1]?.trim() ?? null;
      const objects = roleMatch ? segment.slice(0, roleMatch.index) : segment;
      for (const item of objects.split(LIST_SEPARATOR)) {
        const itemYear = yearIn(item, this.founded);
        const phrase = item.replace(YEAR, ' ').replace(SINCE_CREATION, ' ').replace(CUT, '');
        const other = this.resolve(phrase.replace(/[\s,.;:]+$/u, ''));
        if (!other || this.isSelf(other)) continue;
        this.antecedent = { match: other.match, name: other.name };
        proposals.push(
          this.relation(
            current,
            other,
            itemYear ?? clauseYear,
            role?.replace(/\.$/, '') ?? null,
            evidence,
          ),
        );
      }
    });
    return this.refine(work, proposals);
  }

  /** Sentence-wide hints: an activity gives a participation its role; "took over" makes a successor. */
  private refine(work: string, proposals: ProposedRelation[]): ProposedRelation[] {
    const activity = ACTIVITY_ROLE.exec(work);
    const tookOver = TOOK_OVER.test(work);
    return proposals.map((proposal) => {
      if (activity && proposal.type === 'PARTICIPATES_IN' && proposal.role === null) {
        return { ...proposal, role: `${activity[1]} ${activity[2]} ${activity[3]}`.toLowerCase() };
      }
      if (tookOver && proposal.type === 'EMERGED_FROM') return { ...proposal, type: 'SUCCEEDED' };
      return proposal;
    });
  }
}

function sentences(paragraph: string, language: string): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  return [...segmenter.segment(paragraph)].map((part) => part.segment).filter((s) => s.trim());
}

/** The founding year the prose gives for the profiled actor: the first "founded in YYYY". */
export function foundedYear(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs) {
    const found = SELF_FOUNDED.exec(paragraph);
    if (found) return found[1] as string;
  }
  return null;
}

/** Proposals from a profile's prose, merged so that each (type, other) appears once. */
export function extractRelations(
  paragraphs: readonly string[],
  language: 'en' | 'fr',
  self: ProfileActor,
  matcher: Matcher,
): Extraction {
  const founded = foundedYear(paragraphs);
  const extractor = new Extractor(matcher, self, founded);
  const relations = paragraphs.flatMap((paragraph) =>
    sentences(paragraph, language).flatMap((sentence) => extractor.sentence(sentence)),
  );
  return { founded, relations: mergeProposals(relations) };
}
