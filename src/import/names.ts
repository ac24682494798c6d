// What counts as the name of a body in running text: capitalised words, an acronym; never a place.

import type { ActorKind, OtherNodeKind } from '../model/vocabulary.js';
import { normalise } from '../text/normalise.js';
import { isCamelCaseName } from './camel-case-name.js';
import { PLACE_PAIRS } from './fixed-phrases.js';
import {
  GENERIC_KIND_WORDS,
  KIND_OF_WORD,
  KIND_PREFIX_WORDS,
  LOWERCASE_NAME_HEADS,
} from './kind-words.js';
import { droppedLegalForm, leadingLegalForm } from './legal-form-prefix.js';
import { isNotAName } from './not-a-name.js';
import { NAMED_THING_NOUNS } from './patterns.js';
import { isPersonName } from './person-names.js';
import {
  alternation,
  BE_HAVE_VERBS,
  FUTURE_VERBS,
  GENERIC,
  MODAL_VERBS,
  STOPWORDS,
} from './words.js';

const CONNECTORS = new Set([
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'of',
  'the',
  'for',
  'pour',
  'une',
  'un',
  'et',
  'and',
  'sur',
  'on',
  'y',
  'del',
  'di',
  'della',
  'do',
  'da',
  'en',
  // Portuguese and Italian: "Associação Nacional dos Trabalhadores em Empresas", "Produzione e Lavoro".
  'dos',
  'das',
  'em',
  'e',
  'dei',
  'degli',
  'delle',
]);

/** Words that open a heading or a menu, never an organisation's name. */
export const HEADING_WORDS = new Set(
  [
    'home',
    'menu',
    'about',
    'us',
    'who',
    'we',
    'are',
    'our',
    'story',
    'history',
    'early',
    'later',
    'years',
    'presentation',
    'members',
    'contact',
    'news',
    'accueil',
    'presentation',
    'historique',
    'histoire',
    'qui',
    'sommes',
    'nous',
    'propos',
    'a',
    'membres',
    'adherents',
    'nos',
    'missions',
    'mission',
    'adherer',
    'join',
    'team',
    'equipe',
    'governance',
    'gouvernance',
    'partners',
    'partenaires',
    'actualites',
    'overview',
    'welcome',
    'bienvenue',
    'the',
    'le',
    'la',
    'les',
    'l',
    'du',
    'de',
    'des',
    'network',
    'reseau',
    'mouvement',
    'movement',
    'federation',
    'collectif',
    'collective',
    'structure',
    'association',
    'pole',
    'plateforme',
    'platform',
    'alliance',
    'union',
    'coordination',
    'notre',
    'overview',
    'organisation',
    'organization',
    // Site banners: "Login", "Private areas", "Sign in".
    'login',
    'logout',
    'sign',
    'private',
    'area',
    'areas',
    'access',
    // Site tools in a banner: "Accueil🇫🇷Chercher", "Search".
    'chercher',
    'rechercher',
    'recherche',
    'search',
  ].map((word) => normalise(word)),
);

/** True for a line such as "Accueil", "About us", "Qui sommes-nous ?", "Les membres du Mouvement". */
export function isHeading(line: string): boolean {
  // A numbered menu entry ("1. Accueil", "2. > Société") is a heading when its words are.
  // Symbols between menu words ("Accueil🇫🇷Chercher") separate them.
  const plain = line.replace(/[^\p{L}\p{N}\s'’.)>-]/gu, ' ');
  const words = normalise(plain.replace(/^\s*\d{1,2}[.)]\s*(?:>\s*)?/u, ''))
    .split(' ')
    .filter(Boolean);
  return words.length > 0 && words.length <= 6 && words.every((word) => HEADING_WORDS.has(word));
}

const COUNTRY_CODES = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].flatMap((a) =>
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((b) => `${a}${b}`),
);

/**
 * Regions whose name follows a body's to make a regional branch ("France Active Alsace", "Iowa
 * Alliance for …"): France's regions, former and current, and the states of the United States.
 */
const REGIONS = [
  'Alsace',
  'Lorraine',
  'Champagne-Ardenne',
  'Picardie',
  'Nord-Pas-de-Calais',
  'Normandie',
  'Haute-Normandie',
  'Basse-Normandie',
  'Aquitaine',
  'Nouvelle-Aquitaine',
  'Limousin',
  'Poitou-Charentes',
  'Midi-Pyrénées',
  'Languedoc-Roussillon',
  'Auvergne',
  'Rhône-Alpes',
  'Auvergne-Rhône-Alpes',
  'Bourgogne',
  'Franche-Comté',
  'Bourgogne-Franche-Comté',
  'Centre-Val de Loire',
  'Pays de la Loire',
  'Île-de-France',
  'Grand Est',
  'Hauts-de-France',
  "Provence-Alpes-Côte d'Azur",
  'PACA',
  'Corse',
  'Guadeloupe',
  'Martinique',
  'Guyane',
  'Mayotte',
  'Alabama',
  'Alaska',
  'Arizona',
  'Arkansas',
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'Florida',
  'Hawaii',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'Tennessee',
  'Texas',
  'Utah',
  'Vermont',
  'Virginia',
  'Washington',
  'West Virginia',
  'Wisconsin',
  'Wyoming',
];

/** Long names pages write where CLDR writes another ("Congo-Kinshasa", "Czechia", "Eswatini"). */
const USUAL_COUNTRY_NAMES = [
  'Democratic Republic of the Congo',
  'Democratic Republic of Congo',
  'Republic of the Congo',
  'République démocratique du Congo',
  'République du Congo',
  'Czech Republic',
  'République tchèque',
  'Ivory Coast',
  'Swaziland',
  'Macedonia',
  'Macédoine',
  'East Timor',
];

/** "Myanmar (Burma)" gives both names; "Corée du Sud" and "South Korea" give "Corée", "Korea" too. */
function countryForms(name: string): string[] {
  const forms = [name, ...name.split(/\s*[()]\s*/u)].filter((form) => form.trim() !== '');
  const heads = forms.flatMap((form) => {
    const head =
      /^(.+?)\s+du\s+(?:Sud|Nord)$/u.exec(form)?.[1] ?? /^(?:South|North)\s+(.+)$/u.exec(form)?.[1];
    return head ? [head] : [];
  });
  return [...forms, ...heads].map(normalise);
}

/** Country names in English and French, from the runtime's own CLDR data. */
const PLACES: Set<string> = (() => {
  const places = new Set<string>();
  for (const language of ['en', 'fr', 'es', 'it', 'de']) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    // The short style gives the usual "Palestine", "Hong Kong"; not "US", "É.-U.", acronyms.
    const short = new Intl.DisplayNames([language], {
      type: 'region',
      style: 'short',
      fallback: 'none',
    });
    for (const code of COUNTRY_CODES) {
      for (const name of [names.of(code), short.of(code)])
        if (name && /\p{Ll}/u.test(name)) for (const form of countryForms(name)) places.add(form);
    }
  }
  for (const usual of USUAL_COUNTRY_NAMES) places.add(normalise(usual));
  // "Saône et Loire" in a list of départements is a place, as "Saône-et-Loire" is.
  for (const pair of PLACE_PAIRS) places.add(normalise(pair));
  for (const extra of [
    'europe',
    'africa',
    'afrique',
    'asia',
    'asie',
    'latin america',
    'amerique latine',
    'north america',
    'amerique du nord',
    'oceania',
    'catalonia',
    'catalogne',
    'quebec',
    'wallonia',
    'wallonie',
    'flanders',
    'scotland',
    'ecosse',
    'wales',
    'england',
    'bretagne',
    'brittany',
    'occitanie',
    ...REGIONS,
  ])
    places.add(normalise(extra));
  return places;
})();

export function isPlace(phrase: string): boolean {
  return PLACES.has(normalise(phrase).replace(/^(?:the|la|le|les|l) /, ''));
}

// Either apostrophe: "d’Épargne" as "d'Épargne".
const isCapitalised = (word: string) => /^(?:[ld]['’])?[\p{Lu}\p{N}]/u.test(word);

/** What a French body's name holds after "au", "aux", "à la", "à l’": a remit, "Coopération au Développement". */
const REMIT =
  /^(?:[ld]['’])?(?:D[ée]veloppement|[ÉE]conomie|Emploi|Solidarité|Commerce|Coopération|Logement|Environnement|Travail|Formation|Entrepreneuriat|Innovation|Recherche|Insertion|Création|Cohésion)$/u;

/** Whether words[index] ("au", "à", "la") joins the name to a remit ("… au Développement", "… à l’Économie"). */
function beforeRemit(words: readonly string[], index: number): boolean {
  const word = (words[index] as string).toLowerCase();
  const next = words[index + 1] ?? '';
  if (word === 'au' || word === 'aux') return REMIT.test(next);
  if (word === 'à')
    return REMIT.test(next) || (next === 'la' && REMIT.test(words[index + 2] ?? ''));
  return false;
}
/** "RIPESS", "CFN-UK", "PhilSEN": two capitals or more, few lowercase letters. */
/** A name reduced to its letters and digits, for comparing how two texts write one name. */
export const compactName = (text: string) => normalise(text).replace(/[^\p{L}\p{N}]/gu, '');

export const isAcronym = (word: string) =>
  /^[\p{Lu}][\p{Lu}\p{N}&'-]*$/u.test(word)
    ? word.replace(/[^\p{Lu}]/gu, '').length >= 2
    : /^\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*$/u.test(word) && word.replace(/[^\p{Lu}]/gu, '').length >= 3;

const DESCRIPTORS = new Set([
  'association',
  'biennial',
  'annual',
  'yearly',
  'first',
  'premier',
  'première',
  'ensemble',
  'together',
  'jointly',
]);

const LEADING = new Set([
  ...DESCRIPTORS,
  'the',
  'a',
  'an',
  'its',
  'their',
  'our',
  'former',
  'le',
  'la',
  'les',
  'un',
  'une',
  'son',
  'sa',
  'ses',
  'ancien',
  'ancienne',
  'de',
  'du',
  'des',
  'association',
  'biennial',
  'annual',
  'yearly',
]);

/** The phrase without the articles and "former" before the name; an acronym ("UN", "DES") stays. */
export function withoutLeadingWords(phrase: string): string {
  let text = phrase.trim().replace(/^\d{4}\s+/u, '');
  for (;;) {
    const elided = /^[ldLD]['’]\s*/u.exec(text);
    if (elided) {
      text = text.slice(elided[0].length);
      continue;
    }
    // "Scop la Péniche": a legal form before an article is not part of the name.
    const form = droppedLegalForm(text);
    if (form !== '' && !isPlace(text.slice(form.length).trim())) {
      text = text.slice(form.length);
      continue;
    }
    const word = /^(\S+)\s+/u.exec(text);
    const first = word?.[1] ?? '';
    if (/^\d{4}$/.test(first)) {
      text = text.slice((word as RegExpExecArray)[0].length);
      continue;
    }
    if (!word || !LEADING.has(first.toLowerCase()) || isAcronym(first)) break;
    // "l'association X" describes X; "l'Association X" is its name.
    if (DESCRIPTORS.has(first.toLowerCase()) && first !== first.toLowerCase()) break;
    text = text.slice(word[0].length);
  }
  return text.replace(/\s+(?:of|de|du|in|en)\s+\d{4}\b.*$/u, '').trim();
}

/**
 * A name worth proposing as a new node: two capitalised words or more, one acronym, or a charter,
 * festival, forum …; `alone` also accepts one capitalised word (an item of an explicit list).
 */
export function namedThing(phrase: string, alone = false): string | undefined {
  if (isNotAName(withoutLeadingWords(phrase))) return undefined;
  // A legal form before the name says it is a body's, even of one word ("la Scop Péniche").
  const formed = leadingLegalForm(phrase.replace(ARTICLES_BEFORE_FORM, '')) !== '';
  const text = withoutLeadingWords(
    withoutLeadingWords(phrase.replace(/[\s,.;:…]+$/u, '')).replace(KIND_PREFIX, ''),
  );
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  if (isCapitalised(words[0] as string)) {
    const run: string[] = [];
    for (const [index, word] of words.entries()) {
      if (isCapitalised(word) || CONNECTORS.has(word.toLowerCase()) || beforeRemit(words, index))
        run.push(word);
      else break;
    }
    while (run.length > 0 && !isCapitalised(run.at(-1) as string)) run.pop();
    const name = run.join(' ');
    // "regroupe 11 membres": a count, not a name.
    if (!/\p{L}/u.test(name)) return undefined;
    const capitals = run.filter(isCapitalised).length;
    if (capitals < 2 && afterHead(text, words, alone)) return afterHead(text, words, alone);
    if (isPlace(name) || isHeading(name) || isGenericName(name)) return undefined;
    // A person is never a body; "Max Havelaar Suisse" (a country in it) is a national body.
    const person = kindOf(name) === null && !formed && !run.some(isPlace) && isPersonName(name);
    if (capitals >= 2 && person) return undefined;
    if (capitals >= 2) return name;
    if (
      run.length === 1 &&
      (isAcronym(name) || isCamelCaseName(name) || ((alone || formed) && words.length === 1))
    )
      return name;
    return undefined;
  }
  // A lowercase phrase names one thing only when its head is a charter, forum …, with no name inside.
  if (afterHead(text, words, alone)) return afterHead(text, words, alone);
  if (words.some((word) => isCapitalised(word))) return undefined;
  return NAMED_THING_NOUNS.test(text) && words.length >= 2 && words.length <= 8 ? text : undefined;
}

/** Relative words, auxiliaries and modals: the phrase is a clause ("… du Grand Kelp vont promouvoir"), not a name. */
const AFTER_HEAD_CLAUSE = new RegExp(
  `\\s${alternation(['qui', 'que', 'dont', 'which', 'who', 'that', 'où', 'a', ...BE_HAVE_VERBS, ...FUTURE_VERBS, ...MODAL_VERBS])}\\s`,
  'u',
);

/** Articles and "des" before a legal form: "des SCOP la Péniche", "l'ASBL Vents d'Houyet". */
const ARTICLES_BEFORE_FORM =
  /^(?:(?:the|la|le|les|des|du|de|un|une|La|Le|Les|Des|Un|Une)\s+|[lLdD]['’]\s*)+/u;

/** "Conseil régional de l'alimentation": a head word, then the name in lowercase, no verb. */
function afterHead(text: string, words: readonly string[], alone = false): string | undefined {
  // A list item may be a longer name: "Union des caisses mutuelles d'épargne et de crédit du Mali".
  const most = alone ? 12 : 9;
  if (!LOWERCASE_NAME_HEAD.test(text) || words.length < 3 || words.length > most) return undefined;
  const whole = text.replace(/\s+(?:en|in|depuis|since)\s+\d{4}.*$/u, '');
  // A quoted phrase is a title or a slogan inside a clause, never a lowercase name's words.
  if (/[,;«»“”]/.test(whole)) return undefined;
  return AFTER_HEAD_CLAUSE.test(whole) ? undefined : whole;
}

/** Words that alone name a kind of body or an authority, never one body. */
const KIND_NOUNS = new Set(GENERIC_KIND_WORDS.map(normalise));

/** "Région" or "Network Members": only kind words and function words. */
function isGenericName(name: string): boolean {
  return normalise(name)
    .split(' ')
    .every(
      (word) =>
        GENERIC.has(word) || STOPWORDS.has(word) || HEADING_WORDS.has(word) || KIND_NOUNS.has(word),
    );
}

/** Institutional heads after which French names go on in lowercase: "Conseil régional de l'alimentation". */
const LOWERCASE_NAME_HEAD = new RegExp(`^${alternation(LOWERCASE_NAME_HEADS)}\\s`, 'u');
/** Lowercase kind words before a name: "le réseau national France Tiers-Lieux". */
const KIND_PREFIX = new RegExp(
  `^(?:(?:le|la|les|l'|the|a|an|un|une|Le|La|Les|L'|The)\\s+)?(?:${alternation(KIND_PREFIX_WORDS)}\\s+)+(?=\\p{Lu})`,
  'u',
);

/** The kind the name itself gives ("… Federation" → Federation), or null. */
export function kindOf(name: string): ActorKind | OtherNodeKind | null {
  return KIND_OF_WORD.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

/** "CIC Insurance Group", "Groupe Arbor", "Grupo Norte", "Tarn Holdings": a group of companies, whose listed bodies are its parts. */
const COMPANY_GROUP =
  /(?:^|\s)(?:Group|Groupe|Grupa|Grupo|Gruppo|Holdings?)$|^(?:(?:the|le|la|l['’])\s*)?(?:Groupe|Grupo|Gruppo|Grupa)\s+\p{Lu}/iu;
/** Words that make a group one of people's work ("Working Group", "Advisory Group"): it lists members, not parts. */
const COMMITTEE_WORD =
  "(?:Working|Advisory|Expert|Steering|Action|Contact|Study|Reference|Focus|Interest|Peer|Support|Users?|Parliamentary|Task|Farmers['’]?|Producers['’]?)";
const COMMITTEE_GROUP = new RegExp(`${COMMITTEE_WORD}\\s+Group$`, 'iu');
const ENDS_ON_COMMITTEE_WORD = new RegExp(`(?<![\\p{L}])${COMMITTEE_WORD}\\s+$`, 'iu');

/** Whether the text before a "group" word ends on a committee word: "The Steering ", "the working ". */
export const endsOnCommitteeWord = (text: string) => ENDS_ON_COMMITTEE_WORD.test(text);

/** Whether a name is a group of companies (its head or last word), not a working group. */
export const isCompanyGroup = (name: string) =>
  COMPANY_GROUP.test(name.trim()) && !COMMITTEE_GROUP.test(name.trim());
