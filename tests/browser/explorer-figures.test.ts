import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MES_SUBGRAPH_DEPTH_2 } from '../support/facts.js';
import { type GexfReading, readWithNetworkx } from '../support/networkx.js';
import { ARTIFACTS, useBrowser } from './support/browser.js';
import { openMes } from './support/open-actor.js';
import { intersects, pixelStats, type Region } from './support/pixels.js';
import { useServer } from './support/server.js';

const server = useServer();
const browser = useBrowser();
const run = promisify(execFile);
const artifact = (name: string) => new URL(name, ARTIFACTS).pathname;

interface Measured extends Region {
  key: string;
  text: string;
}

/** The SVG as the browser lays it out: every label's box and every node's, measured by getBBox. */
function measureSvg(page: Page, svg: string): Promise<{ labels: Measured[]; nodes: Measured[] }> {
  return page.evaluate((source) => {
    const holder = document.createElement('div');
    holder.innerHTML = source.replace(/^<\?xml[^>]*>\s*/, '');
    document.body.append(holder);
    const boxes = (selector: string) =>
      [...holder.querySelectorAll<SVGGraphicsElement>(selector)].map((element) => {
        const { x, y, width, height } = element.getBBox();
        const text = element.firstChild?.textContent ?? '';
        return { key: element.dataset.key ?? '', text, x, y, width, height };
      });
    const measured = { labels: boxes('text'), nodes: boxes('circle') };
    holder.remove();
    return measured;
  }, svg);
}

/** The words pdftotext finds on the first page, with their boxes in points. */
async function pdfWords(pdf: string): Promise<Measured[]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-']);
  return [
    ...stdout.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map(([, x0, y0, x1, y1, text]) => ({
    key: '',
    text: text ?? '',
    x: Number(x0),
    y: Number(y0),
    width: Number(x1) - Number(x0),
    height: Number(y1) - Number(y0),
  }));
}

async function download(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return { name: file.suggestedFilename(), body: await readFile((await file.path()) as string) };
}

describe('figures of a view', () => {
  it('downloads an SVG and a PNG of the drawing, and prints it, with the MES label clear', async () => {
    const page = browser.page();
    await openMes(page, server.url());

    const svgFile = await download(page, '#download-svg');
    expect(svgFile.name).toBe('mes-depth-2.svg');
    const svg = svgFile.body.toString('utf8');
    expect((svg.match(/<circle /g) ?? []).length).toBe(MES_SUBGRAPH_DEPTH_2.nodes);
    expect((svg.match(/<line /g) ?? []).length).toBe(MES_SUBGRAPH_DEPTH_2.edges);
    const { labels } = await measureSvg(page, svg);
    const mes = labels.find((label) => label.key === 'mes');
    expect(mes?.text).toBe('MES');
    // No label covers another, so none covers the hub's; labels are drawn over nodes and edges.
    const overlapping = labels.flatMap((a, i) =>
      labels
        .slice(i + 1)
        .filter((b) => intersects(a, b))
        .map((b) => `${a.key}/${b.key}`),
    );
    expect(overlapping).toEqual([]);
    expect(svg.lastIndexOf('<circle')).toBeLessThan(svg.indexOf('<text'));
    expect(labels.length).toBeGreaterThanOrEqual(10);

    const pngFile = await download(page, '#download-png');
    expect(pngFile.name).toBe('mes-depth-2.png');
    const width = Number(svg.match(/<svg[^>]* width="(\d+)"/)?.[1]);
    const whole = await pixelStats(page, pngFile.body);
    const scale = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      return image.width;
    }, pngFile.body.toString('base64'));
    expect(scale / width).toBe(2);
    const label = mes as Measured;
    const inMesLabel = await pixelStats(page, pngFile.body, {
      x: label.x * 2,
      y: label.y * 2,
      width: label.width * 2,
      height: label.height * 2,
    });
    console.log(
      `PNG ${scale} px wide: luminance variance ${whole.variance.toFixed(0)}, ${whole.coloured} coloured px; ` +
        `MES label ${inMesLabel.dark} dark px; SVG labels ${labels.length} of ${MES_SUBGRAPH_DEPTH_2.nodes}`,
    );
    expect(whole.variance).toBeGreaterThan(100);
    expect(whole.coloured).toBeGreaterThan(2000);
    expect(inMesLabel.dark).toBeGreaterThan(20);

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('#graph .print-figure svg').count()).toBe(1);
    const pdf = artifact('explorer-figure.pdf');
    await page.pdf({ path: pdf, landscape: true, printBackground: true });
    await run('pdftoppm', [
      '-r',
      '72',
      '-png',
      '-singlefile',
      '-f',
      '1',
      pdf,
      artifact('explorer-figure-pdf'),
    ]);
    const page1 = await readFile(artifact('explorer-figure-pdf.png'));
    const words = await pdfWords(pdf);
    // The drawing lies between the status line (which ends "… edges") and the legend below it.
    const top = Math.max(...words.filter((w) => w.text === 'edges').map((w) => w.y + w.height));
    const legendTop = Math.min(
      ...words.filter((w) => w.text === 'relationship' || w.text === 'disputed').map((w) => w.y),
    );
    expect(legendTop).toBeGreaterThan(top + 200);
    const drawing = { x: 0, y: top + 2, width: 842, height: legendTop - top - 4 };
    const inDrawing = words.filter((w) => w.y > drawing.y && w.y + w.height < legendTop);
    const printedMes = inDrawing.find((w) => w.text === 'MES');
    expect(printedMes).toBeDefined();
    // A label with a halo is written twice (its outline, then its fill): the same word, same place.
    const covering = inDrawing.filter(
      (w) => !(w.text === 'MES' && w.x === printedMes?.x) && intersects(w, printedMes as Measured),
    );
    expect(covering.map((w) => w.text)).toEqual([]);
    const figure = await pixelStats(page, page1, drawing);
    const mesInk = await pixelStats(page, page1, printedMes as Measured);
    console.log(
      `PDF drawing area: luminance variance ${figure.variance.toFixed(0)}, ${figure.coloured} coloured px, ` +
        `${inDrawing.length} words; MES label ${mesInk.dark} dark px`,
    );
    expect(figure.variance).toBeGreaterThan(100);
    expect(figure.coloured).toBeGreaterThan(500);
    expect(mesInk.dark).toBeGreaterThan(5);
  });

  it('downloads the view as GEXF 1.3 with every node where it is drawn, read by networkx', async () => {
    const page = browser.page();
    await openMes(page, server.url());
    const dir = await mkdtemp(join(tmpdir(), 'sg-layout-'));
    try {
      const read = async (year: number | null): Promise<GexfReading> => {
        const name = year === null ? 'all' : String(year);
        const laidOut = await download(page, '#download-gexf');
        expect(laidOut.name).toBe(`mes-depth-2${year === null ? '' : `-${year}`}-layout.gexf`);
        const query = `keys=mes&depth=2${year === null ? '' : `&activeAt=${year}`}`;
        const plainFile = await fetch(`${server.url()}/export/graph.gexf?${query}`);
        const paths = { gexf: join(dir, `${name}-layout.gexf`), plain: join(dir, `${name}.gexf`) };
        await writeFile(paths.gexf, laidOut.body);
        await writeFile(paths.plain, await plainFile.text());
        const text = laidOut.body.toString('utf8');
        expect(text).toMatch(
          /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/gexf\.net\/1\.3"/,
        );
        expect(text).toContain('version="1.3"');
        expect(text).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
        const [withLayout, plain] = await Promise.all([
          readWithNetworkx({ gexf: paths.gexf }),
          readWithNetworkx({ gexf: paths.plain }),
        ]);
        if (!withLayout.gexf || !plain.gexf) throw new Error('networkx read no GEXF');
        // Everything the server's GEXF says is kept: the same graph, spells, colours and sizes.
        const { position, ...rest } = withLayout.gexf;
        const { position: none, ...served } = plain.gexf;
        expect(rest).toEqual(served);
        expect(Object.values(none).every((p) => p === null)).toBe(true);
        // graphology-gexf, another reader, finds the same positions.
        const graph = parseGexf(MultiDirectedGraph, text);
        expect(graph.order).toBe(rest.nodes);
        for (const [key, at] of Object.entries(position)) {
          expect([graph.getNodeAttribute(key, 'x'), graph.getNodeAttribute(key, 'y')]).toEqual([
            at?.x,
            at?.y,
          ]);
        }
        return withLayout.gexf;
      };

      const drawn = (keys: string[]) =>
        page.evaluate(
          (all) =>
            all.map((key) =>
              (
                window as unknown as {
                  explorer: { nodePoint(k: string): { x: number; y: number } | null };
                }
              ).explorer.nodePoint(key),
            ),
          keys,
        );
      /** The largest distance between a node's position in the file and where it is drawn (y up). */
      const largestGap = async (gexf: GexfReading) => {
        const keys = Object.keys(gexf.position);
        const points = await drawn(keys);
        return Math.max(
          ...keys.map((key, i) => {
            const [file, screen] = [gexf.position[key], points[i]];
            if (!file || !screen) return Number.POSITIVE_INFINITY;
            return Math.hypot(file.x - screen.x, file.y + screen.y);
          }),
        );
      };

      const all = await read(null);
      expect({ nodes: all.nodes, edges: all.edges }).toEqual(MES_SUBGRAPH_DEPTH_2);
      const gapAll = await largestGap(all);
      // The view of a year: that year's graph, still where the union was laid out.
      await page.locator('#year').fill('2012');
      await expect
        .poll(() => page.locator('#title').textContent(), { timeout: 60_000 })
        .toContain('in 2012');
      const in2012 = await read(2012);
      expect(in2012.nodes).toBeLessThan(all.nodes);
      const gap2012 = await largestGap(in2012);
      console.log(
        `laid-out GEXF: ${all.nodes} positions, largest gap to the drawing ${gapAll.toFixed(3)} px; ` +
          `2012: ${in2012.nodes} positions, ${gap2012.toFixed(3)} px`,
      );
      // Positions are written to a hundredth of a pixel.
      expect(gapAll).toBeLessThan(0.01);
      expect(gap2012).toBeLessThan(0.01);
      // Spread out as drawn, not piled up: the nodes span most of the drawing.
      const xs = Object.values(all.position).map((p) => p?.x ?? 0);
      const width = (await page.locator('#graph').boundingBox())?.width ?? 0;
      expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(width / 3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
