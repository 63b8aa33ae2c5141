import type { MediaForRender } from './types';

/** A media item as the renderers receive it, for tests: WebP renditions 640–1920 wide, a 1200 JPEG to share. */
export function sampleMedia(id: number, overrides: Partial<MediaForRender> = {}): MediaForRender {
  const variant = (width: number) => ({ url: `/media/${id}-${width}.webp`, width, height: width / 2, contentType: 'image/webp' });
  return {
    id,
    alt: 'Library alt',
    caption: 'Library caption',
    credit: 'OSCE/Jane Doe',
    width: 2400,
    height: 1200,
    variants: [variant(640), variant(1280), variant(1920)],
    shareImage: { url: `/media/${id}-1200.jpg`, width: 1200, height: 600, contentType: 'image/jpeg' },
    ...overrides,
  };
}
