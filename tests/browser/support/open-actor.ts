import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { MES_SUBGRAPH_DEPTH_2 } from '../../support/facts.js';

/** Searches MES as a user would and waits for its depth-2 neighbourhood (laid out before it is drawn). */
export async function openMes(page: Page, origin: string): Promise<void> {
  await page.goto(origin);
  await page.fill('#search', 'economie solidaire');
  await page.locator('#results button[data-key="mes"]').click();
  // The first queries of a fresh database are planned on the spot: allow for a loaded machine.
  await expect
    .poll(() => page.locator('#count').textContent(), { timeout: 60_000 })
    .toBe(`${MES_SUBGRAPH_DEPTH_2.nodes} nodes, ${MES_SUBGRAPH_DEPTH_2.edges} edges`);
}
