import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stateFromQuery } from '../../web/src/view-state.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const screenshots = readFileSync(new URL('../../scripts/screenshots.ts', import.meta.url), 'utf8');

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(new URL(`../../${path}`, import.meta.url));
  expect(png.subarray(1, 4).toString('latin1'), path).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the README shows the explorer and how to cite a view', () => {
  it('embeds the map and the printed figure, made by scripts/screenshots.ts', () => {
    for (const picture of ['docs/explorer-map.png', 'docs/figure-print.png']) {
      expect(readme).toMatch(new RegExp(`!\\[[^\\]]+\\]\\(${picture.replace('.', '\\.')}\\)`));
      expect(screenshots).toContain(picture.replace('docs/', '').replace('.png', ''));
      const { width, height } = pngSize(picture);
      expect(width, picture).toBeGreaterThanOrEqual(1000);
      expect(height, picture).toBeGreaterThanOrEqual(600);
    }
  });

  it('tells how to cite a view, with a link that reopens it', () => {
    const section = readme.slice(readme.indexOf('## How to cite'));
    expect(section).toContain('**Cite this view**');
    const link = section.match(/http:\/\/localhost:4000\/\?([^ )]+)/)?.[1];
    expect(link).toBeDefined();
    const view = stateFromQuery(link ?? '');
    expect(view).toMatchObject({ key: 'mes', depth: 2, activeAt: 2012, view: 'map' });
  });
});
