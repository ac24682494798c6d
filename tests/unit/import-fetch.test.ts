import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../src/import/fetch-page.js';
import { importFile, isFailure } from '../../src/import/files.js';
import type { GraphName } from '../../src/import/graph-names.js';
import { Matcher } from '../../src/import/match.js';

const names = JSON.parse(
  readFileSync(new URL('../fixtures/graph-names.json', import.meta.url), 'utf8'),
) as GraphName[];
const matcher = new Matcher(names);
const savedPage = readFileSync(
  new URL('../fixtures/profiles/04-maison-des-initiatives.html', import.meta.url),
);

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/profile.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(savedPage);
    } else if (request.url === '/slow') {
      setTimeout(() => response.end('<html></html>'), 2_000);
    } else if (request.url === '/large') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(Buffer.alloc(3_000, 'a'));
    } else if (request.url === '/image.png') {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end(Buffer.from([0x89, 0x50]));
    } else {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: { code?: string }) => error.code,
  );

describe('importing a page from its URL', () => {
  it('imports a saved page served as HTML, with the URL as its source', async () => {
    const outcome = await importFile(`${base}/profile.html`, matcher);
    expect(isFailure(outcome)).toBe(false);
    if (isFailure(outcome)) return;
    expect(outcome.sourceUrl).toBe(`${base}/profile.html`);
    expect(outcome.relations.length).toBeGreaterThan(0);
  });

  it('names each failure with a code: 404, timeout, too large, not HTML, nobody listening', async () => {
    expect(await codeOf(fetchPage(`${base}/missing`))).toBe('HTTP_ERROR');
    expect(await codeOf(fetchPage(`${base}/slow`, { timeoutMs: 200 }))).toBe('TIMEOUT');
    expect(await codeOf(fetchPage(`${base}/large`, { limit: 1_000 }))).toBe('TOO_LARGE');
    expect(await codeOf(fetchPage(`${base}/image.png`))).toBe('NOT_HTML');
    expect(await codeOf(fetchPage('http://127.0.0.1:1/nothing'))).toBe('FETCH_FAILED');
    const outcome = await importFile(`${base}/missing`, matcher);
    expect(isFailure(outcome) && outcome.error).toMatchObject({
      code: 'HTTP_ERROR',
      message: expect.stringContaining('404'),
    });
  });
});
