// `npx tsx scripts/screenshots.ts`: the README's pictures of the explorer, made from the curated
// graph in a throwaway local Neo4j and a headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium):
// docs/explorer-map.png (the map of MES two steps out, memberships as arcs), docs/explorer.png (the
// graph, one membership selected) and docs/figure-print.png (the printed PDF, rendered by pdftoppm).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { seedDatabase } from '../src/dataset/seed-database.js';
import { connectDatabase } from '../src/db/connect.js';
import { applySchema } from '../src/model/apply-schema.js';
import { freePort } from '../src/neo4j/free-port.js';
import { startLocalNeo4j } from '../src/neo4j/local-neo4j.js';
import { listen } from '../src/server.js';
import { createApp } from '../src/yoga.js';
import { buildExplorer } from '../web/bundle.js';

const DOCS = new URL('../docs/', import.meta.url);
const doc = (file: string) => new URL(file, DOCS).pathname;

interface Hooks {
  mapMarkers(): { all: number; active: number };
}

const hooks = (page: Page) => page.waitForFunction(() => 'explorer' in window);

async function settled(page: Page): Promise<void> {
  await page.locator('#count').filter({ hasText: 'nodes' }).waitFor({ timeout: 120_000 });
  // The labels are chosen again a moment after the camera last moved.
  await page.waitForTimeout(500);
}

const dataDir = mkdtempSync(join(tmpdir(), 'solidarity-graph-screenshots-'));
const neo = await startLocalNeo4j({ port: await freePort(), dataDir, heap: '768m' });
const db = await connectDatabase({ uri: neo.uri, user: 'neo4j', password: '' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  await applySchema(db);
  await seedDatabase(db);
  await buildExplorer();
  const server = await listen(createApp({ db }), 0, '127.0.0.1');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

  await page.goto(`${origin}/?actor=mes&depth=2&view=map&arcs=1`);
  await hooks(page);
  await settled(page);
  await page.waitForFunction(
    () => (window as unknown as { explorer: Hooks }).explorer.mapMarkers().all > 0,
  );
  await page.locator('#details .member-chart svg').waitFor();
  await page.screenshot({ path: doc('explorer-map.png') });

  await page.goto(`${origin}/?actor=mes&depth=2&select=mes|MEMBER_OF|ess-france`);
  await hooks(page);
  await settled(page);
  await page.locator('#details .relation-facts').waitFor();
  await page.screenshot({ path: doc('explorer.png') });

  await page.goto(`${origin}/?actor=mes&depth=2`);
  await hooks(page);
  await settled(page);
  await page.emulateMedia({ media: 'print' });
  const pdf = join(dataDir, 'figure.pdf');
  await page.pdf({ path: pdf, landscape: true, printBackground: true });
  // The drawing and its legend: the top of the A4 page, at 100 dpi.
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '100',
    '-W',
    '1169',
    '-H',
    '640',
    '-singlefile',
    pdf,
    doc('figure-print'),
  ]);

  server.closeAllConnections();
  server.close();
  console.log('docs/explorer-map.png, docs/explorer.png and docs/figure-print.png written');
} finally {
  await browser.close();
  await db.close();
  await neo.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
