// A grant list's items as press releases write them: "Recipient, Town, ST: $10,000 grant" → the recipient.
import type { RelationType } from '../model/vocabulary.js';
import { afterCategoryLeadIn } from './category-lead-in.js';

/** A place: capitalised words ("Orono", "N.Y.", "Saint-Paul", "New York"). */
const PLACE = "\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*)*";
/** The sum that follows the item's colon: "$10,000", "US$ 5 000", "2 500 €", "1,500 euros". */
const AMOUNT =
  ':\\s*(?:(?:US|CA|C|A)?[$€£]\\s?\\d|\\d[\\d\\s.,]*\\s?(?:[kKmM]\\s?)?(?:€|\\$|£|euros|dollars|francs|EUR|USD))';
/** An item's bullet, kept off the name: "--", "-", "•", "*". */
const BULLET = '\\s*(?:-{1,2}|[•–—*·])?\\s*';
/** "Recipient, Town, ST: $…" and "Recipient in Town, ST: $…" (after the lead-in's colon for the first item). */
const RECIPIENT_ITEM = new RegExp(
  `^(?<head>[^;]*?:\\s*(?=-{1,2}|[•–—*·]))?${BULLET}(?<name>[^,;:]+?)(?:(?:,\\s*${PLACE}){1,3}|\\s+(?:in|à)\\s+${PLACE}(?:,\\s*${PLACE})?)${AMOUNT}[^;]*$`,
  'u',
);

/**
 * The items of a funding list, each reduced to its recipient when it is written as grant lists are
 * (the recipient, its town and state, then the sum and the grant's name); other items stay as they are.
 */
export function recipientNames(list: string): string {
  return list
    .split(/(?<=\s);(?=\s)/u)
    .map((item) => {
      const recipient = RECIPIENT_ITEM.exec(item.trimEnd().replace(/\.$/u, ''));
      return recipient
        ? ` ${recipient.groups?.head ?? ''}${recipient.groups?.name?.trim()} `
        : item;
    })
    .join(';');
}

/** "une subvention de A et de la B", "support of A and of the B": each giver repeats its preposition and article (a bare "et de" may join one name's complements). */
const EACH_GIVER = /\s+(?:et|and)\s+(?:de la |du |de l['’]|of the )(?=\p{Lu})/gu;
/** "Ministère de la Mer et de l'Aquaculture": a ministry's remit is one name (as `protectNames` keeps it). */
const REMIT =
  /(?:^|[,;:(])\s*(?:(?:le|la|les|l['’]|the)\s*)?(?:Ministère|Ministry|Department|Secrétariat|Secretariat)\s[^,;:(]*$/u;

/** A list whose coordinated givers each repeat "de la / du / de l'" as one comma-separated list. */
const eachGiver = (list: string) =>
  list.replace(EACH_GIVER, (joint, at: number) => (REMIT.test(list.slice(0, at)) ? joint : ', '));

/** "with the financial and technical assistance of B", "avec l'appui de B": who supports an act, not who does it. */
const SUPPORT_AFTER =
  /\s(?:with|avec)\s+(?:the\s+|l['’]\s*|le\s+|la\s+|un\s+|une\s+)?(?:[\p{Ll}-]+\s+(?:and|et)\s+)?(?:[\p{Ll}-]+\s+)?(?:support|assistance|help|backing|appui|soutien|aide|concours)(?![\p{L}])[\s\S]*$/u;

/**
 * A funding trigger's list with its grant-shaped items reduced to their recipients; a founders' or
 * initiators' list up to the support it names ("initiated by A with the assistance of B": B did not
 * found, it supported); other lists unchanged.
 */
export const fundedItems = (type: RelationType, list: string) =>
  type === 'FUNDS'
    ? eachGiver(recipientNames(afterCategoryLeadIn(list)))
    : type === 'FOUNDED' || type === 'INITIATED'
      ? list.replace(SUPPORT_AFTER, '')
      : list;

/**
 * An incoming funding list of the actor's that names the actor among the funders ("les 10 % restants
 * seront financés par A, B et [the actor]", "une subvention de [the actor] et de B"): what is funded is
 * a project or a third body the sentence names elsewhere, never the actor itself.
 */
export function fundersWithSelf<E>(
  trigger: { type: RelationType; incoming?: boolean },
  subjects: readonly E[],
  funders: readonly (E | undefined)[],
  isSelf: (end: E) => boolean,
): boolean {
  return (
    trigger.type === 'FUNDS' &&
    trigger.incoming === true &&
    subjects.every(isSelf) &&
    funders.some((end) => end !== undefined && isSelf(end))
  );
}
