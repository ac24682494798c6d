// The structure reader: items under a heading, after a label's colon, or in an infobox line, read as bodies.
import type { RelationType } from '../model/vocabulary.js';
import { normalise } from '../text/normalise.js';
import { DATE_OR_COUNT } from './general-lexicon.js';
import type { Body } from './general-reader.js';
import { groupParts } from './group-parts.js';
import { leadInCue, leadInSentence } from './lead-in.js';
import { listItems } from './list-items.js';
import { isAcronym, isHeading, withoutLeadingWords } from './names.js';
import { numberWords } from './number-words.js';
import { type End, scaledConfidence } from './proposal.js';
import { readBy } from './reader-trace.js';
import { acronymSpelledBy, scanTableAt, type TableRow, tableAt } from './same-shape-rows.js';
import {
  HEADING_CUES,
  LEAD_ROLE_GLOSS,
  LIST_HEADING_FILLER,
  NOT_A_LIST_HEADING,
  type Opener,
} from './structure-lexicon.js';
import { groupSubHeading } from './sub-headings.js';

/** What the reader needs from the extractor: who the actor is and what a phrase names. */
export interface StructureContext {
  self: End;
  isSelf(end: End): boolean;
  /** A graph node or an organisation-shaped new name; undefined for persons, places, phrases. */
  resolve(phrase: string, alone: boolean): Body | undefined;
  /** The actor is a project, a programme or an event: only its page's role labels ("Lead partner") name its initiator. */
  undertaking?: boolean;
}

export interface StructureReading {
  type: RelationType;
  founding: boolean;
  from: End;
  to: End;
  confidence: number;
  evidence: string;
}

const BULLET = /^(?:[*•·▪◦–-]|o|\d{1,2}[.)])\s+/u;
/** A bullet drawn with a symbol, not a number: "1. Introduction" is a document's section. */
const SYMBOL_BULLET = /^(?:[*•·▪◦–-]|o)\s+/u;
const MAX_HEADING_WORDS = 8;
/** A line that introduces a list with a colon may be a short sentence ("Fund recipients are:"). */
const MAX_LABEL_WORDS = 20;
const MAX_ITEM_LENGTH = 200;

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;
/** A line of prose, not an item or a heading: it ends a sentence or runs long. */
const isSentence = (text: string) => /[.!?]$/u.test(text) || wordCount(text) > 12;
const capitalsIn = (text: string) => text.match(/\p{Lu}/gu)?.length ?? 0;

/** "STRUCTURES ET COUVERTURE": a line in capitals with a long word is a heading, not a body. */
const CAPITALS_HEADING = /^(?=.*\p{Lu}{7})[^\p{Ll}]+$/u;
/** A label that ends on a preposition or an article goes on into a name: "Membership of". */
const OPEN_ENDED = /\s(?:of|for|with|to|the|de|du|des|la|le|les|pour|avec|à|au|aux)$/iu;
/** Items on one line between dashes or bullets: "ACFI - AID - ALEAP". */
const INLINE_ITEMS = /\s(?:-|–|•|·)\s/u;
/** "www.codha.ch / Coopérative …", "Coopérative … – https://…": a link beside the name is no part of it. */
const LINK_BEFORE = /^(?:https?:\/\/|www\.)\S+\s+(?:[/|–—-]\s+)?/u;
const LINK_AFTER = /\s+(?:[/|–—-]\s+)?\(?(?:https?:\/\/|www\.)\S+$/u;
/** A table row drawn with bars ("Bénin | CEFRONG | Collectif des … | |"): its cells. */
const cellsOf = (line: string) =>
  line.includes(' | ') ? line.split(/\s*\|\s*/u).filter((cell) => cell.trim() !== '') : [];
/**
 * "Coopérative d'habitants Ecopolis", "Société coopérative Le Grand Tétras": an item that opens on
 * a kind of body and carries a proper name (a capital past its first word, or «quotes») is a body,
 * where the name finder stops at the lowercase words in between.
 */
const KIND_LED =
  /^(?:Société |Societe )?(?:[Cc]oopérative|[Cc]ooperative|Co-operative|Association|Fédération|Federation|Union|Réseau|Network|Collectif|Fondation|Foundation|Mutuelle)\s\S/u;
const PROPER_PART = /\s(?:«|"|“)?\p{Lu}[\p{L}\d'’.+-]*/u;
function kindLedName(name: string): Body | undefined {
  if (!KIND_LED.test(name) || wordCount(name) > 10) return undefined;
  const rest = name.replace(/^(?:Société |Societe )?\S+/u, '');
  return PROPER_PART.test(rest) || /«[^»]+»/u.test(rest)
    ? { match: null, name, confidence: 0.6 }
    : undefined;
}

/**
 * "Programme LEADER", "Projet Alimenterre": a programme or project called by its own name is no
 * body, where "Programme des Nations Unies pour le développement" (of, des …) names one; English
 * "Project" is left out: "Project Equity" is a body.
 */
const PROGRAMME_ITEM =
  /^(?:Programme|Program|Programa|Projet|Projeto|Progetto)\s+(?!(?:of|for|the|des|de|du|d['’]|pour|la|le|les|das|do|dos|da)(?:\s|$))\S+(?:\s\S+)?$/iu;

/** Items under a heading must not be a date, a page's section in capitals or a menu word. */
const endsList = (line: string) =>
  (DATE_OR_COUNT.test(line) && wordCount(line) <= 4) ||
  CAPITALS_HEADING.test(line) ||
  isHeading(line);

/** "Partenaire(s)", "Member(s)": a form's plural mark is no word of the heading. */
const PLURAL_MARK = /(?<=\p{L})\((?:s|es|x|e)\)/gu;

/** "Our 12 members", "Les cinq projets lauréats": a count in a heading says how many, not what (no year). */
const HEADING_COUNT = new RegExp(
  `(?<![\\p{L}\\d])(?:\\d{1,3}|${numberWords(2, 12).join('|')})(?![\\p{L}\\d])`,
  'giu',
);
const withoutCount = (heading: string) => heading.replace(HEADING_COUNT, ' ');

/** The one relation a heading's words give, or none when they give two or invite rather than name. */
export function headingCue(heading: string): Opener | undefined {
  const text = normalise(heading.replace(PLURAL_MARK, ''));
  if (text === '' || NOT_A_LIST_HEADING.test(text)) return undefined;
  const found = HEADING_CUES.filter((cue) => cue.pattern.test(text));
  const first = found[0];
  if (!first) return undefined;
  // "Partenaires techniques et financiers" are partners; "Members and partners" says two things.
  const others = found.filter(
    (cue) =>
      (cue.type !== first.type || cue.direction !== first.direction) &&
      !(first.type === 'PARTNER_OF' && cue.type === 'FUNDS') &&
      !(first.type === 'MEMBER_OF' && cue.type === 'MEMBER_OF' && cue.direction === 'in'),
  );
  return others.length === 0
    ? { type: first.type, direction: first.direction, founding: first.founding === true }
    : undefined;
}

// Compiled once, not per line read (`replace` starts a global pattern from 0 each time).
const EVERY_CUE = HEADING_CUES.map((cue) => new RegExp(cue.pattern.source, 'gu'));
const EVERY_FILLER = new RegExp(LIST_HEADING_FILLER.source, 'gu');

/** "… in Kenya", "… au Pérou", "… en Bretagne": where the listed bodies are, not another topic. */
const PLACE_COMPLEMENT =
  /\s(?:in|across|au|aux|en|dans)\s+(?:the\s+|l['’]|la\s+|le\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;

/** A heading that is the list's name: its cue and filler words only ("Member stories" is no list). */
function namesTheList(heading: string): boolean {
  let rest = ` ${normalise(heading.replace(PLURAL_MARK, '').replace(PLACE_COMPLEMENT, ''))} `;
  for (const cue of EVERY_CUE) rest = rest.replace(cue, ' ');
  for (;;) {
    const shorter = ` ${rest.trim()} `.replace(EVERY_FILLER, ' ');
    if (shorter.trim() === rest.trim()) break;
    rest = shorter;
  }
  return rest.trim() === '';
}

/** A heading line over items: short, not a sentence, no year, naming one relation. */
function headingOver(line: string): Opener | undefined {
  const text = withoutCount(line.replace(/\s*:\s*$/u, ''));
  // "Date d'affiliation : pas encore" is a label with its value, "Divisions A, B" an infobox line.
  if (/[.!?;,]$/u.test(text) || /[\d:,]/u.test(text)) return undefined;
  if (line.trim().endsWith(':'))
    return wordCount(text) <= MAX_LABEL_WORDS ? headingCue(text) : undefined;
  const cue = wordCount(text) <= MAX_HEADING_WORDS ? headingCue(text) : undefined;
  return cue && namesTheList(text) ? cue : undefined;
}

/** An item that opens on an amount given to someone: "$8,500 to …", "5 000 € à …", "€2m for …". */
const GRANT_LINE =
  /^\s*(?:(?:US)?[$€£]\s?\d[\d.,\s]*(?:k|m|million|bn)?|\d[\d.,\s]*\s?(?:€|\$|euros?|dollars?|CHF|FCFA))\s+(?:to|for|à|au|aux|pour)\s+(?:the\s+|l['’]|la\s+|le\s+|les\s+)?(\p{Lu}.*)$/u;
/**
 * "ACR – Full Name": an acronym, a dash, then a name of two words or more whose first two are
 * capitalised or joined by a particle ("Fondo de Garantía"); a lowercase gloss is no name.
 */
const ACRONYM_THEN_NAME =
  /^(\S+)\s[–—-]\s(\p{Lu}[\p{L}'’.-]*\s(?:(?:de|del|des|du|da|do|of|for|la|le|the|y|et|and)\s|[dl]['’]){0,2}\p{Lu}.*)$/u;
/** "… to support research", "… pour financer": the grant's purpose after its recipient's name. */
const PURPOSE_AFTER = /\s(?:to|pour|in order to|afin de)\s+\p{Ll}.*$/u;

/** "« Pour continuer à fanfaronner », association X": a project's quoted title before the body that carries it. */
const QUOTED_TITLE_BEFORE =
  /^\s*(?:«[^»]{1,150}»|"[^"]{1,150}"|“[^”]{1,150}”)\s*(?:,|[–—-])\s+(?=\S)/u;

/** A body's name without the gloss an item line carries: "A – regional network of …", "A (FR)". */
export function itemName(item: string, spelledOut = false): string {
  let text = item
    .replace(BULLET, '')
    .replace(QUOTED_TITLE_BEFORE, '')
    .replace(LINK_BEFORE, '')
    .replace(LINK_AFTER, '')
    .replace(/\([^()]*\)|\[[^\]]*\]/gu, ' ');
  // "$8,500 to A to support …", "12 000 € à B pour …": a grant line names its recipient after the amount.
  const granted = GRANT_LINE.exec(text);
  if (granted) text = (granted[1] as string).replace(PURPOSE_AFTER, '');
  // "Asia: WFTO-Asia represents …": a short label (a region, a sector) before the name.
  const labelled = /^[^:]{1,60}:\s+(.+)$/u.exec(text);
  if (labelled && wordCount(text.split(':')[0] as string) <= 6) text = labelled[1] as string;
  // "CAAP – Central Agroandina del Perú": the name an acronym stands for, written out after a dash.
  // Lists other readers split at "and" first leave the name cut: only whole lines are read so.
  const written = spelledOut ? ACRONYM_THEN_NAME.exec(text.trim()) : null;
  if (written && isAcronym(written[1] as string)) text = written[2] as string;
  return text
    .replace(
      /(?:\s[–—/-]\s|,\s|\s(?:from|as an?|which|who|represents|qui|dont|founded|created|formed|established|fondée?s?|créée?s?|formée?s?|née?s?)\s).*$/u,
      '',
    )
    .replace(/\s+/gu, ' ')
    .replace(/[\s;,.:…]+$/u, '')
    .replace(/\s+(?:etc|and|et)$/iu, '')
    .trim();
}

/** The page title's cue ("ICA Members", "Nos membres"): its first line that is no address. */
function titleCue(lines: readonly string[]): { opener: Opener; line: string } | undefined {
  const line = lines
    .map((text) => text.trim())
    .find((text) => text !== '' && !text.includes('://'));
  if (!line || /[.!?:;,\d]/u.test(line) || wordCount(line) > MAX_HEADING_WORDS) return undefined;
  const opener = headingCue(line);
  return opener ? { opener, line } : undefined;
}

/** A line of three names or more between commas, each short and capitalised: no sentence. */
function commaItems(text: string): string[] | undefined {
  if (/[.!?:;]$/u.test(text)) return undefined;
  const parts = text
    .replace(/\([^()]*\)/gu, ' ')
    .split(/\s*,\s+/u)
    .map((part) => part.trim());
  const short = parts.every((part) => /^\p{Lu}/u.test(part) && wordCount(part) <= 6);
  return parts.length >= 3 && short ? parts : undefined;
}

interface Item {
  line: string;
  name: string;
  /** The item's own text with its gloss, where the line holds other items too. */
  phrase?: string;
  /** Drawn with a bullet symbol or between dashes on one line. */
  bulleted?: boolean;
  /** A barred row's cell its acronym cell spells: the name is the cell whole. */
  whole?: boolean;
}

/** "A (lead partner)", "A – coordinator": an item whose gloss names the undertaking's lead role. */
function glossedAsLead(item: string): boolean {
  const glosses = [
    ...[...item.matchAll(/\(([^()]*)\)/gu)].map((found) => found[1] as string),
    /\s[–—-]\s([^–—-]+)$/u.exec(item)?.[1] ?? '',
  ];
  return glosses.some((gloss) => LEAD_ROLE_GLOSS.test(normalise(gloss)));
}

/** "Lead partner: A, Italy" names one body, its place after; "Organisers: A, B" or "organised by" name several. */
const ONE_BODY_ROLE = (label: string) =>
  !/(?:s|x)(?= |$)|(?:^| )(?:by|par)(?= |$)/u.test(normalise(label));

export class StructureReader {
  constructor(private readonly context: StructureContext) {}

  /** An item that is the page's actor itself, by the graph's names or the name it is written. */
  private namesSelf(name: string): boolean {
    if (name === '') return false;
    const found = this.context.resolve(name, true);
    return found !== undefined && this.context.isSelf(found);
  }

  /** The body an item names, when the item is that name and nothing more. */
  private body(name: string, bulleted = false): Body | undefined {
    // Not `refersToSelf`: "The Federation of Southern Cooperatives" is a name, not "the federation".
    if (name === '' || wordCount(name) > 12 || PROGRAMME_ITEM.test(name)) return undefined;
    const found = this.context.resolve(name, true) ?? kindLedName(name);
    if (!found || this.context.isSelf(found)) return undefined;
    // A table's bar is never part of a name: "consommation (d) |" read on ends at the bar.
    const body = found.name.includes('|')
      ? { ...found, name: found.name.replace(/\s*\|.*$/u, '') }
      : found;
    // One capitalised word ("Introduction", "Non") is a body only as a bullet, a word with two
    // capitals or more ("WFTO-Asia", "CoopEnBat") or a graph name.
    if (wordCount(name) === 1 && !bulleted && capitalsIn(name) < 2 && body.match === null)
      return undefined;
    // A sentence's opening name is not an item: the item must be the name, not hold one.
    const written = normalise(withoutLeadingWords(name));
    const named = normalise(withoutLeadingWords(body.name));
    return written === named || (body.match !== null && wordCount(written) <= wordCount(named) + 1)
      ? body
      : undefined;
  }

  /**
   * A barred row's name: the cell an acronym cell spells ("FONGTO | Fédération des ONG du Togo"),
   * taken whole, else the longest cell beside an acronym, else its longest cell that names a body.
   */
  private rowName(cells: readonly string[]): { name: string; whole: boolean } | undefined {
    if (cells.length < 2) return undefined;
    const spelled = cells.find((cell) =>
      cells.some((other) => other !== cell && isAcronym(other) && acronymSpelledBy(other, cell)),
    );
    if (spelled) return { name: itemName(spelled, true), whole: true };
    const longestFirst = [...cells].sort((a, b) => wordCount(b) - wordCount(a));
    // "CEFRONG | Collectif des Fédérations et Réseaux d'ONG": beside an acronym cell, the longest
    // cell is the name it stands for, though its letters are not the words' initials.
    const glossed = cells.some(isAcronym)
      ? longestFirst.find(
          (cell) =>
            wordCount(cell) >= 2 && !isAcronym(cell) && this.wholeCell(itemName(cell, true)),
        )
      : undefined;
    if (glossed) return { name: itemName(glossed, true), whole: true };
    const name = longestFirst.map((cell) => itemName(cell, true)).find((cell) => this.body(cell));
    return name === undefined ? undefined : { name, whole: false };
  }

  /** A cell its acronym spells, taken whole where the name finder stops short inside it. */
  private wholeCell(cell: string): Body | undefined {
    const found = this.context.resolve(cell, true);
    if (!found || this.context.isSelf(found) || found.match !== null) return undefined;
    return normalise(cell).startsWith(normalise(found.name)) ? { ...found, name: cell } : undefined;
  }

  private readings(opener: Opener, heading: string, items: readonly Item[]): StructureReading[] {
    // A list that names the actor among its items is not the actor's own list ("Partners: A, B, the
    // actor"): it is another body's, or the page's actor is not who the list belongs to.
    if (items.some((item) => this.namesSelf(item.name))) return [];
    const bodies = items.map((item) => ({
      item,
      body:
        this.body(item.name, item.bulleted) ?? (item.whole ? this.wholeCell(item.name) : undefined),
    }));
    return this.readingsOf(opener, heading, bodies);
  }

  /** A table row's body: its name cell whole, where the name finder would stop short inside it. */
  private rowBody(row: TableRow): Body | undefined {
    const body = this.body(row.name);
    if (body) return body;
    const found = this.context.resolve(row.name, true);
    if (!found || this.context.isSelf(found) || found.match !== null) return undefined;
    // "… du Palmier à Huile" read as "… du Palmier": the cell, its acronym spelled, is the name.
    const cell = normalise(row.name);
    const whole = cell === normalise(found.name);
    return whole || (row.spelled && cell.startsWith(normalise(found.name)))
      ? { ...found, name: row.name.replace(/\s*\([^()]*\)\s*/gu, ' ').trim() }
      : undefined;
  }

  private tableReadings(opener: Opener, heading: string, rows: readonly TableRow[]) {
    const entries = rows.map((row) => ({
      item: { line: row.group ? `${row.group}: ${row.line}` : row.line, name: row.name },
      body: this.rowBody(row),
    }));
    return this.readingsOf(opener, heading, entries);
  }

  private readingsOf(
    opener: Opener,
    heading: string,
    bodies: readonly { item: Item; body: Body | undefined }[],
  ): StructureReading[] {
    // On a body's page, a project box's lead or an event's organisers initiated that, not the body.
    if (opener.type === 'INITIATED' && this.context.undertaking !== true) return [];
    const items = bodies.map((entry) => entry.item);
    const found = bodies.filter((entry) => entry.body !== undefined);
    // A list's items must mostly look like bodies: a menu, a list of projects or people is no list.
    if (found.length === 0 || found.length * 3 < items.length * 2) return [];
    const self = this.context.self;
    return found.map(({ item, body }) => {
      const other = body as Body;
      // On an undertaking's page, the partner its list glosses as the lead initiated it.
      const lead =
        opener.type === 'PARTNER_OF' &&
        this.context.undertaking === true &&
        glossedAsLead(item.phrase ?? item.line);
      const [from, to] = opener.direction === 'in' || lead ? [other, self] : [self, other];
      return {
        type: lead ? 'INITIATED' : opener.type,
        founding: opener.founding === true,
        from: { match: from.match, name: from.name },
        to: { match: to.match, name: to.name },
        confidence: scaledConfidence(0.6, other.confidence),
        // The colon keeps the heading's last word ("… au Pérou") from reading as part of the name.
        evidence: `${heading.trim().replace(/\s*:$/u, '')}: ${item.line.trim()}`,
      };
    });
  }

  /**
   * "Six co-operatives are our partners: A, founded in 1995 - B - C": a lead-in sentence and its
   * list on one line, three items or more between dashes or bullets.
   */
  private leadInLine(line: string): StructureReading[] {
    const colon = line.indexOf(':');
    if (colon < 0) return [];
    const before = line.slice(0, colon + 1);
    const opener = leadInCue(before);
    if (!opener) return [];
    const parts = line
      .slice(colon + 1)
      .trim()
      .split(INLINE_ITEMS)
      .filter((part) => part.trim() !== '');
    if (parts.length < 3) return [];
    const items = parts.map((part) => ({
      line: part.trim(),
      name: itemName(part, true),
      bulleted: true,
    }));
    return this.readings(opener, leadInSentence(before), items);
  }

  /** "Label: A, B, C" or an infobox line "Divisions A, B, C": the items on the line itself. */
  private labelLine(line: string): StructureReading[] {
    const colon = /^([^:]{2,60}):\s+(\S.*)$/u.exec(line);
    const infobox = /^(\p{Lu}\p{Ll}+(?: \p{Ll}+)?)\s+(\p{Lu}[^.]*)$/u.exec(line);
    // "Filiales | Candia, Entremont |": a saved infobox's row, its label in the first cell.
    const row = /^([^|]{2,60}?)\s*\|\s*([^|]*\S)\s*\|?\s*$/u.exec(line);
    for (const found of [colon, infobox, row]) {
      if (!found) continue;
      const [, label = '', rest = ''] = found;
      if (wordCount(label) > 5 || /[.!?]$/u.test(rest)) continue;
      const opener = headingCue(label);
      // A label is the list's name ("Divisions", "Nos partenaires"), never a clause, a topic or a
      // title that names a body after it ("Membership of X").
      if (!opener || !namesTheList(label) || OPEN_ENDED.test(label)) continue;
      // Items a separator sets apart are bullets ("Filiales | Candia, Entremont"); a lone word after
      // a label is no body ("Partner Content"), but a role's one value is ("Lead partner: Cospe").
      const listed = listItems(rest);
      // "Coordinator: A, Romania, ACR": a one-body role names its body first, its gloss after.
      const phrases =
        opener.type === 'INITIATED' && ONE_BODY_ROLE(label) ? listed.slice(0, 1) : listed;
      const items = phrases.map((item) => ({
        line,
        phrase: item.phrase,
        name: itemName(item.phrase),
        bulleted: phrases.length >= 2 || opener.type === 'INITIATED',
      }));
      if (items.length > 0) return this.readings(opener, `${label}:`, items);
    }
    return [];
  }

  /**
   * The items under a heading, until the next heading, a date, a second paragraph of prose, or
   * (for a bulleted list) a line without a bullet that is no item's one paragraph of description.
   */
  private itemsAfter(lines: readonly string[], start: number): { items: Item[]; end: number } {
    const items: Item[] = [];
    let prose = 0;
    let described = false;
    let bulleted = false;
    let index = start;
    for (; index < lines.length; index += 1) {
      const line = (lines[index] as string).trim();
      if (line === '') continue;
      if (headingOver(line) || leadInCue(line) || groupSubHeading(line)) break;
      const bullet = BULLET.test(line);
      const text = line.replace(BULLET, '');
      // A paragraph under a bulleted item describes it ("- « Projet », association X" then what X
      // does), one paragraph at most and never an item; any other line without a bullet ends the list.
      if (items.length > 0 && bulleted && !bullet) {
        if (!isSentence(text) || prose >= 1) break;
        prose += 1;
        described = true;
        continue;
      }
      // "• ARARIWA": one word in capitals after a bullet symbol is a body's acronym, no heading.
      const acronymItem = SYMBOL_BULLET.test(line) && isAcronym(text);
      if (endsList(text) && !acronymItem) break;
      // "• Café et Cacao :" with nothing after it: a label whose item is missing, no item itself.
      if (SYMBOL_BULLET.test(line) && /^[^:]{1,60}\s?:$/u.test(text) && wordCount(text) <= 6)
        continue;
      // A hard-wrapped block of items between ";": the block is one list.
      if (text.includes(';') && items.length === 0) {
        let block = text;
        while ((lines[index + 1] ?? '').trim() !== '') {
          index += 1;
          block += ` ${(lines[index] as string).trim()}`;
        }
        // A ";" closing the block ("A ; B ;") ends the last item, it opens no empty one.
        const parts = block.split(';').filter((part) => part.trim() !== '');
        items.push(...parts.map((part) => ({ line: part, name: itemName(part, true) })));
        return { items, end: index + 1 };
      }
      // "Partners" then "A, B, C, D" on one line: the line is the list.
      const commas = items.length === 0 ? commaItems(text) : undefined;
      if (commas) {
        items.push(
          ...commas.map((part) => ({
            line: text,
            phrase: part,
            name: itemName(part, true),
            bulleted: true,
          })),
        );
        return { items, end: index + 1 };
      }
      const parts = text.split(INLINE_ITEMS);
      if (parts.length >= 3 && parts.every((part) => wordCount(part) <= 6)) {
        items.push(
          ...parts.map((part) => ({
            line: text,
            phrase: part,
            name: itemName(part, true),
            bulleted: true,
          })),
        );
        bulleted ||= bullet;
        continue;
      }
      const row = this.rowName(cellsOf(text));
      const name = row?.name ?? itemName(text, true);
      // Between paragraphs of prose an item is a section's title unless it is plainly a body's name.
      const plain =
        !described || (!/^\d/u.test(line) && (wordCount(name) >= 2 || capitalsIn(name) >= 2));
      const symbol = SYMBOL_BULLET.test(line);
      // A long line is an item only when a bullet or a dash sets its name apart from its gloss.
      const short = text.length <= MAX_ITEM_LENGTH || symbol || /\s[–—]\s/u.test(text);
      if (short && plain && (this.body(name, symbol) || (row?.whole && this.wholeCell(name)))) {
        items.push({ line: text, name, bulleted: symbol, whole: row?.whole });
        bulleted ||= bullet && items.length === 1;
        prose = 0;
        continue;
      }
      if (!isSentence(text)) {
        // A heading that names no body ends the list; another short line is an item that is none,
        // but after a bulleted item's description it opens another list ("• Train young farmers").
        if (items.length === 0 || (bulleted && prose > 0)) break;
        items.push({ line: text, name });
        continue;
      }
      // Prose between items describes the item above it; one paragraph may introduce the list.
      prose += 1;
      described = true;
      if (prose >= 2) break;
    }
    return { items, end: index };
  }

  /**
   * The items under a heading and under each sub-heading after them that groups its bodies by
   * kind ("Organisations paysannes", "Autres"); any other line that is no item ends the list.
   */
  private itemsUnder(lines: readonly string[], start: number): { items: Item[]; end: number } {
    const items: Item[] = [];
    let at = start;
    for (;;) {
      const found = this.itemsAfter(lines, at);
      items.push(...found.items);
      let next = found.end;
      while (next < lines.length && (lines[next] as string).trim() === '') next += 1;
      const sub = next < lines.length && groupSubHeading(lines[next] as string);
      if (!sub || next + 1 >= lines.length) return { items, end: found.end };
      at = next + 1;
    }
  }

  read(lines: readonly string[]): StructureReading[] {
    const readings: StructureReading[] = [];
    const title = titleCue(lines);
    // Lines a failed table scan already read open no table either: each line is scanned once.
    let noTableBefore = 0;
    for (let index = 0; index < lines.length; index += 1) {
      const line = (lines[index] as string).trim().replace(BULLET, '');
      if (line === '') continue;
      const opener = headingOver(line) ?? leadInCue(line);
      // A table no heading names is the page's own list when the title names one ("X Members").
      let untitled: ReturnType<typeof tableAt>;
      if (!opener && title && index >= noTableBefore) {
        const scan = scanTableAt(lines, index, false);
        untitled = scan.table;
        noTableBefore = scan.scannedTo;
      }
      if (untitled && title) {
        readings.push(
          ...readBy(this.tableReadings(title.opener, title.line, untitled.rows), 'titledTable'),
        );
        index = Math.max(index, untitled.end - 1);
        continue;
      }
      if (!opener) {
        const labelled = this.labelLine(line);
        readings.push(
          ...(labelled.length > 0
            ? readBy(labelled, 'labelLine')
            : readBy(this.leadInLine(line), 'leadInLine')),
        );
        continue;
      }
      // A block of same-shape rows under the heading is a table: each name cell is taken whole.
      const table = tableAt(lines, index + 1);
      if (table) {
        readings.push(...readBy(this.tableReadings(opener, line, table.rows), 'headedTable'));
        index = Math.max(index, table.end - 1);
        continue;
      }
      const { items, end } = this.itemsUnder(lines, index + 1);
      // A lead-in's evidence is its sentence, not the paragraph it ends.
      const heading = headingOver(line) ? line : leadInSentence(line);
      readings.push(...readBy(this.readings(opener, heading, items), 'headingItems'));
      // A heading with no item under it holds no line: the prose after it is read as any other.
      if (items.length > 0) index = Math.max(index, end - 1);
    }
    readings.push(...readBy(this.groupPartReadings(lines), 'groupParts'));
    return readings;
  }

  /** "Banco Montepio" on a line of its own on the Montepio Group's page: a part of the group. */
  private groupPartReadings(lines: readonly string[]): StructureReading[] {
    const self = this.context.self;
    return groupParts(lines, self.name, (name) => this.body(name, true)).map(({ body, line }) => ({
      type: 'PART_OF',
      founding: false,
      from: { match: body.match, name: body.name },
      to: { match: self.match, name: self.name },
      confidence: scaledConfidence(0.6, body.confidence),
      evidence: line,
    }));
  }
}
