// The clause frames' closed lexicon: which verb or noun carries which relation, and which side of it gives.
import type { RelationType } from '../model/vocabulary.js';
import { UNIT_HEADS_EN } from './unit-heads.js';
import { alternation } from './words.js';

/**
 * A verb (or noun) frame. The subject is the list of bodies right before the match, the object the
 * list right after it (or the `object` group inside it: "provided B with a grant").
 */
export interface Frame {
  type: RelationType;
  pattern: RegExp;
  /** Which list the relation starts from: "A funds B" (subject); "A acquired B", B part of A (object). */
  from: 'subject' | 'object';
  /** The relation holds between each pair of one list: "A, B and C have partnered", "a partnership between A and B". */
  mutual?: 'subject' | 'object';
  /** A passive's agent right before is the subject: "organised by A in partnership with B". */
  agent?: boolean;
  /** A noun with no owner named before it is the page's actor's act: "the acquisition of B", "rachat de B". */
  actorOwns?: boolean;
}

const frame = (
  type: RelationType,
  from: Frame['from'],
  source: string,
  mutual?: Frame['mutual'],
): Frame => ({
  type,
  from,
  // An appositive's comma may follow a name's last letter: "B, funded by A".
  pattern: new RegExp(`(?:(?=,)|(?<![\\p{L}'’-]))(?:${source})(?![\\p{L}])`, 'u'),
  ...(mutual ? { mutual } : {}),
});

/** "A's subsidiaries B", "A's Yunus Centre": the owner before the apostrophe, its parts after. */
const possessive = (after: string): Frame => ({
  type: 'PART_OF',
  from: 'object',
  pattern: new RegExp(`(?<=\\p{L})['’]s(?:${after})`, 'u'),
});

/** Money words: what makes "granted", "received", "provided" a funding and not an award or a service. */
const MONEY =
  'grants?|funding|funds|financing|loans?|subsid(?:y|ies)|donations?|investments?|capital|(?:technical and )?financial (?:support|assistance|aid)|financements?|subventions?|prêts?|dons?|(?:appuis?|soutiens?|concours)(?: technique et)? financiers?|aides?(?: technique et)? financières?|million|billion|millions|milliards?|dollars|euros|francs|(?:US\\$|\\$|€|£)[\\d,.]+(?:\\s?(?:m|bn|k|M)(?![\\p{L}]))?|\\d[\\d,.]*\\s?(?:m|bn|M|k)?\\s?(?:€|\\$|£)';
/** The head word of a named unit inside an organisation: "Yunus Centre", "Middle Classes Department". */
const UNIT_NAME = `(?:\\p{Lu}[\\p{L}&-]* )*${alternation([...UNIT_HEADS_EN, 'Unit', 'Office'])}(?![\\p{L}])`;
/** The giver after a receiver: "from", "de la part de", "de". */
const FROM = "(?:from|de la part d(?:e|u|es|['’])|de|du|des|d['’])";
/** A short stretch of words inside one clause: numbers keep their commas ("$1,500"). */
const GAP = (most: number) => `(?:[^,;.]|[,.](?=\\d)){0,${most}}?`;
/** Auxiliaries and adverbs between a passive subject and its participle; "B, already founded by A": an appositive. */
const BE =
  '(?:,\\s*(?:(?:déjà|already|originally|initially|initialement)\\s+)?)?(?:(?:is|are|was|were|has been|have been|had been|est|sont|a été|ont été|était|étaient|sera|seront)\\s+)?(?:(?:also|now|jointly|aussi|également|désormais|notamment)\\s+)?';

/** Verb frames in English and French; the first that yields bodies on both sides reads the clause. */
export const FRAMES: readonly Frame[] = [
  // "A, B and C have partnered to …", "A et B ont signé une convention": every pair of the subject list.
  frame(
    'PARTNER_OF',
    'subject',
    "(?:have |has |had )?(?:partnered|teamed up|joined forces|joined hands|signed (?:an? )?(?:[\\p{Ll}-]+ )?(?:partnership|agreement|memorandum of understanding|convention)|(?:are|were) partnering|(?:are|were) partners|(?:formed|created|established|launched) (?:an? )?(?:joint |new )?(?:partnership|collaboration|alliance|consortium))(?: (?:with|to))?|(?:ont |a )?(?:signé|conclu|noué) (?:une |un |des )?(?:convention|accord|partenariat|contrat de partenariat)s?(?: de [\\p{Ll}]+)?(?: avec)?|s['’]associent(?: à| avec)?|se sont associée?s(?: à| avec)?|s['’]allient(?: à| avec)?|se sont alliée?s(?: à| avec)?|sont partenaires(?: de)?",
    'subject',
  ),
  // "a partnership between A and B", "une convention entre A et B": every pair of the object list.
  frame(
    'PARTNER_OF',
    'subject',
    `(?:partnerships?|collaborations?|co-?operation|coopération|partenariats?|agreements?|conventions?|accords?)(?: ${GAP(30)})?? (?:between|among|entre)`,
    'object',
  ),
  // "A partners with B", "A collabore avec B": the subject list with the object list.
  frame(
    'PARTNER_OF',
    'subject',
    "partners? with|partnering with|collaborat(?:es|ed|ing) with|co-?operat(?:es|ed|ing) with|(?:is|are|was|were) (?:a |an )?(?:\\p{Ll}+ )?partners? (?:of|to)|collabore(?:nt)? avec|coopère(?:nt)? avec|a collaboré avec|ont collaboré avec|(?:est|sont|était|étaient) (?:un |une |des )?(?:\\p{Ll}+ )?partenaires? (?:de|du|des|d['’])",
  ),
  // "in partnership with B" qualifies a verb: its subject, or its agent ("hosted by A in partnership with B").
  {
    ...frame(
      'PARTNER_OF',
      'subject',
      'in (?:partnership|collaboration|cooperation|co-operation) with|en (?:partenariat|collaboration|coopération) avec',
    ),
    agent: true,
  },
  // "A provided B with a grant": the object sits between the verb and the money.
  frame(
    'FUNDS',
    'subject',
    `(?:provided|provides|provide) (?<object>[^;:]+?) with (?:an? )?(?:${GAP(40)} )??(?:${MONEY})`,
  ),
  // "A granted $10,000 to B", "A a accordé une subvention à B".
  frame(
    'FUNDS',
    'subject',
    `(?:granted|grants|awarded|awards|gave|gives|donated|donates|allocated|disbursed|disburses|lent|lends|provided|provides|(?:is |are |was |were |has been |have been )?(?:granting|awarding|giving|donating|allocating|disbursing|lending|providing)|(?:a|ont) (?:accordé|octroyé|versé|alloué|attribué|prêté|apporté)|accorde|accordent|octroie|verse|versent|apporte|apportent|apportera|apporteront) (?:${GAP(50)} )??(?:${MONEY})(?: ${GAP(40)})?? (?:to|à|au|aux)`,
  ),
  // Session 22: "A invested €2m in B", "A a injecté 1 million d'euros dans B": money put into a body.
  frame(
    'FUNDS',
    'subject',
    `(?:(?:has |have |had )?(?:invested|injected)|invests|injects|(?:a |ont )?(?:investi|injecté)|investit|investissent|injecte|injectent) (?:${GAP(40)} )??(?:${MONEY})(?: ${GAP(30)})?? (?:in|into|dans)`,
  ),
  // Session 22: "A became a donor of B", "A est le principal bailleur de fonds de B": the funder's role named.
  frame(
    'FUNDS',
    'subject',
    `(?:became|becomes|has become|is|was|est|était|devient|est devenue?) (?:a |an |the |one of the |un |une |le |la |l['’]un des )?(?:main |major |principal |first |largest |principale? |premier |premiers )?(?:donors?|funders?|sponsors?|financeurs?|bailleurs?(?: de fonds)?) (?:of|to|for|de|du|des|d['’])`,
  ),
  // "A funds B", "A a financé B", "A invested in B".
  frame(
    'FUNDS',
    'subject',
    `(?:(?:has |have |had )?(?:funds|funded|finances|financed|sponsors|sponsored|subsidi[sz]es|subsidi[sz]ed|supports financially|financially supports?|financially supported|invested in|invests in|lends to|lent to)|(?:a |ont )?(?:financé|subventionné|investi dans|soutenu financièrement)|financent|subventionnent|subventionne|investit dans|investissent dans|soutien(?:t|nent) financièrement|(?:a|ont) pris une participation(?: ${GAP(40)})?? (?:dans|au capital de))(?! (?:by|par)(?![\\p{L}]))`,
  ),
  // "B received a grant from A", "B bénéficie d'une subvention de A": the giver follows.
  frame(
    'FUNDS',
    'object',
    `(?:received|receives|receive|obtained|obtains|secured|(?:was|were|has been|have been) awarded|reçoit|reçoivent|a reçu|ont reçu|obtient|a obtenu|ont obtenu|bénéficie|bénéficient|a bénéficié|ont bénéficié) (?:${GAP(50)} )??(?:${MONEY})(?: ${GAP(30)})?? ${FROM}`,
  ),
  // "B is funded by A", "B, with funding from A", "avec le soutien financier de A", "financé par A".
  frame(
    'FUNDS',
    'object',
    `${BE}(?:funded|financed|sponsored|subsidi[sz]ed|financially supported|financée?s?|subventionnée?s?|soutenue?s? financièrement|dotée?s?) (?:by|par)|${BE}(?:seeded|backed|capitali[sz]ed|endowed|dotée?s?) (?:with|de|d['’]) (?:${GAP(40)} )??(?:${MONEY})(?: ${GAP(30)})?? (?:from|by|par|de la part d(?:e|u|es|['’]))|(?:with|thanks to) (?:the )?(?:financial support|funding|financing|grants?|a grant|loans?|a loan) (?:from|of)|(?:avec|grâce à) (?:le |la |l['’]|au |à la |un |une )?(?:soutien financier|financement|concours financier|aide financière|subvention)s? (?:de|du|des|d['’])|(?:grâce au|avec le) (?:soutien financier|financement) (?:de|du|des|d['’])`,
  ),
  // "A acquired B", "A a racheté B": B becomes part of A.
  frame(
    'PART_OF',
    'object',
    '(?:(?:has |have |had )?(?:acquired|acquires|bought|buys|purchased|purchases|took over|takes over|absorbed|absorbs)|(?:a |ont )?(?:racheté|acquis|absorbé)|rachète|rachètent|acquiert|acquièrent|absorbe|absorbent)(?! (?:by|par)(?![\\p{L}]))',
  ),
  // "the acquisition of B", "l'achat de B", "2010 : rachat de B": on a body's page, with no owner
  // named before the noun, the page's actor acquired B.
  {
    ...frame(
      'PART_OF',
      'object',
      "(?:acquisition|purchase|takeover|take-over|buyout) of|(?:l['’])?(?:acquisition|achat) (?:de|du|des|d['’])|(?:le )?rachat (?:de|du|des|d['’])",
    ),
    actorOwns: true,
  },
  // "B was acquired by A", "B, a subsidiary of A", "B, filiale de A": B is part of A.
  frame(
    'PART_OF',
    'subject',
    `${BE}(?:acquired|bought|taken over|absorbed|rachetée?s?|acquise?s?|absorbée?s?) (?:by|par)|(?:,|is|was|est|était) (?:now )?(?:a |an |the |une |la |le |l['’])?(?:wholly[- ]owned )?(?:subsidiary|division|filiale|branche|département) (?:of|de|du|des|d['’])`,
  ),
  // "A's subsidiaries B and C", "ses filiales B et C": the items are parts of the owner before them.
  possessive(' (?:subsidiaries|subsidiary|divisions?)'), // "B is 35% owned by A", "B, détenue par A": what a body owns or controls is part of it.
  frame(
    'PART_OF',
    'subject',
    `${BE}(?:(?:\\d+ ?% |majority[- ]|wholly[- ]|fully |partly |jointly )?(?:owned|controlled)|(?:majoritairement |entièrement )?(?:détenue?s?|contrôlée?s?)(?: (?:à \\d+ ?%|majoritairement|entièrement))?) (?:by|par)`,
  ),
  // "Griffith University's Yunus Centre": an organisation's centre, department or school is part of it.
  possessive(`(?= (?:new |own )?${UNIT_NAME})`),
  // "B merged with C to form A", "B et C ont fusionné pour créer A": A grew out of each merging body.
  frame(
    'EMERGED_FROM',
    'object',
    `(?:have |has |had )?merged(?: ${GAP(60)})?? (?:to form|to create|to become|into)|(?:ont |a )?(?:fusionné|fusionnent|fusionne)(?: ${GAP(60)})?? pour (?:former|créer|constituer|devenir|donner naissance à)`,
  ),
  // "A, formed by a merger of B and C", "A est issue de la fusion de B et C": A grew out of the merged bodies.
  frame(
    'EMERGED_FROM',
    'subject',
    `${BE}(?:(?:the )?(?:result|product|outcome) of|formed (?:by|through|from)|created (?:by|through|from)|born (?:of|from|out of)|(?:née?s?|issue?s?|résulte|résultant) (?:de|d['’]|du)) (?:a |an |the |la |une )?(?:merger|merging|amalgamation|fusion) (?:of|between|de|des|du|d['’]|entre)`,
  ),
  // "A grew out of B", "A, spun off from B", "A est issue de B": A grew out of B.
  frame(
    'EMERGED_FROM',
    'subject',
    `${BE}(?:grew out of|grown out of|spun (?:off|out) (?:from|of)|spin-off of|born (?:of|from|out of)|(?:issue?s?|née?s?) (?:de|du|des|d['’]))(?! (?:la |une |the |a )?(?:merger|fusion))`,
  ),
  // "B was founded by A and C", "B, créée en 2004 par A": the founders come after the participle.
  frame(
    'FOUNDED',
    'object',
    `${BE}(?:(?:co-?)?founded|established|created|set up|(?:co-?)?fondée?s?|créée?s?|mise? en place)(?: (?:in|en) ${GAP(20)})?? (?:jointly |conjointement )?(?:by|par)`,
  ),
  // "A and C founded B", "A et C ont créé B": each subject founded the object.
  frame(
    'FOUNDED',
    'subject',
    `(?:(?:have |has |had |jointly )?(?:co-?founded|founded|established|set up|created)|(?:ont |a )?(?:co-?fondé|fondé|créé|mis en place)|fondent|créent|fonde|crée)(?! (?:by|par|in|en)(?![\\p{L}]))`,
  ),
  // "B, an initiative of A", "B, lancée par A", "à l'initiative de A": A initiated B; an undertaking
  // "implemented by A", "mis en œuvre par A" is A's (a body is never implemented).
  frame(
    'INITIATED',
    'object',
    `${BE}(?:(?:launched|initiated|organi[sz]ed|co-organi[sz]ed|convened|implemented|carried out) (?:by|par)|(?:lancée?s?|initiée?s?|organisée?s?|co-organisée?s?|portée?s?|mise?s? en (?:œ|oe)uvre) par|(?:(?:at|on) the initiative|(?:an? )?initiative|à l['’]initiative|sur l['’]initiative|(?:une )?initiative|a project) (?:of|de|du|des|d['’]))`,
  ),
  // "A launched B", "A a lancé B", "A organised B": A initiated B.
  frame(
    'INITIATED',
    'subject',
    `(?:(?:have |has |had |jointly )?(?:launched|initiated|organi[sz]ed|co-organi[sz]ed)|(?:ont |a )?(?:lancé|initié|organisé|co-organisé)|lance|lancent|organise|organisent)(?! (?:by|par)(?![\\p{L}]))`,
  ),
];

/** A clause that denies or only supposes the relation proposes nothing: "did not merge", "pourrait financer". */
export const UNASSERTED =
  /(?<![\p{L}])(?:not|no longer|never|neither|nor|n['’]t|ne|n['’]|pas|jamais|would|could|might|should|pourrait|pourraient|devrait|devraient|aurait|auraient|if|si|whether|unless|plans? to|planned to|planning to|intends? to|hopes? to|aims? to|seeks? to|proposed|envisage\p{L}*|projette\p{L}*|souhaite\p{L}*)(?![\p{L}])/u;

/** Words before a verb that belong to the verb group, not to the subject's name. */
export const SUBJECT_TAIL =
  /(?:\s+(?:is|are|was|were|has|have|had|been|will|shall|did|does|do|est|sont|a|ont|avait|avaient|été|était|étaient|sera|seront|also|now|already|recently|then|together|jointly|just|finally|aussi|également|déjà|récemment|ensemble|alors|ainsi|désormais|conjointement|(?:vien(?:t|nent)|venait) (?:ensemble )?de))+\s*$/iu;

/** A category's members announced inside a list: "four companies including A, B", "dont A et B". */
export const INCLUDING =
  /(?<![\p{L}])(?:including|such as|among them|notamment|dont|parmi lesquel(?:le)?s|comme)(?![\p{L}])/u;
