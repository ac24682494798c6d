// "The X project, coordinated by A", "le projet X conduit par A": who carries a project initiated it.
import { isBodyPhrase } from './general-items.js';
import { PERSON_TITLE } from './general-lexicon.js';
import { listItems } from './list-items.js';
import { CUT } from './patterns.js';
import type { Body, ReaderContext, Reading } from './reader-context.js';
import { CARRIED_NOUNS } from './undertaking-nouns.js';

/** The nouns of an undertaking that a body carries out (not a network, a fund or a study). */
const HEAD = `(?<head>${CARRIED_NOUNS.join('|')})`;

/** The participles that say who carries it; "porté par" and "launched by" are read by the frames. */
const CARRIED =
  '(?:led|co-led|coordinated|implemented|developed|promoted|executed|managed|run|carried out|conduit|coordonné|piloté|mis en (?:œ|oe)uvre|mené|développé)e?s?';

/** Auxiliaries between the project and its participle: "was", "will be", "est", "sera". */
const BE =
  '\\s*,?\\s+(?:(?:is|was|will be|has been|is being|est|était|sera|a été)\\s+)?(?:(?:jointly|conjointement)\\s+)?';

/**
 * The project's own words, its participle and the agent marker: "the project, coordinated by",
 * "le projet interreg CEVALER conduit par", "X is a social project developed by".
 */
const FRAME = new RegExp(
  `(?<![\\p{L}])${HEAD}(?<name>(?: [^,;:.()]{1,40}?)??)${BE}${CARRIED} (?:by|par)\\s+(?<agents>[^;:]+)`,
  'iu',
);

/** A capitalised run (a name, an acronym) with lowercase function words inside it. */
const NAME_RUN =
  /(?:\p{Lu}[\p{L}\p{N}'’&-]*)(?:\s+(?:(?:of|for|de|du|des|la|le|d['’])\s+)*\p{Lu}[\p{L}\p{N}'’&-]*)*/gu;

/** "X is a / est un …" before the head: X is the project. */
const COPULA = /(?:^|[,;]\s*)(?<name>[^,;]+?)\s+(?:is|was|est|était)\s+(?:a|an|un|une)\s+[^,;]*$/iu;

/** "the project", "ce projet": an article or demonstrative right before the head noun. */
const REFERENCE = /(?:^|[\s,])(the|this|le|ce|cette|la)\s*$/iu;

/** The project the frame is about: its name after or before the head noun, the copula's subject, or the actor. */
function projectOf(
  before: string,
  head: string,
  inside: string,
  context: ReaderContext,
): Body | undefined {
  const after = [...inside.matchAll(NAME_RUN)].at(-1)?.[0];
  // "le projet interreg CEVALER": the name closes the head's words.
  if (after && inside.trimEnd().endsWith(after)) return context.resolve(after, false);
  if (inside.trim() !== '') return undefined;
  const copula = COPULA.exec(before)?.groups?.name;
  const text = copula ?? before;
  // "The project, …" when the page's actor is the project: the reference alone names it.
  const reference = REFERENCE.exec(text);
  if (reference)
    return context.refersToSelf(`${reference[1]} ${head}`) && context.othersIn(text).length === 0
      ? { ...context.self, confidence: 1 }
      : undefined;
  // "the Cooperative Neighborhood project": the name right before the head noun.
  const run = [...text.matchAll(NAME_RUN)].at(-1)?.[0];
  if (!run || !text.trimEnd().endsWith(run)) return undefined;
  return context.resolve(run, false);
}

/** The bodies after "by/par", up to the first item that is not one. */
function agentsOf(text: string, context: ReaderContext): Body[] {
  const bodies: Body[] = [];
  for (const item of listItems(text.replace(CUT, ''))) {
    if (item.coAgent || !isBodyPhrase(item.phrase)) break;
    const body = context.resolve(item.phrase.replace(CUT, ''), true);
    if (!body) break;
    bodies.push(body);
  }
  return bodies;
}

/** Each body that leads, coordinates or implements a named project initiated it. */
export function readProjectAgents(clause: string, context: ReaderContext): Reading[] {
  const match = FRAME.exec(clause);
  if (!match || PERSON_TITLE.test(match.groups?.agents ?? '')) return [];
  const project = projectOf(
    clause.slice(0, match.index),
    match.groups?.head ?? '',
    match.groups?.name ?? '',
    context,
  );
  if (!project) return [];
  return agentsOf(match.groups?.agents ?? '', context)
    .filter((agent) => (agent.match ?? agent.name) !== (project.match ?? project.name))
    .map((agent) => ({
      type: 'INITIATED',
      from: agent,
      to: project,
      confidence: Math.min(agent.confidence, project.confidence),
    }));
}
