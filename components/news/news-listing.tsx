import Link from 'next/link';
import { NewsCardList } from '@/components/news/news-card';
import { NewsFilterForm } from '@/components/news/news-filter-form';
import { Pagination } from '@/components/news/pagination';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { Notices } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { cachedCountries, cachedFieldsOfWork, cachedNewsPage, cachedStructures } from '@/db/queries/published';
import { pageMetadata } from '@/lib/metadata';
import { newsQueryString, parseNewsQuery, type NewsFilters } from '@/lib/validation/news-filters';

/** The metadata of both routes of the listing; the canonical address is always /news. */
export const newsListingMetadata = pageMetadata({
  title: 'News',
  description: 'News items, press releases and statements, filterable by field of work, structure, country, type and date.',
  path: '/news',
});

type RawParams = Record<string, string | string[] | undefined>;

/**
 * The news listing for a query string: `/news` itself (no parameters, served from the page cache) and
 * `/news?…` with filters, a search or a page number (rendered per request, see next.config.js).
 */
export async function NewsListing({ params }: { params: RawParams }) {
  const parsed = parseNewsQuery(params);
  const [fields, structures, countries] = await Promise.all([cachedFieldsOfWork(), cachedStructures(), cachedCountries()]);

  // Unknown term slugs are dropped with a notice, like any other malformed parameter.
  const filters: NewsFilters = { ...parsed.filters };
  const notices = [...parsed.notices];
  const known = { field: fields, structure: structures, country: countries } as const;
  for (const key of ['field', 'structure', 'country'] as const) {
    const value = filters[key];
    if (value && !known[key].some((term) => term.slug === value)) {
      delete filters[key];
      notices.push(`No ${key === 'field' ? 'field of work' : key} is called "${value}"; that filter was ignored.`);
    }
  }

  const result = await cachedNewsPage(filters, parsed.page);
  if (result.queryIgnored) notices.push('Your search words are too common to search for; showing all news instead.');
  const filtered = Object.keys(filters).length > 0;

  return (
    <>
      <Breadcrumbs trail={[{ label: 'News' }]} />
      <PageHeading title="News" lead="News items, press releases and statements from across the Organization." />
      <div className="container-page">
        <NewsFilterForm filters={filters} options={{ fields, structures, countries }} />
        <div className="mt-6">
          <Notices messages={notices} />
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p role="status" className="font-semibold" id="result-count">
              {result.total === 1 ? '1 result' : `${result.total.toLocaleString('en-GB')}${result.totalIsLowerBound ? '+' : ''} results`}
              {result.total > 0 && result.pageCount > 1
                ? ` · page ${result.page} of ${result.pageCount.toLocaleString('en-GB')}${result.totalIsLowerBound ? '+' : ''}`
                : null}
            </p>
            <Link href="/feed.xml">News feed (RSS)</Link>
          </div>
          {result.items.length > 0 ? (
            <NewsCardList items={result.items} headingLevel={2} />
          ) : (
            <div className="my-8 rounded border border-line p-6">
              <h2 className="text-xl font-semibold">No news found</h2>
              <p className="mt-2">
                {result.total > 0
                  ? 'There are no results on this page.'
                  : filtered
                    ? 'Nothing matches these filters. Try fewer filters or other search words.'
                    : 'No news has been published yet.'}{' '}
                {filtered || result.total > 0 ? <Link href="/news">Show all news</Link> : null}
              </p>
            </div>
          )}
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            hrefFor={(page) => `/news${newsQueryString(filters, page)}`}
          />
        </div>
      </div>
    </>
  );
}
