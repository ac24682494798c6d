// The English and French phrases that state a relation, each with the confidence a match earns.
import type { RelationType } from '../model/vocabulary.js';
import { capital } from './trigger-capitals.js';
import { NAMED_THING_WORDS } from './undertaking-nouns.js';
import { MONTH_NAME, SAW_THE_DAY, SAW_THE_DAY_ANY_CAPITAL, WORD_EDGE } from './words.js';

export interface Trigger {
  type: RelationType;
  pattern: RegExp;
  confidence: number;
  /** "founding member of": MEMBER_OF with `founding: true`, the model's one encoding. */
  founding?: boolean;
  /** "member of its coordination committee": a role in the body named just before. */
  roleOnAntecedent?: boolean;
  /** The items after the trigger are the relation's subjects, the clause's subject its object. */
  incoming?: boolean;
  /** The object is a list that runs past commas to the next trigger or the sentence's end. */
  list?: boolean;
  /** The clause's subject may be another body than the profiled actor: "A and B created C". */
  thirdParty?: boolean;
  /** The role the relation is held in ("sits on the board of X" → board member). */
  role?: string;
  /** The body named just before is the subject, the actor the object ("…, which funds its work"). */
  fromAntecedent?: boolean;
  /** "at the initiative of X": X initiated the actor when the clause tells of its creation. */
  initiativeOf?: boolean;
  /** A relative clause ("of which it became a member"): the body is the name written just before. */
  relative?: boolean;
  /** The clause's bodies act on the actor itself ("A and B have funded its work"). */
  objectSelf?: boolean;
  /** "the X member organisations, which are A, B": the body named right before is the object. */
  ownerBefore?: boolean;
  /** "A, B and C are members of X": the bodies listed before the trigger are its subjects. */
  listedSubjects?: boolean;
  /** Repeats the previous trigger's relation for one more object. */
  continues?: boolean;
  /** "have joined X: A, B": the body the trigger names (its `owner` group) is the object. */
  ownerInTrigger?: boolean;
  /** "four of its members - A, B and C - are": the list ends at the closing dash. */
  dashed?: boolean;
  /** "A, B et C se regroupent au sein de X": only the bodies listed before; nothing without them. */
  listedOnly?: boolean;
  /** "A, B and C founded X": a subject that is only a list of bodies gives them all. */
  wholeSubjects?: boolean;
  /** "X awarded the network a grant": holds only when the words after the trigger name the actor. */
  toSelf?: boolean;
  /** Holds only when the clause's subject (or the name an apposition follows) is the actor: "X is part of Y" says nothing of the actor. */
  selfSubject?: boolean;
  /** "A, the apex body, works with B": a name opening the clause is the subject, not the actor (`partnership-subject.ts`). */
  namedSubject?: boolean;
  /** "The X Group comprises A, B": a list of parts, read only when its owner is a group of companies. */
  partsOnly?: boolean;
  /** "un financement issu du programme": a participle right after a common noun describes that noun. */
  notOnNoun?: boolean;
  /** "sous l'égide de X": read only of a creation; a foundation under it is sheltered (PART_OF, `aegis.ts`). */
  underAegis?: boolean;
}

const OF_FR = "(?:du |de la |de l'|des |de |d')";
const TO_FR = "(?:au |aux |à la |à l'|à )";

/** "organised by A", "portée par A": an event's organiser named by a passive (rounds 17-19: who works "in collaboration with" it co-organises). */
const ORGANISER =
  '(?:(?:co-?)?organi[sz]ed|(?:co-?)?hosted|convened|(?:co-?)?organisée?s?|portée?s?) (?:by|par)';
/** A clause that names an event's organiser: its "in partnership with B" makes B a co-organiser, not A's partner. */
export const ORGANISED_BY = new RegExp(`(?<![\\p{L}])${ORGANISER}(?![\\p{L}])`, 'iu');
/** A conjunction that opens another clause: what a creation's clause stops at. */
const CLAUSE_OPENER = '(?:and|et|which|who|qui)';
/** A body set up "in collaboration with" others: who collaborates in a creation co-creates it, it is no standing partner. */
const CREATION_ACT =
  '(?:(?:has|have|had|was|were) (?:co-?)?(?:created|founded|set up|launched|established)|(?:a|ont|avait|avaient|a été|ont été|est|sont) (?:fait naître|(?:co-?)?(?:créée?s?|fondée?s?)|lancée?s?|mise?s? (?:en place|sur pied)))';
/** A clause that tells of a creation, up to a conjunction that opens another clause. */
export const CREATED_IN_CLAUSE = new RegExp(
  `(?<![\\p{L}])${CREATION_ACT}(?![\\p{L}])(?:(?!(?<![\\p{L}])${CLAUSE_OPENER}(?![\\p{L}]))[^.;:!?])*$`,
  'iu',
);
/** Not after an organiser in the same sentence, nor in a creation's clause (a lookbehind: JavaScript's reads any length). */
const NOT_ORGANISED = `(?<!\\b${ORGANISER}\\s[^.;:!?]*)(?<!\\b${CREATION_ACT}(?:(?!\\b${CLAUSE_OPENER}\\b)[^.;:!?])*)`;

/** A capitalised trigger word right after a capitalised word or an article belongs to a name or a title
 * ("The Gathering of", "Board Member of"); after "and" or a number it opens a phrase ("and Founder Member of"). */
export const inName = (text: string, at: number) =>
  /^\p{Lu}/u.test(text.slice(at)) &&
  /(?:(?<![\p{L}])\p{Lu}[\p{L}'’.-]*|(?<![\p{L}])(?:the|la|le|les|l['’]))\s*$/u.test(
    text.slice(0, at).replace(/\s+$/u, ' '),
  ) &&
  /\s$/u.test(text.slice(0, at));

const t = (
  type: RelationType,
  pattern: string,
  confidence: number,
  extra: Partial<Trigger> = {},
): Trigger => ({
  type,
  // With the u flag `\\b` knows ASCII letters only, so "à l'initiative" had no edge.
  pattern: new RegExp(pattern.replaceAll('\\b', WORD_EDGE), 'giu'),
  confidence,
  ...extra,
});

const CREATED = '(?:set up|founded|co-?founded|created|launched|established|formed|started)';
const CREATED_FR =
  '(?:fondée?s?|co-?fondée?s?|créée?s?|lancée?s?|mise?s? en place|mise?s? sur pied|constituée?s?)';
// A participle followed by an article has an object (active voice: "it created a community of interest by …").
const GAP =
  "(?!\\s*(?:a|an|the|its|their|our|his|her|un|une|des|les|le|la|l'|son|sa|ses|leur|leurs|notre|nos)\\s)[^.,;:!?]{0,40}?";

// A count between the possessive and "members" ("among its 13 members", "ses 25 adhérents sont").
const HOW_MANY = '(?:\\d[\\d,. ]*\\s|many |several |plusieurs |nombreux )?';

/** Triggers whose object is a list, or whose subject is not the profiled actor. */
const LIST_TRIGGERS: Trigger[] = [
  // Incoming memberships: "its members are: A, B", "brings together A, B and C".
  t(
    'MEMBER_OF',
    '\\b(?:its |our |their )?(?:member organi[sz]ations|members|membres|adhérents|nos membres|ses membres|ses adhérents)\\s*:',
    0.85,
    { incoming: true, list: true },
  ),
  t(
    'MEMBER_OF',
    `\\b(?:(?:its|our|their) ${HOW_MANY})?(?:members|member organi[sz]ations) (?:are|were|include|included|range from|such as)\\b`,
    0.85,
    { incoming: true, list: true },
  ),
  t(
    'MEMBER_OF',
    "\\bmember (?:organi[sz]ations|co-?operatives|unions|associations)(?: in [\\p{L}\\s'’-]{2,40}?)?,? (?:which|who) are\\b",
    0.85,
    { incoming: true, list: true, ownerBefore: true },
  ),
  // "among its members" announces a list only before it ("development among its members made …": 0 of 3 unseen).
  t(
    'MEMBER_OF',
    `\\b(?:brings|bringing|brought) together\\b|\\b(?:unites|gathers|federates|groups together)\\b|\\b(?:is|are|was) (?:composed|made up) (?:of|by)\\b|\\b(?:consists|consisted) of\\b|\\b(?:uniting|gathering)\\b|\\b(?:its|our|their) membership (?:includes|included|comprises|is made up of)\\b|\\bmember (?:co-?ops|cooperatives|co-operatives|networks|groups|associations|organisations|organizations|unions|bodies) (?:are|include|included)\\b|\\bamong (?:them|its ${HOW_MANY}members)(?:(?=\\s*[:,])| (?:are|were|include|included)\\b)|\\bcounts among its ${HOW_MANY}members\\b|\\b(?:it |has |later )?welcomed\\b`,
    0.85,
    { incoming: true, list: true },
  ),
  // What a body comprises are its parts (branches, modules, a panel's experts), not its members
  // (rounds 4-32: 0 right of 9 read as memberships): only a group of companies' parts are read.
  t('MEMBER_OF', '\\b(?:comprises|comprising)\\b', 0.85, {
    incoming: true,
    list: true,
    partsOnly: true,
  }),
  // Not "accueille": a town or a university hosts an event (0 of 6 unseen).
  t(
    'MEMBER_OF',
    `\\b(?:regroupe|rassemble|réunit|fédère|regroupant|rassemblant|réunissant|fédérant|regroupent|rassemblent|réunissent|fédèrent)\\b|\\bse compose (?:de|d')|\\best composée? (?:de|d')|\\bcompte parmi ses ${HOW_MANY}(?:membres|adhérents)\\b|\\bparmi ses ${HOW_MANY}(?:membres|adhérents)(?: figurent| on trouve| on compte)?\\b|\\bses ${HOW_MANY}(?:membres|adhérents) sont\\b`,
    0.85,
    { incoming: true, list: true },
  ),
  t(
    'MEMBER_OF',
    "\\b(?:its|son) (?:board|conseil d'administration) (?:includes|réunit|rassemble|comprend)(?: notamment)?\\b",
    0.85,
    { incoming: true, list: true, role: 'board member' },
  ),
  // Incoming foundings: "founded in 2010 by A and B", "ses membres fondateurs sont".
  t(
    'MEMBER_OF',
    `\\b(?:its|ses|our|nos) (?:founding members|membres fondateurs)(?: were| are| sont| étaient)?\\b`,
    0.85,
    {
      incoming: true,
      list: true,
      founding: true,
    },
  ),
  t(
    'FOUNDED',
    `\\b(?:its|ses|our|nos) (?:founders|fondateurs)(?: were| are| sont| étaient)?\\b`,
    0.85,
    {
      incoming: true,
      list: true,
    },
  ),
  t('FOUNDED', `\\b${CREATED}${GAP}\\bby `, 0.85, { incoming: true, list: true }),
  t('FOUNDED', `\\b${CREATED_FR}${GAP}\\bpar `, 0.85, { incoming: true, list: true }),
  // "initiated by A, B" / "initiée par A": the initiators, not founders (annotation convention 4).
  t('INITIATED', `\\binitiated${GAP}\\bby `, 0.85, { incoming: true, list: true }),
  t('INITIATED', `\\binitiée?s?${GAP}\\bpar `, 0.85, { incoming: true, list: true }),
  t('FOUNDED', '\\bcréation [^.;:!?]{0,90}?\\bpar ', 0.85, { incoming: true, list: true }),
  // Incoming funding.
  t(
    'FUNDS',
    // A bare participle is another noun's ("a partnership funded by A", "Funded by A, it will …"): its verb or an apposition.
    // Session 24: "doté par" (endowed by), the French word for who put the money into a fund or a loan.
    '(?:(?:\\b(?:is|are|was|were|been|be) (?:\\p{Ll}+ly )?|(?<=, ))(?:funded|financed|sponsored) by|(?:\\b(?:est|sont|a été|ont été|était|étaient) (?:\\p{Ll}+ment )?|(?<=, ))dotée?s? par|\\b(?:receives? funding from|with (?:seed |the )?(?:funding|financial support) (?:from|of)))\\s',
    0.85,
    { incoming: true, list: true },
  ),
  t(
    'FUNDS',
    "\\bthanks to (?:a grant|grants|funding) from |\\b(?:grâce à|avec) (?:une subvention|un financement)(?: de [\\d\\s.,]+\\s?(?:[$€£]|euros|dollars|francs))? (?:de la |du |de l'|des |de |d')",
    0.8,
    { incoming: true, list: true },
  ),
  t(
    'FUNDS',
    "\\b(?:financée?s?|soutenue?s? financièrement) par |\\bavec le (?:soutien financier|financement) (?:de la |du |de l'|des |de )",
    0.85,
    { incoming: true, list: true },
  ),
  // "Voici la liste de ces coopératives :", "Here is the list of our members:": the items are members.
  t(
    'MEMBER_OF',
    "\\b(?:voici|here is|here's|below is|ci-dessous) (?:la |a |the )?(?:liste|list)\\b(?=\\s(?:de |des |of )(?![^:.]*\\b(?:partenaires?|partners?|financeurs|funders|donors|bailleurs|projets|projects|actions|événements|events)\\b)[^:.]{0,160}:)",
    0.8,
    { incoming: true, list: true },
  ),
  // Session 13: "grâce au soutien de", "reçoit des financements de", "received support from",
  // "funding granted by" (a list of funders by category, "bailleurs de fonds", was tried: see docs).
  t(
    'FUNDS',
    "\\bgrâce au soutien (?:financier )?(?:de la |du |de l'|des |de |d')|\\b(?:reçoit|reçoivent|a reçu|ont reçu|bénéficie|bénéficient)(?: à présent| aujourd'hui| désormais| aussi| également)? (?:des |de |d'|un |d'une |d'un |une )?(?:financements?|subventions?) (?:de la |du |de l'|des |de |d')|\\b(?:gained|received|receives|obtained|secured)(?: further| additional| new)? (?:financial support|support|funding|grants?|a grant) from |\\b(?:funding|grants?|financing|loans?)(?: (?:to date|so far|until now|since \\d{4}|in \\d{4}))? (?:has been |have been |was |were |is |are )?(?:granted|awarded|provided|given) by ",
    0.8,
    { incoming: true, list: true },
  ),
  // Session 14: funding as pages word it ("thanks to the funding of", "partenaires financiers :").
  t(
    'FUNDS',
    `\\b(?:with|thanks to) (?:the )?financial support (?:of|from) |\\bthanks to (?:the )?(?:funding|financing|grants?) (?:of|from) |\\b(?:avec|grâce à) l'appui financier (?:de la |du |de l'|des |de |d')|\\bgrâce (?:au financement|aux financements|à des financements|à un financement) (?:de la |du |de l'|des |de |d'|(?=${capital(1)}))|\\b(?:ses |nos )?(?:partenaires financiers|financeurs)(?: sont)?\\s*:`,
    0.8,
    { incoming: true, list: true },
  ),
  // "est constitué de A, B", "among the other members (from X) are A, B": members listed.
  t(
    'MEMBER_OF',
    "\\b(?:est|sont|était) (?:aujourd'hui |désormais |actuellement )?constituée?s? (?:de la |du |de l'|des |de |d')|\\bamong the (?:other |current )?members(?: [^,.;:]{1,40}?)? (?:are|were)\\b",
    0.85,
    { incoming: true, list: true },
  ),
  // "… qui ont participé à sa création", "… who took part in its founding": founders, listed next.
  t(
    'FOUNDED',
    '\\b(?:qui|who) (?:ont|a|avaient|have|had) (?:participé|contribué|pris part) à (?:sa|leur) (?:création|fondation)\\b|\\bwho (?:took part in|participated in|contributed to|helped with) (?:its|their) (?:creation|founding|foundation)\\b',
    0.85,
    { incoming: true, list: true },
  ),
  // Session 14: "N structures have joined X: A, B", "ont rejoint le réseau en 2022 : A, B" (X the object).
  t(
    'MEMBER_OF',
    `\\b(?:(?:have|had) (?:recently |also |now )?|(?:new )?members (?:have )?)joined (?<owner>[^:.;!?]{1,80}?)\\s*:|\\b(?:ont|a) (?:récemment |aussi |également )?(?:rejoint|adhéré ${TO_FR})(?<ownerFr>[^:.;!?]{1,80}?)\\s*:`,
    0.85,
    { incoming: true, list: true, ownerInTrigger: true },
  ),
  // "Members of X include A, B" (X the object), "compte 25 adhérents, dont A, B", "has 40 members, including A".
  t(
    'MEMBER_OF',
    '\\b(?:the )?(?:current |founding |full )?members of (?<owner>[^,;:.()]{2,60}?) (?:include|included|includes|are|were|comprise)\\b',
    0.85,
    { incoming: true, list: true, ownerInTrigger: true },
  ),
  t(
    'MEMBER_OF',
    `\\b(?:compte|comptait|rassemble|regroupe|réunit) (?:aujourd'hui |désormais |actuellement |près de |plus de )*${HOW_MANY}(?:membres|adhérents|structures(?: membres| adhérentes)?),? (?:dont|parmi lesquel(?:le)?s|notamment)\\b|\\b(?:has|counts|now has|had) (?:now |today |over |more than |nearly )*${HOW_MANY}(?:members|member organi[sz]ations),? (?:including|among them|among which|such as)\\b`,
    0.85,
    { incoming: true, list: true },
  ),
  // "Our funders include A and B", "ses financeurs sont A et B": funders listed.
  t(
    'FUNDS',
    '\\b(?:its|our|their|ses|nos|leurs) (?:main |principaux |other |autres |current |actuels )?(?:funders|donors|financial partners|financeurs|partenaires financiers) (?:are|were|include|includes|included|sont|étaient|comprennent)\\b',
    0.8,
    { incoming: true, list: true },
  ),
  // Session 22: the other words for who gives money ("sponsors", "bailleurs de fonds") and the
  // appositive that names them ("ses bailleurs les plus importants, à savoir A, B", "our donors, namely A").
  t(
    'FUNDS',
    '\\b(?:its|our|their|ses|nos|leurs) (?:[\\p{Ll}-]+ ){0,2}(?:funders|donors|sponsors|backers|financial partners|financeurs|bailleurs(?: de fonds)?|partenaires[- ]bailleurs|partenaires financiers)(?: (?:les plus importants|les plus fidèles|principaux|historiques|actuels))?(?:,? (?:à savoir|namely|that is|i\\.e\\.)|\\s*:)',
    0.8,
    { incoming: true, list: true },
  ),
  // Session 22: a funder's page names who it funds: "our grantees are", "this year's award recipients
  // include", "les lauréats sont": the actor funds each (a funded body's own page says "we received").
  t(
    'FUNDS',
    "\\b(?:(?:this year['’]s|last year['’]s|our|its|their|other|the)(?: [\\p{Ll}-]+){0,3} )(?:grant |award |loan |funding )?(?:recipients|grantees|awardees)(?:,(?:[^,.;:]|[,.](?=\\d)){1,60},)? (?:are|were|include|included|includes)\\b|\\b(?:nos|ses|leurs|les) (?:[\\p{Ll}-]+ ){0,2}(?:lauréats|bénéficiaires de (?:nos|ses|leurs) (?:subventions|prêts|financements|bourses))(?: [\\p{Ll}\\d ]{0,30})? (?:sont|étaient)\\b",
    0.8,
    { list: true },
  ),
  // "four of its members - A, B and C - are": the items between the dashes.
  t(
    'MEMBER_OF',
    "\\bof (?:its|our|their|ses|nos|leurs) (?:members|member organi[sz]ations|membres|adhérents)\\s+[-–—]\\s(?=(?:(?!\\s[-–—]\\s)[^.]){3,300}\\s[-–—]\\s)|\\b(?:de |d'entre )(?:ses|nos|leurs) (?:membres|adhérents)\\s+[-–—]\\s(?=(?:(?!\\s[-–—]\\s)[^.]){3,300}\\s[-–—]\\s)",
    0.85,
    { incoming: true, list: true, dashed: true },
  ),
  // Partnerships: a fact of their own, never a membership.
  t(
    'PARTNER_OF',
    `\\b(?:signed|signs|sign) (?:a |an )?(?:cooperation |co-operation |partnership |collaboration )?(?:agreement|memorandum of understanding|mou) with\\b|\\b(?:is|are) partnering with\\b|\\b(?:work|works|working|worked|collaborate|collaborates|collaborated|collaborating|cooperate|cooperates|cooperated|co-operates|cooperating) (?:(?:closely|also|especially|in particular|particularly|together|directly) )?with\\b|\\b(?<!(?:organi[sz]ed|held|run|produced|published|hosted|delivered|conducted) )${NOT_ORGANISED}in (?:close )?partnership with\\b|\\b(?:is |has been )?(?:a |an )?(?:partner|partners) of\\b|\\b(?<!social )(?:its |our )?partners(?: are| include)?\\s*:|\\b(?:its |our )partners (?:are|include)\\b|\\b(?:join|joins|joined|joining) forces with\\b|\\b(?:joined|joining) hands with\\b`,
    0.8,
    { list: true, namedSubject: true },
  ),
  t(
    'PARTNER_OF',
    `\\b(?:a |ont |avoir )?signé (?:un |une )?(?:accord|convention|entente) (?:de (?:coopération|partenariat|collaboration) )?avec\\b|\\b(?:travaille|travaillent|collabore|collaborent|coopère|coopèrent)(?: (?:étroitement|notamment|également|aussi|en particulier|directement|ensemble))? avec\\b|\\b(?<!(?:organisée?s?|réalisée?s?|menée?s?|conduite?s?|tenue?s?|produite?s?|publiée?s?) )${NOT_ORGANISED}en (?:étroite )?(?:collaboration|partenariat) avec\\b|\\best partenaire (?:de la |du |de l'|des |de |d')|\\b(?:ses |nos )?partenaires(?: sont)?\\s*:|\\b(?:s'associe|s'associent|s'est associée?|se sont associée?s|s'allie|s'allient|s'est alliée?|se sont alliée?s) avec\\b|\\b(?:a |ont |en )?(?:uni|unissant|unit|unissent) (?:ses|leurs) forces avec\\b`,
    0.8,
    { list: true, namedSubject: true },
  ),
  // Session 36: the partnership named by its noun ("entretient des partenariats avec A, B",
  // "partnerships with local councils: A, B"); "between / entre" stays with the frames (pairs).
  t(
    'PARTNER_OF',
    '\\b(?:des |de |les |ses |nos |leurs |premiers |nouveaux |(?:le |un |son |notre )(?:premier |nouveau )?)partenariats? (?:(?:durables?|étroits?|privilégiés?|stratégiques?) )?avec\\b|\\b(?:its |our |their |the |a |new |first |close |strategic |ongoing |long-standing )+partnerships? with\\b',
    0.7,
    { list: true, namedSubject: true },
  ),
  // Session 13: partnerships in more words: "is partnered with", "entered into an MoU with",
  // "nos partenaires les plus actifs sont", "other partners for X include", "bénéficie de la collaboration de".
  t(
    'PARTNER_OF',
    '\\b(?:is|are|was|were|has been) partnered with\\b|\\b(?:entered|enters|has entered|have entered)(?: into)? (?:a |an )?(?:memorandum of understanding|mou|partnership(?: agreement)?|cooperation agreement|collaboration agreement) with\\b|\\b(?:established|formed|forged|launched) (?:a |an )?(?:new )?(?:strategic )?partnership with\\b',
    0.8,
    { namedSubject: true },
  ),
  t(
    'PARTNER_OF',
    '\\b(?:its|our|their) (?:main |key |principal |other |long-standing )?(?:partners|partner organi[sz]ations) (?:[\\p{Ll}-]+ ){0,3}(?:are|include|includes|included)\\b|\\b(?:other |main |key )?partners (?:for|of) [^.;:,]{1,50}? (?:include|includes)\\b|\\bamong (?:its|our|their) partners(?: are)?\\b',
    0.8,
    { list: true },
  ),
  t(
    'PARTNER_OF',
    "\\b(?:nos|ses|leurs) (?:principaux |autres )?partenaires (?:[\\p{Ll}-]+ ){0,3}(?:sont|comprennent)\\b|\\bparmi (?:nos|ses|leurs) partenaires(?: figurent| on trouve| on compte)?\\b|\\bbénéficie (?:toujours |aussi |également )?de la collaboration (?:étroite )?(?:de la |du |de l'|des |de |d')",
    0.8,
    { list: true },
  ),
  t(
    'PARTNER_OF',
    '\\b(?:a|ont) (?:noué|établi|conclu|développé) (?:un |une )?(?:partenariat|accord de partenariat|convention de partenariat) avec\\b|\\b(?:travaille|travaillent|collabore|collaborent) en (?:grande |étroite )?proximité avec\\b|\\ben partenariat (?:aussi |également |notamment )avec\\b',
    0.8,
    { namedSubject: true },
  ),
  // Session 14: partnerships in the plural and in more words, one per listed body.
  t(
    'PARTNER_OF',
    '\\b(?:signed|signs|concluded) (?:(?:cooperation|co-operation|partnership|collaboration) )?agreements with\\b|\\b(?:forged|established|built|developed|formed|has|have) (?:(?:successful|strong|close|strategic|lasting|several|many) )*partnerships with\\b|\\b(?:a|ont) signé (?:des|plusieurs|deux|trois) (?:conventions|accords|partenariats)(?: de (?:partenariat|coopération|collaboration))? avec\\b|\\b(?:travaille|travaillent|collabore|collaborent|agit|agissent) en lien (?:étroit |direct )?avec\\b|\\b(?:ses |nos )?partenaires (?:institutionnels|techniques|opérationnels|publics|privés|associatifs|locaux)\\s*:|\\b(?:its |our )?(?:institutional|technical|operational|public|private|local) partners\\s*:',
    0.8,
    { list: true },
  ),
  // Session 13: "est partenaire fondateur de A, de B", "a founding partner of A and B".
  t(
    'FOUNDED',
    "\\b(?:est |a été |is |was )?(?:l'un des |one of the )?(?:partenaires? fondat(?:eur|rice)s? (?:de la |du |de l'|des |de |d')|founding partners? of )",
    0.85,
    { list: true },
  ),
  // "Nous sommes impliqués dans des espaces plus larges comme A, B": participations, listed.
  t(
    'PARTICIPATES_IN',
    '\\b(?:sommes|est|sont|sommes aussi|est aussi|est également) (?:très |activement )?impliquée?s? dans ',
    0.8,
    { list: true },
  ),
  // Third-party creations and events that led to a body.
  t(
    'LED_TO',
    '\\b(?:led|leads|lead) to the (?:creation|founding|foundation|birth) of\\b|\\bgave birth to\\b',
    0.8,
    {
      thirdParty: true,
    },
  ),
  t(
    'LED_TO',
    "\\b(?:a|ont|avait|avaient) (?:conduit|abouti|mené) à la (?:création|naissance|fondation) (?:de la |du |de l'|des |de |d')|\\b(?:a|ont) donné naissance (?:à la |au |à l'|aux |à )",
    0.8,
    { thirdParty: true },
  ),
  t(
    'LED_TO',
    "\\b(?:at the close of|in the wake of|à l'issue (?:de la |du |de l'|des |de |d'))",
    0.8,
    {
      incoming: true,
    },
  ),
  t('FOUNDED', '\\b(?:ont|avaient) (?:créé|fondé|cofondé|co-fondé|lancé)(?: ensemble)? ', 0.8, {
    thirdParty: true,
    wholeSubjects: true,
  }),
  t('FOUNDED', `\\b(?:created|set up|launched)(?= the ${capital(2)}| ${capital(3)})\\b`, 0.8, {
    thirdParty: true,
    wholeSubjects: true,
  }),
  t('INITIATED', '\\b(?:has |have )?(?:co-?organi[sz]ed|organi[sz]es|co-?organi[sz]es)\\b', 0.8, {
    thirdParty: true,
  }),
  t('INITIATED', '\\b(?:a |ont )?(?:co-?organisé|organisé)\\b', 0.8, { thirdParty: true }),
  t('PARTICIPATES_IN', '\\bsent (?:a )?(?:delegates|delegation|representatives) to ', 0.8),
  t(
    'MEMBER_OF',
    "\\bof which (?:it|he|she) (?:is|was|became) a founding member\\b|\\bdont (?:il|elle) (?:est|était|a été) (?:l'un des |un |une )?membres? fondat(?:eur|rice)s?\\b",
    0.85,
    { roleOnAntecedent: true, founding: true, relative: true },
  ),
  t(
    'MEMBER_OF',
    '\\bof which (?:it|he|she) (?:is|was|became|has been) (?:a |an )?(?:active )?member\\b|\\bdont (?:il|elle) (?:est|était|est devenue?) (?:un |une )?(?:membre|adhérente?)\\b',
    0.85,
    { roleOnAntecedent: true, relative: true },
  ),
  // "A and B have funded its programmes": the bodies of the clause fund the actor.
  t(
    'FUNDS',
    '\\b(?:has|have|had) (?:funded|financed) (?:its|our|their)\\b|\\b(?:a|ont) financé (?:ses|son|sa|leurs)\\b',
    0.8,
    {
      thirdParty: true,
      objectSelf: true,
    },
  ),
  // Session 14: "X awarded the network a grant", "X provided funding to the network", "a accordé une subvention au réseau".
  t(
    'FUNDS',
    "\\b(?:awarded|granted|gave|has awarded|has granted)(?= [^.,;:]{1,60}? (?:a |an )?(?:[\\p{L}£$€\\d,.]+ ){0,3}(?:grant|grants|subsidy|funding)\\b)|\\b(?:provided|provides|has provided|offered)(?: further| additional| new| initial)? (?:funding|grants?|financial support) (?:to|for) |\\b(?:a |ont )?(?:accordé|attribué|alloué|octroyé|versé) (?:une |des |un )?(?:subventions?|financements?|aides? financières?|soutien financier) (?:au |aux |à la |à l'|à )",
    0.8,
    { thirdParty: true, objectSelf: true, toSelf: true },
  ),
  // "les partenaires techniques et financiers sont A, B": the usual French word for funders and partners.
  t(
    'PARTNER_OF',
    '\\b(?:les |ses |nos |leurs )?(?:principaux )?partenaires techniques et financiers(?: (?:sont|étaient|ont été|comprennent)(?: essentiellement| notamment| principalement)?|\\s*:)',
    0.8,
    { list: true },
  ),
  // "…, qui finance ses investissements": the body just named funds the actor; session 22: so does
  // "…, which is now their main source of financing", "qui est sa principale source de financement".
  t(
    'FUNDS',
    "\\b(?:qui|which|that) (?:finance|financent|funds|fund|funded|finances|financed|a financé|finançait) (?:ses|son|sa|leurs|notre|nos|its|their|our)\\b|\\b(?:which|that) (?:is|was|has been|remains) (?:now |still )?(?:its|their|our) (?:main |principal |primary |largest |only )?source (?:of|for) (?:[\\p{Ll}-]+ ){0,2}(?:financing|funding|funds|loans|credit|capital)\\b|\\bqui (?:est|était|reste|demeure) (?:aujourd'hui |désormais )?(?:sa|leur|notre) (?:principale |première |seule )?source de (?:financement|crédit|fonds)\\b",
    0.8,
    {
      fromAntecedent: true,
    },
  ),
  // "member of A and, since 2013, of B": the same relation again.
  t(
    'MEMBER_OF',
    "\\b(?:et|and),? (?:depuis|since|en|in) \\d{4},? (?:de la |du |de l'|des |de |d'|of )",
    0.85,
    {
      continues: true,
    },
  ),
  // Outgoing memberships in more words.
  t(
    'MEMBER_OF',
    '\\b(?:sits|sat|has a seat) on the (board of directors|board|steering committee|coordination committee|executive committee) of ',
    0.85,
  ),
  t(
    'MEMBER_OF',
    "\\bsiège (?:au|à son) (conseil d'administration|bureau|comité de pilotage|comité de coordination) (?:de la |du |de l'|des |de |d')",
    0.85,
  ),
  t(
    'MEMBER_OF',
    '\\b(?:is|are|was) (?:a |an )?(?:part|affiliate|affiliated member) of (?!(?:the |its |our )?(?:DNA|history|fabric|landscape|culture|identity|heritage|story)\\b)|\\b(?:(?:is|are|was) )?affiliated (?:to|with) ',
    0.85,
    // "co-operatives are part of ILO's strategy", "CHI is a part of X": another subject (2 right of 7 unseen).
    { selfSubject: true },
  ),
  // "X became an affiliate of Y", "decided to affiliate directly with Y": X may be another body.
  t(
    'MEMBER_OF',
    '\\bbecame (?:an )?(?:affiliate|affiliated member) of |\\b(?:to |decided to )(?:directly )?affiliate (?:directly )?with ',
    0.85,
    { thirdParty: true },
  ),
  t(
    'MEMBER_OF',
    "\\b(?:fait|font) partie (?:de la |du |de l'|des |de |d')(?!(?:l')?(?:ADN|histoire|paysage|quotidien|culture|valeurs|identité|patrimoine)\\b)",
    0.85,
  ),
  t('MEMBER_OF', "\\b(?:est |sont )?adhérente?s? (?:de la |du |de l'|des |de |d')", 0.85),
  // "the cooperatives which are members of X": a relative clause about its antecedent, not the actor.
  t(
    'MEMBER_OF',
    "\\b(?:we are|we're|(?<!\\b(?:which|who|that|qui) )are|as)(?: also| proud| both| active)* members of ",
    0.85,
    {
      list: true,
      listedSubjects: true,
    },
  ),
  // "A, B et C se regroupent au sein de X": the bodies listed before the verb become X's members.
  t(
    'MEMBER_OF',
    "\\b(?:se regroupent|se sont regroupée?s|s'unissent|se sont unie?s|se rassemblent|se sont rassemblée?s|se fédèrent|se sont fédérée?s)(?: en \\d{4})? (?:au sein (?:de la |du |de l'|des |de |d')|dans (?:la |le |l'|les ))",
    0.85,
    { listedSubjects: true, listedOnly: true },
  ),
  // "X will go on as a member of Y": the clause's body (or the actor) is Y's member.
  t('MEMBER_OF', '\\bas (?:a |an )?(?:full |active |founding )?member of ', 0.8, {
    thirdParty: true,
  }),
  // "Our membership in A, B and C", "We affiliate to A and B": the actor's own memberships, listed.
  t(
    'MEMBER_OF',
    '\\b(?:its|our|their) membership (?:in|of|with) |\\b(?:we|it) (?:also )?affiliates? (?:to|with) ',
    0.85,
    { list: true },
  ),
  t(
    'MEMBER_OF',
    `\\b(?:a )?member (?:organi[sz]ation|network|co-?operative|co-op|association|body|union) of |\\b(?:belongs|belonged) to (?=the |${capital(4)})|\\b(?:appartient|appartenant|appartiennent) ${TO_FR}(?:réseau |fédération )?|\\b(?:est |sont )?affiliée?s? ${TO_FR}`,
    0.85,
  ),
  t(
    'MEMBER_OF',
    "\\b(?:one of the founding members of|l'un des membres fondateurs (?:de la |du |de l'|des |de |d'))",
    0.9,
    {
      founding: true,
    },
  ),
  // Emergence, merger and succession.
  t(
    'EMERGED_FROM',
    '\\b(?:born|emerged|grew)(?: in \\d{4})? out of |\\btraces its roots to |\\bas a (?:project|programme|program|spin-off|working group|initiative) of ',
    0.8,
  ),
  t(
    'EMERGED_FROM',
    "\\bwhen (?=[^.]*\\bmerged\\b)|\\b(?:is |est )?(?:issue?|née?)(?: en \\d{4})? de la fusion (?:de la |du |de l'|des |de |d'|entre )|\\bborn(?: in \\d{4})? (?:of|from) the merger (?:of|between) (?:the )?",
    0.8,
    // "la Caisse B, née de la fusion de …": the merger of the body the apposition follows (1 right of 6 unseen).
    { list: true, selfSubject: true },
  ),
  t('EMERGED_FROM', '\\bmerged with ', 0.8),
  t(
    'EMERGED_FROM',
    // "né de l'initiative d'acteurs", "born of the desire to": an idea or a will, no body.
    "(?<![\\p{L}])(?:née?s?|born)(?: en \\d{4}| in \\d{4})? (?:de la |du |de l'|des |de |d'|of (?:the )?)(?!fusion|merger|\\d|(?:l'|la |le |the )?(?:initiative|volonté|idée|envie|désir|besoin|constat|conviction|réflexion|idea|desire|need|wish|vision|will)(?![\\p{L}]))",
    0.8,
    { list: true },
  ),
  // "its founding organisations were A, B": founders in a list.
  t(
    'FOUNDED',
    '\\bamong (?:its|their|our) (?:founding organi[sz]ations|founders|founding members)(?: were| are)?\\b|\\bparmi (?:ses|leurs|nos) (?:fondateurs|membres fondateurs)(?: figurent| on trouve)?\\b',
    0.85,
    { incoming: true, list: true },
  ),
  // "National campaigns in the network: A, B": members under a heading.
  t(
    'MEMBER_OF',
    '\\b(?:in|of|within) (?:the|our|this) (?:network|federation|alliance|platform)\\s*:|\\b(?:du|de notre) (?:réseau|fédération|collectif)\\s*:|\\bconnects\\b',
    0.85,
    { incoming: true, list: true },
  ),
  // Funding in active and French words; session 24: "reçoit un appui technique et financier de la part de".
  t(
    'FUNDS',
    "\\b(?:reçoit|reçoivent|a reçu|ont reçu|bénéficie|bénéficient|a bénéficié|ont bénéficié)(?: du| le| d'un| un| de l'| l'| d'une| une| des| de| d')? ?(?:soutien|appui|concours|aide)s? (?:technique et |matériel et )?financi(?:er|ère)s? (?:de la part )?(?:de la |du |de l'|des |de |d')|\\b(?:receives?|received|has received) (?:technical and )?financial (?:support|assistance) from ",
    0.85,
    { incoming: true, list: true },
  ),
  t(
    'INITIATED',
    `\\b(?:hosted|has hosted|a accueilli et organisé)\\b(?= the | ${capital(5)})`,
    0.8,
    {
      thirdParty: true,
    },
  ),
  t(
    'SUCCEEDED',
    "\\b(?:succède|succèdent|succédait) (?:au |aux |à la |à l'|à )|\\b(?:succeeds|replaced|replaces) ",
    0.85,
  ),
  t(
    'PART_OF',
    "\\b(?:is|was) (?:the |a |an )?(?:[\\p{L}-]+ )?(?:branch|chapter|section) of |\\best (?:la |une |l')?(?:branche|antenne|section)(?: \\p{L}+)? (?:de la |du |de l'|des |de |d')",
    0.8,
  ),
];

export const TRIGGERS: Trigger[] = [
  ...LIST_TRIGGERS,
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
  // "a founder member of X" (British usage), "is founder member X" (the "of" left out).
  t('MEMBER_OF', `\\b(?:a |an )?founder members? (?:of )?(?=(?:the )?${capital(6)})`, 0.9, {
    founding: true,
  }),
  t('MEMBER_OF', `\\bmembre fondat(?:eur|rice)s? ${OF_FR}`, 0.9, { founding: true }),
  t('FOUNDED', '\\bparticipated in the (?:foundation|founding|creation) of ', 0.85),
  t('FOUNDED', '\\b(?:co-?founded|helped (?:to )?found) ', 0.85, { wholeSubjects: true }),
  t('FOUNDED', `(?<!\\b(?:was|were|is|been|be|being) )\\bfounded (?=the |${capital(7)})`, 0.85, {
    wholeSubjects: true,
  }),
  t('FOUNDED', `\\ba participé à la (?:fondation|création) ${OF_FR}`, 0.85),
  t('FOUNDED', '\\ba (?:co-?)?fondé ', 0.85),
  t('EMERGED_FROM', '\\bon the (?:foundations|basis) of ', 0.85),
  t('EMERGED_FROM', '\\b(?:grew|emerged) (?:out of|from) ', 0.85),
  t('EMERGED_FROM', `\\b(?:est |sont )?issue?s? ${OF_FR}`, 0.85, { notOnNoun: true }),
  t('EMERGED_FROM', `\\bsur les (?:bases|fondations) ${OF_FR}`, 0.85),
  // "The Centre became the first Chair of X": a seat held by the body itself (a person's is refused).
  t(
    'MEMBER_OF',
    '(?<!\\b(?:he|she|who) )\\b(?:became|becomes|is|was) (?:the )?(?:first |founding )?(?:chair|president) of ',
    0.8,
    {
      role: 'chair',
    },
  ),
  t(
    'MEMBER_OF',
    `\\b(?:est devenue?|est|était|a été) (?:la |le )?(?:première |premier )?(?:présidente?) ${OF_FR}`,
    0.8,
    {
      role: 'chair',
    },
  ),
  t('SUCCEEDED', '\\b(?:succeeded|took over from|is the successor of) ', 0.85),
  t('SUCCEEDED', `\\b(?:a succédé ${TO_FR}|a pris la suite ${OF_FR})`, 0.85),
  t('INITIATED', '\\bat the initiative of ', 0.8, { initiativeOf: true }),
  t('INITIATED', `\\b(?:under the aegis of|sous l'égide ${OF_FR})`, 0.8, {
    incoming: true,
    list: true,
    underAegis: true,
  }),
  // "The FTAO is a joint initiative of A, B and C": its founders.
  t(
    'FOUNDED',
    `\\b(?:a joint (?:initiative|venture|project) of|une initiative commune ${OF_FR})`,
    0.8,
    {
      incoming: true,
      list: true,
    },
  ),
  t('INITIATED', '\\binitiated ', 0.85),
  // Session 22: the idioms of who set a body going without founding it: "was instrumental in the
  // establishment of X", "one of the driving forces for the creation of X", "spearheaded X", "a joué un
  // rôle moteur dans la création de X"; a creation word must follow ("driving force in facing the crisis").
  // The actor only: another body named as subject gives nothing (its acronym may not join its name).
  t(
    'INITIATED',
    `\\b(?:one of )?(?:the |a )?(?:main |key |principal )?(?:driving forces?|prime movers?) (?:behind|for|of|in) (?:the )?(?:creation|establishment|founding|launch|setting up|birth) of |\\b(?:was|were|has been|have been) instrumental in (?:(?:initiating|bringing about) )?(?:the )?(?:creation|establishment|founding|launch|launching|setting up|birth) of |\\bplayed (?:a|an|the) (?:leading|key|central|decisive|pivotal|major) role in (?:the )?(?:creation|establishment|founding|launch|setting up|birth) of |\\bspearhead(?:ed|s) (?=the |${capital(8)})|\\b(?:a joué|joue|avait joué) un rôle (?:moteur|clé|déterminant|central|décisif|majeur|essentiel) dans (?:la |le )?(?:création|naissance|mise en place|fondation|lancement) (?:de la |du |de l'|des |de |d')`,
    0.8,
    { list: true },
  ),
  t('INITIATED', `\\bà l'initiative ${OF_FR}`, 0.8, { initiativeOf: true }),
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
  t('MEMBER_OF', '\\b(?:a |ont )?(?:rejoint|rejoignent) ', 0.85),
  t(
    'PARTICIPATES_IN',
    '\\binvolved (?:since (?:\\d{4}|its creation|its foundation) )?in (?:the work of )?',
    0.8,
  ),
  t(
    'PARTICIPATES_IN',
    '\\b(?:takes|take|took|taking) part (?:each year |every year |regularly )?in (?:the work of )?',
    0.8,
  ),
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
  /(?<![\p{L}\p{N}])(?:not(?![\s-]+for[\s-]+profit)|never|no longer|neither|nor|cannot|would|could|might|plans? to|intends? to|considering|if|whether|unless|ne|jamais|aucun|aucune|pourrait|pourraient|envisage|souhaite|souhaiterait|projette|si|n't)(?![\p{L}\p{N}])|(?<![\p{L}])n'(?=\p{L})/iu;

/** "since 2015", "in 2012", "depuis 2015", "en 2012"; not a date the object itself carries. */
export const YEAR =
  /(?<!\b(?:adopted|held|published|adoptée?s?|tenue?s?|publiée?s?) )\b(?:since|in|from|depuis|en|dès) (\d{4})\b/giu;
export const SINCE_CREATION =
  /\b(?:since its (?:creation|foundation)|depuis sa (?:création|fondation))\b/iu;

/** Where an object phrase stops being the name: a qualifier, a relative clause, a participle. */
export const CUT =
  /\s(?:within|inside|together with|with the aim|adopted|held|where|which|who|that|au sein|dans le cadre|avec|adoptée?|qui|que|dont|animée?|portée?|coordonnée?|run by|led by|hosted by|coordinated by|managed by|où|afin|pour faire)(?![\p{L}\p{N}]).*$/iu;

/** Splits an object phrase listing several things; "sociale et solidaire" stays whole. */
export const LIST_SEPARATOR =
  /\s(?:and|or|et|ou|including|notamment|such as|as well as|ainsi que)\s(?![Ss]olida|the [Ss]olida|(?:de |du |des |d'|of )(?:la |le |l'|the )?(?:\p{Ll}[\p{L}'-]*(?:\s+|(?=[,.;])|$))+(?:[,.;]|$))/u;

/** "né en 2006 à l'initiative de X": X initiated the actor, not the reverse. */
export const CREATION_VERB = new RegExp(
  `(?<![\\p{L}])(?:née?s?|créée?s?|fondée?s?|lancée?s?|constituée?s?|(?:se |s'est )constitu\\p{L}*|born|created|founded|launched|set up|established|formed|started|mise? en place|${SAW_THE_DAY})(?![\\p{L}])`,
  'iu',
);

/** "au titre d'un groupe de travail" names the role the relation is held in. */
export const ROLE_PHRASE = /\s(?:au titre d(?:e |u |es |')(?:un |une )?|as (?:an? )?)(.+)$/iu;

/** "where its delegates ran a workshop": a role for the participation just named. */
export const ACTIVITY_ROLE =
  /\b(ran|led|organised|organized|animé|animait|organisé) (a|an|un|une) (workshop|panel|session|atelier|table ronde)\b/iu;

/** "dont elle a repris les activités": an emergence that is a succession. */
export const TOOK_OVER =
  /\b(?:a repris (?:les|ses) activités|took over (?:its|the) activities|activities (?:it|he|she) took over|dont (?:il|elle) a repris les activités)\b/iu;

/**
 * The founding year of the profiled actor, stated in its own prose (a place may come between:
 * "founded in the city of X in 2004", "a vu le jour dans le canton de X en 2004"). Case-sensitive
 * (no i flag), so that the place is a capitalised name: under /iu `\p{Lu}` matches any letter and
 * "constitué en fédération en 2016" read "fédération" as a place.
 */
export const SELF_FOUNDED = new RegExp(
  String.raw`\b(?:[Ff]ounded|[Cc]reated|[Ss]et up|[Ee]stablished|[Ll]aunched|[Ff]ormed|[Cc]onstituted|[Bb]orn|[Ss]tarted|[Bb]egan|[Ff]ondée?s?|[Cc]réée?s?|[Cc]onstituée?s?|[Nn]ée?s?|${SAW_THE_DAY_ANY_CAPITAL}|[Ll]ancée?s?)(?: (?:in|à|en|dans|au) (?:(?:the|le|la|les|l['’]) ?)?(?:\p{Lu}[\p{L}-]+|\p{Ll}+ (?:of|de|du|d['’]) ?\p{Lu}[\p{L}-]+))? (?:in|en) (\d{4})\b`,
  'u',
);

/** A dated founding row of a timeline or an infobox: "2004 : création …", "Year founded | 1998". */
export const FOUNDED_ROW_YEAR =
  /^(?:\p{L}+\s+)?(\d{4})\s*:\s*(?:création|fondation|creation|founding|foundation)\b|^(?:founded|established|date de création|année de création|year founded|fondée? en|création)\s*[|:]\s*(\d{4})\b/iu;

/** "was inaugurated on 26 October 2020", "fondée le 3 mars 1999": a founding on a full date. */
export const FOUNDED_ON_DATE = new RegExp(
  `\\b(?:founded|created|established|launched|inaugurated|opened|fondée?s?|créée?s?|lancée?s?|inaugurée?s?|${SAW_THE_DAY}) (?:on|le) (?:\\d{1,2}(?:er|st|nd|rd|th)? ${MONTH_NAME}|${MONTH_NAME} \\d{1,2}(?:st|nd|rd|th)?,?) ((?:1[89]|20)\\d\\d)\\b`,
  'iu',
);

/** Lowercase phrases that still name one thing: "a national charter on cooperative housing". */
export const NAMED_THING_NOUNS = new RegExp(`\\b(?:${NAMED_THING_WORDS.join('|')})\\b`, 'iu');

/** A clause whose subject is a person ("Our chair, Morag Campbell, sits on …") states nothing about the actor. */
export const PERSON_SUBJECT =
  /\b(?:chair|chairman|chairwoman|chairperson|president|director|coordinator|founder|secretary|treasurer|spokesperson|président|présidente|directeur|directrice|coordinateur|coordinatrice|fondateur|fondatrice|trésorier|trésorière|secrétaire|porte-parole)\b[^.;]*,/iu;
