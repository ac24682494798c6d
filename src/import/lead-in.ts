// A sentence that announces the list after it ("Parmi ses membres, X compte huit coopératives :").
import { normalise } from '../text/normalise.js';
import { HEADING_CUES, NOT_A_LIST_HEADING, type Opener } from './structure-lexicon.js';

/** A lead-in is one sentence, not a paragraph: past this many words it describes, not announces. */
const MAX_LEAD_IN_WORDS = 30;
/** "… as indicated below.", "… ci-dessous.", "… comme suit :": a sentence that points at what follows. */
const POINTS_BELOW =
  /(?:\s(?:below|ci-dessous|as follows|comme suit|the following|suivant(?:e|s|es)?))\s*[.:]?$/iu;

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** A paragraph's last sentence may be the lead-in: "… à développer. Parmi ses membres, X compte :". */
export const leadInSentence = (line: string) =>
  line
    .trim()
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .at(-1) ?? '';

/**
 * The relation a sentence ending in ":" (or pointing "below") gives the items after it: the cue
 * nearest its end, so that "Outre ses partenaires, X compte ces membres :" reads members. None
 * when the sentence is long, asks to join, or gives no cue.
 */
export function leadInCue(line: string): Opener | undefined {
  const text = leadInSentence(line);
  if (!(text.endsWith(':') || POINTS_BELOW.test(text))) return undefined;
  if (wordCount(text) > MAX_LEAD_IN_WORDS || text.includes('://')) return undefined;
  const clauses = normalise(text.replace(/\s*[.:]\s*$/u, ''))
    .split(/\s(?:but|mais|while|tandis que|whereas|outre|besides)\s/u)
    .filter((clause) => clause.trim() !== '');
  const last = clauses.at(-1);
  if (last === undefined || NOT_A_LIST_HEADING.test(last)) return undefined;
  // The cue written last, nearest the colon, it names what the items are.
  let best: { at: number; cue: (typeof HEADING_CUES)[number] } | undefined;
  for (const cue of HEADING_CUES) {
    // "The forum is organised by:": a sentence's organisers are its subject's, not the page's actor's.
    if (cue.type === 'INITIATED') continue;
    const found = [...` ${last} `.matchAll(new RegExp(cue.pattern.source, 'gu'))].at(-1);
    // By where the cue ends: "founding members" (listed first) wins over the "members" inside it.
    const end = found ? found.index + found[0].length : -1;
    if (found && (best === undefined || end > best.at)) best = { at: end, cue };
  }
  if (!best) return undefined;
  return {
    type: best.cue.type,
    direction: best.cue.direction,
    founding: best.cue.founding === true,
  };
}
