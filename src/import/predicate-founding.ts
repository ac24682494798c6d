// "X is a dairy cooperative founded in 1938": a participle after the predicate noun dates the subject.

/** A clause's subject, a copula and an indefinite noun phrase ending right before the participle. */
const PREDICATE_NOUN =
  /^\s*(?<subject>[^,;:()]{1,80}?)(?:\s*\([^()]{1,40}\))?\s+(?:is|was|has been|est|était|a été|fut)\s+(?:un|une|a|an)\s+(?<phrase>(?:[\p{L}'’-]+\s+){0,4}?(?:(?:loi|law)\s+(?:de\s+|du\s+)?(?:1901|1908|1921)\s+)?[\p{L}'’-]+)\s*$/u;

/** Words that make the predicate noun a relation to another body, not the subject's kind. */
const RELATIONAL =
  /(?<![\p{L}])(?:of|for|with|by|in|de|du|des|d['’]|pour|avec|par|member|membre|partner|partenaire|subsidiary|filiale|branch|antenne|project|projet|programme|program)(?![\p{L}])/iu;

/** Pronouns that stand for the page's body as a subject. */
const PRONOUN = /^(?:it|this|elle|il|celle-ci|celui-ci)$/iu;

/**
 * The subject a participle of founding dates when it follows the predicate noun of "X is a …"
 * ("Laiterie Brenne is a dairy cooperative founded in 1938", "Le réseau X est une association loi 1901
 * créée en 2003"): the subject, or null when the clause has no such shape. A pronoun subject is
 * returned as "" (the actor).
 */
export function predicateSubject(before: string): string | null {
  const found = PREDICATE_NOUN.exec(before);
  const subject = found?.groups?.subject?.trim();
  const phrase = found?.groups?.phrase ?? '';
  if (!subject || RELATIONAL.test(phrase)) return null;
  return PRONOUN.test(subject) ? '' : subject;
}
