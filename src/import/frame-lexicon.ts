// The clause frames' closed lexicon: which verb or noun carries which relation, and which side of it gives.
import type { RelationType } from '../model/vocabulary.js';

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
}

const frame = (
  type: RelationType,
  from: Frame['from'],
  source: string,
  mutual?: Frame['mutual'],
): Frame => ({
  type,
  from,
  pattern: new RegExp(`(?<![\\p{L}'’-])(?:${source})(?![\\p{L}])`, 'u'),
  ...(mutual ? { mutual } : {}),
});

/** Money words: what makes "granted", "received", "provided" a funding and not an award or a service. */
const MONEY =
  'grants?|funding|funds|financing|loans?|subsid(?:y|ies)|donations?|investments?|capital|financial support|financements?|subventions?|prêts?|dons?|soutien financier|aides? financières?|million|billion|millions|milliards?|dollars|euros|francs|(?:US\\$|\\$|€|£)[\\d,.]+';
/** The giver after a receiver: "from", "de la part de", "de". */
const FROM = "(?:from|de la part d(?:e|u|es|['’])|de|du|des|d['’])";
/** A short stretch of words inside one clause: numbers keep their commas ("$1,500"). */
const GAP = (most: number) => `(?:[^,;.]|[,.](?=\\d)){0,${most}}?`;
/** Auxiliaries and adverbs between a passive subject and its participle. */
const BE =
  '(?:(?:is|are|was|were|has been|have been|had been|est|sont|a été|ont été|était|étaient|sera|seront)\\s+)?(?:(?:also|now|jointly|aussi|également|désormais|notamment)\\s+)?';

/** Verb frames in English and French; the first that yields bodies on both sides reads the clause. */
export const FRAMES: readonly Frame[] = [
  // "A, B and C have partnered to …", "A et B ont signé une convention": every pair of the subject list.
  frame(
    'PARTNER_OF',
    'subject',
    "(?:have |has |had )?(?:partnered|teamed up|joined forces|joined hands|signed (?:an? )?(?:[\\p{Ll}-]+ )?(?:partnership|agreement|memorandum of understanding|convention)|(?:are|were) partnering|(?:are|were) partners)(?: (?:with|to))?|(?:ont |a )?(?:signé|conclu|noué) (?:une |un |des )?(?:convention|accord|partenariat|contrat de partenariat)s?(?: de [\\p{Ll}]+)?(?: avec)?|s['’]associent(?: à| avec)?|se sont associée?s(?: à| avec)?|s['’]allient(?: à| avec)?|se sont alliée?s(?: à| avec)?|sont partenaires(?: de)?",
    'subject',
  ),
  // "a partnership between A and B", "une convention entre A et B": every pair of the object list.
  frame(
    'PARTNER_OF',
    'subject',
    `(?:partnerships?|collaborations?|co-?operation|coopération|partenariats?|agreements?|conventions?|accords?)(?: ${GAP(30)})?? (?:between|among|entre)`,
    'object',
  ),
  // "A partners with B", "A collabore avec B", "in partnership with B": the subject list with the object list.
  frame(
    'PARTNER_OF',
    'subject',
    "partners? with|partnering with|collaborat(?:es|ed|ing) with|co-?operat(?:es|ed|ing) with|in (?:partnership|collaboration|cooperation) with|(?:is|are|was|were) (?:a |an )?(?:\\p{Ll}+ )?partners? (?:of|to)|collabore(?:nt)? avec|coopère(?:nt)? avec|a collaboré avec|ont collaboré avec|en (?:partenariat|collaboration) avec|(?:est|sont|était|étaient) (?:un |une |des )?(?:\\p{Ll}+ )?partenaires? (?:de|du|des|d['’])",
  ),
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
    `(?:granted|grants|awarded|awards|gave|gives|donated|donates|allocated|disbursed|disburses|lent|lends|(?:a|ont) (?:accordé|octroyé|versé|alloué|attribué|prêté)|accorde|accordent|octroie|verse|versent) (?:${GAP(50)} )??(?:${MONEY})(?: ${GAP(40)})?? (?:to|à|au|aux)`,
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
    `${BE}(?:funded|financed|sponsored|subsidi[sz]ed|financially supported|financée?s?|subventionnée?s?|soutenue?s? financièrement) (?:by|par)|(?:with|thanks to) (?:the )?(?:financial support|funding|financing|grants?|a grant|loans?|a loan) (?:from|of)|(?:avec|grâce à) (?:le |la |l['’]|au |à la |un |une )?(?:soutien financier|financement|concours financier|aide financière|subvention)s? (?:de|du|des|d['’])|(?:grâce au|avec le) (?:soutien financier|financement) (?:de|du|des|d['’])`,
  ),
  // "A acquired B", "A a racheté B": B becomes part of A.
  frame(
    'PART_OF',
    'object',
    '(?:(?:has |have |had )?(?:acquired|acquires|bought|buys|took over|takes over|absorbed|absorbs)|(?:a |ont )?(?:racheté|acquis|absorbé)|rachète|rachètent|acquiert|acquièrent|absorbe|absorbent)(?! (?:by|par)(?![\\p{L}]))',
  ),
  // "B was acquired by A", "B, a subsidiary of A", "B, filiale de A": B is part of A.
  frame(
    'PART_OF',
    'subject',
    `${BE}(?:acquired|bought|taken over|absorbed|rachetée?s?|acquise?s?|absorbée?s?) (?:by|par)|(?:,|is|was|est|était) (?:now )?(?:a |an |the |une |la |le |l['’])?(?:wholly[- ]owned )?(?:subsidiary|division|filiale|branche|département) (?:of|de|du|des|d['’])`,
  ),
  // "A's subsidiaries B and C", "ses filiales B et C": the items are parts of the owner before them.
  frame('PART_OF', 'object', "['’]s (?:subsidiaries|subsidiary|divisions?)"),
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
