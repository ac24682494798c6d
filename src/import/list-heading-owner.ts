// Whose list a heading or lead-in announces: "Members of the X federation:" lists X's members, not the page actor's.
import { CAPITALISED_RUN } from './capitalised-run.js';
import type { Body } from './general-reader.js';
import { isAcronym, isPlace } from './names.js';
import type { End } from './proposal.js';

/** "our members", "nos partenaires", "we work with": the page speaks of its own list. */
const FIRST_PERSON = /(?:^|[\s'’])(?:our|we|us|nos|notre|nous)(?=[\s:,.]|$)/iu;

/**
 * The other body a heading or a lead-in names (a name or an acronym that is no place and not the
 * page's actor), or undefined when it names none or speaks in the first person.
 */
export function otherOwnerNamed(
  heading: string,
  resolve: (phrase: string, alone: boolean) => Body | undefined,
  isSelf: (end: End) => boolean,
): Body | undefined {
  if (FIRST_PERSON.test(heading)) return undefined;
  const names = [
    ...[...heading.matchAll(CAPITALISED_RUN)].map((found) => found[0]),
    ...heading.split(/[\s:,;()]+/u).filter(isAcronym),
  ];
  for (const name of names) {
    if (isPlace(name)) continue;
    const body = resolve(name, true);
    if (body && !isSelf(body)) return body;
  }
  return undefined;
}
