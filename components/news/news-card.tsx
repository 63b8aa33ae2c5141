import Link from 'next/link';
import type { NewsCard as NewsCardData } from '@/db/queries/news';
import { formatDate, newsTypeLabels } from '@/lib/format';
import { srcSetOf } from '@/lib/media/types';
import { HighlightedText } from './highlighted-text';

export function NewsCard({ item, headingLevel = 3 }: { item: NewsCardData; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const thumbnail = item.image?.variants[0];
  return (
    <article className="flex gap-4 border-b border-line py-5 last:border-b-0">
      <div className="min-w-0 grow">
        <p className="text-sm text-muted">
          <span className="font-semibold text-brand-700">{newsTypeLabels[item.type]}</span>
          {' · '}
          <time dateTime={item.issuedOn}>{formatDate(item.issuedOn)}</time>
          {item.issuedBy.length ? <> · {item.issuedBy.map((s) => s.name).join(', ')}</> : null}
        </p>
        <Heading className="mt-1 text-lg leading-snug font-semibold">
          <Link href={`/news/${item.slug}`} className="text-brand-800 hover:underline">
            {item.title}
          </Link>
        </Heading>
        <p className="mt-1 text-ink">
          <HighlightedText text={item.lead} />
        </p>
      </div>
      {item.image && thumbnail ? (
        // Decorative here: the title beside it already says what the item is about.
        <img
          src={thumbnail.url}
          srcSet={srcSetOf(item.image.variants.slice(0, 2))}
          sizes="10rem"
          width={thumbnail.width}
          height={thumbnail.height}
          alt=""
          loading="lazy"
          decoding="async"
          className="hidden h-auto w-40 shrink-0 self-start rounded-sm bg-brand-50 sm:block"
        />
      ) : null}
    </article>
  );
}

export function NewsCardList({ items, headingLevel }: { items: NewsCardData[]; headingLevel?: 2 | 3 }) {
  return (
    <div>
      {items.map((item) => (
        <NewsCard key={item.id} item={item} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
