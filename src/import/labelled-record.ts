// A record the page opens with, field by field on one line ("Dénomination : X  Date de création :
// …"): its name field's value is the body's name, not the label nor the next field's words.

import { isNameShaped } from './page-actor.js';
import { isPersonName } from './person-names.js';

/** The labels of a body's name field. */
const NAME_LABEL =
  /(?:^|\s)(?:dénomination(?: sociale)?|raison sociale|nom de l['’](?:organisation|association|structure|entreprise)|nom officiel|organi[sz]ation name|official name|legal name|name of (?:the )?organi[sz]ation)\s*:\s*/iu;
/** The next field's label: a capitalised word, up to three lowercase ones and a colon. */
const NEXT_LABEL = /\s+\p{Lu}[\p{L}'’]*(?:\s+\p{Ll}[\p{L}'’]*){0,3}\s*:\s/u;

/** The name field's value in one of the lines, or null when none holds a name field. */
export function recordName(lines: readonly string[]): string | null {
  for (const line of lines) {
    const label = NAME_LABEL.exec(line);
    if (!label) continue;
    const rest = line.slice((label.index ?? 0) + label[0].length);
    const next = NEXT_LABEL.exec(rest);
    const value = (next ? rest.slice(0, next.index) : rest).trim().replace(/[.;,]$/u, '');
    if (value !== '' && /^\p{Lu}/u.test(value) && isNameShaped(value) && !isPersonName(value))
      return value;
  }
  return null;
}
