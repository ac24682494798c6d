// Reads relations off CoreNLP dependency trees: organisation mentions, relation words and their grammatical roles.
import { nameKey } from '../../src/import/evaluate.js';
import type { Matcher } from '../../src/import/match.js';
import { isPlace } from '../../src/import/names.js';
import { isNotAName } from '../../src/import/not-a-name.js';
import { isPersonName } from '../../src/import/person-names.js';
import type { End, ProposedRelation } from '../../src/import/proposal.js';
import type { Dependency, Sentence, Token } from './corenlp-client.js';
import {
  FINANCIAL,
  SELF_NOUNS,
  SELF_PRONOUNS,
  SUPPORT,
  senseOfNoun,
  senseOfVerb,
} from './lexicon.js';

export interface ReaderActor {
  match: string | null;
  name: string;
  acronym: string | null;
}

type Mention = End | 'self';

const NAME_PARTS = new Set([
  'compound',
  'flat',
  'flat:name',
  'flat:foreign',
  'fixed',
  'amod',
  'nummod',
]);
const OF = /^(?:of|de|du|des|d'|d’|for|pour)$/iu;
const BY = /^(?:by|par)$/iu;
const FROM = /^(?:from|de|du|des|d'|d’|auprès)$/iu;
const RECEIVE = /^(?:receive|obtain|benefit|get|win|recev|reçu|obten|obtenu|bénéfici|touch)/u;
const GIVE = /^(?:provide|give|award|grant|allocate|accord|octroy|allou|vers|attribu|donn)/u;
const FOUNDING = /^(?:founding|fondat|co-?fondat)/iu;
const ARTICLE = /^(?:the|a|an|le|la|les|l'|l’|un|une)$/iu;
const capitalised = (word: string) => /^\p{Lu}/u.test(word);
const acronym = (word: string) => /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(word);

/** One sentence's tree with the lookups the reader needs. */
class Tree {
  readonly kids = new Map<number, Dependency[]>();
  readonly head = new Map<number, Dependency>();
  constructor(
    readonly sentence: Sentence,
    readonly text: string,
  ) {
    for (const dep of sentence.basicDependencies) {
      this.kids.set(dep.governor, [...(this.kids.get(dep.governor) ?? []), dep]);
      this.head.set(dep.dependent, dep);
    }
  }
  token(index: number): Token {
    return this.sentence.tokens[index - 1] as Token;
  }
  children(index: number, ...labels: string[]): number[] {
    return (this.kids.get(index) ?? [])
      .filter((dep) => labels.some((label) => dep.dep === label || dep.dep.startsWith(`${label}:`)))
      .map((dep) => dep.dependent);
  }
  /** The preposition a complement is introduced by ("of", "de"), lower-cased. */
  caseOf(index: number): string {
    const marker = this.children(index, 'case')[0];
    return marker === undefined ? '' : this.token(marker).word.toLowerCase();
  }
  /** A token and every conjunct listed with it ("A, B and C"). */
  conjuncts(index: number): number[] {
    // "la Coopérative Les Jardins et l'Association X": the list may hang on the name written after the kind.
    const named = this.children(index, 'appos').filter((a) => a === index + 1 || a === index + 2);
    const listed = [index, ...named].flatMap((i) => this.children(i, 'conj'));
    return [index, ...listed.flatMap((c) => this.conjuncts(c))];
  }
  span(first: number, last: number): string {
    return this.text
      .slice(this.token(first).characterOffsetBegin, this.token(last).characterOffsetEnd)
      .replace(/\s+/gu, ' ');
  }
}

export class DependencyReader {
  constructor(
    private readonly actor: ReaderActor,
    private readonly matcher: Matcher,
  ) {}

  private self(): End {
    return { match: this.actor.match, name: this.actor.name };
  }

  /** The name a token heads: its compounds, flat parts and capitalised "of" complements, without the article. */
  private nameSpan(tree: Tree, index: number): string | undefined {
    const inside = new Set([index]);
    const grow = (at: number) => {
      for (const dep of tree.kids.get(at) ?? []) {
        const kid = dep.dependent;
        const word = tree.token(kid).word;
        const part =
          NAME_PARTS.has(dep.dep) ||
          // "la Banque Bacob", "Fondation X": a name written right after its capitalised kind.
          (dep.dep === 'appos' &&
            capitalised(word) &&
            (kid === at + 1 || (kid === at + 2 && /^(?:DET|DT)$/u.test(tree.token(at + 1).pos)))) ||
          ((dep.dep === 'nmod' || dep.dep.startsWith('nmod:')) &&
            OF.test(tree.caseOf(kid)) &&
            capitalised(word) &&
            tree.token(kid).ner !== 'LOCATION');
        if (
          part ||
          (at !== index && (dep.dep === 'case' || dep.dep === 'det')) ||
          (at === index && dep.dep === 'det')
        ) {
          inside.add(kid);
          grow(kid);
        }
      }
    };
    grow(index);
    const indices = [...inside].sort((a, b) => a - b);
    let first = indices[0] as number;
    const last = indices.at(-1) as number;
    // A name is one run of words: a gap means a parse that joined two phrases.
    if (last - first + 1 !== indices.length || indices.length > 12) return undefined;
    // The article before a name is no part of it ("the Social Enterprise World Forum").
    while (
      first < index &&
      (!capitalised(tree.token(first).word) || ARTICLE.test(tree.token(first).word))
    )
      first++;
    const name = tree.span(first, last);
    return /\p{Lu}/u.test(name) ? name : undefined;
  }

  /** What a token names: the profiled actor ("it", "the network", its own name), another body, or nothing. */
  mention(tree: Tree, index: number): Mention | undefined {
    const token = tree.token(index);
    if (SELF_PRONOUNS.test(token.word) && (token.pos === 'PRON' || token.pos.startsWith('PRP')))
      return 'self';
    // The French tagger sometimes calls a capitalised kind word an adjective ("la Coopérative X").
    const noun =
      token.pos.startsWith('NN') ||
      token.pos === 'NOUN' ||
      (token.pos === 'ADJ' && capitalised(token.word) && index > 1);
    const named =
      token.pos === 'PROPN' || token.pos.startsWith('NNP') || token.ner === 'ORGANIZATION';
    if (noun && !capitalised(token.word) && SELF_NOUNS.test(token.word)) {
      const determiners = tree
        .children(index, 'det', 'nmod:poss')
        .map((d) => tree.token(d).word.toLowerCase());
      const namedPart = tree.children(index, 'flat', 'compound', 'appos').length > 0;
      if (
        !namedPart &&
        determiners.some((d) => /^(?:the|our|its|le|la|l'|l’|notre|this|ce|cette)$/u.test(d))
      )
        return 'self';
      return undefined;
    }
    if (token.ner === 'PERSON' || (token.ner === 'LOCATION' && !named) || token.ner === 'DATE')
      return undefined;
    if (!named && !(noun && capitalised(token.word)) && !acronym(token.word)) return undefined;
    const name = this.nameSpan(tree, index);
    if (name === undefined) return undefined;
    // A lone capitalised common noun opening a sentence is no name.
    if (!named && !acronym(token.word) && !name.includes(' ')) return undefined;
    // The importer's own guards: a person, a place or a count is never a body.
    if (isPersonName(name) || isPlace(name) || isNotAName(name)) return undefined;
    const key = nameKey(name);
    if (
      key === nameKey(this.actor.name) ||
      (this.actor.acronym && key === nameKey(this.actor.acronym))
    )
      return 'self';
    const match = this.matcher.matchPhrase(name);
    const graphKey = match && (match.how === 'exact' || match.how === 'acronym') ? match.key : null;
    if (graphKey !== null && graphKey === this.actor.match) return 'self';
    return { match: graphKey, name };
  }

  /** The bodies a phrase names: each conjunct's mention, or, through "the merger of A and B", its complement's. */
  private bodies(tree: Tree, index: number, through = true): Mention[] {
    const out: Mention[] = [];
    for (const c of tree.conjuncts(index)) {
      const m = this.mention(tree, c);
      if (m) out.push(m);
      else if (through)
        for (const of of tree.children(c, 'nmod', 'appos'))
          out.push(...this.bodies(tree, of, false));
    }
    return out;
  }

  /** The clause's subject, through the verb a participle or a conjoined verb hangs on. */
  private subjectOf(tree: Tree, verb: number): number[] {
    const own = tree.children(verb, 'nsubj', 'nsubj:pass');
    if (own.length > 0) return own;
    const up = tree.head.get(verb);
    if (up && (up.dep === 'conj' || up.dep.startsWith('conj:') || up.dep === 'xcomp'))
      return this.subjectOf(tree, up.governor);
    return [];
  }

  /** What a relation noun is said of: the copula's subject, the phrase it is in apposition to, else the clause's subject. */
  private holderOf(tree: Tree, noun: number): Mention[] {
    const subjects = tree.children(noun, 'nsubj');
    if (subjects.length > 0) return subjects.flatMap((s) => this.bodies(tree, s));
    const up = tree.head.get(noun);
    if (up && (up.dep === 'appos' || up.dep === 'acl' || up.dep.startsWith('acl:')))
      return this.bodies(tree, up.governor);
    if (up && (up.dep.startsWith('obl') || up.dep.startsWith('nmod') || up.dep === 'obj')) {
      const subject = this.subjectOf(tree, up.governor);
      const found = subject.flatMap((s) => this.bodies(tree, s));
      return found.length > 0 ? found : ['self'];
    }
    return [];
  }

  private complements(tree: Tree, index: number, prepositions: RegExp, possessor = true): number[] {
    return tree
      .children(index, 'nmod', 'obl')
      .filter((c) => prepositions.test(tree.caseOf(c)) && tree.head.get(c)?.dep !== 'nmod:poss')
      .concat(possessor ? tree.children(index, 'nmod:poss') : []);
  }

  private readVerb(tree: Tree, verb: number, add: Add): void {
    const token = tree.token(verb);
    const lemma = token.lemma.toLowerCase();
    const byAgent = tree.children(verb, 'obl').some((c) => BY.test(tree.caseOf(c)));
    // A participle with a "by" agent and no object is passive, whatever it hangs on ("…, supported by X").
    const participle =
      token.pos === 'VBN' ||
      (token.pos === 'VERB' && /(?:é|ée|és|ées|i|is|u|us|ue|ues|t|te)$/u.test(token.word));
    const passive =
      tree.children(verb, 'nsubj:pass', 'aux:pass').length > 0 ||
      (participle && tree.head.get(verb)?.dep.startsWith('acl') === true) ||
      (participle && byAgent && tree.children(verb, 'obj').length === 0);
    let subjects = this.subjectOf(tree, verb).flatMap((s) => this.bodies(tree, s));
    if (subjects.length === 0 && tree.head.get(verb)?.dep.startsWith('acl'))
      subjects = this.bodies(tree, (tree.head.get(verb) as Dependency).governor);
    const agents = tree
      .children(verb, 'obl', 'nmod')
      .filter((c) => BY.test(tree.caseOf(c)) || tree.head.get(c)?.dep.endsWith(':agent'))
      .flatMap((c) => this.bodies(tree, c));
    const objects = tree.children(verb, 'obj', 'iobj').flatMap((o) => this.bodies(tree, o));
    if (RECEIVE.test(lemma)) {
      // "X received a grant from Y", "X bénéficie du soutien de Y": Y funds X.
      const what = tree.children(verb, 'obj', 'obl');
      if (what.some((w) => this.nounSense(tree, w)?.type === 'FUNDS')) {
        const funders = what.flatMap((w) =>
          [
            ...this.complements(tree, w, FROM),
            ...(FROM.test(tree.caseOf(w)) && !this.nounSense(tree, w) ? [w] : []),
          ].flatMap((c) => this.bodies(tree, c, false)),
        );
        for (const to of subjects.length > 0 ? subjects : ['self' as Mention])
          for (const from of funders) add('FUNDS', from, to);
      }
      return;
    }
    if (GIVE.test(lemma)) {
      // "X provided Y with a grant", "X accorde une subvention à Y": X funds Y.
      const gift = [...tree.children(verb, 'obj', 'obl')].some(
        (w) => this.nounSense(tree, w)?.type === 'FUNDS',
      );
      if (!gift) return;
      const receivers = [
        ...tree.children(verb, 'iobj', 'obj'),
        ...tree.children(verb, 'obl').filter((c) => /^(?:to|à|au|aux)$/u.test(tree.caseOf(c))),
      ].flatMap((c) => this.bodies(tree, c, false));
      for (const from of subjects) for (const to of receivers) add('FUNDS', from, to);
      return;
    }
    const sense = senseOfVerb(lemma) ?? senseOfVerb(token.word.toLowerCase());
    if (!sense) return;
    const via = tree
      .children(verb, 'obl', 'nmod')
      .filter((c) => sense.via?.includes(tree.caseOf(c)))
      .flatMap((c) => this.bodies(tree, c));
    const others = objects.length > 0 ? objects : via;
    if (passive) {
      for (const agent of agents)
        for (const subject of subjects)
          sense.subject === 'from'
            ? add(sense.type, agent, subject)
            : add(sense.type, subject, agent);
      if (sense.type === 'EMERGED_FROM')
        for (const s of subjects) for (const o of via) add(sense.type, s, o);
      return;
    }
    // "Its members include A and B": the members' owner is the one the list belongs to.
    const subjectNouns = this.subjectOf(tree, verb);
    if (
      sense.subject === 'to' &&
      subjectNouns.some((s) => senseOfNoun(tree.token(s).lemma.toLowerCase())?.type === 'MEMBER_OF')
    ) {
      const owners = subjectNouns.flatMap((s) =>
        this.complements(tree, s, OF).flatMap((c) => this.bodies(tree, c, false)),
      );
      for (const owner of owners.length > 0 ? owners : ['self' as Mention])
        for (const member of objects) add('MEMBER_OF', member, owner);
      return;
    }
    // "X comprend des magasins Y": a list a body includes is read as named, never through a common noun.
    const listed =
      sense.subject === 'to'
        ? tree.children(verb, 'obj').flatMap((o) => this.bodies(tree, o, false))
        : others;
    for (const subject of subjects)
      for (const other of listed)
        sense.subject === 'from'
          ? add(sense.type, subject, other)
          : add(sense.type, other, subject);
  }

  /** A noun's relation sense; "support" counts as funding only when called financial. */
  private nounSense(tree: Tree, noun: number) {
    const token = tree.token(noun);
    if (
      SUPPORT.test(token.lemma) &&
      tree.children(noun, 'amod').some((m) => FINANCIAL.test(tree.token(m).word))
    )
      return { type: 'FUNDS', complement: 'from' } as const;
    return senseOfNoun(token.lemma.toLowerCase()) ?? senseOfNoun(token.word.toLowerCase());
  }

  private readNoun(tree: Tree, noun: number, add: Add): void {
    const sense = this.nounSense(tree, noun);
    if (!sense) return;
    const founding = tree
      .children(noun, 'amod', 'compound', 'nmod')
      .some((m) => FOUNDING.test(tree.token(m).word));
    const type = sense.type === 'MEMBER_OF' && founding ? 'FOUNDED' : sense.type;
    const prepositions = sense.type === 'PARTNER_OF' ? /^(?:of|de|du|des|d'|d’|with|avec)$/iu : OF;
    // "EN's partnership with X": the possessor holds the relation; else what the noun is said of.
    const possessors = tree.children(noun, 'nmod:poss').flatMap((p) => this.bodies(tree, p, false));
    const others = this.complements(tree, noun, prepositions, false).flatMap((c) =>
      this.bodies(tree, c),
    );
    const owned = possessors.length > 0 && others.length > 0;
    const complements = owned ? others : [...others, ...possessors];
    if (complements.length === 0) return;
    const holders = owned ? possessors : this.holderOf(tree, noun);
    for (const holder of holders)
      for (const other of complements)
        sense.complement === 'to' ? add(type, holder, other) : add(type, other, holder);
  }

  /** Every relation the sentence's tree states between two bodies. */
  readSentence(sentence: Sentence, text: string): ProposedRelation[] {
    const tree = new Tree(sentence, text);
    const out: ProposedRelation[] = [];
    const claims = new Set<string>();
    const evidence = tree.span(1, sentence.tokens.length);
    const add: Add = (type, from, to) => {
      const a = from === 'self' ? this.self() : from;
      const b = to === 'self' ? this.self() : to;
      const claim = `${nameKey(a.name)}|${type}|${nameKey(b.name)}`;
      // A claim read twice in one sentence (the verb and its noun) is one claim.
      if (nameKey(a.name) === nameKey(b.name) || claims.has(claim)) return;
      claims.add(claim);
      out.push({
        type,
        from: a,
        to: b,
        since: null,
        role: null,
        founding: false,
        evidence,
        confidence: 0.6,
      });
    };
    for (const token of sentence.tokens) {
      // A capitalised word inside a sentence is part of a name ("Coopération d'Activité et d'Emploi"), not a relation word.
      if (token.index > 1 && capitalised(token.word)) continue;
      if (
        token.pos.startsWith('VB') ||
        token.pos === 'VERB' ||
        token.pos === 'ADJ' ||
        token.pos === 'JJ' ||
        token.pos === 'VBN'
      )
        this.readVerb(tree, token.index, add);
      if (token.pos.startsWith('NN') || token.pos === 'NOUN') this.readNoun(tree, token.index, add);
    }
    return out;
  }
}

type Add = (type: ProposedRelation['type'], from: Mention, to: Mention) => void;
