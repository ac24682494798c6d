import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { KIND_GROUPS, UNKNOWN_KIND_COLOUR } from '../../web/src/colours.js';
import { useBrowser } from './support/browser.js';
import { openMes } from './support/open-actor.js';
import { pixelStats } from './support/pixels.js';
import { useServer } from './support/server.js';

const server = useServer();
const browser = useBrowser();
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 60_000 });

interface Hooks {
  isActive(id: string): boolean;
  nodePoint(key: string): { x: number; y: number } | null;
  year(): number | null;
}

type Window = { explorer: Hooks };
const nodePoint = (page: Page, key: string) =>
  page.evaluate((k) => (window as unknown as Window).explorer.nodePoint(k), key);
const isActive = (page: Page, id: string) =>
  page.evaluate((i) => (window as unknown as Window).explorer.isActive(i), id);
const shownYear = (page: Page) =>
  page.evaluate(() => (window as unknown as Window).explorer.year());

/** The keys of the actors the GeoJSON export places for MES two steps out (in a year). */
async function placedKeys(year?: number): Promise<string[]> {
  const activeAt = year === undefined ? '' : `&activeAt=${year}`;
  const response = await fetch(`${server.url()}/export/actors.geojson?keys=mes&depth=2${activeAt}`);
  const geojson = (await response.json()) as { features: { id: string }[] };
  return geojson.features.map((feature) => feature.id).sort();
}

async function membersOfMes(year: number): Promise<number> {
  const response = await fetch(`${server.url()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ actors(filter: { memberOf: "mes", activeAt: ${year} }) { totalCount } }`,
    }),
  });
  return ((await response.json()) as { data: { actors: { totalCount: number } } }).data.actors
    .totalCount;
}

async function setYear(page: Page, year: number): Promise<void> {
  await page.locator('#year').fill(String(year));
  await poll(() => page.locator('#title').textContent()).toContain(`in ${year}`);
}

describe('the explorer over time and on a map', () => {
  it('keeps positions across years, fades what did not hold, plays the years, charts members', async () => {
    const page = browser.page();
    await openMes(page, server.url());
    const keys = ['mes', 'ess-france', 'ripess-europe', 'ripess', 'ctc', 'ufisc'];
    const positions = async () =>
      Object.fromEntries(
        await Promise.all(keys.map(async (key) => [key, await nodePoint(page, key)])),
      ) as Record<string, { x: number; y: number } | null>;
    const before = await positions();
    await setYear(page, 2012);
    expect(await isActive(page, 'ess-france')).toBe(false);
    expect(await isActive(page, 'ripess-europe')).toBe(true);
    const in2012 = await positions();
    await setYear(page, 2020);
    const in2020 = await positions();
    let moved = 0;
    for (const key of keys) {
      const [a, b, c] = [before[key], in2012[key], in2020[key]];
      expect(a, key).not.toBeNull();
      moved = Math.max(
        moved,
        Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0)),
        Math.hypot((b?.x ?? 0) - (c?.x ?? 0), (b?.y ?? 0) - (c?.y ?? 0)),
      );
    }
    console.log(`largest move of ${keys.length} nodes across 3 years: ${moved.toFixed(2)} px`);
    expect(moved).toBeLessThan(3);

    // MES is selected: its members per year, one bar a year, the chosen year's highlighted.
    const bar = (year: number) => page.locator(`#details .member-chart rect[data-year="${year}"]`);
    await poll(() => bar(2020).count()).toBe(1);
    expect(Number(await bar(2020).getAttribute('data-count'))).toBe(await membersOfMes(2020));
    expect(Number(await bar(2012).getAttribute('data-count'))).toBe(await membersOfMes(2012));
    expect(await bar(2020).getAttribute('fill')).toBe('#7a1fa2');
    expect(await page.locator('#details .member-count').textContent()).toBe(
      `${await membersOfMes(2020)} members in 2020`,
    );
    await browser.screenshot('explorer-years-2020');

    await page.locator('#play').click();
    await poll(() => shownYear(page)).toBeGreaterThan(2021);
    await page.locator('#play').click();
    await poll(() => page.locator('#play').textContent()).toBe('Play');
    const reached = await shownYear(page);
    expect(page.url()).toContain(`year=${reached}`);
    expect(await page.locator('#title').textContent()).toContain(`in ${reached}`);
  });

  it('refreshes the path and the details for the chosen year', async () => {
    const page = browser.page();
    const edge = 'mes|MEMBER_OF|ess-france';
    await page.goto(
      `${server.url()}/?actor=mes&depth=2&year=2012&from=mes&to=ess-france&select=${encodeURIComponent(edge)}`,
    );
    await poll(() => page.locator('#details .in-year').textContent()).toBe(
      'In 2012: not in this view (faded)',
    );
    const step = page.locator(`#path li[data-id="${edge}"]`);
    await poll(() => step.textContent()).toContain('(not in 2012)');
    await setYear(page, 2016);
    await poll(() => page.locator('#details .in-year').textContent()).toBe('In 2016: in this view');
    await poll(() => step.textContent()).not.toContain('(not in');
  });

  it('maps the actors with coordinates, for the same year, with memberships as arcs', async () => {
    const page = browser.page();
    await page.goto(`${server.url()}/?actor=mes&depth=2&view=map`);
    await poll(() => page.locator('#count').textContent()).toMatch(/nodes/);
    const placed = await placedKeys();
    expect(placed.length).toBeGreaterThan(50);
    await poll(() => page.locator('#map circle[data-key]').count()).toBe(placed.length);
    const drawn = await page
      .locator('#map circle[data-key]')
      .evaluateAll((circles) => circles.map((c) => c.getAttribute('data-key') ?? '').sort());
    expect(drawn).toEqual(placed);
    // The land is drawn, the markers in the kinds' colours.
    expect((await page.locator('#map path.land').getAttribute('d'))?.length).toBeGreaterThan(1000);
    const fills = await page
      .locator('#map circle[data-key]')
      .evaluateAll((circles) => circles.map((c) => c.getAttribute('fill')));
    const palette = [...KIND_GROUPS.map((group) => group.colour), UNKNOWN_KIND_COLOUR];
    expect(fills.filter((fill) => !palette.includes(fill ?? ''))).toEqual([]);
    expect(new Set(fills).size).toBeGreaterThan(3);
    expect(await page.locator('#map text[data-key]').count()).toBeGreaterThan(3);
    expect(await page.locator('#graph').isVisible()).toBe(true);
    expect(await page.locator('#map').isVisible()).toBe(true);

    // The wheel zooms in around the pointer; markers keep their size on screen; a double click fits.
    const viewBox = () => page.locator('#map svg').getAttribute('viewBox');
    const fitted = await viewBox();
    const marker = page.locator('#map circle[data-key]').first();
    const size = (await marker.boundingBox())?.width ?? 0;
    const map = await page.locator('#map').boundingBox();
    await page.mouse.move((map?.x ?? 0) + (map?.width ?? 0) / 2, (map?.y ?? 0) + 150);
    await page.mouse.wheel(0, -600);
    await poll(viewBox).not.toBe(fitted);
    const zoomedWidth = Number((await viewBox())?.split(' ')[2]);
    expect(zoomedWidth).toBeLessThan(Number(fitted?.split(' ')[2]) / 2);
    expect(Math.abs(((await marker.boundingBox())?.width ?? 0) - size)).toBeLessThan(1);
    await page.locator('#map').dblclick();
    await poll(viewBox).toBe(fitted);

    await setYear(page, 2012);
    const placed2012 = await placedKeys(2012);
    await poll(() => page.locator('#map circle.active').count()).toBe(placed2012.length);
    expect(placed2012.length).toBeLessThan(placed.length);
    expect(await page.locator('#map circle[data-key]').count()).toBe(placed.length);

    expect(await page.locator('#map .arcs path').count()).toBe(0);
    await page.locator('#arcs').check();
    await poll(() => page.locator('#map .arcs path').count()).toBeGreaterThan(5);
    await poll(async () => page.url()).toContain('arcs=1');
    expect(page.url()).toContain('view=map');
    await browser.screenshot('explorer-map-2012');

    // The SVG download is the map as drawn.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#download-svg').click(),
    ]);
    expect(download.suggestedFilename()).toBe('mes-depth-2-2012-map.svg');
    const svg = await readFile((await download.path()) as string, 'utf8');
    expect(svg.match(/<circle data-key=/g)?.length).toBe(placed.length);
    expect(svg).toContain('class="land"');

    // On paper, the map stands where the drawing is, with its markers.
    await page.emulateMedia({ media: 'print' });
    await poll(() => page.locator('#controls').isVisible()).toBe(false);
    const paper = await page.locator('#map').boundingBox();
    expect(paper?.width).toBeGreaterThan(500);
    expect(paper?.height).toBeGreaterThan(300);
    const printed = await pixelStats(page, await page.locator('#map').screenshot());
    expect(printed.coloured).toBeGreaterThan(200);
    await browser.screenshot('explorer-map-print');
    await page.emulateMedia({ media: 'screen' });

    // Clicking a marker opens its details; back to the graph, the same view.
    const [first] = placed2012;
    await page.locator(`#map circle[data-key="${first}"]`).dispatchEvent('click');
    await poll(async () => page.url()).toContain(`select=${first}`);
    expect(await page.locator('#details .node-facts dd').first().textContent()).toBe(first);
    await page.locator('#view-switch button[data-view="graph"]').click();
    expect(await page.locator('#map').isVisible()).toBe(false);
    expect(page.url()).not.toContain('view=map');
  });
});
