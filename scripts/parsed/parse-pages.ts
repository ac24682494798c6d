// `tsx scripts/parsed/parse-pages.ts SPLIT…`: parses each page's paragraphs once with CoreNLP, cached in .data/parses/.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseProfile } from '../../src/import/parse.js';
import { type Parse, parseText } from './corenlp-client.js';

export const EVAL_DIR = 'tests/fixtures/eval';
export const PARSE_DIR = '.data/parses';
const URL = process.env.IMPORT_PARSER_URL ?? 'http://127.0.0.1:9000';

/** What is cached per page: the importer's own paragraphs, one parse of them, and its time. */
export interface PageParse {
  file: string;
  language: 'en' | 'fr';
  paragraphs: string[];
  parse: Parse;
  milliseconds: number;
}

export const parsePath = (file: string) => join(PARSE_DIR, `${basename(file)}.json`);

export async function splitFiles(split: string): Promise<string[]> {
  const splits = JSON.parse(await readFile(join(EVAL_DIR, 'split.json'), 'utf8')) as Record<
    string,
    string[]
  >;
  const files = splits[split];
  if (!files) throw new Error(`unknown split ${split}`);
  return files.map((file) => join(EVAL_DIR, file));
}

async function parsePage(file: string): Promise<void> {
  const profile = parseProfile(await readFile(file), file);
  const started = Date.now();
  // A blank line between paragraphs: the server never runs a sentence across two of them.
  const parse = await parseText(URL, profile.paragraphs.join('\n\n'), profile.language);
  const page: PageParse = {
    file: basename(file),
    language: profile.language,
    paragraphs: profile.paragraphs,
    parse,
    milliseconds: Date.now() - started,
  };
  await writeFile(parsePath(file), JSON.stringify(page));
  console.log(
    `${basename(file)} ${profile.language} ${parse.sentences.length} sentences ${page.milliseconds} ms`,
  );
}

async function main(): Promise<void> {
  await mkdir(PARSE_DIR, { recursive: true });
  const onlyLanguage = process.env.PARSE_LANGUAGE;
  for (const split of process.argv.slice(2)) {
    for (const file of await splitFiles(split)) {
      if (existsSync(parsePath(file))) continue;
      try {
        if (onlyLanguage && parseProfile(await readFile(file), file).language !== onlyLanguage)
          continue;
        await parsePage(file);
      } catch (error) {
        console.log(`${basename(file)} not parsed: ${(error as Error).message.slice(0, 200)}`);
      }
    }
  }
}

if (process.argv[1]?.endsWith('parse-pages.ts')) await main();
