import { readFile } from 'node:fs/promises';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/export/formats.js';
import { MES_SUBGRAPH_DEPTH_2 } from '../support/facts.js';
import { useBrowser } from './support/browser.js';
import { pixelStats } from './support/pixels.js';
import { useServer } from './support/server.js';

const server = useServer();
const browser = useBrowser();

// The first queries of a fresh database are planned on the spot: allow for that.
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

const ESS_FRANCE_EDGE = 'mes|MEMBER_OF|ess-france';

/** Distinct colours in a screenshot of the drawing: a blank canvas has one or two. */
async function coloursDrawn(page: Page): Promise<number> {
  return (await pixelStats(page, await page.locator('#graph').screenshot())).distinct;
}

interface ExplorerHooks {
  edgePoint(id: string, t: number): { x: number; y: number } | null;
  hoveredEdge(): string | null;
  hasNode(key: string): boolean;
  isActive(id: string): boolean;
}

/**
 * Clicks an edge on the canvas as a user would: points along it are tried until the pointer rests
 * on that edge (a node or a crossing edge may cover its middle).
 */
async function clickEdge(page: Page, id: string): Promise<void> {
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('the drawing is not on the page');
  // Every 2.5% of its length from the middle out: MES's neighbourhood draws 400 edges that cross it.
  const along = Array.from(
    { length: 33 },
    (_, i) => 0.5 + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 0.025,
  );
  for (const t of along) {
    const point = await page.evaluate(
      ({ edge, at }) =>
        (window as unknown as { explorer: ExplorerHooks }).explorer.edgePoint(edge, at),
      { edge: id, at: t },
    );
    if (!point) throw new Error(`edge ${id} is not drawn`);
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await page.waitForTimeout(100);
    const hovered = await page.evaluate(() =>
      (window as unknown as { explorer: ExplorerHooks }).explorer.hoveredEdge(),
    );
    if (hovered === id) {
      await page.mouse.down();
      await page.mouse.up();
      return;
    }
  }
  throw new Error(`no point of edge ${id} could be pointed at`);
}

describe('the explorer page', () => {
  it('finds MES, draws its neighbourhood, tells an edge’s facts, filters by year, finds a path, downloads GEXF', async () => {
    const page = browser.page();
    await page.goto(server.url());

    await page.fill('#search', 'economie solidaire');
    await page.locator('#results button[data-key="mes"]').click();
    await poll(() => page.locator('#count').textContent()).toBe(
      `${MES_SUBGRAPH_DEPTH_2.nodes} nodes, ${MES_SUBGRAPH_DEPTH_2.edges} edges`,
    );
    expect(await coloursDrawn(page)).toBeGreaterThan(20);
    await poll(() => page.locator('#details h2').textContent()).toBe(
      "Mouvement pour l'Economie Solidaire",
    );
    await browser.screenshot('explorer-mes');

    await clickEdge(page, ESS_FRANCE_EDGE);
    await poll(() => page.locator('#details').textContent()).toContain('since 2015');
    const facts = page.locator('#details .relation-facts');
    const source = facts.locator('.sources a').filter({ hasText: 'membership of ESS France' });
    expect(await source.getAttribute('href')).toMatch(/^https?:\/\//);
    await browser.screenshot('explorer-edge');

    await page.locator('#year').fill('2012');
    await poll(() => page.locator('#title').textContent()).toContain('in 2012');
    // The union of the years stays drawn in place; what did not hold in 2012 is faded.
    const held = (key: string) =>
      page.evaluate(
        ({ edge, node }) => {
          const { explorer } = window as unknown as { explorer: ExplorerHooks };
          return {
            edge: explorer.isActive(edge),
            node: explorer.isActive(node),
            drawn: explorer.hasNode(node),
          };
        },
        { edge: ESS_FRANCE_EDGE, node: key },
      );
    expect(await held('ess-france')).toEqual({ edge: false, node: false, drawn: true });
    expect(await held('ripess-europe')).toMatchObject({ node: true });
    await browser.screenshot('explorer-2012');

    await page.locator('#all-years').check();
    await page.fill('#path-from', 'MES');
    await page.fill('#path-to', 'RIPESS');
    await page.locator('#path-find').click();
    await poll(() => page.locator('#path').textContent()).toBe('MES → PARTICIPATES_IN → RIPESS');
    await browser.screenshot('explorer-path');

    // Every export format is offered for this view, the sources table among them.
    const offered = await page
      .locator('#download-links a')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
    expect(offered.sort()).toEqual(
      Object.values(FORMATS)
        .map((format) => `/export/${format.fileName}`)
        .sort(),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'GEXF (Gephi)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^solidarity-graph-mes-d2-[0-9a-f]{12}-graph\.gexf$/,
    );
    const gexf = parseGexf(
      MultiDirectedGraph,
      await readFile((await download.path()) as string, 'utf8'),
    );
    expect({ nodes: gexf.order, edges: gexf.size }).toEqual(MES_SUBGRAPH_DEPTH_2);
  });
});
