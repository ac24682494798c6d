// One profile in, the proposals out, in the shape `npm run import -- --dry-run --json` prints.
import type { ActorKind, OtherNodeKind } from '../model/vocabulary.js';
import { normalise } from '../text/normalise.js';
import { type End, type Extraction, extractRelations, type ProposedRelation } from './extract.js';
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
}

export interface ProfileResult {
  file: string;
  /** The page's address: its first line, or --source-url. */
  sourceUrl?: string | null;
  actor: ImportedActor;
  relations: (ProposedRelation & { status?: GraphStatus })[];
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
}

/** The profiled actor's key: its name, a former name or its acronym as the graph writes them. */
function matchSelf(profile: ParsedProfile, matcher: Matcher): string | null {
  for (const name of [profile.name, ...profile.aliases]) {
    const byName = matcher.matchPhrase(name);
    // Only a name the graph writes the same way: a near match would make another actor the subject.
    if (byName && (byName.how === 'exact' || byName.how === 'acronym')) return byName.key;
  }
  return profile.acronym ? (matcher.matchPhrase(profile.acronym)?.key ?? null) : null;
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
  } else if (key !== null && profile.acronym === null) {
    profile.acronym = matcher.entries.find((entry) => entry.key === key)?.acronym ?? null;
  }
  const extraction = extractRelations(
    profile.paragraphs,
    profile.language,
    { name: profile.name, acronym: profile.acronym, key, aliases: profile.aliases },
    matcher,
  );
  const entry = key === null ? undefined : matcher.entries.find((e) => e.key === key);
  const held = new Set(
    matcher.entries.flatMap((e) => (e.relations ?? []).map((relation) => `${e.key}|${relation}`)),
  );
  const relations = extraction.relations.map(({ acronyms: _acronyms, ...relation }) => {
    const id = `${relation.from.match}|${relation.type}|${relation.to.match}`;
    const inGraph = relation.from.match !== null && relation.to.match !== null && held.has(id);
    return { ...relation, status: (inGraph ? 'IN_GRAPH' : 'NEW') as GraphStatus };
  });
  const facts: ActorFact[] = [];
  if (extraction.founded !== null) {
    const graphYear = entry?.founded?.slice(0, 4) ?? null;
    const fact: ActorFact = {
      field: 'founded',
      value: extraction.founded,
      status:
        graphYear === null ? 'NEW' : graphYear === extraction.founded ? 'IN_GRAPH' : 'CONTRADICTS',
    };
    if (fact.status === 'CONTRADICTS' && entry?.founded) fact.graphValue = entry.founded;
    facts.push(fact);
  }
  if (profile.resourceCounts.length > 0) {
    facts.push({ field: 'resourceCounts', value: profile.resourceCounts, status: 'NEW' });
  }
  return {
    file,
    sourceUrl: profile.sourceUrl,
    actor: {
      match: key,
      name: profile.name,
      acronym: profile.acronym,
      founded: extraction.founded,
      resourceCounts: profile.resourceCounts,
    },
    relations,
    newActors: newActorsOf(extraction, { match: key, name: profile.name }),
    facts,
  };
}
