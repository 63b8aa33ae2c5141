import { cachedNewsPage } from '@/db/queries/published';
import { newsQueryString, type NewsFilters } from '@/lib/validation/news-filters';
import { NewsCardList } from './news-card';

/** The latest published news for one taxonomy term, with a link to the full filtered listing. */
export async function LatestNewsSection({ filter, heading = 'Latest news' }: { filter: NewsFilters; heading?: string }) {
  const result = await cachedNewsPage(filter, 1, 10);
  return (
    <section aria-labelledby="latest-news-heading" className="mt-10">
      <h2 id="latest-news-heading" className="text-2xl font-semibold text-brand-900">
        {heading}
      </h2>
      {result.items.length ? (
        <>
          <NewsCardList items={result.items} />
          <p className="mt-4">
            {/* A document load, not a client-side navigation: see components/news/pagination.tsx. */}
            <a href={`/news${newsQueryString(filter)}`}>
              All {result.total.toLocaleString('en-GB')}
              {result.totalIsLowerBound ? '+' : ''} news {result.total === 1 ? 'item' : 'items'}
            </a>
          </p>
        </>
      ) : (
        <p className="mt-3 text-muted">No news has been published here yet.</p>
      )}
    </section>
  );
}
