// The page's actor from three signs weighed together (session 32, helper actorsigns): the body the
// address names, written on the page's first line and known to the graph, over a reading that is
// not the body the page's names vote for.
import { normalise } from '../text/normalise.js';
import type { Matcher } from './match.js';
import type { PageActor } from './page-actor.js';
import { urlActor } from './url-actor.js';
import { votedActor } from './voted-actor.js';

/** Whether a line writes a body, by its name or its acronym, as whole words. */
const writes = (line: string, actor: PageActor) =>
  [actor.name, actor.acronym ?? '']
    .filter((form) => form.length >= 2)
    .some((form) => ` ${normalise(line)} `.includes(` ${normalise(form)} `));

/** A name as compared: accents, case and a leading article aside. */
const key = (name: string) => normalise(name).replace(/^(?:the|la|le|les|l) /u, '');

const sameBody = (a: PageActor, b: PageActor) => key(a.name) === key(b.name);

/** Whether the graph writes a name or an acronym exactly so. */
const known = (actor: PageActor, matcher: Matcher) =>
  [actor.name, actor.acronym ?? '']
    .filter((form) => form.length >= 2)
    .some((form) => {
      const match = matcher.matchPhrase(form);
      return match !== undefined && (match.how === 'exact' || match.how === 'acronym');
    });

/**
 * The body to read instead of `reading`, or null to keep it: the address's body when the page's
 * first line writes it and the graph knows it, unless the reading is the body the page's names
 * vote for (then the address's body is the site's, the page another's).
 */
export function knownAddressBody(
  reading: PageActor,
  address: string | null,
  lines: readonly string[],
  matcher: Matcher,
): PageActor | null {
  if (!address) return null;
  const text = lines.join('\n');
  const fromAddress = urlActor(address, text);
  if (!fromAddress || sameBody(fromAddress, reading)) return null;
  if (!writes(lines[0] ?? '', fromAddress) || !known(fromAddress, matcher)) return null;
  const voted = votedActor(text, address);
  if (voted && sameBody(voted, reading)) return null;
  return { name: fromAddress.name, acronym: fromAddress.acronym };
}
