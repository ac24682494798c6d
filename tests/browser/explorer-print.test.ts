import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, useBrowser } from './support/browser.js';
import { openMes } from './support/open-actor.js';
import { useServer } from './support/server.js';

const server = useServer();
const browser = useBrowser();

interface LabelBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PrintHooks {
  /** The labels drawn, or with `all` every node's label where it would be drawn. */
  labelBoxes(all?: boolean): LabelBox[];
  overlappingLabels(all?: boolean): number;
}

const labelBoxes = (page: Page, all = false) =>
  page.evaluate(
    (every) => (window as unknown as { explorer: PrintHooks }).explorer.labelBoxes(every),
    all,
  );
const overlappingLabels = (page: Page, all = false) =>
  page.evaluate(
    (every) => (window as unknown as { explorer: PrintHooks }).explorer.overlappingLabels(every),
    all,
  );

/** Labels whose box starts within `radius` CSS pixels of the hub's label: the crowd around it. */
function around(boxes: LabelBox[], hub: string, radius: number): number {
  const centre = boxes.find((box) => box.key === hub);
  if (!centre) return 0;
  return boxes.filter(
    (box) => box.key !== hub && Math.hypot(box.x - centre.x, box.y - centre.y) < radius,
  ).length;
}

describe('the explorer printed as a figure', () => {
  it('shows the legend, hides the controls, and draws labels that do not pile up on the hub', async () => {
    const page = browser.page();
    await openMes(page, server.url());
    const screen = await labelBoxes(page);

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('#controls').isVisible()).toBe(false);
    expect(await page.locator('#details').isVisible()).toBe(false);
    expect(await page.locator('header nav').isVisible()).toBe(false);
    expect(await page.locator('#legend').isVisible()).toBe(true);
    expect(await page.locator('#legend li').count()).toBeGreaterThan(3);
    // The legend sits below the drawing, not over it.
    const graph = await page.locator('#graph').boundingBox();
    const legend = await page.locator('#legend').boundingBox();
    expect(legend?.y).toBeGreaterThanOrEqual((graph?.y ?? 0) + (graph?.height ?? 0) - 1);

    await page.screenshot({
      path: new URL('explorer-print.png', ARTIFACTS).pathname,
      fullPage: true,
    });
    await page.pdf({
      path: new URL('explorer-print.pdf', ARTIFACTS).pathname,
      landscape: true,
      printBackground: true,
    });

    // Every label drawn would pile up on the hub; the printed ones cover none of each other.
    const printed = await labelBoxes(page);
    const every = await labelBoxes(page, true);
    const pileUp = await overlappingLabels(page, true);
    const overlapping = await overlappingLabels(page);
    console.log(
      `labels on screen ${screen.length}; in print ${printed.length} of ${every.length}, ` +
        `${around(printed, 'mes', 120)} within 120 px of MES (all labels: ${around(every, 'mes', 120)}), ` +
        `overlapping pairs ${overlapping} (all labels: ${pileUp})`,
    );
    expect(printed.map((box) => box.key)).toContain('mes');
    expect(pileUp).toBeGreaterThan(0);
    expect(overlapping).toBe(0);
    expect(printed.length).toBeGreaterThanOrEqual(5);
    expect(around(printed, 'mes', 120)).toBeLessThan(around(every, 'mes', 120));

    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.locator('#controls').isVisible()).toBe(true);
  });
});
