import { mkdir } from 'node:fs/promises';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';

export const ARTIFACTS = new URL('../../../test-artifacts/', import.meta.url);

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Loopback, and what a page makes itself (data: and blob: URLs), is all a test page may reach.
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/**
 * A headless Debian Chromium for the file, and a fresh page per test that blocks every request
 * leaving the machine; a test fails if its page tried one or logged a console error.
 */
export function useBrowser(): { page: () => Page; screenshot: (name: string) => Promise<void> } {
  let browser: Browser | undefined;
  let page: Page | undefined;
  let outside: string[] = [];
  let consoleErrors: string[] = [];
  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    outside = [];
    consoleErrors = [];
    const context = await (browser as Browser).newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      outside.push(url);
      return route.abort('blockedbyclient');
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });
  afterEach(async () => {
    await page?.context().close();
    expect(outside, 'requests outside loopback').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  });
  return {
    page: () => page as Page,
    screenshot: async (name) => {
      await page?.screenshot({ path: new URL(`${name}.png`, ARTIFACTS).pathname });
    },
  };
}
