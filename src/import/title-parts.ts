// A page title's parts: "Lorem Network - Home", "Accueil | Dolor", "Dolor — Wikipédia" join a body's
// name, a heading and the site's name with a spaced bar or dash, in a <title> as on a title line.

/** A bar or a dash with a space on each side: a hyphen inside a name ("Co-op", "Nord-Est") has none. */
const TITLE_SEPARATOR = /\s[|–—-]\s/u;

/** The title's parts between spaced bars or dashes, trimmed; one part where there is none ("X | " gives an empty one). */
export function titleParts(title: string): string[] {
  return title.split(TITLE_SEPARATOR).map((part) => part.trim());
}
