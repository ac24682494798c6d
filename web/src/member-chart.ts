import { graphql } from './api.js';
import { h } from './dom.js';
import { YEARS } from './view-state.js';

export interface YearCount {
  year: number;
  count: number;
}

/** The API's alias limit (src/plugins/armor.ts): years are asked for in documents of at most this. */
const YEARS_PER_REQUEST = 30;

/**
 * One document counting `$key`'s members in each year, one alias a year, through the index-backed
 * `actors(filter: {memberOf, activeAt})` count that the API's `activeAt` rule defines.
 */
function membersPerYearQuery(years: number[]): string {
  const fields = years.map(
    (year) =>
      `y${year}: actors(filter: { memberOf: $key, activeAt: ${year} }, first: 1) { totalCount }`,
  );
  return `query ExplorerMembersPerYear($key: String!) { ${fields.join(' ')} }`;
}

const cache = new Map<string, Promise<YearCount[]>>();

/**
 * The members of an actor in every year from its founding (or the slider's first year) to the
 * last: one request, two for an actor founded before 1996.
 */
export function membersPerYear(key: string, founded: number | null): Promise<YearCount[]> {
  const cached = cache.get(key);
  if (cached) return cached;
  const first = Math.min(YEARS.max, Math.max(YEARS.min, founded ?? YEARS.min));
  const years = Array.from({ length: YEARS.max - first + 1 }, (_, i) => first + i);
  const chunks: number[][] = [];
  for (let i = 0; i < years.length; i += YEARS_PER_REQUEST) {
    chunks.push(years.slice(i, i + YEARS_PER_REQUEST));
  }
  const counts = Promise.all(
    chunks.map(async (chunk) => {
      const data = await graphql<Record<string, { totalCount: number }>>(
        membersPerYearQuery(chunk),
        { key },
      );
      return chunk.map((year) => ({ year, count: data[`y${year}`]?.totalCount ?? 0 }));
    }),
  ).then((parts) => parts.flat());
  counts.catch(() => cache.delete(key));
  cache.set(key, counts);
  return counts;
}

const WIDTH = 270;
const HEIGHT = 90;
const AXIS = 14;

/** A bar a year, the chosen year's in the highlight colour; its numbers in each bar's tooltip. */
export function memberChart(counts: YearCount[], chosen: number | null): HTMLElement {
  const most = Math.max(...counts.map((c) => c.count));
  if (counts.length === 0 || most === 0) {
    return h('p', { class: 'member-chart-empty' }, 'No members recorded in any year.');
  }
  const slot = WIDTH / counts.length;
  const bars = counts.map(({ year, count }) => {
    const height = ((HEIGHT - AXIS - 12) * count) / most;
    const x = (year - (counts[0]?.year ?? year)) * slot;
    return `<rect data-year="${year}" data-count="${count}" x="${(x + 0.5).toFixed(1)}" y="${(HEIGHT - AXIS - height).toFixed(1)}" width="${Math.max(1, slot - 1).toFixed(1)}" height="${height.toFixed(1)}" fill="${year === chosen ? '#7a1fa2' : '#0072B2'}"><title>${year}: ${count} members</title></rect>`;
  });
  const first = counts[0]?.year;
  const last = counts.at(-1)?.year;
  const chosenCount = counts.find((c) => c.year === chosen)?.count;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="Members per year">
    <text x="0" y="9" font-size="10" fill="#555">${most} max</text>
    ${bars.join('')}
    <line x1="0" x2="${WIDTH}" y1="${HEIGHT - AXIS}" y2="${HEIGHT - AXIS}" stroke="#999"/>
    <text x="0" y="${HEIGHT - 2}" font-size="10" fill="#555">${first}</text>
    <text x="${WIDTH}" y="${HEIGHT - 2}" font-size="10" fill="#555" text-anchor="end">${last}</text>
  </svg>`;
  const chart = h('div', { class: 'member-chart' });
  chart.innerHTML = svg;
  return h(
    'section',
    {},
    h('h3', {}, 'Members per year'),
    chart,
    chosen !== null && chosenCount !== undefined
      ? h('p', { class: 'member-count' }, `${chosenCount} members in ${chosen}`)
      : null,
  );
}
