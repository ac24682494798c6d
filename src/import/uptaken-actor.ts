// Which body a page takes up: a title reading the page never takes up (not in the address, never
// a sentence's subject, named once or twice) yields to a body the page names again and again, that
// its address spells and that opens its sentences as their subject.
import { normalise } from '../text/normalise.js';
import { compactName, isHeading, isPlace } from './names.js';
import { MEETINGS_AND_AGREEMENTS, mentions, type PageActor, timesNamed } from './page-actor.js';
import { hostWords, pathWords } from './url-actor.js';
import { escapeRegExp, LETTERS_END, LETTERS_START, wholeWords } from './words.js';

/** How far a page takes a body up. */
export interface Uptake {
  /** Times the prose names it (name or acronym). */
  named: number;
  /** Sentences that open with it as their subject. */
  subject: number;
  /** Whether the page's address spells it. */
  inAddress: boolean;
}

/** "Créé en 2016, ", "Pour rappel, ", "Jean-Marc : ": a short clause or a speaker before the subject. */
const LEAD =
  /^(?:(?:[^\s,.;:!?]+\s+){0,4}[^\s,.;:!?]+,\s+|\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?\s?:\s+)/u;
const ARTICLE = /^(?:the|la|le|les|l['’])\s*/iu;
/** A capitalised run (linking words inside) followed by a lowercase word: a sentence's subject. */
const SUBJECT =
  /^(\p{Lu}[\p{L}\p{N}’'&/-]*(?:\s+(?:(?:of|for|and|the|de|du|des|d['’]|pour|et|la|le|l['’]|in|en)\s+)*\p{Lu}[\p{L}\p{N}’'&/-]*){0,7})(?:\s*\([^()]{1,40}\))?,?\s+\p{Ll}/u;

/** The page's sentences, one per entry. */
export const sentencesOf = (prose: string) =>
  prose
    .split(/(?<=[.!?])\s+(?=\p{Lu})|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{Ll}/u.test(sentence));

/** The capitalised runs a sentence may open with as its subject: as written, and with a lead
 * clause left out ("Pour rappel, X a …"), an article left out of both. */
export function subjectsOf(sentence: string): string[] {
  const found = [sentence, sentence.replace(LEAD, '')].map(
    (text) => SUBJECT.exec(text.replace(ARTICLE, ''))?.[1],
  );
  return [...new Set(found.filter((subject) => subject !== undefined))];
}

/** Whether the address spells a name: one path or host word, or its words in a row in the path. */
export function spelledByAddress(name: string, url: URL | null): boolean {
  if (!url) return false;
  const compact = compactName(name);
  if (compact.length < 3) return false;
  const path = pathWords(url);
  const host = hostWords(url).flatMap((word) => [word, compactName(word), ...word.split('-')]);
  if (path.includes(compact) || host.includes(compact)) return true;
  const words = normalise(name)
    .split(/[\s'’/-]+/u)
    .filter((word) => word !== '');
  for (let at = 0; at + words.length <= path.length; at += 1)
    if (words.every((word, offset) => path[at + offset] === word)) return true;
  return false;
}

/** For each subject a sentence opens with (normalised), the sentences it opens: read once a page. */
export function openedSentences(prose: string): Map<string, Set<number>> {
  const opened = new Map<string, Set<number>>();
  sentencesOf(prose).forEach((sentence, index) => {
    for (const subject of subjectsOf(sentence)) {
      const key = normalise(subject);
      const sentences = opened.get(key) ?? new Set<number>();
      sentences.add(index);
      opened.set(key, sentences);
    }
  });
  return opened;
}

export function uptakeOf(
  actor: PageActor,
  prose: string,
  url: URL | null,
  opened: Map<string, Set<number>> = openedSentences(prose),
): Uptake {
  const forms = [actor.name, actor.acronym ?? ''].filter((form) => form.length >= 2);
  // Sentences that open with the name or the acronym, each sentence once.
  const openedBy = new Set(forms.flatMap((form) => [...(opened.get(normalise(form)) ?? [])]));
  return {
    // A name that is its own acronym ("FEDER") is counted once.
    named:
      actor.acronym === actor.name
        ? timesNamed(prose, actor.name)
        : Math.max(mentions(actor.name, actor.acronym, prose), timesNamed(prose, actor.name)),
    subject: openedBy.size,
    inAddress: forms.some((form) => spelledByAddress(form, url)),
  };
}

/** A name the prose writes inside a sentence too, after a word that links no name's parts, so a
 * proper name: not a sentence's first word, nor a word of a longer name ("for Social Enterprise"). */
const writtenMidSentence = (name: string, prose: string) =>
  new RegExp(
    `(?:${LETTERS_START}(?!(?:of|for|and|the|de|du|des|et|pour|in|en|on|à)\\s)\\p{Ll}+|[,;:])\\s+(?:(?:the|la|le|les|l['’])\\s*)?${escapeRegExp(name)}${LETTERS_END}`,
    'u',
  ).test(prose);

/** Times the prose writes a name as written, capitals kept: "finance solidaire" is no body's name. */
const timesWrittenAsIs = (name: string, prose: string) =>
  prose.match(wholeWords(escapeRegExp(name), 'gu'))?.length ?? 0;

/** "the league", "la finance": one word the page also writes in lowercase is a common noun. */
const writtenAsCommonNoun = (name: string, prose: string) =>
  !/\s/u.test(name) && wholeWords(escapeRegExp(name.toLowerCase())).test(prose);

/** "Adresse mail contact : …": a word that opens a line as a field's label is no body. */
const isLabel = (name: string, prose: string) =>
  new RegExp(`(?:^|\\n)${escapeRegExp(name)}(?:\\s+\\p{Ll}[\\p{L}'’]*){0,3}\\s*:`, 'u').test(prose);

/** "League", "FAIRTRADE" against "The … League of …", "The Fairtrade Foundation": the reading's own words. */
const isPartOf = (challenger: PageActor, reading: PageActor) => {
  const own = normalise(`${reading.name} ${reading.acronym ?? ''}`).split(/[\s'’/-]+/u);
  return normalise(challenger.name)
    .split(/[\s'’/-]+/u)
    .every((word) => own.includes(word));
};

/** At most this many subjects are weighed as challengers: each costs a few scans of the page. */
const MAX_CHALLENGERS = 40;

/**
 * Bodies the page takes up: the subjects of its sentences that are proper names, in the page's
 * order; each written form checked once, and only the ones opening the most sentences.
 */
function subjects(prose: string, opened: Map<string, Set<number>>): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const sentence of sentencesOf(prose)) {
    for (const subject of subjectsOf(sentence)) {
      if (seen.has(subject)) continue;
      seen.add(subject);
      if (isHeading(subject) || isPlace(subject)) continue;
      found.push(subject);
    }
  }
  const opening = (subject: string) => opened.get(normalise(subject))?.size ?? 0;
  // The subjects opening the most sentences (a stable sort), then back in the page's order.
  const weighed = new Set(
    [...found].sort((a, b) => opening(b) - opening(a)).slice(0, MAX_CHALLENGERS),
  );
  return found.filter((subject) => weighed.has(subject) && writtenMidSentence(subject, prose));
}

/** Whether a reading is one the page never takes up. */
const neverTakenUp = (uptake: Uptake) =>
  !uptake.inAddress && uptake.subject === 0 && uptake.named <= 2;
/** Whether a body is the one the page takes up: named again and again, spelled and opened with;
 * against a reading the page writes once at most (its own line: a guess), the address need not spell it. */
const takenUp = (uptake: Uptake, guess: boolean) =>
  (uptake.inAddress || guess) && uptake.subject >= 1 && uptake.named >= 3;

/**
 * The body to read instead of `reading` (the title's or the first sentence's), or null to keep it:
 * among the vote's body and the sentences' subjects, the one the page takes up most.
 */
export function uptakenActor(
  reading: PageActor,
  voted: PageActor | null,
  prose: string,
  address: string | null,
): PageActor | null {
  let url: URL | null = null;
  try {
    url = address ? new URL(address) : null;
  } catch {
    // An address that does not parse spells nothing.
  }
  const opened = openedSentences(prose);
  const read = uptakeOf(reading, prose, url, opened);
  if (!neverTakenUp(read)) return null;
  const challengers: PageActor[] = [
    ...(voted ? [voted] : []),
    ...subjects(prose, opened).map((name) => ({ name, acronym: null })),
  ];
  let best: { actor: PageActor; score: number } | null = null;
  for (const actor of challengers) {
    if (isPartOf(actor, reading) || writtenAsCommonNoun(actor.name, prose)) continue;
    // "L'AGO a réuni …": a body's meeting or memorandum opens sentences, it is no body.
    if (MEETINGS_AND_AGREEMENTS.has(actor.name)) continue;
    if (isLabel(actor.name, prose)) continue;
    const uptake = uptakeOf(actor, prose, url, opened);
    if (!takenUp(uptake, read.named <= 1) || timesWrittenAsIs(actor.name, prose) < 3) continue;
    const score = uptake.named + 2 * uptake.subject;
    if (!best || score > best.score) best = { actor, score };
  }
  return best
    ? { name: spelledLonger(best.actor.name, prose, url), acronym: best.actor.acronym }
    : null;
}

/** "Enda" written "Enda Tamweel" where the address spells that: the longer form. */
function spelledLonger(name: string, prose: string, url: URL | null): string {
  const longer = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]*){1,3}`,
    'gu',
  );
  let best = name;
  for (const [written] of prose.matchAll(longer)) {
    const words = written.split(/\s+/u);
    for (let end = words.length; end > best.split(/\s+/u).length; end -= 1) {
      const form = words.slice(0, end).join(' ');
      if (spelledByAddress(form, url)) best = form;
    }
  }
  return best;
}
