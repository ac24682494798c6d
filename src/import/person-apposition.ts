// Session 36: "we met Ana Ruiz, a farmer and member of X", "selon Paul Martin, membre du conseil de
// X": a membership written in apposition to a person is the person's, never the actor's.
import { isPersonName } from './person-names.js';

/** A capitalised name of two to four words, maybe dated "(1880-1946)", then its apposition:
 * a comma and at most one short description ending in a comma or "and"/"et", up to the trigger. */
const NAME_THEN_APPOSITION =
  /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*(?:\([^()]*\)\s*)?,\s*(?:[^,.;:()]{1,40}?(?:,|\s(?:and|et))\s*)?$/u;

/** Whether the words before a trigger end on a person's name and its apposition. Case-sensitive. */
export function personInApposition(before: string): boolean {
  const name = NAME_THEN_APPOSITION.exec(before)?.[1];
  return name !== undefined && isPersonName(name);
}
