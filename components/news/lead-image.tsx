import type { MediaForRender } from '@/lib/media/types';

const SIZES = '(min-width: 64rem) 48rem, 100vw';

/** A news item's lead image with its caption and credit, sized by its renditions so nothing shifts. */
export function LeadImage({ image }: { image: MediaForRender }) {
  const fallback = image.variants.findLast((variant) => variant.width <= 1280) ?? image.variants[0] ?? image.shareImage;
  return (
    <figure className="max-w-3xl">
      <img
        src={fallback.url}
        srcSet={image.variants.map((variant) => `${variant.url} ${variant.width}w`).join(', ')}
        sizes={SIZES}
        width={fallback.width}
        height={fallback.height}
        alt={image.alt}
        // The lead image is the largest thing above the fold.
        fetchPriority="high"
        className="h-auto w-full rounded-sm bg-brand-50"
      />
      {image.caption || image.credit ? (
        <figcaption className="mt-2 text-sm text-muted">
          {image.caption}
          {image.caption && image.credit ? ' ' : null}
          {image.credit ? <small className="text-xs">Photo: {image.credit}</small> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
