import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.js';
import { useServer } from './support/server.js';

const server = useServer();
const browser = useBrowser();
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 60_000 });

type Hooks = { explorer: { nodePoint(key: string): { x: number; y: number } | null } };

/** Where some nodes are drawn: the layout runs a fixed count of iterations from seeds by key. */
const drawnAt = (page: Page) =>
  page.evaluate(() =>
    ['mes', 'ripess', 'ess-france', 'ripess-europe'].map((key) =>
      (window as unknown as Hooks).explorer.nodePoint(key),
    ),
  );

/** What a reader sees of a view: its title, its counts, its path and the details open. */
async function seen(page: Page) {
  await poll(() => page.locator('#count').textContent()).toMatch(/nodes/);
  await poll(() => page.locator('#details h2').count()).toBe(1);
  return {
    title: await page.locator('#title').textContent(),
    count: await page.locator('#count').textContent(),
    path: await page.locator('#path').textContent(),
    details: await page.locator('#details h2').textContent(),
    depth: await page.locator('#depth').inputValue(),
  };
}

describe('links to a view', () => {
  it('keeps the view in the URL, restores it from a shared link, cites it, and embeds it', async () => {
    const page = browser.page();
    await page.goto(server.url());
    await page.fill('#search', 'economie solidaire');
    await page.locator('#results button[data-key="mes"]').click();
    await poll(() => page.locator('#count').textContent()).toMatch(/nodes/);
    await page.locator('#depth').selectOption('1');
    await page.locator('#year').fill('2012');
    await poll(() => page.locator('#title').textContent()).toContain('in 2012');
    await page.fill('#path-from', 'MES');
    await page.fill('#path-to', 'RIPESS');
    await page.locator('#path-find').click();
    await poll(() => page.locator('#path').textContent()).toContain('RIPESS');
    await poll(async () => page.url()).toContain('to=RIPESS');
    const shared = page.url();
    expect(new URL(shared).searchParams.get('actor')).toBe('mes');
    expect(new URL(shared).searchParams.get('depth')).toBe('1');
    expect(new URL(shared).searchParams.get('year')).toBe('2012');
    const original = await seen(page);
    await poll(() => page.locator('#cite-text').textContent()).toMatch(/graph version \d+/);
    expect(await page.locator('#cite-text').textContent()).toContain(shared);

    const other = await page.context().newPage();
    await other.goto(shared);
    // The path is asked for after the neighbourhood is drawn.
    await poll(() => other.locator('#path').textContent()).toBe(original.path);
    // The shared view settles in steps (neighbourhood, year, path, details): wait for all of them.
    await poll(() => seen(other)).toEqual(original);
    expect(other.url()).toBe(shared);
    // The same picture, not only the same facts: every node where the first page drew it.
    expect(await drawnAt(other)).toEqual(await drawnAt(page));
    await other.close();

    await page.goto(`${server.url()}/embed?actor=mes&depth=1`);
    await poll(() => page.locator('#count').textContent()).toMatch(/nodes/);
    expect(await page.locator('#controls').isVisible()).toBe(false);
    expect(await page.locator('#details').isVisible()).toBe(false);
    expect(await page.locator('header').isVisible()).toBe(false);
    const graph = await page.locator('#graph').boundingBox();
    expect(graph?.width).toBeGreaterThan(1200);
    await browser.screenshot('explorer-embed');
  });
});
