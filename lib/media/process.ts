import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { MAX_UPLOAD_BYTES, tooLargeMessage } from './limits';

const MAX_PIXELS = 40_000_000;

// libvips keeps recent operations and their pixels in a cache of its own (50 MB by default), and runs as many
// threads per image as there are cores. Uploads are rare and never repeat, so neither pays for its memory here;
// the upload queue (upload-queue.ts) gives the parallelism instead.
sharp.cache(false);
sharp.concurrency(1);
/** Widths of the WebP renditions in a srcset; the original width is added when it is narrower than the widest. */
export const WEB_WIDTHS = [320, 640, 960, 1280, 1920] as const;
const SHARE_WIDTH = 1200;

/** An upload that cannot become a media item; the message is shown next to the file field. */
export class MediaRejectedError extends Error {}

export interface Rendition {
  /** Hash of the bytes; the stored key adds the media id, so two identical uploads stay two items. */
  hash: string;
  extension: 'webp' | 'jpg';
  purpose: 'web' | 'share';
  width: number;
  height: number;
  contentType: string;
  bytes: Buffer;
}

type Format = 'jpeg' | 'png' | 'webp';

/** The format a file's first bytes announce, whatever its name says. */
export function sniffImageFormat(bytes: Uint8Array): Format | null {
  const starts = (signature: number[], offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  return null;
}

/**
 * Checks an upload and re-encodes it: the type comes from the bytes, the whole image must decode, and the
 * renditions carry no metadata (EXIF, GPS, XMP), because sharp writes none unless asked to.
 */
export async function processUpload(bytes: Uint8Array): Promise<{ width: number; height: number; renditions: Rendition[] }> {
  if (bytes.byteLength === 0) throw new MediaRejectedError('The file is empty. Choose an image file.');
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new MediaRejectedError(tooLargeMessage);
  }
  const format = sniffImageFormat(bytes);
  if (!format) {
    throw new MediaRejectedError('This file is not a JPEG, PNG or WebP image (its contents were checked, not its name).');
  }

  let width: number;
  let height: number;
  try {
    const metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (metadata.format !== format) throw new Error(`format ${metadata.format} does not match its signature`);
    if ((metadata.width ?? 0) * (metadata.height ?? 0) > MAX_PIXELS) {
      throw new MediaRejectedError('The image has more than 40 million pixels. Make it smaller and try again.');
    }
    // Decoding the whole image (not only its header) is what finds a truncated or damaged file. Decoding it to
    // a thumbnail reads every byte of it while keeping only a band of pixels at a time (JPEG even decodes at an
    // eighth of its size), so a 40-megapixel image is never held in memory as a whole.
    await sharp(bytes, { failOn: 'warning', limitInputPixels: MAX_PIXELS }).resize({ width: 8, height: 8, fit: 'fill' }).raw().toBuffer();
    ({ width, height } = metadata.autoOrient);
  } catch (error) {
    if (error instanceof MediaRejectedError) throw error;
    throw new MediaRejectedError('The image is damaged or incomplete and cannot be read. Export it again and retry.');
  }

  const widths = [...new Set([...WEB_WIDTHS.filter((w) => w < width), Math.min(width, WEB_WIDTHS.at(-1)!)])];
  // One rendition at a time, each decoded from the upload (JPEG shrinks while decoding): memory stays at one
  // image's working set rather than all of them at once.
  const renditions: Rendition[] = [];
  for (const w of widths) renditions.push(await render(bytes, w, 'web'));
  renditions.push(await render(bytes, Math.min(width, SHARE_WIDTH), 'share'));
  return { width, height, renditions };
}

async function render(bytes: Uint8Array, width: number, purpose: Rendition['purpose']): Promise<Rendition> {
  const pipeline = sharp(bytes, { failOn: 'warning', limitInputPixels: MAX_PIXELS }).rotate().resize({ width, withoutEnlargement: true });
  // JPEG has no transparency: transparent parts of a PNG or WebP would otherwise turn black.
  if (purpose === 'share') pipeline.flatten({ background: '#ffffff' });
  const { data, info } = await (purpose === 'web' ? pipeline.webp({ quality: 80 }) : pipeline.jpeg({ quality: 82, mozjpeg: true }))
    .toBuffer({ resolveWithObject: true });
  return {
    hash: createHash('sha256').update(data).digest('hex').slice(0, 32),
    extension: purpose === 'web' ? 'webp' : 'jpg',
    purpose,
    width: info.width,
    height: info.height,
    contentType: purpose === 'web' ? 'image/webp' : 'image/jpeg',
    bytes: data,
  };
}
