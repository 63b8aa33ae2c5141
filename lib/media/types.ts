/** One stored rendition of a media item, served at a content-hashed URL. */
export interface MediaVariant {
  url: string;
  width: number;
  height: number;
  contentType: string;
}

/** What a page needs to show a media item: every rendition carries its size, so nothing shifts. */
export interface MediaForRender {
  id: number;
  alt: string;
  caption: string;
  credit: string;
  width: number;
  height: number;
  /** WebP renditions, narrowest first (for srcset). */
  variants: MediaVariant[];
  /** A JPEG rendition for Open Graph and feeds. */
  shareImage: MediaVariant;
}

export type MediaLookup = ReadonlyMap<number, MediaForRender>;

/** What an editorial form shows of a chosen image: its smallest rendition and its library details. */
export interface MediaPreview {
  id: number;
  url: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
}

export function toMediaPreview(media: MediaForRender): MediaPreview {
  const thumbnail = media.variants[0] ?? media.shareImage;
  return { id: media.id, url: thumbnail.url, width: thumbnail.width, height: thumbnail.height, alt: media.alt, caption: media.caption, credit: media.credit };
}

/** A media library entry as lists and pickers show it. */
export interface MediaSummary {
  id: number;
  alt: string;
  caption: string;
  credit: string;
  originalName: string;
  width: number;
  height: number;
  thumbnail: MediaVariant;
  createdAt: Date;
}

/** The `srcset` of a list of renditions. */
export const srcSetOf = (variants: readonly MediaVariant[]) => variants.map((v) => `${v.url} ${v.width}w`).join(', ');

/** The widest rendition not wider than `maxWidth` (the `src` for browsers that ignore `srcset`). */
export const variantUpTo = (media: MediaForRender, maxWidth: number): MediaVariant =>
  media.variants.findLast((v) => v.width <= maxWidth) ?? media.variants[0] ?? media.shareImage;
