import type { Page } from 'playwright-core';

/** A rectangle of an image, in its pixels. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PixelStats {
  /** Variance of the luminance (0–255): a blank area is near 0. */
  variance: number;
  /** Pixels darker than mid-grey: the ink of text. */
  dark: number;
  /** Pixels whose channels differ by more than 60: the colours of nodes, not grey or black. */
  coloured: number;
  /** Distinct colours: a blank canvas has one or two. */
  distinct: number;
}

/** Decodes a PNG with the browser's own decoder and measures a region of it (the whole by default). */
export function pixelStats(page: Page, png: Buffer, region?: Region): Promise<PixelStats> {
  return page.evaluate(
    async ({ data, area }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const box = area ?? { x: 0, y: 0, width: image.width, height: image.height };
      const pixels = context.getImageData(
        Math.max(0, Math.floor(box.x)),
        Math.max(0, Math.floor(box.y)),
        Math.max(1, Math.ceil(box.width)),
        Math.max(1, Math.ceil(box.height)),
      ).data;
      let sum = 0;
      let squares = 0;
      let dark = 0;
      let coloured = 0;
      const colours = new Set<number>();
      const count = pixels.length / 4;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b] = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0];
        const luminance = 0.299 * r + 0.587 * g + 0.114 * b;
        sum += luminance;
        squares += luminance * luminance;
        if (luminance < 128) dark += 1;
        if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured += 1;
        colours.add((r << 16) | (g << 8) | b);
      }
      const mean = sum / count;
      return { variance: squares / count - mean * mean, dark, coloured, distinct: colours.size };
    },
    { data: png.toString('base64'), area: region ?? null },
  );
}

export const intersects = (a: Region, b: Region): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
