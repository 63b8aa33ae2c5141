import { MediaFigure } from '@/components/ui/media-figure';
import type { MediaForRender } from '@/lib/media/types';

/** A news item's lead image with its caption and credit. */
export function LeadImage({ image }: { image: MediaForRender }) {
  return (
    <MediaFigure image={image} alt={image.alt} caption={image.caption} sizes="(min-width: 64rem) 48rem, 100vw" maxWidth={1280} priority className="max-w-3xl" />
  );
}
