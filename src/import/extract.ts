// Rule-based relation extraction: sentences, trigger phrases, subjects and object lists matched to the graph.
import type { RelationType } from '../model/vocabulary.js';
import { normalise } from '../text/normalise.js';
import { aegisOfCreation, aegisSubject, isShelteredBody, isShelteringBody } from './aegis.js';
import { apposedSubject } from './apposed-subject.js';
import { CAMEL_CASE_WORD } from './camel-case-name.js';
import { CAPITALISED_RUN } from './capitalised-run.js';
import { calibrated } from './confidence-calibration.js';
import { announcedKey, announcedList, countedList, isAnnouncedBody } from './counted-lists.js';
import { typedByCreation } from './creation-kind.js';
import { foundsAnother } from './founding-subject.js';
import { DATED_FOUNDING, ownFoundingYear, recordFoundingYear } from './founding-year.js';
import { fundedItems, fundersWithSelf } from './funding-items.js';
import { readGenerally } from './general-reader.js';
import { endsWithoutLegalForm } from './legal-form-tail.js';
import { type ListItem, listItems, protectNames, restoreNames } from './list-items.js';
import { isUndertaking, ownedPartnerships } from './list-owner.js';
import { lowercaseTailName } from './lowercase-tail-name.js';
import type { Matcher } from './match.js';
import { mergeProposals } from './merge.js';
import { absorbedInMerger, mergerIn } from './mergers.js';
import { shapeGuarded } from './name-shape-guard.js';
import { isCompanyGroup, isPlace, kindOf, namedThing, withoutLeadingWords } from './names.js';
import { possessorOf, withoutRoleOf } from './not-a-name.js';
import { onCommonNoun } from './noun-participle.js';
import { spelledOutAcronyms } from './page-acronyms.js';
import { groupMakeUp, onePart, partList } from './part-lists.js';
import { partnershipSubject } from './partnership-subject.js';
import {
  ACTIVITY_ROLE,
  COMMITTEE_ROLES,
  CREATION_VERB,
  CUT,
  FOUNDED_ON_DATE,
  FOUNDED_ROW_YEAR,
  inName,
  LIST_SEPARATOR,
  NEGATED_OR_HYPOTHETICAL,
  PERSON_SUBJECT,
  ROLE_PHRASE,
  SELF_FOUNDED,
  SINCE_CREATION,
  TOOK_OVER,
  TRIGGERS,
  type Trigger,
  YEAR,
} from './patterns.js';
import { withoutPlaceLists } from './place-list-guard.js';
import { type End, type Other, type ProposedRelation, scaledConfidence } from './proposal.js';
import { readerOf, withReader } from './reader-trace.js';
import { StructureReader } from './structure-reader.js';
import { timelineFounding } from './timeline-entries.js';
import { capturedCapital, startsWithCapitals } from './trigger-capitals.js';
import { universityUnitReadings } from './university-units.js';
import { escapeRegExp, LETTERS_END, wholeLetterWords } from './words.js';

export type { End, Other, ProposedRelation };

export interface Extraction {
  founded: string | null;
  relations: ProposedRelation[];
}

export interface ProfileActor {
  name: string;
  acronym: string | null;
  /** Its key when the graph holds it. */
  key: string | null;
  /** Former names and other names the page gives it. */
  aliases?: readonly string[];
}

interface Found {
  trigger: Trigger;
  start: number;
  end: number;
  role?: string;
  /** The body a trigger names inside itself ("have joined X:"). */
  owner?: string;
}

type Candidate = End & { confidence: number; acronym?: string | null };

/** What a proposal is made of: the trigger that read it, its ends, the read confidence and dates. */
interface RelationParts {
  type: RelationType;
  from: End;
  to: End;
  trigger: Trigger;
  /** The ends' own confidence, scaled by the trigger's. */
  confidence: number;
  since: string | null;
  role: string | null;
  evidence: string;
  founding?: boolean;
  /** Debug only: the way the reading went (`reader-trace.ts`). */
  path?: string;
}

const PRONOUNS =
  /(?<![\p{L}])(?:it|he|she|they|we|our|its|elle|il|nous|notre|the (?:network|movement|association|collective|federation|alliance|platform|organisation|organization|coalition|union|chamber)|(?:le|la|l') ?(?:réseau|mouvement|association|collectif|fédération|plateforme|coordination|pôle|chambre|union|alliance|coopérative))(?![\p{L}])/iu;

const ALL_PRONOUNS = new RegExp(PRONOUNS.source, 'giu');

/** A pronoun or "the network"; "la Coopérative Brindille" is a name, not the actor described. */
function describesSelf(text: string): boolean {
  return [...text.matchAll(ALL_PRONOUNS)].some(
    (match) =>
      !/[\s']/u.test(match[0]) || !/^\s+\p{Lu}/u.test(text.slice(match.index + match[0].length)),
  );
}

/** "« … », a lancé X": a verb right after a quotation and its comma tags who spoke, not a deed. */
const AFTER_QUOTATION = /[»”"]\s*,\s*$/u;
/** Whether a trigger is a French past tense ("a lancé") right after a quotation: its speaker follows.
 * A phrase there ("…", in partnership with X) still states a relation. */
const tagsSpeaker = (work: string, match: RegExpExecArray) =>
  /^(?:a|ont)\s/u.test(match[0]) && AFTER_QUOTATION.test(work.slice(0, match.index));

/** Trigger phrases in the sentence, left to right, the longest where two overlap. */
function findTriggers(work: string): Found[] {
  const all: Found[] = TRIGGERS.flatMap((trigger) =>
    [...work.matchAll(trigger.pattern)]
      .filter(
        (match) =>
          !inName(work, match.index) &&
          !tagsSpeaker(work, match) &&
          startsWithCapitals(match) &&
          !(trigger.notOnNoun && onCommonNoun(work.slice(0, match.index), match[0])),
      )
      .map((match) => ({
        trigger,
        start: match.index,
        end: match.index + match[0].length,
        role:
          match[1] && !capturedCapital(match)
            ? COMMITTEE_ROLES[match[1].toLowerCase()]
            : trigger.role,
        owner: match.groups?.owner ?? match.groups?.ownerFr,
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

/** The thing a launch or a creation names: "lancement du Projet X", "the launch of the X Fund". */
const LAUNCH_OF =
  /\b(?:lancement|création|organisation|launch|creation|organi[sz]ation) (?:de la |du |de l'|des |de |d'|of (?:the )?)([^,]+),?\s*$/iu;

/** The capitalised words (or one acronym) that end a clause: "… with the ICA ", "… the Harbour Kelp Federation ". */
const OWNER_AT_END =
  /\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:de|du|des|of|the|la|le|pour|for)\s+)?\p{Lu}[\p{L}'’&-]*)*\s*$/u;

/** Words that open a clause inside a sentence: the subject of the verb after them follows them. */
const CLAUSE_WORD = /(?<![\p{L}])(?:that|which|who|and|et|que|qui|dont)(?![\p{L}])/iu;

/** A subject that is only a name: "La Trame ", "Harbour Kelp Federation " (an article, capitalised words). */
const OWN_NAME_SUBJECT =
  /^\s*(?:(?:[Tt]he|[Ll]a|[Ll]e|[Ll]es|[Ll]')\s*)?\p{Lu}[\p{L}'’&-]+(?:\s+(?:(?:de|du|des|of|for|the|la|le|et|and|d'|l')\s*)?\p{Lu}[\p{L}'’&-]+)*\s*$/u;

/** The structure reader's proposals carry their own confidence (0.6 × the name's). */
const STRUCTURE_TRIGGER: Trigger = { type: 'MEMBER_OF', pattern: /$^/u, confidence: 1 };

/** The general reader's proposals, less sure than a rule's. */
const GENERAL_TRIGGER: Trigger = { type: 'MEMBER_OF', pattern: /$^/u, confidence: 0.6 };

/** A capitalised run, one camel-case word or one acronym: what may name a body beside the actor. */
const NAME_OR_ACRONYM = new RegExp(
  `${CAPITALISED_RUN.source}|${CAMEL_CASE_WORD.source}|(?<![\\p{L}])\\p{Lu}{2,}[\\p{Lu}\\d&-]*(?![\\p{L}])`,
  'gu',
);

/** How many items of a list must be bodies before an item that goes on in lowercase is read as one too. */
const LONG_LIST = 4;

/** The rule behind a merger's proposals ("to merge A with B to form C"). */
const MERGER_TRIGGER: Trigger = { type: 'EMERGED_FROM', pattern: /$^/u, confidence: 0.8 };

/** Debug only: the rule behind a proposal, "T12:items" for a trigger phrase (its place in TRIGGERS) and its path. */
function readerLabel(trigger: Trigger, path: string | undefined): string {
  const special = new Map([
    [STRUCTURE_TRIGGER, 'structure'],
    [GENERAL_TRIGGER, 'general'],
    [MERGER_TRIGGER, 'merger'],
  ]).get(trigger);
  const rule = special ?? `T${TRIGGERS.findIndex((known) => known.pattern === trigger.pattern)}`;
  return path ? `${rule}:${path}` : rule;
}

/** A sentence that only lists the bodies the previous one announced ("Il s'agit de …", "These are …"). */
const CONTINUED_LIST =
  /^\s*(?:il s'agit (?:notamment |principalement )?(?:de la |du |de l'|des |de |d')|ce sont |these (?:are|were|include) |they (?:are|were|include) )/iu;

/** ", créée en 2021 avec A et B" / ", set up in 2021 with A and B" after a founded object: its co-founders. */
const COFOUNDED_WITH =
  /^\s*(?:créée?s?|fondée?s?|co-?fondée?s?|lancée?s?|constituée?s?|set up|created|founded|co-?founded|launched|established)(?: (?:en|in) (\d{4}))? (?:avec|with|together with) (.+)$/iu;

/** "Together with A and B, we …", "Avec A et B, nous …": the bodies that act beside the clause's subject. */
const TOGETHER_WITH =
  /^\s*(?:together with|along with|jointly with|alongside|avec|aux côtés (?:de la |du |de l'|des |de |d')|conjointement avec)\s+([^,;:]+),[^,;:]*$/iu;

/** A subject list without its opening connective ("Ainsi, ") and its years: only the names left. */
const subjectNames = (before: string) => before.replace(/^\s*\p{L}+,\s*/u, '').replace(YEAR, ' ');

/** A list announced by one sentence and given by the next, with the announcing sentence's year. */
interface Pending {
  trigger: Trigger;
  subjects: End[];
  evidence: string;
  since: string | null;
}

export class Extractor {
  private antecedent: End | undefined;
  /** An incoming list trigger that named no one yet ("… qui ont participé à sa création."). */
  private pending: Pending | undefined;
  /** The names a plural kind announced in the sentence being read: bodies whatever their shape. */
  private announced: Set<string> | undefined;
  /** Bodies named so far, for "these meetings" / "ces rencontres". */
  private readonly named: End[] = [];
  private readonly selfNames: RegExp;
  private readonly selfAcronym: RegExp | undefined;

  constructor(
    private readonly matcher: Matcher,
    private readonly self: ProfileActor,
    private readonly founded: string | null,
  ) {
    const names = [self.name, ...(self.aliases ?? [])].filter((name) => name.length > 2);
    const heads = names.flatMap((name) => {
      const words = withoutLeadingWords(name).split(/\s+/);
      return [words[0], words.at(-1)].filter((word): word is string => (word ?? '').length > 3);
    });
    const acronymHead = self.acronym?.split(/\s+/)[0];
    if (acronymHead && acronymHead !== self.acronym) heads.push(acronymHead);
    const parts = [
      ...names.map((name) => `(?:(?:the|le|la|les|l') ?)?${escapeRegExp(name)}`),
      ...heads.map((head) => `(?:the|le|la|l') ?${escapeRegExp(head)}`),
    ];
    this.selfNames = new RegExp(`(?:${parts.join('|')})${LETTERS_END}`, 'iu');
    // The acronym compares case-sensitively: "mes" is a French word, MES an actor.
    this.selfAcronym = self.acronym ? wholeLetterWords(escapeRegExp(self.acronym)) : undefined;
  }

  private get selfEnd(): End {
    return { match: this.self.key, name: this.self.name };
  }

  private isSelf(end: End): boolean {
    if (end.match !== null) return end.match === this.self.key;
    const name = normalise(withoutLeadingWords(end.name));
    return [this.self.name, this.self.acronym ?? '', ...(this.self.aliases ?? [])].some(
      (own) => own !== '' && normalise(withoutLeadingWords(own)) === name,
    );
  }

  private refersToSelf(text: string): boolean {
    return (
      describesSelf(text) || this.selfNames.test(text) || (this.selfAcronym?.test(text) ?? false)
    );
  }

  /** What a phrase names: a graph node, a new node, or nothing worth proposing. */
  private resolve(phrase: string, alone = false): Candidate | undefined {
    const name = withoutLeadingWords(phrase);
    if (name === '') return undefined;
    if (this.announced?.has(normalise(name)) && isAnnouncedBody(name))
      return this.resolveName(phrase, name, true) ?? { match: null, name, confidence: 0.8 };
    return this.resolveName(phrase, name, alone);
  }

  /** What a phrase names by its own shape or the graph's names. */
  private resolveName(phrase: string, name: string, alone: boolean): Candidate | undefined {
    const loose = this.matcher.matchPhrase(phrase);
    // In a list, "Mutualité Française Bretagne" is a regional body, not the national one it contains.
    // A loose match must not swallow another name: "Inter-réseaux SCIC" is not Inter-Réseaux.
    const extraAcronym = /(?<![\p{L}])(?!SSE|ESS)\p{Lu}{2,}(?![\p{L}])/u.test(phrase);
    const byName = loose?.how === 'words' && (alone || extraAcronym) ? undefined : loose;
    const known = byName ?? this.knownInside(phrase, alone);
    if (known) return { match: known.key, name, confidence: known.confidence };
    const fresh = namedThing(phrase, alone);
    return fresh ? { match: null, name: this.writtenInFull(fresh), confidence: 0.9 } : undefined;
  }

  /** A list item named by a capitalised word and lowercase words, when no rule reads it otherwise. */
  private lowercaseTail(phrase: string): Candidate | undefined {
    const name = lowercaseTailName(withoutLeadingWords(phrase));
    if (!name || isPlace(name.split(' ')[0] as string)) return undefined;
    return { match: null, name, confidence: 0.8 };
  }

  /** "Harvest Mills" after "Harvest Mills Cooperative": a new name the page gave earlier with its kind word. */
  private writtenInFull(name: string): string {
    // A name that says what it is ("… Assembly") is whole already: the longer one is another body.
    if (kindOf(name) !== null) return name;
    const short = normalise(name);
    const full = this.named.find((end) => {
      const rest = normalise(end.name).startsWith(`${short} `)
        ? end.name.split(/\s+/u).slice(name.split(/\s+/u).length)
        : [];
      return rest.length === 1 && kindOf(rest[0] as string) !== null;
    });
    return full?.name ?? name;
  }

  /** A new name resolved before an earlier item of its list was remembered, read in full against it too. */
  private inFullSinceResolved(end: Candidate | undefined): Candidate | undefined {
    return end?.match === null ? { ...end, name: this.writtenInFull(end.name) } : end;
  }

  /** A known name inside the phrase; in a list, only when nothing but a qualifier follows it. */
  private knownInside(phrase: string, strict: boolean) {
    const found = this.matcher.findIn(phrase);
    if (!found) return found;
    if (!strict) return /^\s*[\p{Lu}]/u.test(phrase.slice(found.end)) ? undefined : found;
    const rest = phrase.slice(found.end).trim();
    // "Inter-réseaux SCIC" is another body than Inter-Réseaux.
    if (/^[\p{Lu}\p{N}]/u.test(rest)) return undefined;
    return rest === '' ||
      /^(?:sur|on|for|in|dans|en|to|à|pour|depuis|since|about|autour)\b/iu.test(rest)
      ? found
      : undefined;
  }

  /** The bodies a clause names as its subject; `self` when it names none but the actor. */
  private subjectsOf(before: string): End[] {
    const ends: End[] = [];
    const demonstrative = /\b(?:these|this|ces|cette|cet|ce) (\p{L}{4,})/iu.exec(before);
    if (demonstrative) {
      const stem = normalise(demonstrative[1] as string).slice(0, 5);
      const earlier = [...this.named].reverse().find((end) => normalise(end.name).includes(stem));
      if (earlier) return [earlier];
    }
    const withoutSelf = before
      .replace(new RegExp(this.selfNames.source, 'giu'), ' ; ')
      .replace(this.selfAcronym ? new RegExp(this.selfAcronym.source, 'gu') : /$^/u, ' ; ');
    const clause = withoutSelf.replace(
      /^\s*(?:in|since|from|en|depuis|dès|today|aujourd'hui)\s+\d{4}\s*/iu,
      '',
    );
    for (const item of clause.split(/[,;]|\s(?:and|et|together with|ainsi que)\s/u)) {
      // "Much of X's membership is made up of …": X is the subject, the share phrase is not a body.
      const possessor = possessorOf(item);
      if (possessor && this.refersToSelf(possessor)) continue;
      const candidate = this.resolve(possessor ?? item);
      if (candidate && !this.isSelf(candidate)) ends.push(candidate);
    }
    if (ends.length > 0 && this.refersToSelf(before)) ends.push(this.selfEnd);
    return ends;
  }

  /** The body a trigger names ("have joined the network in 2022:"): the actor, another body, or none. */
  private namedOwner(text: string): End | undefined {
    const phrase = text
      .replace(YEAR, ' ')
      .replace(/\s(?:this|last|cette|l'an)\s.*$/iu, '')
      .trim();
    if (phrase === '') return undefined;
    if (this.refersToSelf(phrase)) return this.selfEnd;
    const named = this.resolve(phrase);
    return named && this.isSelf(named) ? this.selfEnd : named;
  }

  /** "A, B and the network founded X": every body of a subject that is only a list, with the actor. */
  private wholeSubjects(before: string): End[] {
    const ends = listItems(subjectNames(before)).map((item) =>
      this.refersToSelf(item.phrase) ? this.selfEnd : this.resolve(item.phrase),
    );
    const all = ends.every((end) => end !== undefined);
    return all && ends.some((end) => end && !this.isSelf(end)) ? (ends as End[]) : [];
  }

  /** The body whose name ends right before a trigger ("the X Federation member organisations"). */
  private ownerBefore(before: string): End | undefined {
    const name = OWNER_AT_END.exec(before)?.[0]?.trim();
    return name ? this.resolve(name) : undefined;
  }

  /** The bodies a list before a trigger names ("A, B and C are members of"), never the actor. */
  private listedSubjects(before: string, whole = false): End[] {
    if (this.refersToSelf(before)) return [];
    if (whole) return this.wholeList(before);
    return listItems(before)
      .map((item) => this.resolve(item.phrase, true))
      .filter((end): end is Candidate => end !== undefined && !this.isSelf(end));
  }

  /** A subject that is only a list of bodies ("Ainsi, en 2011, A et B"); any other phrase gives none. */
  private wholeList(before: string): End[] {
    const ends = listItems(subjectNames(before)).map((item) => this.resolve(item.phrase, true));
    return ends.every((end) => end !== undefined && !this.isSelf(end)) ? (ends as End[]) : [];
  }

  /**
   * "The Foundation was established by …" after "The Fairtrade Foundation is …": a capitalised kind
   * word after "the" stands for the last body named with it, when the actor's own name lacks it.
   */
  private describedSubject(clause: string): End | undefined {
    const word =
      /^\s*(?:[Tt]he|[Ll][ea]|[Ll]') ?(\p{Lu}\p{Ll}{3,})\s+(?!of\b|de\b|du\b|des\b)/u.exec(
        clause,
      )?.[1];
    if (!word || kindOf(word) === null || PRONOUNS.test(`the ${word}`)) return undefined;
    const stem = normalise(word);
    const own = [this.self.name, ...(this.self.aliases ?? [])].map((name) => normalise(name));
    if (own.some((name) => name.split(' ').includes(stem))) return undefined;
    const earlier = [...this.named]
      .reverse()
      .find((end) => normalise(end.name).split(' ').includes(stem) && normalise(end.name) !== stem);
    return earlier && !this.isSelf(earlier) ? earlier : undefined;
  }

  /** True when the clause before a trigger names another body as its subject and not the actor. */
  private otherSubject(before: string): boolean {
    if (this.refersToSelf(before)) return false;
    let rest = before;
    for (let found = this.matcher.findIn(rest); found; found = this.matcher.findIn(rest)) {
      if (found.key !== this.self.key) return true;
      rest = rest.slice(found.end);
    }
    return false;
  }

  /** The clause's subject, or the name an apposition follows ("B, née de …"), is the actor or unwritten. */
  private subjectIsActor(textBefore: string, subjectText: string): boolean {
    const own = /\p{L}/u.test(subjectText)
      ? subjectText
      : (textBefore.split(/[,;:]/u).at(-2) ?? '');
    // "She added that CHI is part of": the subject is the last phrase between clause words
    // ("25 co-operatives which are part of": the one before the relative pronoun).
    const phrase =
      own
        .split(CLAUSE_WORD)
        .filter((piece) => /\p{L}/u.test(piece))
        .at(-1) ?? '';
    return !/\p{L}/u.test(phrase) || this.refersToSelf(phrase);
  }

  /** "A, the apex body, works in partnership with B": another body that opens the clause states it. */
  private partnershipSubject(before: string): End | undefined {
    const phrase = partnershipSubject(before);
    const body = phrase && !this.refersToSelf(before) ? this.resolve(phrase, true) : undefined;
    return body && !this.isSelf(body) ? body : undefined;
  }

  /** "La Trame a rejoint …": a clause whose whole subject is a capitalised name, not the actor's. */
  private namedOtherSubject(subjectText: string): boolean {
    if (!OWN_NAME_SUBJECT.test(subjectText) || this.refersToSelf(subjectText)) return false;
    const named = this.resolve(subjectText);
    if (named && this.isSelf(named)) return false;
    // "La Fédération a rejoint …": an article and one kind word may be the actor described, not another body.
    return (
      kindOf(subjectText) === null ||
      !/^\s*(?:the|la|le|les|l')\s*\p{Lu}\p{Ll}+\s*$/iu.test(subjectText)
    );
  }

  /** A proposal read by `trigger`; `path`, debug only, names the way the reading went (`reader-trace.ts`). */
  private relation({
    type,
    from,
    to,
    trigger,
    confidence,
    since,
    role,
    evidence,
    founding = false,
    path,
  }: RelationParts): ProposedRelation {
    const relation: ProposedRelation = {
      type,
      from: { match: from.match, name: from.name },
      to: { match: to.match, name: to.name },
      since,
      role,
      founding: type === 'MEMBER_OF' && (trigger.founding === true || founding),
      evidence,
      confidence: scaledConfidence(trigger.confidence, confidence),
    };
    for (const end of [from, to] as Candidate[]) {
      if (end.acronym && end.match === null)
        relation.acronyms = { ...relation.acronyms, [end.name]: end.acronym };
    }
    return withReader(relation, () => readerLabel(trigger, path));
  }

  private remember(end: End): void {
    this.antecedent = { match: end.match, name: end.name };
    this.named.push(this.antecedent);
  }

  sentence(sentence: string): ProposedRelation[] {
    // "… avec les communes de A, B et C": the items a plural kind announces are read as bodies.
    const announced = announcedList(sentence);
    if (!announced) return this.readSentence(sentence, sentence.trim());
    const names = new Set(announced.names.map(announcedKey));
    const readsList = (proposals: ProposedRelation[]) =>
      proposals.some((p) => names.has(normalise(p.from.name)) || names.has(normalise(p.to.name)));
    const state = { pending: this.pending, antecedent: this.antecedent, named: this.named.length };
    this.announced = names;
    try {
      // As written first: the kind word may be the relation's own word ("its members: A, B").
      const plain = this.readSentence(sentence, sentence.trim());
      if (readsList(plain)) return this.eachAnnounced(plain, announced.names);
      const after = {
        pending: this.pending,
        antecedent: this.antecedent,
        named: this.named.slice(state.named),
      };
      Object.assign(this, { pending: state.pending, antecedent: state.antecedent });
      this.named.length = state.named;
      const rewritten = this.readSentence(announced.sentence, sentence.trim());
      if (readsList(rewritten)) return this.eachAnnounced(rewritten, announced.names);
      // Neither reading takes the list: back to the first reading's state, bodies named included.
      Object.assign(this, { pending: after.pending, antecedent: after.antecedent });
      this.named.length = state.named;
      this.named.push(...after.named);
      return plain;
    } finally {
      this.announced = undefined;
    }
  }

  /** A relation read for one announced item holds for each: the list is one coordinated object. */
  private eachAnnounced(
    proposals: ProposedRelation[],
    names: readonly string[],
  ): ProposedRelation[] {
    const announced = new Set(names.map(announcedKey));
    const isItem = (end: End) => announced.has(normalise(end.name));
    const out = [...proposals];
    for (const proposal of proposals) {
      const side = isItem(proposal.from) ? 'from' : isItem(proposal.to) ? 'to' : undefined;
      const other = side === 'from' ? proposal.to : proposal.from;
      if (!side || isItem(other)) continue;
      for (const name of names) {
        const body = this.resolve(name, true);
        if (!body || this.isSelf(body) || normalise(body.name) === normalise(proposal[side].name))
          continue;
        const end = { match: body.match, name: body.name };
        if (
          !out.some(
            (p) => p.type === proposal.type && normalise(p[side].name) === normalise(end.name),
          )
        )
          out.push({ ...proposal, [side]: end });
      }
    }
    return out;
  }

  /** The proposals of one sentence (`evidence` is the sentence as the page writes it). */
  private readSentence(sentence: string, evidence: string): ProposedRelation[] {
    // Same length as the sentence, so offsets hold: curly quotes straightened, notes in brackets blanked.
    const raw = sentence.replace(/[’‘]/g, "'").replace(/\[[^\]]*\]/g, (m) => ' '.repeat(m.length));
    const work = raw.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
    const pending = this.pending;
    this.pending = undefined;
    const continued = CONTINUED_LIST.exec(raw);
    if (pending && continued)
      return this.continuedList(pending, raw.slice(continued[0].length), evidence);
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
    let previousObjects: Candidate[] = [];
    let previousObjectEnd = 0;
    let previousWasPlain = false;
    let previousTrigger: Trigger | undefined;
    for (const name of sentence.matchAll(CAPITALISED_RUN)) {
      const named = namedThing(name[0]);
      if (named) this.named.push({ match: null, name: named });
    }
    found.forEach((current, index) => {
      let trigger = current.trigger;
      if (trigger.continues && previousTrigger) trigger = { ...previousTrigger, list: false };
      const launched = trigger.initiativeOf ? LAUNCH_OF.exec(work.slice(0, current.start)) : null;
      if (trigger.initiativeOf && !launched && CREATION_VERB.test(work.slice(0, current.start)))
        trigger = { ...trigger, incoming: true };
      // "une entente reconduite sous l'égide de X": no body's creation, no relation.
      if (trigger.underAegis && !aegisOfCreation(work)) return;
      previousTrigger = trigger;
      const nextStart = found[index + 1]?.start ?? work.length;
      const boundary = boundaryAfter(current.end);
      const end = trigger.list ? nextStart : Math.min(nextStart, boundary);
      const clauseStart = Math.max(boundaryBefore(current.start), previousEnd);
      const previousEndBefore = previousEnd;
      // "the group set up by X": a passive right after an object (no comma) is about that object.
      const glued = previousWasPlain && !/[,;:]/.test(work.slice(previousObjectEnd, current.start));
      const before = work.slice(clauseStart, current.end);
      const subjectText = work.slice(clauseStart, current.start);
      const objectsBefore = previousObjects;
      previousEnd = end;
      previousObjects = [];
      previousObjectEnd = current.end;
      previousWasPlain = !trigger.list && !trigger.incoming;
      // A person's act may still name a body's members ("she met the X member organisations, which are").
      if (
        !trigger.ownerBefore &&
        PERSON_SUBJECT.test(work.slice(0, current.start)) &&
        !this.refersToSelf(subjectText)
      )
        return;
      const segment = work.slice(current.end, end);
      const apposition = work.slice(boundary + 1, boundaryAfter(boundary + 1));
      const appositionYear = /^\s*(?:a|an|un|une)\s/iu.test(apposition)
        ? yearIn(apposition, null)
        : null;
      const clauseYear = trigger.list
        ? yearIn(before, this.founded)
        : (yearIn(segment, this.founded) ?? yearIn(before, this.founded) ?? appositionYear);

      // "co-operatives are part of X", "B, née de la fusion de …": read only of the actor.
      if (trigger.selfSubject && !this.subjectIsActor(work.slice(0, clauseStart), subjectText))
        return;
      // Who the clause is about: the actor, another body it names, or (incoming) the thing just named.
      let subjects: End[] = [this.selfEnd];
      const described = this.describedSubject(work.slice(clauseStart, current.start));
      const possessor = possessedBy(before)?.[0];
      const listed = trigger.listedSubjects
        ? this.listedSubjects(work.slice(previousEndBefore, current.start), trigger.listedOnly)
        : [];
      const whole = trigger.wholeSubjects
        ? this.wholeSubjects(work.slice(previousEndBefore, current.start))
        : [];
      const partner = trigger.namedSubject
        ? this.partnershipSubject(work.slice(previousEndBefore, current.start))
        : undefined;
      if (whole.length > 0) {
        subjects = whole;
      } else if (trigger.ownerInTrigger) {
        const owner = this.namedOwner(current.owner ?? '');
        if (!owner) return;
        subjects = [owner];
      } else if (trigger.listedOnly && listed.length === 0) {
        // "un ensemble de mutuelles se regroupent dans X. Il s'agit de A, B": X's members come next.
        const [first] = this.plainItems(work.slice(current.end, end));
        const owner =
          first && !this.refersToSelf(subjectText) ? this.resolve(first.phrase) : undefined;
        if (owner)
          this.pending = {
            trigger: { ...trigger, incoming: true },
            subjects: [owner],
            evidence,
            since: yearIn(work.slice(previousEndBefore, end), this.founded),
          };
        return;
      } else if (trigger.ownerBefore) {
        const owner = this.ownerBefore(work.slice(clauseStart, current.start));
        if (!owner) return;
        subjects = [owner];
      } else if (trigger.incoming && possessor !== undefined) {
        // "A et B et ses membres :": B owns the list; an owner the reader cannot name is not the actor.
        const named = this.resolve(possessor);
        const owner =
          named && !this.isSelf(named)
            ? named
            : named || this.refersToSelf(possessor)
              ? this.selfEnd
              : undefined;
        if (!owner) return;
        subjects = [owner];
      } else if (described) {
        subjects = [described];
      } else if (trigger.incoming && glued && objectsBefore.length > 0) {
        subjects = objectsBefore.slice(-1);
      } else if (listed.length > 0) {
        subjects = listed;
      } else if (partner) {
        subjects = [partner];
      } else if (trigger.thirdParty || trigger.incoming) {
        const named = this.subjectsOf(
          trigger.underAegis ? aegisSubject(subjectText) : trigger.incoming ? before : subjectText,
        );
        if (named.length > 0) subjects = named;
      } else if (this.otherSubject(before) || this.namedOtherSubject(subjectText)) {
        return;
      }
      if (launched) {
        // "lancement de X, à l'initiative de Y": Y initiated X.
        const launchedThing = this.resolve(launched[1] as string);
        const initiators = this.plainItems(work.slice(current.end, end))
          .map((item) => this.resolve(item.phrase))
          .filter((initiator): initiator is Candidate => initiator !== undefined);
        for (const initiator of initiators) {
          if (!launchedThing) break;
          const from = this.isSelf(initiator) ? this.selfEnd : initiator;
          proposals.push(
            this.relation({
              type: trigger.type,
              from,
              to: launchedThing,
              trigger: current.trigger,
              confidence: initiator.confidence,
              since: clauseYear,
              role: null,
              evidence,
              path: 'launch',
            }),
          );
        }
        return;
      }
      // "X awarded the network a grant": the grant must go to the actor.
      if (trigger.toSelf && !this.refersToSelf(work.slice(current.end, boundary))) return;
      if (trigger.objectSelf) {
        for (const subject of subjects) {
          if (this.isSelf(subject)) continue;
          proposals.push(
            this.relation({
              type: trigger.type,
              from: subject,
              to: this.selfEnd,
              trigger: current.trigger,
              confidence: 1,
              since: clauseYear,
              role: null,
              evidence,
              path: 'objectSelf',
            }),
          );
        }
        return;
      }
      if (trigger.fromAntecedent) {
        const runs = [...work.slice(0, current.start).matchAll(CAPITALISED_RUN)];
        const lastRun = runs.at(-1)?.[0];
        const from = lastRun ? this.resolve(lastRun) : objectsBefore.at(-1);
        if (from && !this.isSelf(from)) {
          proposals.push(
            this.relation({
              type: trigger.type,
              from,
              to: this.selfEnd,
              trigger: current.trigger,
              confidence: from.confidence,
              since: clauseYear,
              role: null,
              evidence,
              path: 'antecedentSubject',
            }),
          );
        }
        return;
      }
      if (trigger.roleOnAntecedent) {
        // The body named last before "its board" / "of which it became a member".
        const lastRun = trigger.relative
          ? [...work.slice(0, current.start).matchAll(CAPITALISED_RUN)].at(-1)?.[0]
          : undefined;
        const named = lastRun ? this.resolve(lastRun) : undefined;
        const antecedent = named && !this.isSelf(named) ? named : this.antecedent;
        if (antecedent) {
          const other = { ...antecedent, confidence: 1 };
          proposals.push(
            this.relation({
              type: trigger.type,
              from: this.selfEnd,
              to: other,
              trigger: current.trigger,
              confidence: 1,
              since: clauseYear,
              role: current.role ?? null,
              evidence,
              path: 'antecedentObject',
            }),
          );
        }
        return;
      }
      const listEnd = trigger.dashed
        ? current.end + work.slice(current.end).search(/\s[-–—]\s/u)
        : end;
      const items = trigger.list
        ? listItems(fundedItems(trigger.type, raw.slice(current.end, listEnd)))
        : this.plainItems(segment);
      // "… who took part in its creation. These are A, B": the list is in the next sentence.
      if (trigger.incoming && trigger.list && items.length === 0)
        this.pending = { trigger, subjects, evidence, since: clauseYear };
      const coAgents: Candidate[] = [];
      for (const item of items) {
        if (item.coAgent) {
          const agent = this.resolve(item.phrase, true);
          if (agent) coAgents.push(agent);
        }
      }
      // "founding member of X, créée en 2021 avec A et B": A and B founded X beside the actor.
      const cofounders = trigger.list ? null : COFOUNDED_WITH.exec(apposition);
      // "Together with A and B, we set up X": A and B founded X beside the clause's subject.
      const together =
        trigger.type === 'FOUNDED' && !trigger.incoming && !trigger.list
          ? TOGETHER_WITH.exec(work.slice(0, current.start))
          : null;
      const cofounderPhrase =
        cofounders && (trigger.founding || trigger.type === 'FOUNDED')
          ? cofounders[2]
          : // "World Fair Trade Organization - Europe": a dash inside a name joins its regional part.
            together?.[1]?.replace(/(\p{L})\s+[-–]\s+(\p{Lu})/gu, '$1 $2');
      const cofounderEnds =
        cofounderPhrase !== undefined
          ? this.plainItems(cofounderPhrase)
              .map((item) => this.resolve(item.phrase, true))
              .filter((end): end is Candidate => end !== undefined && !this.isSelf(end))
          : [];
      // Each item resolved once: the count of bodies below and the proposals read the same candidates.
      const resolved = items.map((item) =>
        item.coAgent ? undefined : this.resolve(item.phrase, trigger.list === true),
      );
      // "financés par A, B et [the actor]": a thing the actor pays for itself, not the actor, is funded.
      if (fundersWithSelf(trigger, subjects, resolved, (end) => this.isSelf(end))) return;
      // In a long list of bodies, an item that goes on in lowercase is one too ("Brightmoor weaving collective").
      const bodies = trigger.list ? resolved.filter((end) => end !== undefined).length : 0;
      for (const [index, item] of items.entries()) {
        if (item.coAgent) continue;
        const read = this.inFullSinceResolved(resolved[index]);
        const tail = bodies >= LONG_LIST ? this.lowercaseTail(item.phrase) : undefined;
        // "ZED trading": the whole item, not the acronym that opens it.
        const other =
          tail && (!read || (read.match === null && tail.name.startsWith(`${read.name} `)))
            ? tail
            : read;
        if (!other) continue;
        // "des AMAP": a plural article before an acronym names a category.
        if (other.match === null && /^\s*(?:des|les|the|some)\s+\S+\s*$/u.test(item.phrase))
          continue;
        // The actor may be the object of another body's act ("these meetings led to the creation of X").
        const selfObject = this.isSelf(other);
        // "La Fondation A fut créée sous l'égide de la Fondation": "la Fondation" also reads as the actor.
        if (selfObject && !trigger.underAegis && subjects.some((subject) => this.isSelf(subject)))
          continue;
        if (selfObject) Object.assign(other, this.selfEnd);
        if (item.acronym) other.acronym = item.acronym;
        // "the National Network of X (RENAPESS)": a new name whose acronym the graph holds is that node.
        const byAcronym =
          item.acronym && other.match === null ? this.matcher.matchPhrase(item.acronym) : undefined;
        if (byAcronym?.how === 'acronym' && byAcronym.key !== this.self.key)
          other.match = byAcronym.key;
        this.remember(other);
        previousObjects.push(other);
        for (const cofounder of cofounderEnds)
          proposals.push(
            this.relation({
              type: 'FOUNDED',
              from: cofounder,
              to: other,
              trigger: current.trigger,
              confidence: cofounder.confidence,
              since: item.year ?? cofounders?.[1] ?? (together ? clauseYear : null),
              role: null,
              evidence,
              path: 'cofounder',
            }),
          );
        const since = item.year ?? clauseYear;
        const role = item.role ?? current.role ?? null;
        for (const subject of [...subjects, ...coAgents]) {
          if (normalise(subject.name) === normalise(other.name) && subject.match === other.match)
            continue;
          // "la Fondation A, créée sous l'égide de la Fondation B": A is sheltered by B.
          const sheltered =
            trigger.underAegis === true &&
            isShelteringBody(other.name) &&
            (isShelteredBody(subject.name) ||
              (!this.isSelf(subject) && isShelteredBody(aegisSubject(subjectText))));
          const [from, to] = trigger.incoming && !sheltered ? [other, subject] : [subject, other];
          // "X Group comprises A, B": a group of companies lists its parts, not members.
          const groupParts = trigger.incoming && trigger.list && trigger.type === 'MEMBER_OF';
          const companyParts = groupParts && isCompanyGroup(subject.name);
          // "The programme comprises three modules": a list of parts, not of members.
          if (trigger.partsOnly && !companyParts) continue;
          proposals.push(
            this.relation({
              type: companyParts || sheltered ? 'PART_OF' : trigger.type,
              from,
              to,
              trigger: current.trigger,
              confidence: other.confidence,
              since,
              role,
              evidence,
              founding: trigger.founding === true,
              path: 'items',
            }),
          );
        }
      }
    });
    const merged = this.mergers(raw, evidence);
    // "B was formed by a merger of A and C": the merged bodies did not found B, B emerged from them.
    const formed = new Set(merged.map((proposal) => proposal.from.name));
    const kept = proposals.filter((p) => p.type !== 'FOUNDED' || !formed.has(p.to.name));
    kept.push(...merged);
    // Where no rule read the sentence, the general reader tries its bodies, one cue and their order.
    if (kept.length === 0) kept.push(...this.generalReading(work, evidence));
    return this.refine(work, kept);
  }

  /** The items of "Il s'agit de A, B" / "These are A, B" for the previous sentence's incoming list. */
  private continuedList(pending: Pending, rest: string, evidence: string): ProposedRelation[] {
    const proposals: ProposedRelation[] = [];
    for (const item of listItems(rest)) {
      const other = this.resolve(item.phrase, true);
      if (!other || this.isSelf(other)) continue;
      for (const subject of pending.subjects)
        proposals.push(
          this.relation({
            type: pending.trigger.type,
            from: other,
            to: subject,
            trigger: pending.trigger,
            confidence: other.confidence,
            since: item.year ?? pending.since,
            role: null,
            evidence: `${pending.evidence} ${evidence}`,
            path: 'continued',
          }),
        );
    }
    return proposals;
  }

  /** The general reader's proposals for a sentence no specific rule read. */
  private generalReading(work: string, evidence: string): ProposedRelation[] {
    const since = yearIn(work, this.founded);
    return readGenerally(work, {
      self: this.selfEnd,
      refersToSelf: (text) => this.refersToSelf(text),
      isSelf: (end) => this.isSelf(end),
      resolve: (phrase, alone) => this.resolve(phrase, alone),
      othersIn: (text) => this.othersIn(text),
    }).map((reading) =>
      this.fromReading(reading, GENERAL_TRIGGER, since, evidence, false, readerOf(reading)),
    );
  }

  /** A reader's (type, from, to, confidence) as a proposal with its evidence. */
  private fromReading(
    reading: { type: RelationType; from: End; to: End; confidence: number },
    trigger: Trigger,
    since: string | null,
    evidence: string,
    founding = false,
    path?: string,
  ): ProposedRelation {
    return this.relation({ ...reading, trigger, since, role: null, evidence, founding, path });
  }

  /** Items under a heading, after a label's colon or on an infobox line, read as bodies. */
  structure(lines: readonly string[], undertaking: boolean): ProposedRelation[] {
    return new StructureReader({
      self: this.selfEnd,
      isSelf: (end) => this.isSelf(end),
      resolve: (phrase, alone) => this.resolve(phrase, alone),
      undertaking,
    })
      .read(lines)
      .map((reading) =>
        this.fromReading(
          reading,
          STRUCTURE_TRIGGER,
          null,
          reading.evidence,
          reading.founding,
          readerOf(reading),
        ),
      );
  }

  /** "Its five federations (A, B, …)": each body a counted list names is a member of the actor. */
  countedMembers(sentence: string): ProposedRelation[] {
    const list = countedList(sentence);
    if (!list || !this.refersToSelf(list.before)) return [];
    const bodies = this.listedBodies(list.names);
    // Half the list must be bodies at least: a list of countries or activities is no membership.
    if (bodies.length < 2 || bodies.length * 2 < list.names.length) return [];
    return this.toActor('MEMBER_OF', bodies, sentence);
  }

  /** The bodies a list's names resolve to, the actor left out. */
  private listedBodies(names: readonly string[]): Candidate[] {
    return names
      .map((name) => this.resolve(name, true))
      .filter((body): body is Candidate => body !== undefined && !this.isSelf(body));
  }

  /** Each body → the actor, read off a list rather than a trigger phrase. */
  private toActor(type: RelationType, bodies: readonly Candidate[], sentence: string) {
    return bodies.map((body) =>
      this.fromReading(
        {
          type,
          from: { match: body.match, name: body.name },
          to: this.selfEnd,
          // A count and a list say a relation less plainly than a trigger phrase does.
          confidence: scaledConfidence(0.7, body.confidence),
        },
        STRUCTURE_TRIGGER,
        null,
        sentence,
        false,
        type === 'PART_OF' ? 'actorParts' : 'countedMembers',
      ),
    );
  }

  /** "Its subsidiaries: A, B", "through its subsidiary A", "the Group comprises A and B": parts of the actor. */
  actorParts(sentence: string): ProposedRelation[] {
    const one = onePart(sentence);
    // "Avec sa division A, la coopérative offre …": the possessive's owner may follow the part.
    const rest = one && sentence.slice(one.before.length).replace(one.names[0] as string, ' ');
    const ownerAfter =
      rest !== undefined && this.refersToSelf(rest) && this.othersIn(rest).length === 0;
    const found = [partList(sentence), one, groupMakeUp(sentence)].find(
      (parts) =>
        parts !== undefined && (this.refersToSelf(parts.before) || (parts === one && ownerAfter)),
    );
    // The owner is the actor alone: "Our partner X and its branches A, B" are X's, not ours.
    if (!found || this.othersIn(found.before).length > 0) return [];
    const bodies = this.listedBodies(found.names);
    // Half the names must be bodies: a list of activities or places is no list of parts.
    if (bodies.length * 2 < found.names.length) return [];
    return this.toActor('PART_OF', bodies, sentence);
  }

  /** "the Harbour Centre at Coast University", "le Laboratoire X de l'Université Y": a unit of its university. */
  universityUnits(sentence: string): ProposedRelation[] {
    // The shape names a kind on both sides ("École …", "Collège universitaire …"): lowercase words stay in.
    const named = (phrase: string) =>
      this.resolve(phrase, true) ?? { match: null, name: phrase, confidence: 0.8 };
    return universityUnitReadings(sentence, named).map((reading) =>
      this.fromReading(reading, GENERAL_TRIGGER, null, sentence.trim(), false, 'universityUnits'),
    );
  }

  /** The bodies other than the actor a text names: graph names, then organisation-shaped names. */
  private othersIn(text: string): Candidate[] {
    const rest = text
      .replace(new RegExp(this.selfNames.source, 'giu'), ' ; ')
      .replace(this.selfAcronym ? new RegExp(this.selfAcronym.source, 'gu') : /$^/u, ' ; ');
    const bodies: Candidate[] = [];
    for (const run of rest.matchAll(NAME_OR_ACRONYM)) {
      // "Members of the Brine Trust" mentions the Brine Trust.
      const owner = withoutRoleOf(withoutLeadingWords(run[0]));
      const body = this.resolve(owner === withoutLeadingWords(run[0]) ? run[0] : owner);
      if (body && !this.isSelf(body)) bodies.push(body);
    }
    return bodies;
  }

  /** What the learned scorer pairs: whether a text names the actor, and the other bodies it names. */
  selfAndOthersIn(text: string): { self: boolean; selfAt: number; selfEnd: number; others: End[] } {
    const first = [this.selfNames.exec(text), this.selfAcronym?.exec(text), PRONOUNS.exec(text)]
      .filter((found): found is RegExpExecArray => found !== null && found !== undefined)
      .sort((a, b) => a.index - b.index)[0];
    return {
      self: this.refersToSelf(text),
      selfAt: first ? first.index : -1,
      selfEnd: first ? first.index + first[0].length : -1,
      others: this.othersIn(text).map((body) => ({ match: body.match, name: body.name })),
    };
  }

  /** "voted to merge A with B to form C": C emerged from A and from B, whoever C is. */
  private mergers(text: string, evidence: string): ProposedRelation[] {
    const merger = mergerIn(text);
    // The actor by any name the page gives it ("Aesio" for "Aesio Mutuelle"), else a body the name finder knows.
    const formed =
      merger &&
      ((this.refersToSelf(merger.formed) && this.othersIn(merger.formed).length === 0) ||
      leadingPartOf(merger.formed, this.selfEnd.name)
        ? this.selfEnd
        : this.resolve(merger.formed));
    if (!merger || !formed) return [];
    const to = this.isSelf(formed) ? { ...this.selfEnd, confidence: 1 } : formed;
    return (
      merger.merged
        .map((phrase) => this.resolve(phrase, true))
        // The actor among the bodies merged: the new body emerged from it too (not from itself).
        .filter(
          (from): from is Candidate =>
            from !== undefined && !(this.isSelf(from) && this.isSelf(to)),
        )
        .map((from) => (this.isSelf(from) ? { ...this.selfEnd, confidence: 1 } : from))
        .map((from) =>
          this.relation({
            type: 'EMERGED_FROM',
            from: to,
            to: from,
            trigger: MERGER_TRIGGER,
            confidence: from.confidence,
            since: null,
            role: null,
            evidence,
          }),
        )
    );
  }

  /** The object of a plain trigger: up to the next comma, split at and/or, cut at a qualifier. */
  private plainItems(segment: string): ListItem[] {
    const roleMatch = ROLE_PHRASE.exec(segment);
    const role = roleMatch?.[1]?.trim().replace(/\.$/, '') ?? undefined;
    const objects = roleMatch ? segment.slice(0, roleMatch.index) : segment;
    let [main = '', ...agents] = objects.split(/\s(?:with|avec)\s(?=[\p{Lu}]|the |le |la |l')/u);
    const leadingAgent = /^\s*(?:with|avec)\s+(.*)$/iu.exec(objects);
    if (leadingAgent) {
      // "a cofondé avec le Mouvement Sol le Réseau X": the first name is a co-author.
      const rest = leadingAgent[1] as string;
      const agent = namedThing(rest.split(/\s(?:le|la|les|l'|the)\s/u)[0] ?? '');
      const object = agent ? rest.slice(rest.indexOf(agent) + agent.length) : '';
      if (agent && object.trim() !== '') [main, agents] = [object, [agent]];
    }
    const items: ListItem[] = protectNames(main)
      .split(LIST_SEPARATOR)
      .map(restoreNames)
      .map((item) => ({
        phrase: item
          .replace(YEAR, ' ')
          .replace(SINCE_CREATION, ' ')
          .replace(CUT, '')
          .replace(/[\s,.;:]+$/u, ''),
        year: yearIn(item, this.founded) ?? undefined,
        role,
      }));
    for (const agent of agents.join(' and ').split(LIST_SEPARATOR)) {
      items.push({ phrase: agent.replace(CUT, '').replace(/[\s,.;:]+$/u, ''), coAgent: true });
    }
    return items;
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

/**
 * "A et B et ses organisations membres :": the possessive belongs to the body right before it, B only
 * ("de collaboration et de dialogue" stays inside B's name: a new conjunct opens with a capital).
 */
function possessedBy(clause: string): string[] | undefined {
  const owned = /^(.*)\s(?:et|and)\s+(?:ses|its|leurs|their)\s[^,;]*$/iu.exec(clause);
  if (!owned) return undefined;
  const conjuncts = (owned[1] as string).split(
    /[,;]|\s(?:and|et)\s(?=(?:(?:the|le|la|les)\s+|l['’]\s*)?\p{Lu})/u,
  );
  const last = (conjuncts.at(-1) ?? '').trim();
  // A name, not a clause: "Membership of the Network is free and its members include" is no owner.
  const nameLike =
    /^(?:(?:the|le|la|les)\s+|l['’]\s*)?\p{Lu}/u.test(last) &&
    last.split(/\s+/u).length <= 12 &&
    !/(?<![\p{L}])(?:is|are|was|were|est|sont|a|ont|it|il|elle)(?![\p{L}])/u.test(last);
  return nameLike ? [last] : undefined;
}

/** "Aesio" for "Aesio Mutuelle": the actor's name shortened to its first words (one of four letters at least). */
function leadingPartOf(short: string, name: string): boolean {
  const part = short.trim();
  return part.length >= 4 && /^\p{Lu}/u.test(part) && name.startsWith(`${part} `);
}

export function sentences(paragraph: string, language: string): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  return [...segmenter.segment(paragraph)].map((part) => part.segment).filter((s) => s.trim());
}

/** The founding year the page gives for the profiled actor: its record's founding field, else the
 * prose's first "founded in YYYY". */
export function foundedYear(
  paragraphs: readonly string[],
  self?: ProfileActor,
  lines: readonly string[] = [],
): string | null {
  const recorded = recordFoundingYear(lines);
  if (recorded) return recorded;
  const names = [self?.name, self?.acronym].filter((name): name is string => !!name);
  const creationOfSelf =
    names.length > 0
      ? new RegExp(
          `\\b(?:création|creation|founding|foundation|fondation) (?:of |de |du |d')(?:the |la |le |l')?(?:${names.map(escapeRegExp).join('|')})\\b[^.]{0,40}? (?:in|en) (\\d{4})\\b`,
          'iu',
        )
      : undefined;
  const anyFounding = new RegExp(SELF_FOUNDED.source, 'gu');
  const foundingRow = new RegExp(FOUNDED_ROW_YEAR.source, 'giu');
  const foundedOnDate = new RegExp(FOUNDED_ON_DATE.source, 'giu');
  for (const paragraph of paragraphs) {
    // "JJC was established in 1956", "Established in 1998, Banff Grain …": another body's year.
    const found =
      [
        ...paragraph.matchAll(anyFounding),
        ...paragraph.matchAll(foundingRow),
        ...paragraph.matchAll(DATED_FOUNDING),
        ...paragraph.matchAll(foundedOnDate),
      ]
        .sort((a, b) => a.index - b.index)
        .find(
          (match) =>
            !foundsAnother(paragraph, match.index, match.index + match[0].length, [
              ...names,
              ...(self?.aliases ?? []),
            ]),
        ) ?? creationOfSelf?.exec(paragraph);
    if (found) return found.slice(1).find((year) => year !== undefined) as string;
  }
  const own = [...names, ...(self?.aliases ?? [])];
  // A timeline's entry that says the actor was established dates it, over plans to found it.
  return timelineFounding(paragraphs, own) ?? ownFoundingYear(paragraphs, own);
}

/** The relation as the dry run shows it: `direction` and `other` when it touches the actor. */
function seenFromActor(
  relation: ProposedRelation,
  self: ProfileActor,
  isSelf: (end: End) => boolean,
) {
  const { type, from, to, ...rest } = relation;
  if (isSelf(from))
    return {
      type,
      direction: 'OUTGOING' as const,
      other: to,
      from: { match: self.key, name: self.name },
      to,
      ...rest,
    };
  if (isSelf(to))
    return {
      type,
      direction: 'INCOMING' as const,
      other: from,
      from,
      to: { match: self.key, name: self.name },
      ...rest,
    };
  return relation;
}

/** Both ends are one body: the actor twice, one graph node twice, or one new name twice. */
function sameBodyAtBothEnds(relation: ProposedRelation, isSelf: (end: End) => boolean): boolean {
  const { from, to } = relation;
  if (isSelf(from) && isSelf(to)) return true;
  if (from.match !== null || to.match !== null) return from.match === to.match;
  return normalise(from.name) === normalise(to.name);
}

/** Proposals from a profile's prose, merged so that each (from, type, to) appears once. */
export function extractRelations(
  paragraphs: readonly string[],
  language: 'en' | 'fr',
  self: ProfileActor,
  matcher: Matcher,
  lines: readonly string[] = [],
): Extraction {
  const founded = foundedYear(paragraphs, self, lines);
  const extractor = new Extractor(matcher, self, founded);
  const text = paragraphs.join('\n');
  const proseSentences = paragraphs.flatMap((paragraph) => sentences(paragraph, language));
  const relations = proseSentences.flatMap((sentence) => extractor.sentence(sentence));
  // After the prose, so that the names the prose gave in full are known.
  // A project's or an event's page: role labels name its lead, and its partnerships are the lead's.
  const family = matcher.entries.find((entry) => entry.key === self.key)?.family ?? null;
  const undertaking = isUndertaking({ ...self, family }, lines.length > 0 ? lines : paragraphs);
  const labelled = extractor.structure(lines, undertaking);
  relations.push(...labelled);
  relations.push(...proseSentences.flatMap((sentence) => extractor.countedMembers(sentence)));
  const parts = proseSentences.flatMap((sentence) => extractor.actorParts(sentence));
  // Read on every sentence: a unit written with its university holds beside whatever else it says.
  relations.push(...proseSentences.flatMap((sentence) => extractor.universityUnits(sentence)));
  // A part the sentence names is neither a member ("the Group comprises A") nor the whole ("its
  // branches such as A") by that sentence.
  const partOf = new Set(parts.map((part) => `${part.evidence}|${part.from.name}`));
  const contrary = (relation: ProposedRelation) =>
    (relation.type === 'MEMBER_OF' && partOf.has(`${relation.evidence}|${relation.from.name}`)) ||
    (relation.type === 'PART_OF' && partOf.has(`${relation.evidence}|${relation.to.name}`));
  relations.splice(0, relations.length, ...relations.filter((r) => !contrary(r)), ...parts);
  // A new body's name without a closing legal form, as the actor's ("… Pty Ltd": convention 1).
  relations.splice(0, relations.length, ...relations.map((r) => endsWithoutLegalForm(r, text)));
  const kept = withoutPlaceLists(relations, text, new Set(labelled));
  const selfName = normalise(self.name);
  const isSelf = (end: End) =>
    (end.match !== null && end.match === self.key) ||
    (end.match === null && normalise(end.name) === selfName);
  // The actor's own names are the page's, not the name finder's: the guard leaves them alone.
  const ownNames = new Set(
    [self.acronym, ...(self.aliases ?? [])].filter((name) => name != null).map(normalise),
  );
  const isOwn = (end: End) =>
    isSelf(end) || (end.match === null && ownNames.has(normalise(end.name)));
  // Every name the page gives its actor: its name, acronym and former names.
  const named = [self.name, self.acronym, ...(self.aliases ?? [])].filter((name) => name != null);
  // "A merged with B" alone: A took B in, it did not grow out of B, unless A is the page's actor (it goes on).
  const owned = (undertaking ? ownedPartnerships(kept, isSelf) : kept).filter(
    (relation) => !absorbedInMerger(relation, isOwn, named),
  );
  // What a creation made gives its type: a programme launched is initiated, a document is not founded.
  const typed = owned.flatMap((relation) => {
    const retyped = typedByCreation(relation, isSelf);
    return (retyped && apposedSubject(retyped, isSelf, named, matcher)) ?? [];
  });
  // An acronym the page spelled out once names its body in full ("… (USAID)", then "USAID").
  const guarded = spelledOutAcronyms(
    shapeGuarded(typed, isOwn, matcher),
    [text, ...lines].join('\n'),
    matcher,
  );
  // One body at both ends (the actor and its graph node, or one name twice) states no relation.
  const between = guarded.filter((relation) => !sameBodyAtBothEnds(relation, isSelf));
  return {
    founded,
    // A relation between two other bodies or to a one-word new body: wrong more often, read lower.
    relations: mergeProposals(between.map((relation) => seenFromActor(relation, self, isSelf))).map(
      calibrated,
    ),
  };
}
