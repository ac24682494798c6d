// Whose founding a "founded in YYYY" states: the profiled actor's, or another body's it names.
import { compactName, isAcronym, isPlace, kindOf } from './names.js';
import { NOT_A_BODY } from './page-actor.js';
import { predicateSubject } from './predicate-founding.js';
import { isBodyWord } from './voted-actor.js';

/** A clause's subject that is not the actor: it does not hold the actor's name and names another body. */
function subjectNamesAnother(subject: string, own: readonly string[]): boolean {
  const written = compactForm(subject);
  if (own.some((mine) => mine.length >= 3 && written.includes(mine))) return false;
  return namesAnother(subject, own, true);
}

/** Capitalised words (an acronym, a name with linking words) right before "was founded". */
const NAME_BEFORE_VERB =
  /(\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|for|and|the|de|du|des|d['’]|la|le|l['’])\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*)*)\s*(?:\(([^()]{1,40})\)\s*)?(?:was|were|has been|had been|is|a été|avait été|fut|est|était)\s+(?:(?:officially|formally|first|originally|initially|officiellement)\s+)?$/u;
/** "Established in 1998, Banff Grain was …": the name that follows an opening participle. */
const NAME_AFTER_CLAUSE =
  /^\s*,\s*(?:the |la |le |l['’])?(\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|for|and|the|de|du|des|d['’]|la|le|l['’])\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*)*)/u;

/** A name compacted with "&" and "and"/"et" as one: "Trinidad & Tobago" is "Trinidad and Tobago". */
const compactForm = (text: string) => compactName(text.replace(/\s(?:&|and|et)\s/giu, ' '));

/** A name that stands for another body: two capitalised words or an acronym, not the actor's. */
function namesAnother(name: string, own: readonly string[], subject = false): boolean {
  const words = name.replace(/^(?:The|La|Le|Les|L['’])\s*/u, '').split(/\s+/);
  const acronym = words.length === 1 && /^\p{Lu}[\p{Lu}\p{N}&-]+$/u.test(words[0] as string);
  // "The Centre was established": an article before one word refers back to the actor.
  const lone =
    subject && !/^(?:The|La|Le|Les|L['’])\s/u.test(name) && isLoneName(words[0] as string);
  // "The Network was founded": a kind word alone describes the actor, unless the actor's name
  // holds another kind noun ("The Foundation was established" on an association's page).
  if (words.length === 1 && kindOf(name) !== null) return otherKindNoun(words[0] as string, own);
  if (words.length < 2 && !acronym && !lone) return false;
  const written = compactForm(name);
  return !own.some(
    (mine) => mine.length >= 2 && (written.includes(mine) || mine.includes(written)),
  );
}

/** Nouns that say what kind of body a name is. */
const KIND_NOUNS = [
  'association',
  'foundation',
  'fondation',
  'federation',
  'fédération',
  'network',
  'réseau',
  'union',
  'society',
  'league',
  'centre',
  'center',
  'council',
  'alliance',
  'movement',
  'mouvement',
  'cooperative',
  'coopérative',
].map(compactName);

/** A kind noun alone ("Foundation") while the actor's compacted names hold another and not it. */
function otherKindNoun(word: string, own: readonly string[]): boolean {
  const noun = compactName(word).replace(/s$/u, '');
  if (!KIND_NOUNS.includes(noun)) return false;
  return (
    !own.some((mine) => mine.includes(noun)) &&
    own.some((mine) => KIND_NOUNS.some((other) => other !== noun && mine.endsWith(other)))
  );
}

/** Words that open a clause in capitals without naming a body: pronouns, determiners, adverbs. */
const NOT_A_LONE_NAME =
  /^(?:elle|elles|they|this|that|these|those|celle|celui|cette|ceci|cela|which|nous|vous|notre|votre|leur|their|there|here|today|aujourd|then|puis|ensuite|alors|what|where|when|also|first|finally|enfin|ainsi|celle-ci|celui-ci)$/iu;

/** "Mutami avait été créé": one capitalised word as a clause's subject names a body, a pronoun does not. */
const isLoneName = (word: string) =>
  /^\p{Lu}\p{Ll}{3,}$/u.test(word) && !NOT_A_LONE_NAME.test(word) && kindOf(word) === null;

/** "fondées", "créés", "nées": a French participle of founding in the plural. */
const PLURAL_PARTICIPLE =
  /(?<![\p{L}])(?:fond|cré|constitu|lanc|enregistr|initi|n)ée?s(?![\p{L}])/iu;

/** "Les Ateliers du Lac", "Terres Unies": a name whose head noun is plural, that a plural participle may follow. */
function isPluralName(name: string): boolean {
  if (/^les\s/iu.test(name)) return true;
  const head = name.replace(/^(?:the|la|le|l['’])\s*/iu, '').split(/\s+/u)[0] ?? '';
  return !isAcronym(head) && /[sx]$/iu.test(head);
}

/** True when the founding at [start, end) of the sentence is another named body's ("JJC was established in 1956"). */
export function foundsAnother(
  text: string,
  start: number,
  end: number,
  ownNames: readonly string[],
): boolean {
  // "trois mutuelles, fondées en 1934": a French plural participle agrees with plural bodies.
  if (PLURAL_PARTICIPLE.test(text.slice(start, end)) && !ownNames.some(isPluralName)) return true;
  const own = ownNames.map(compactForm).filter(Boolean);
  const sentenceStart = Math.max(text.lastIndexOf('. ', start) + 1, 0);
  const before = text.slice(sentenceStart, start);
  // "Octobre 2012 : Création de la brasserie": a dated row is the founding of what it names.
  if (DATED_CREATION_ROW.test(text.slice(start, end))) return rowNamesAnother(text.slice(end), own);
  // "… part of the RAESS, the African network created in 2010": a bare participle qualifies the
  // last body the sentence names before it.
  // "… un appel à candidatures lancé en 2025": a bare participle after a common noun qualifies it.
  // "Laiterie Brenne is a dairy cooperative founded in 1938": the predicate noun is the subject itself.
  const predicated = predicateSubject(before);
  if (predicated !== null) return predicated !== '' && subjectNamesAnother(predicated, own);
  if (!AUXILIARY_BEFORE.test(before) && qualifiesCommonNoun(before)) return true;
  // "… with Velora, association created in 2005": a kind noun in apposition qualifies the name before it.
  const [, apposed, kind] = APPOSED_KIND.exec(before) ?? [];
  if (apposed !== undefined && isBodyWord(kind ?? '')) return namesAnother(apposed, own, true);
  // "… grew out of the Union of X, which was founded in 1920": the relative is of the body before it.
  const relative = RELATIVE_BEFORE.exec(before);
  const antecedent = relative ? lastBodyIn(before.slice(0, relative.index)) : undefined;
  if (antecedent !== undefined) return namesAnother(antecedent, own);
  const last = AUXILIARY_BEFORE.test(before) ? undefined : lastBodyIn(before);
  if (last !== undefined) return namesAnother(last, own);
  // "The X Federation in Great Britain (FAC) was formed": the clause names the actor first.
  if (own.some((mine) => mine.length >= 3 && compactForm(before).includes(mine))) return false;
  // "The World Fair Trade Organization (WFTO), originally known as X, was created": the subject
  // stands before its apposition.
  const [, subject, gloss] =
    NAME_BEFORE_VERB.exec(before) ?? NAME_BEFORE_VERB.exec(withoutApposition(before)) ?? [];
  // "The Solidarity Economy Movement (MES) was founded": the actor under a translated name.
  if (subject) return namesAnother(subject, own, true) && (!gloss || namesAnother(gloss, own));
  if (before.trim() === '') {
    const after = NAME_AFTER_CLAUSE.exec(text.slice(end))?.[1];
    if (after) return namesAnother(after, own);
  }
  return false;
}

/** A timeline row that dates a creation ("2012 : Création", "2004: Founding"), its object after it. */
const DATED_CREATION_ROW = /\d{4}\s*:\s*(?:création|fondation|creation|founding|foundation)$/iu;
/** What a row's creation noun is of: "de la brasserie", "of the Network", "de l'association". */
const ROW_OBJECT =
  /^\s*(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|of\s+(?:the\s+)?)([^,;.()]+)/iu;

/**
 * Whether a dated creation row names another body or thing than the actor: a capitalised name not
 * the actor's, or a common noun that names no kind of body ("la brasserie", "l'épicerie"); "de
 * l'association" refers back to the actor.
 */
function rowNamesAnother(after: string, own: readonly string[]): boolean {
  const object = ROW_OBJECT.exec(after)?.[1]?.trim();
  if (!object) return false;
  const first = object.split(/\s+/u)[0] as string;
  if (/^\p{Ll}/u.test(first)) return !isBodyWord(first);
  const name = BODY_NAME_AT_START.exec(object)?.[0];
  return name !== undefined && namesAnother(name, own);
}

const BODY_NAME_AT_START =
  /^\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|for|and|the|de|du|des|d['’]|la|le|l['’])\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*)*/u;

/** "Name, association " / "Name, a cooperative " right before a participle: the name and its kind noun. */
const APPOSED_KIND =
  /(?:^|[\s(])(\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,3}),\s+(?:(?:une?|an?|the)\s+|l['’])?(\p{Ll}+)\s+$/u;

/** A clause ending in an article and a lowercase noun phrase that names no kind of body. */
function qualifiesCommonNoun(before: string): boolean {
  const phrase =
    /(?:^|\s)(?:un|une|des|a|an)\s+((?:\p{Ll}[\p{Ll}'’-]*\s+){0,3}\p{Ll}[\p{Ll}'’-]*)\s*$/u.exec(
      before,
    )?.[1];
  return phrase !== undefined && !phrase.split(/\s+/u).some(isBodyWord);
}

/** ", which was", ", qui a été": a relative clause whose subject is the body named before the comma. */
const RELATIVE_BEFORE =
  /,\s*(?:which|who|qui|lequel|laquelle)\s+(?:was|were|had been|has been|a été|avait été|fut|était)\s+(?:\p{Ll}+\s+)?$/u;

const AUXILIARY_BEFORE =
  /\b(?:was|were|is|are|has been|had been|have been|a été|ont été|avait été|avaient été|fut|est|sont|était|being|having been)\s+(?:\p{Ll}+\s+)?$/u;

/** "X, originally known as Y, was" → "X was": the subject without the clause set off by commas. */
const withoutApposition = (before: string) =>
  before.replace(
    /,\s[^,]{1,100},\s*((?:was|were|is|has been|had been|a été|fut|est|était)\s+(?:\p{Ll}+\s+)?)$/u,
    ' $1',
  );

/** The last capitalised name (two words or more) or acronym of a clause, places and the field left out. */
function lastBodyIn(before: string): string | undefined {
  const names = [...before.matchAll(BODY_NAME)]
    .map((found) => found[0].replace(/^(?:The|La|Le|Les|L['’])\s*/u, ''))
    .filter((name) => {
      const words = name.split(/\s+/);
      if (words.length === 1) return isAcronym(name) && !NOT_A_BODY.has(name) && !isPlace(name);
      return !isPlace(name);
    });
  return names.at(-1);
}

const BODY_NAME =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|for|and|the|de|du|des|d['’]|la|le|l['’])\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*)*/gu;
