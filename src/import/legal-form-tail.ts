// A legal form closing a body's name ("Ferme du Val Limited", "Atelier Vert asbl", "Heron Mills, Inc.")
// is a registration fact, not the name: the annotation convention (README-annotation.md, 1) drops
// it, unless the page writes the same name with two legal forms to tell two bodies apart.
import { normalise } from '../text/normalise.js';
import type { End } from './proposal.js';
import { LEGAL_FORM } from './words.js';

/** The last word of a name, after a comma or not: "…, Inc.", "… S.C.", "… e.V.". */
const LAST_WORD = /,?\s+([\p{L}.]{1,9})$/u;

/** A connector closing what is left: the form was a word of the name ("des Scic", "of SA"). */
const CONNECTOR_LAST = /(?:^|\s)(?:de|des|du|d['’]|et|les|la|le|aux|of|and|the|for|pour)$/iu;

/** A written word as `LEGAL_FORM` reads it: "S.C." → "sc", "e.V." → "ev". */
const formOf = (word: string) => normalise(word).replace(/\s/gu, '');

/** The name without the legal forms that close it ("… Pty Ltd" loses both); "" stays "". */
function strippedOf(name: string): { bare: string; forms: string[] } {
  let bare = name.trim();
  const forms: string[] = [];
  for (;;) {
    const found = LAST_WORD.exec(bare);
    const word = found?.[1];
    if (!found || !word || !LEGAL_FORM.test(formOf(word))) break;
    const rest = bare.slice(0, found.index).trim();
    // A name is never a legal form alone, nor a plural after a connector ("… des Scop et des Scic").
    if (!/\p{L}/u.test(rest) || CONNECTOR_LAST.test(rest)) break;
    forms.unshift(formOf(word));
    bare = rest;
  }
  return { bare, forms };
}

/** A capitalised word and the word after it: "Kelp AG", "Kelp eG". */
const WORD_THEN_WORD = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]+),?\s+([\p{L}.]{1,9})(?![\p{L}\p{N}])/gu;

/**
 * Whether the page writes one name with two legal forms ("Kelp AG" beside "Kelp eG"): there the
 * forms tell bodies apart, and the page's names keep them.
 */
function formsTellApart(prose: string): boolean {
  const formsByWord = new Map<string, Set<string>>();
  for (const [, word, next] of prose.matchAll(WORD_THEN_WORD)) {
    const form = formOf(next as string);
    // A capital in the form: French "sa" ("Depuis sa création") is a possessive, not a form.
    if (!/\p{Lu}/u.test(next as string) || !LEGAL_FORM.test(form)) continue;
    const forms = formsByWord.get(word as string) ?? new Set<string>();
    formsByWord.set(word as string, forms.add(form));
    if (forms.size >= 2) return true;
  }
  return false;
}

/** The name without a closing legal form ("Heron Mills, Inc." → "Heron Mills"), as the convention writes it. */
export function withoutLegalFormTail(name: string, prose = ''): string {
  const { bare, forms } = strippedOf(name);
  if (forms.length === 0 || formsTellApart(prose)) return name;
  return bare;
}

/** A relation whose new bodies' names lose a closing legal form; graph names are left as they are. */
export function endsWithoutLegalForm<R extends { from: End; to: End }>(
  relation: R,
  prose: string,
): R {
  const bare = (end: End) =>
    end.match === null ? { ...end, name: withoutLegalFormTail(end.name, prose) } : end;
  const [from, to] = [bare(relation.from), bare(relation.to)];
  return from.name === relation.from.name && to.name === relation.to.name
    ? relation
    : { ...relation, from, to };
}
