import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderFirstPage } from './cover';
import { makeDemoPdf } from './generate';

describe('renderFirstPage', () => {
  it('draws the first page of a PDF as a PNG of the asked width, with its text in dark ink on white', async () => {
    const pdf = await makeDemoPdf({ title: 'Water cooperation in Central Asia', paragraphs: ['Rivers shared by five countries.'], pages: 2 });
    const png = await renderFirstPage(pdf, 400);
    expect(png).not.toBeNull();
    const image = sharp(png!);
    const { width, height } = await image.metadata();
    expect(width).toBe(400);
    // A4 is about 1.41 times as high as it is wide.
    expect(height).toBeGreaterThan(560);
    const { channels } = await image.stats();
    // Mostly white paper, with some dark text drawn on it.
    expect(channels[0]!.max).toBe(255);
    expect(channels[0]!.min).toBeLessThan(60);
  });

  it('gives null for bytes it cannot draw', async () => {
    expect(await renderFirstPage(new TextEncoder().encode('%PDF-1.7 but nothing else'), 200, 5000)).toBeNull();
  });
});
