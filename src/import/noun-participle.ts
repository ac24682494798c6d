// Whether a participle ("issu de") describes the noun right before it ("un financement issu du
// programme"), not the clause's subject: a question the trigger and the general reader's cue share.

/** A lowercase word that may stand before a participle of the subject: a copula, "-ment" adverb or "elle-même". */
const SUBJECT_LINK =
  /^(?:était|étaient|fut|furent|été|soit|\p{Ll}+ment|(?:elle|lui|elles|eux)-mêmes?)$/u;

/** Whether a trigger without its own copula ("issu de", not "est issu de") follows a lowercase word
 * that is no copula or adverb: "un financement issu du programme" is about the noun. Case-sensitive. */
export const onCommonNoun = (before: string, trigger: string): boolean => {
  if (/^(?:est|sont)\s/iu.test(trigger)) return false;
  const word = /(?<![\p{L}'’-])(\p{Ll}[\p{L}-]*)\s+$/u.exec(before)?.[1];
  return word !== undefined && !SUBJECT_LINK.test(word);
};
