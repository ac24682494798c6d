// One profile in, the proposals out, in the shape `npm run import -- --dry-run --json` prints.
import { type Extraction, extractRelations, type ProposedRelation } from './extract.js';
import type { Matcher } from './match.js';
import { type ParsedProfile, parseProfile, type ResourceCount } from './parse.js';

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
}

export interface ProfileResult {
  file: string;
  actor: ImportedActor;
  relations: ProposedRelation[];
  newActors: NewActor[];
}

/** The profiled actor's key: its name or its acronym as the graph writes them. */
function matchSelf(profile: ParsedProfile, matcher: Matcher): string | null {
  const byName = matcher.matchPhrase(profile.name);
  if (byName && byName.confidence >= 0.85) return byName.key;
  return profile.acronym ? (matcher.matchPhrase(profile.acronym)?.key ?? null) : null;
}

function newActorsOf(extraction: Extraction): NewActor[] {
  const names = extraction.relations
    .filter((relation) => relation.other.match === null)
    .map((relation) => relation.other.name);
  return [...new Set(names)].map((name) => ({ name, acronym: null }));
}

/** Reads, matches and extracts; throws ProfileError for a file that is not a profile. */
export function importProfile(bytes: Uint8Array, file: string, matcher: Matcher): ProfileResult {
  const profile = parseProfile(bytes, file);
  const key = matchSelf(profile, matcher);
  const extraction = extractRelations(
    profile.paragraphs,
    profile.language,
    { name: profile.name, acronym: profile.acronym, key },
    matcher,
  );
  return {
    file,
    actor: {
      match: key,
      name: profile.name,
      acronym: profile.acronym,
      founded: extraction.founded,
      resourceCounts: profile.resourceCounts,
    },
    relations: extraction.relations,
    newActors: newActorsOf(extraction),
  };
}
