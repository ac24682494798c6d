// The actor's name as far as the page writes it: a name read short ("Community Shares") goes on
// when the page writes it longer with the acronym of the longer name, or as its address spells it.
import { normalise } from '../text/normalise.js';
import { CONNECTOR, initialsOf } from './page-actor.js';
import { pathWords } from './url-actor.js';
import { escapeRegExp } from './words.js';

/** "Community Shares" written "Community Shares Unit (CSU)": the longer name the acronym spells. */
function longerByAcronym(name: string, prose: string): { name: string; acronym: string } | null {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(name)}((?:\\s+\\p{Lu}[\\p{L}'’-]*){1,3})\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}&-]{1,10})\\)`,
    'u',
  );
  const found = pattern.exec(prose);
  if (!found) return null;
  const longer = `${name}${found[1]}`;
  const acronym = found[2] as string;
  return initialsOf(longer.split(/\s+/)) === acronym.replace(/[^\p{Lu}]/gu, '')
    ? { name: longer, acronym }
    : null;
}

/** A word as a page's address spells it: "d’activité" → "dactivite". */
const spelled = (word: string) => normalise(word).replace(/\s+/gu, '');

/**
 * "Fédération des Coopératives" written "Fédération des Coopératives d’activité et d’emploi" where
 * the address ends with "federation-des-cooperatives-dactivite-et-demploi": the words the address
 * ends with after the name, when the prose writes them all.
 */
function longerByAddress(name: string, prose: string, address: string | null): string | null {
  if (!address) return null;
  let path: string[];
  try {
    path = pathWords(new URL(address)).map(spelled);
  } catch {
    return null;
  }
  const own = name.split(/\s+/).map(spelled);
  const at = path.findIndex((_, start) => own.every((word, i) => path[start + i] === word));
  if (at < 0) return null;
  const next = path.slice(at + own.length);
  const after = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(name)}((?:\\s+[\\p{L}'’-]+){1,6})`,
    'u',
  );
  const written = after.exec(prose)?.[1]?.trim().split(/\s+/) ?? [];
  const kept: string[] = [];
  for (const [index, word] of written.entries()) {
    if (spelled(word) !== next[index]) break;
    kept.push(word);
  }
  // Only a name the address ends with: a slug that goes on past it is a headline's.
  // and only a complement of the name ("d’activité …", "of …"), never a clause ("en ordre de …").
  if (kept.length !== next.length || CONNECTOR.test(kept.at(-1) ?? 'of')) return null;
  if (!/^(?:of|de|du|des|d['’]\p{L})/iu.test(kept[0] as string)) return null;
  return `${name} ${kept.join(' ')}`;
}

/** The actor's name as far as the page writes it, and the acronym that comes with a longer name. */
export function nameExtent(
  name: string,
  prose: string,
  address: string | null,
): { name: string; acronym: string | null } | null {
  if (name.split(/\s+/).length < 2) return null;
  const byAcronym = longerByAcronym(name, prose);
  if (byAcronym) return byAcronym;
  const byAddress = longerByAddress(name, prose, address);
  return byAddress ? { name: byAddress, acronym: null } : null;
}
