// The profiled actor's founding year in wordings the first "founded in YYYY" reader misses.
import { escapeRegExp, MONTH_NAME, SAW_THE_DAY } from './words.js';

/** "le 04 janvier 2014", "on the 22nd December 2009", "on April 1, 2018", "in October 2012"; a full
 * date needs no preposition in news style ("launched April 28, 1971", "founded 12 March 1994"). */
const DATE = `(?:(?:in|en|on|le|the|du)\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th|er)?\\s+(?:of\\s+)?${MONTH_NAME}|${MONTH_NAME}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?)|${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?,|\\d{1,2}(?:st|nd|rd|th|er)?\\s+${MONTH_NAME})\\s+(\\d{4})\\b`;
const VERB = `(?:founded|created|set up|established|launched|formed|constituted|born|started|registered|incorporated|came into (?:being|existence)|fondée?s?|créée?s?|constituée?s?|née?s?|lancée?s?|enregistrée?s?|mise?s? en place|mise?s? sur pied|${SAW_THE_DAY})`;

/** "in the spring of 2003", "in early 2003", "au printemps 2003", "fin 2003": a part of the year. */
const SEASON =
  "(?:in\\s+(?:the\\s+)?(?:spring|summer|autumn|fall|winter|beginning|start|middle|end)\\s+of|in\\s+(?:early|late|mid-?)|au\\s+(?:printemps|début|milieu|cours de l['’]année)|à\\s+l['’](?:été|automne|hiver)|(?:au\\s+|en\\s+)?(?:début|fin)(?:\\s+de\\s+l['’]année|\\s+d['’]année)?)";

/** "née lors du rassemblement … en 2003", "founded at the congress … in 1995": an event dates it. */
const DURING =
  "(?:lors d(?:u|e la|e l['’]|es)|au cours d(?:u|e la|e l['’])|à l['’]occasion d(?:u|e la|e l['’]|es)|during|at)";

/** An infobox line of its own: "Founded 1919", "Fondée 1984" (no colon between them). */
const INFOBOX =
  '(?:^|\\n)\\s*(?:founded|established|fondée?|créée?|date of creation)\\s+(\\d{4})\\s*(?=\\n|$)';

/** "fondé à Angers", "set up in Karachi": the town a founding took place in, before its founders. */
const AT_PLACE = String.raw`(?:\s+(?:à|in|at)\s+\p{Lu}[\p{L}-]+)?`;

/** A founding dated to the month or the day ("was registered on the 22nd December 2009"), a
 * registration ("registered in 2009"), one whose founders come first ("founded by A and B in
 * 1990"), the year named as such ("in the year 2003") or the body's first form or name ("founded as
 * a non-profit association … in 2003", "créée sous forme d'association en 1994"): the same subject
 * checks as any "founded in YYYY". */
export const DATED_FOUNDING = new RegExp(
  `\\b${VERB}(?:\\s+(?:officially|formally|officiellement))?\\s+${DATE}|\\b(?:registered|incorporated|initiated|enregistrée?s?|initiée?s?|mise?s? en place|mise?s? sur pied)\\s+(?:in|en)\\s+(\\d{4})\\b|\\b(?:founded|created|set up|established|launched|formed|fondée?s?|créée?s?|lancée?s?|constituée?s?)${AT_PLACE}(?:,\\s*\\p{L}+)? (?:by|par) [^.;:!?]{2,120}? (?:in|en) (?:${MONTH_NAME}\\s+(?:of\\s+)?)?(\\d{4})\\b|\\b${VERB}\\s+${SEASON}\\s+(\\d{4})\\b|${INFOBOX}|\\b${VERB}\\s+(?:in the year|en l['’]an(?:née)?)\\s+(\\d{4})\\b|\\b(?:founded|created|set up|established|launched|formed|started|fondée?s?|créée?s?|lancée?s?|constituée?s?)\\s+(?:as|sous (?:la )?forme d['’]|sous le nom d[eu'’]?)\\s*[^.;:!?]{2,80}?\\s(?:in|en)\\s+(\\d{4})\\b|\\b${VERB}\\s+${DURING}\\s[^.;:!?]{3,120}?\\s(?:in|en)\\s+(\\d{4})\\b`,
  'giu',
);

const YEAR = /\b(1[89]\d\d|20\d\d)\b/gu;

/** "depuis sa création en 1979", "since its establishment by A in 1984": the page's own body, by its
 * possessive; its founders may come before the year. */
const OWN_CREATION = new RegExp(
  `\\b(?:depuis|dès|since|from) (?:sa|son|leur|its|their) (?:création|fondation|naissance|creation|founding|foundation|inception|launch|establishment|incorporation)(?: (?:par|by) [^.;:!?,()]{2,80}?)? (?:en|in) (?:${MONTH_NAME}\\s+)?(\\d{4})\\b`,
  'iu',
);

/** A founding named as a noun: "its creation", "the establishment", "la constitution". */
const FOUNDING_NOUN =
  '(?:création|fondation|naissance|constitution|creation|founding|foundation|establishment|incorporation|registration|launch)';

/** The years of a sentence, nearest to `at` first. */
function nearestYear(sentence: string, at: number): string | null {
  const years = [...sentence.matchAll(YEAR)].sort(
    (a, b) => Math.abs(a.index - at) - Math.abs(b.index - at),
  );
  return years[0]?.[1] ?? null;
}

const sentencesOf = (paragraph: string) => paragraph.split(/(?<=[.!?])\s+(?=[\p{Lu}«"“])/u);

/**
 * The actor's founding year stated without "X was founded in": its possessive ("depuis sa
 * création en 1979"), the actor as what others formed or became ("In 1977, five centres formed
 * X", "… merged to form X", "which became X in 2019", "to found X"), or the actor as a subject
 * active since a year ("X (ACR) rassemble depuis 2008 …", "X, … active since 2013").
 */
export function ownFoundingYear(
  paragraphs: readonly string[],
  names: readonly string[],
): string | null {
  const own = names.filter((name) => name.length >= 2).map(escapeRegExp);
  if (own.length === 0) return null;
  const self = `(?:the |la |le |les |l['’])?(?:${own.join('|')})(?![\\p{L}\\p{N}]|['’]s\\b)`;
  const madeSelf = new RegExp(
    `\\b(?:formed|founded|created|established|launched|set up|became|to (?:form|found|create|establish|launch|set up|become)|(?:launch|creation|founding|formation|birth) of|ont (?:créé|fondé|formé|constitué|lancé)|a (?:créé|fondé|lancé)|pour (?:créer|fonder|former|constituer|lancer|devenir)|(?:est|sont) devenue?s?|devient|deviennent|(?:création|fondation|naissance|lancement) (?:de |du |d['’]))\\s*${self}`,
    'iu',
  );
  const activeSince = new RegExp(
    `^${self}(?:\\s*\\([^()]{1,30}\\))?(?:,[^,.;]{1,90},)?\\s+(?:[^,.;]{0,90}?,\\s+)?(?:rassemble|regroupe|fédère|réunit|unites|brings together|gathers|represents|représente|accompagne|existe|exists|operates|works|œuvre|agit|is active|has been active|has existed|has been operating|(?:\\p{L}+ (?:et|and) )?(?:actif|active)|operating|en activité)\\s+(?:depuis|since)\\s+(\\d{4})\\b`,
    'iu',
  );
  for (const paragraph of paragraphs) {
    const own = OWN_CREATION.exec(paragraph);
    if (own) return own[1] as string;
  }
  // "En 1998, le conseil … : X était né !": the year opens the sentence the actor's birth closes.
  // "On January 1, 1998, X was formed", "Le 1er juin 2002, X est créée": a full date opens it.
  const bornAfterYear = new RegExp(
    `^(?:(?:En|In)\\s+|(?:On|Le)\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th|er)?\\s+(?:of\\s+)?${MONTH_NAME}|${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?,?)\\s+)(\\d{4}),[^.!?]{0,200}?${self}\\s+(?:était|est|a été|fut|was|has been)\\s+(?:née?s?|créée?s?|fondée?s?|born|created|founded|formed|established)(?!\\p{L})`,
    'iu',
  );
  // "X's legal constitution in September of 2002", "la création, en 2024, de X": the founding as a
  // noun, its year given before or after the body it is of.
  const ofSelf = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${own.join('|')})['’]s\\s+(?:(?:legal|official|formal)\\s+)?${FOUNDING_NOUN}\\s+(?:was\\s+)?(?:in|on)\\s+(?:(?:\\d{1,2}\\s+)?${MONTH_NAME}\\s+(?:of\\s+)?)?(\\d{4})\\b|${FOUNDING_NOUN},?\\s+(?:en|in)\\s+(\\d{4}),?\\s+(?:de|du|d['’]|of)\\s*${self}`,
    'iu',
  );
  // "Le 24 septembre 1993 naissait X", "En 1993 voyait le jour X": French puts the subject after
  // the verb of birth when a date opens the sentence.
  const bornInverted = new RegExp(
    `^(?:(?:Le|Au)\\s+(?:\\d{1,2}(?:er)?\\s+)?${MONTH_NAME}\\s+|En\\s+)(\\d{4}),?\\s+(?:naissait|naquit|naît|voyait le jour|vit le jour|était (?:créée?|fondée?))\\s+${self}`,
    'iu',
  );
  // "L'histoire de X a commencé en 2007", "X's story began in 2007": a body's story starts when it does.
  const storyBegan = new RegExp(
    `(?:(?:l['’]histoire|l['’]aventure)\\s+(?:de\\s+|du\\s+|d['’])${self}\\s+(?:a commencé|commence|a débuté|débute|a démarré|démarre)|(?:the\\s+(?:story|history)\\s+of\\s+${self}|(?:${own.join('|')})['’]s\\s+(?:story|history))\\s+(?:began|begins|started|starts))\\s+(?:en|in)\\s+(\\d{4})\\b`,
    'iu',
  );
  // "X Cooperative (established 2018)", "X (fondée en 1994)": a founding year in brackets after the name.
  const bracketed = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${own.join('|')})\\s*\\((?:founded|established|est\\.|created|set up|formed|fondée?|créée?|constituée?)\\s+(?:in\\s+|en\\s+)?((?:1[89]|20)\\d\\d)\\)`,
    'iu',
  );
  // "les coopératives ont ainsi créé en 2020 le fonds X", "they founded in 2020 the X network":
  // the date put before the object, which the actor is (a common noun of its kind may lead it).
  const datedObject = new RegExp(
    `\\b(?:(?:ont|a|avons)\\s+(?:\\p{Ll}+\\s+)?(?:créé|fondé|lancé|constitué|mis sur pied)|(?:(?:have|has|had)\\s+(?:\\p{Ll}+\\s+)?)?(?:created|founded|launched|set up|established|formed))\\s+(?:en|in)\\s+((?:1[89]|20)\\d\\d),?\\s+(?:le|la|les|l['’]|the)\\s*(?:\\p{Ll}+\\s+){0,2}${self}`,
    'iu',
  );
  for (const paragraph of paragraphs)
    for (const sentence of sentencesOf(paragraph)) {
      const afterDate = datedObject.exec(sentence);
      if (afterDate) return afterDate[1] as string;
      const inBrackets = bracketed.exec(sentence);
      if (inBrackets) return inBrackets[1] as string;
      const noun = ofSelf.exec(sentence);
      if (noun) return (noun[1] ?? noun[2]) as string;
      const dated = bornInverted.exec(sentence) ?? storyBegan.exec(sentence);
      if (dated) return dated[1] as string;
      const born = bornAfterYear.exec(sentence);
      if (born) return born[1] as string;
      const made = madeSelf.exec(sentence);
      const year = made ? nearestYear(sentence, made.index) : null;
      if (year) return year;
      const since = activeSince.exec(sentence);
      if (since) return since[1] as string;
    }
  return null;
}

/** A record's label for its founding: "date de création", "Time of foundation", "Année de fondation". */
const FIELD_LABEL =
  '(?:(?:date|année|year|time) (?:de|of) (?:création|fondation|creation|establishment|foundation|founding|incorporation)|year founded|founding (?:date|year))';

/** A founding field of a record: "Founded | 1963", "Date de création : 17 Mars 2006", "Founded January 1, 1896". */
const FOUNDING_FIELD = new RegExp(
  `(?:^[|\\s]*(?:founded|established|formed|fondée?|création|${FIELD_LABEL}|incorporated)\\s*[|:]?|(?:^|\\s)${FIELD_LABEL}\\s*[|:])\\s*(?:(?:le\\s+)?(?:\\d{1,2}(?:er|st|nd|rd|th)?\\s+)?${MONTH_NAME}\\s+(?:\\d{1,2},?\\s+)?)?((?:1[89]|20)\\d\\d)\\b`,
  'iu',
);

/**
 * The year an infobox or a record the page gives its body states in its founding field: the
 * page's own founding, over a year the prose gives another event. One field only: a table whose
 * rows each have a founding field lists other bodies.
 */
export function recordFoundingYear(lines: readonly string[]): string | null {
  const years = lines.flatMap((line) => FOUNDING_FIELD.exec(line)?.[1] ?? []);
  return years.length === 1 ? (years[0] as string) : null;
}
