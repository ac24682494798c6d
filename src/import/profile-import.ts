// One profile in, the proposals out, in the shape `npm run import -- --dry-run --json` prints.
import type { ActorKind, OtherNodeKind } from '../model/vocabulary.js';
import { normalise } from '../text/normalise.js';
import {
  type End,
  type Extraction,
  extractRelations,
  type ProposedRelation,
  sentences,
} from './extract.js';
import type { Matcher } from './match.js';
import { kindOf } from './names.js';
import { type ParsedProfile, ProfileError, parseProfile, type ResourceCount } from './parse.js';

export interface ImportedActor {
  /** Its key when the graph holds it, else null (a new actor). */
  match: string | null;
  name: string;
  acronym: string | null;
  founded: string | null;
  resourceCounts: ResourceCount[];
}

export interface NewActor {
  name: string;
  acronym: string | null;
  /** The kind the page's wording gives ("… Federation"), or null for the curator to choose. */
  kind: ActorKind | OtherNodeKind | null;
}

/** What the graph says of a proposal: nothing yet, the same, or something else. */
export type GraphStatus = 'NEW' | 'IN_GRAPH' | 'CONTRADICTS';

/** A fact of the profiled actor itself, proposed like a relation. */
export interface ActorFact {
  field: 'founded' | 'resourceCounts';
  value: string | ResourceCount[];
  status: GraphStatus;
  /** The graph's value when the page contradicts it: a dispute to record with both sources. */
  graphValue?: string;
  /** The sentence that gives it (the founding year), or the page's resource lines. */
  evidence: string;
}

/** A relation with what the graph says of it; `graphValue` is the graph's `since` it contradicts. */
export type CheckedRelation = ProposedRelation & { status?: GraphStatus; graphValue?: string };

export interface ProfileResult {
  file: string;
  /** The page's address: its first line, or --source-url. */
  sourceUrl?: string | null;
  actor: ImportedActor;
  relations: CheckedRelation[];
  newActors: NewActor[];
  /** The founding year and resource counts as proposals, with what the graph already says. */
  facts?: ActorFact[];
}

export interface ImportOptions {
  /** The graph key of the profiled actor, when the page does not name it plainly. */
  actorKey?: string;
  /** Read the bytes as HTML whatever their name (a page fetched with text/html). */
  html?: boolean;
  /** Read a page the language check refuses (neither French nor English) anyway. */
  anyLanguage?: boolean;
  /** The address a page was fetched from: its words help name the page's actor. */
  pageUrl?: string;
}

/** The profiled actor's key: its name, a former name or its acronym as the graph writes them. */
function matchSelf(profile: ParsedProfile, matcher: Matcher): string | null {
  for (const name of [profile.name, ...profile.aliases]) {
    const byName = matcher.matchPhrase(name);
    // Only a name the graph writes the same way: a near match would make another actor the subject.
    if (byName && (byName.how === 'exact' || byName.how === 'acronym')) return byName.key;
  }
  if (!profile.acronym) return null;
  const key = matcher.matchPhrase(profile.acronym)?.key ?? null;
  // An acronym two bodies share: a page that writes another full name ("Solidarity Economy
  // Australia (SEA)") is not about the graph's SEA of that name.
  const known = matcher.entries.find((entry) => entry.key === key);
  const spelledOut = profile.name !== profile.acronym && profile.name.split(/\s+/).length >= 2;
  if (known && spelledOut && sameInitials(profile.name, known.name)) return null;
  return key;
}

/** Two full names that spell the same initials with other words: two bodies sharing an acronym. */
function sameInitials(a: string, b: string): boolean {
  const words = (name: string) =>
    normalise(name)
      .split(' ')
      .filter((word) => word.length > 3);
  const [ours, theirs] = [words(a), words(b)];
  const initials = (list: string[]) => list.map((word) => word.charAt(0)).join('');
  return ours.join(' ') !== theirs.join(' ') && initials(ours) === initials(theirs);
}

function newActorsOf(extraction: Extraction, self: End): NewActor[] {
  const actors = new Map<string, NewActor>();
  for (const relation of extraction.relations) {
    for (const end of [relation.from, relation.to]) {
      if (end.match !== null || normalise(end.name) === normalise(self.name)) continue;
      const id = normalise(end.name);
      if (actors.has(id)) continue;
      actors.set(id, {
        name: end.name,
        acronym: relation.acronyms?.[end.name] ?? null,
        kind: kindOf(end.name),
      });
    }
  }
  return [...actors.values()];
}

/** The graph's relations as "from|TYPE|to", and their `since` by the same id. */
function graphRelations(matcher: Matcher): { held: Set<string>; since: Map<string, string> } {
  const held = new Set<string>();
  const since = new Map<string, string>();
  for (const entry of matcher.entries) {
    for (const relation of entry.relations ?? []) held.add(`${entry.key}|${relation}`);
    for (const dated of entry.relationSince ?? []) {
      const [type, to, value] = dated.split('|');
      if (value) since.set(`${entry.key}|${type}|${to}`, value);
    }
  }
  return { held, since };
}

const graphCache = new WeakMap<Matcher, ReturnType<typeof graphRelations>>();

/** NEW, IN_GRAPH, or CONTRADICTS when the graph holds the relation with another start year. */
function checkAgainstGraph(relation: ProposedRelation, matcher: Matcher): CheckedRelation {
  const graph = graphCache.get(matcher) ?? graphRelations(matcher);
  graphCache.set(matcher, graph);
  const id = `${relation.from.match}|${relation.type}|${relation.to.match}`;
  if (relation.from.match === null || relation.to.match === null || !graph.held.has(id))
    return { ...relation, status: 'NEW' };
  const graphSince = graph.since.get(id);
  // Only a year against a year: a page that gives none, or the graph that has none, contradicts nothing.
  if (relation.since && graphSince && graphSince.slice(0, 4) !== relation.since.slice(0, 4))
    return { ...relation, status: 'CONTRADICTS', graphValue: graphSince };
  return { ...relation, status: 'IN_GRAPH' };
}

/** Reads, matches and extracts; throws ProfileError for a file that is not a profile. */
export function importProfile(
  bytes: Uint8Array,
  file: string,
  matcher: Matcher,
  options: ImportOptions = {},
): ProfileResult {
  const profile = parseProfile(bytes, file, {
    actorGiven: options.actorKey !== undefined,
    html: options.html,
    anyLanguage: options.anyLanguage,
    pageUrl: options.pageUrl,
  });
  let key = matchSelf(profile, matcher);
  if (options.actorKey !== undefined) {
    const given = matcher.entries.find((entry) => entry.key === options.actorKey);
    if (!given) {
      throw new ProfileError(
        'UNKNOWN_ACTOR',
        `--actor ${options.actorKey}: no node of the graph has this key`,
      );
    }
    key = given.key;
    if (profile.name === '' || matchSelf(profile, matcher) !== key) {
      profile.name = given.name;
      profile.acronym = given.acronym;
    }
  } else if (key !== null) {
    const known = matcher.entries.find((entry) => entry.key === key);
    profile.acronym ??= known?.acronym ?? null;
    // A page that writes its actor only by the acronym: the graph's full name.
    if (known?.acronym && profile.name === known.acronym) profile.name = known.name;
  }
  const extraction = extractRelations(
    profile.paragraphs,
    profile.language,
    { name: profile.name, acronym: profile.acronym, key, aliases: profile.aliases },
    matcher,
    profile.lines,
  );
  const entry = key === null ? undefined : matcher.entries.find((e) => e.key === key);
  const relations = extraction.relations.map(({ acronyms: _acronyms, ...relation }) =>
    checkAgainstGraph(relation, matcher),
  );
  const facts: ActorFact[] = [];
  if (extraction.founded !== null) {
    const graphYear = entry?.founded?.slice(0, 4) ?? null;
    const year = extraction.founded;
    const evidence = profile.paragraphs
      .flatMap((paragraph) => sentences(paragraph, profile.language))
      .find((sentence) => sentence.includes(year));
    const fact: ActorFact = {
      field: 'founded',
      value: year,
      evidence: (evidence ?? year).trim(),
      status:
        graphYear === null ? 'NEW' : graphYear === extraction.founded ? 'IN_GRAPH' : 'CONTRADICTS',
    };
    if (fact.status === 'CONTRADICTS' && entry?.founded) fact.graphValue = entry.founded;
    facts.push(fact);
  }
  if (profile.resourceCounts.length > 0) {
    const held = entry?.resourceCounts ?? {};
    const same = profile.resourceCounts.every((count) => held[count.type] === count.count);
    facts.push({
      field: 'resourceCounts',
      value: profile.resourceCounts,
      status: same ? 'IN_GRAPH' : 'NEW',
      evidence: profile.resourceCounts.map((count) => `${count.count} ${count.type}`).join(', '),
    });
  }
  return {
    file,
    sourceUrl: profile.sourceUrl,
    actor: {
      match: key,
      name: profile.name,
      // A body known only by its acronym ("SAOS") has that as its name, and no acronym besides;
      // nor has "Etika" the graph's "etika": the name written again in another case.
      acronym:
        profile.acronym === null || normalise(profile.acronym) === normalise(profile.name)
          ? null
          : profile.acronym,
      founded: extraction.founded,
      resourceCounts: profile.resourceCounts,
    },
    relations,
    newActors: newActorsOf(extraction, { match: key, name: profile.name }),
    facts,
  };
}
