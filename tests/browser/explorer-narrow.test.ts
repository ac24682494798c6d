import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.js';
import { useServer } from './support/server.js';

const server = useServer();
const browser = useBrowser();

const CONTROLS = [
  '#search',
  '#depth',
  '#year',
  '#all-years',
  '#play',
  '#path-from',
  '#path-to',
  '#path-find',
  '#download-png',
  '#download-svg',
  '#download-gexf',
  '#print-figure',
  '#cite-copy',
  '#download-links a[href^="/export/graph.gexf"]',
  '#download-links a[href^="/export/sources.csv"]',
];

// Outside the drawer: what stays on the page beside the drawing.
const ON_PAGE = ['#view-switch button[data-view="map"]', '#legend-box summary'];

describe('the explorer on narrow screens', () => {
  for (const width of [800, 390]) {
    it(`keeps every control reachable at ${width} px, in a drawer`, async () => {
      const page = browser.page();
      /** On screen once scrolled to, within the width, and nothing lies over it. */
      const expectReachable = async (control: string) => {
        const element = page.locator(control);
        await element.scrollIntoViewIfNeeded();
        const box = await element.boundingBox();
        expect(box, control).not.toBeNull();
        expect(box?.x, control).toBeGreaterThanOrEqual(0);
        expect((box?.x ?? 0) + (box?.width ?? 0), control).toBeLessThanOrEqual(width);
        // The point at its centre belongs to the control itself; else, what covers it.
        const covering = await element.evaluate((node) => {
          const { x, y, width: w, height: h } = node.getBoundingClientRect();
          const hit = document.elementFromPoint(x + w / 2, y + h / 2);
          if (hit === node || node.contains(hit)) return null;
          return hit ? `${hit.tagName} ${hit.id} ${hit.className}` : 'nothing';
        });
        expect(covering, control).toBeNull();
      };
      await page.setViewportSize({ width, height: width === 390 ? 844 : 700 });
      await page.goto(`${server.url()}/?actor=mes&depth=1`);
      await expect
        .poll(() => page.locator('#count').textContent(), { timeout: 60_000 })
        .toMatch(/nodes/);
      const graph = await page.locator('#graph').boundingBox();
      expect(graph?.width).toBeGreaterThan(width - 40);
      expect(await page.locator('#search').isVisible()).toBe(true);
      await page.locator('#drawer-toggle').click();
      await expect
        .poll(() => page.locator('#drawer-toggle').getAttribute('aria-expanded'))
        .toBe('true');
      await page.waitForTimeout(300);
      await browser.screenshot(`explorer-${width}px-drawer`);
      for (const control of CONTROLS) await expectReachable(control);
      await page.locator('#drawer-toggle').click();
      await page.waitForTimeout(300);
      await browser.screenshot(`explorer-${width}px`);
      for (const control of ON_PAGE) await expectReachable(control);
      // The details follow the drawing, full width, reached by scrolling.
      await page.locator('#details h2').scrollIntoViewIfNeeded();
      const details = await page.locator('#details h2').boundingBox();
      expect(details?.x).toBeGreaterThanOrEqual(0);
      expect((details?.x ?? 0) + (details?.width ?? 0)).toBeLessThanOrEqual(width);
    });
  }
});
