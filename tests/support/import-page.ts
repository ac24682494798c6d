// The importer on an invented page against the fixture graph's names, for unit tests of its rules.
import { readFileSync } from 'node:fs';
import type { GraphName } from '../../src/import/graph-names.js';
import { Matcher } from '../../src/import/match.js';
import { parseProfile } from '../../src/import/parse.js';
import { importProfile } from '../../src/import/profile-import.js';

const names = JSON.parse(
  readFileSync(new URL('../fixtures/graph-names.json', import.meta.url), 'utf8'),
) as GraphName[];
export const matcher = new Matcher(names);

/** A graph actor for a test's own small matcher. */
export const graphNode = (key: string, name: string, acronym: string | null = null): GraphName => ({
  key,
  family: 'Actor',
  name,
  acronym,
  aliases: [],
  date: null,
});

export const page = (text: string) =>
  importProfile(new TextEncoder().encode(text), 'page.txt', matcher);

/** Each proposal as "from TYPE to", ends by graph key or name. */
export const claims = (text: string) =>
  page(text).relations.map(
    (r) => `${r.from.match ?? r.from.name} ${r.type} ${r.to.match ?? r.to.name}`,
  );

/** The parse of an invented page, before any rule reads its relations. */
export const parse = (text: string) => parseProfile(new TextEncoder().encode(text), 'page.txt');

/** A profiled actor not in the graph, as the founding-year readers take it. */
export const profileActor = (name: string, acronym: string | null = null) => ({
  key: null,
  name,
  acronym,
  aliases: [],
});
