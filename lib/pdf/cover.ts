import path from 'node:path';
// See inspect.ts: the worker's code on globalThis, so that pdfjs finds it once bundled.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

// The first page of a PDF as an image, for a publication's cover. In Node, pdf.js draws on canvases of
// @napi-rs/canvas (Skia, shipped prebuilt through npm: nothing to compile), which it loads itself.

interface NodeCanvas {
  encode(format: 'png'): Promise<Buffer>;
}

// The 14 standard fonts, for PDFs that use them without embedding them.
const standardFonts = path.join(process.cwd(), 'node_modules', 'pdfjs-dist', 'standard_fonts') + path.sep;

/**
 * The first page drawn `width` pixels wide on white, as PNG bytes; null when it cannot be drawn in `timeoutMs`
 * (a cover is a convenience: the editor may choose one from the media library instead). Only for files that
 * inspectPdf accepted.
 */
export async function renderFirstPage(bytes: Uint8Array, width = 800, timeoutMs = 15_000): Promise<Uint8Array | null> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    standardFontDataUrl: standardFonts,
    verbosity: VerbosityLevel.ERRORS,
  });
  let timer: NodeJS.Timeout | undefined;
  const render = (async () => {
    const doc = await task.promise;
    const page = await doc.getPage(1);
    const unscaled = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: width / unscaled.width });
    const factory = doc.canvasFactory as { create(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } };
    const target = factory.create(Math.round(viewport.width), Math.round(viewport.height));
    target.context.fillStyle = '#ffffff';
    target.context.fillRect(0, 0, target.canvas.width, target.canvas.height);
    await page.render({ canvasContext: target.context, viewport }).promise;
    return new Uint8Array(await (target.canvas as unknown as NodeCanvas).encode('png'));
  })();
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    return await Promise.race([render, timeout]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => {});
  }
}
