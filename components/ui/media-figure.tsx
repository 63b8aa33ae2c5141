import { srcSetOf, variantUpTo, type MediaForRender } from '@/lib/media/types';

interface MediaFigureProps {
  image: MediaForRender;
  alt: string;
  caption: string;
  /** The `sizes` of the responsive image: how wide it shows at each viewport width. */
  sizes: string;
  /** Widest rendition for the plain `src` (browsers that ignore `srcset`). */
  maxWidth: number;
  /** The largest thing above the fold: fetched first instead of lazily. */
  priority?: boolean;
  className?: string;
}

/** A library image with its caption and credit; width and height come from the rendition, so nothing shifts. */
export function MediaFigure({ image, alt, caption, sizes, maxWidth, priority, className }: MediaFigureProps) {
  const source = variantUpTo(image, maxWidth);
  const srcSet = srcSetOf(image.variants);
  return (
    <figure className={className}>
      <img
        src={source.url}
        srcSet={srcSet || undefined}
        sizes={srcSet ? sizes : undefined}
        width={source.width}
        height={source.height}
        alt={alt}
        {...(priority ? { fetchPriority: 'high' as const } : { loading: 'lazy' as const, decoding: 'async' as const })}
        className="h-auto w-full rounded-sm bg-brand-50"
      />
      {caption || image.credit ? (
        <figcaption className="mt-2 text-sm leading-snug text-muted">
          {caption}
          {caption && image.credit ? ' ' : null}
          {image.credit ? <small className="text-xs whitespace-nowrap">Photo: {image.credit}</small> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
