import Link from 'next/link';
import type { NewsCard as NewsCardData } from '@/db/queries/news';
import { newsTypeLabels } from '@/lib/enums';
import { formatDate } from '@/lib/format';
import { srcSetOf } from '@/lib/media/types';
import { HighlightedText } from './highlighted-text';

/**
 * A listing entry. Its styles are named classes in globals.css (`.news-card…`) rather than utilities: a
 * listing repeats them twenty times, and every page carries them twice (HTML and server-component payload).
 */
export function NewsCard({ item, headingLevel = 3 }: { item: NewsCardData; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const thumbnail = item.image?.variants[0];
  return (
    <article className="news-card">
      <div className="news-card-text">
        <p className="news-card-meta">
          <span>{newsTypeLabels[item.type]}</span>
          {' · '}
          <time dateTime={item.issuedOn}>{formatDate(item.issuedOn)}</time>
          {item.issuedBy.length ? <> · {item.issuedBy.map((s) => s.name).join(', ')}</> : null}
        </p>
        <Heading className="news-card-title">
          <Link href={`/news/${item.slug}`}>
            {item.title}
          </Link>
        </Heading>
        <p className="news-card-lead">
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
          className="news-card-thumb"
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
