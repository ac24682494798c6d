// The English and French phrases that state a relation, each with the confidence a match earns.
import type { RelationType } from '../model/vocabulary.js';

export interface Trigger {
  type: RelationType;
  pattern: RegExp;
  confidence: number;
  /** "founding member of": MEMBER_OF with `founding: true`, the model's one encoding. */
  founding?: boolean;
  /** "member of its coordination committee": a role in the body named just before. */
  roleOnAntecedent?: boolean;
}

const OF_FR = "(?:du |de la |de l'|des |de |d')";
const TO_FR = "(?:au |aux |à la |à l'|à )";

const t = (
  type: RelationType,
  pattern: string,
  confidence: number,
  extra: Partial<Trigger> = {},
): Trigger => ({ type, pattern: new RegExp(pattern, 'giu'), confidence, ...extra });

export const TRIGGERS: Trigger[] = [
  t(
    'MEMBER_OF',
    '\\b(?:(?:is |are )?an? )?(?:member of|sits on|sat on|seat on|has a seat on) (?:its|their) (coordination committee|board of directors|board|executive committee|steering committee)\\b',
    0.85,
    { roleOnAntecedent: true },
  ),
  t(
    'MEMBER_OF',
    "\\b(?:membre d[eu]|siège (?:à|au|dans)|siégeait à) (?:son|sa|leur) (comité de coordination|conseil d'administration|bureau|comité de pilotage)\\b",
    0.85,
    { roleOnAntecedent: true },
  ),
  t('MEMBER_OF', '\\b(?:a |an )?founding member of ', 0.9, { founding: true }),
  t('MEMBER_OF', `\\bmembre fondat(?:eur|rice)s? ${OF_FR}`, 0.9, { founding: true }),
  t('FOUNDED', '\\bparticipated in the (?:foundation|founding|creation) of ', 0.85),
  t('FOUNDED', '\\b(?:co-?founded|helped (?:to )?found) ', 0.85),
  t('FOUNDED', '(?<!\\b(?:was|were|is|been|be|being) )\\bfounded (?=the |[A-Z])', 0.85),
  t('FOUNDED', `\\ba participé à la (?:fondation|création) ${OF_FR}`, 0.85),
  t('FOUNDED', '\\ba (?:co-?)?fondé ', 0.85),
  t('EMERGED_FROM', '\\bon the (?:foundations|basis) of ', 0.85),
  t('EMERGED_FROM', '\\b(?:grew|emerged) (?:out of|from) ', 0.85),
  t('EMERGED_FROM', `\\b(?:est |sont )?issue?s? ${OF_FR}`, 0.85),
  t('EMERGED_FROM', `\\bsur les (?:bases|fondations) ${OF_FR}`, 0.85),
  t('SUCCEEDED', '\\b(?:succeeded|took over from|is the successor of) ', 0.85),
  t('SUCCEEDED', `\\b(?:a succédé ${TO_FR}|a pris la suite ${OF_FR})`, 0.85),
  t('INITIATED', '\\bat the initiative of ', 0.8),
  t('INITIATED', '\\binitiated ', 0.85),
  t('INITIATED', `\\bà l'initiative ${OF_FR}`, 0.8),
  t('INITIATED', '\\ba (?:initié|lancé) ', 0.8),
  t(
    'CONTRIBUTED_TO',
    '\\bparticipated in (?:all (?:the )?stages of )?the (?:construction|drafting|making|elaboration|preparation) of ',
    0.85,
  ),
  t('CONTRIBUTED_TO', '\\bcontributed to ', 0.85),
  t('CONTRIBUTED_TO', `\\ba contribué ${TO_FR}`, 0.85),
  t(
    'CONTRIBUTED_TO',
    `\\ba participé (?:à toutes les étapes de )?(?:à )?(?:l'élaboration|la construction|la rédaction|la préparation) ${OF_FR}`,
    0.85,
  ),
  t('MEMBER_OF', '\\b(?:an? )?(?:active )?member of ', 0.9),
  t('MEMBER_OF', '\\bjoined ', 0.85),
  t('MEMBER_OF', `\\bmembre (?:actif |active )?${OF_FR}`, 0.9),
  t('MEMBER_OF', `\\b(?:adhère|adhèrent|a adhéré) (?:également |aussi )?${TO_FR}`, 0.85),
  t('MEMBER_OF', '\\ba rejoint ', 0.85),
  t(
    'PARTICIPATES_IN',
    '\\binvolved (?:since (?:\\d{4}|its creation|its foundation) )?in (?:the work of )?',
    0.8,
  ),
  t('PARTICIPATES_IN', '\\b(?:takes|take|took|taking) part in (?:the work of )?', 0.8),
  t('PARTICIPATES_IN', '\\bparticipat(?:es|ed) in (?:the work of )?', 0.8),
  t('PARTICIPATES_IN', '\\bsits on ', 0.8),
  t(
    'PARTICIPATES_IN',
    `\\b(?:participe|participent|prend part)(?: depuis \\d{4})? (?:aux travaux ${OF_FR}|${TO_FR})`,
    0.8,
  ),
  t('PARTICIPATES_IN', `\\bsiège ${TO_FR}`, 0.8),
];

/** The role words a "member of its …" names, as the graph writes roles. */
export const COMMITTEE_ROLES: Record<string, string> = {
  'coordination committee': 'coordination committee member',
  'comité de coordination': 'coordination committee member',
  board: 'board member',
  'board of directors': 'board member',
  "conseil d'administration": 'board member',
  bureau: 'bureau member',
  'executive committee': 'executive committee member',
  'steering committee': 'steering committee member',
  'comité de pilotage': 'steering committee member',
};

/** A negated or hypothetical sentence proposes nothing. */
export const NEGATED_OR_HYPOTHETICAL =
  /(?<![\p{L}\p{N}])(?:not|never|no longer|neither|nor|cannot|would|could|might|plans? to|intends? to|considering|if|whether|unless|ne|jamais|aucun|aucune|pourrait|pourraient|envisage|souhaite|souhaiterait|projette|si|n't)(?![\p{L}\p{N}])|(?<![\p{L}])n'(?=\p{L})/iu;

/** "since 2015", "in 2012", "depuis 2015", "en 2012"; not a date the object itself carries. */
export const YEAR =
  /(?<!\b(?:adopted|held|published|adoptée?s?|tenue?s?|publiée?s?) )\b(?:since|in|from|depuis|en|dès) (\d{4})\b/giu;
export const SINCE_CREATION =
  /\b(?:since its (?:creation|foundation)|depuis sa (?:création|fondation))\b/iu;

/** Where an object phrase stops being the name: a qualifier, a relative clause, a participle. */
export const CUT =
  /\s(?:within|inside|together with|with the aim|adopted|held|where|which|who|that|au sein|dans le cadre|avec|adoptée?|qui|que|dont|où|afin|pour faire)(?![\p{L}\p{N}]).*$/iu;

/** Splits an object phrase listing several things; "sociale et solidaire" stays whole. */
export const LIST_SEPARATOR =
  /\s(?:and|or|et|ou|including|notamment|such as|as well as|ainsi que)\s(?!solida|the solida)/iu;

/** "au titre d'un groupe de travail" names the role the relation is held in. */
export const ROLE_PHRASE = /\s(?:au titre d(?:e |u |es |')(?:un |une )?|as (?:an? )?)(.+)$/iu;

/** "where its delegates ran a workshop": a role for the participation just named. */
export const ACTIVITY_ROLE =
  /\b(ran|led|organised|organized|animé|animait|organisé) (a|an|un|une) (workshop|panel|session|atelier|table ronde)\b/iu;

/** "dont elle a repris les activités": an emergence that is a succession. */
export const TOOK_OVER =
  /\b(?:a repris (?:les|ses) activités|took over (?:its|the) activities)\b/iu;

/** The founding year of the profiled actor, stated in its own prose. */
export const SELF_FOUNDED =
  /\b(?:founded|created|set up|established|launched|fondée?s?|créée?s?|constituée?s?) (?:in|en) (\d{4})\b/iu;

/** Lowercase phrases that still name one thing: "a national charter on cooperative housing". */
export const NAMED_THING_NOUNS =
  /\b(?:charter|charte|manifesto|manifeste|declaration|déclaration|festival|forum|week|semaine|convention)\b/iu;
