import Link from 'next/link';
import { NewsCardList } from '@/components/news/news-card';
import { Pagination } from '@/components/news/pagination';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { Notices } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { cachedNewsPage, cachedPageSearch } from '@/db/queries/published';
import { pageMetadata } from '@/lib/metadata';
import { parseNewsQuery } from '@/lib/validation/news-filters';

export const metadata = pageMetadata({ title: 'Search', description: 'Search news and pages.', path: '/search' });

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const { filters, page, notices } = parseNewsQuery({ q: raw.q, page: raw.page });
  const q = filters.q;
  const [news, pages] = q
    ? await Promise.all([cachedNewsPage({ q }, page), page === 1 ? cachedPageSearch(q) : Promise.resolve([])])
    : [null, []];
  const messages = [...notices];
  if (news?.queryIgnored) messages.push('Your search words are too common to search for. Try more specific words.');
  const searched = q && news && !news.queryIgnored;

  return (
    <>
      <Breadcrumbs trail={[{ label: 'Search' }]} />
      <PageHeading title="Search" />
      <div className="container-page">
        <form action="/search" method="get" role="search" aria-label="News and pages" className="flex max-w-2xl flex-wrap gap-2">
          <label htmlFor="search-q" className="w-full font-semibold">
            Search news and pages
          </label>
          <input
            id="search-q"
            name="q"
            type="search"
            maxLength={200}
            defaultValue={q ?? ''}
            className="min-w-0 flex-1 rounded border border-muted/60 px-3 py-2"
          />
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            Search
          </button>
        </form>
        <div className="mt-6">
          <Notices messages={messages} />
          {searched ? (
            <>
              <p role="status" className="font-semibold">
                {news.total + pages.length === 0
                  ? `No results for “${q}”.`
                  : `${news.total.toLocaleString('en-GB')}${news.totalIsLowerBound ? '+' : ''} news ${news.total === 1 ? 'item' : 'items'}${page === 1 ? ` and ${pages.length} ${pages.length === 1 ? 'page' : 'pages'}` : ''} for “${q}”`}
              </p>
              {pages.length ? (
                <section aria-labelledby="pages-heading" className="mt-6">
                  <h2 id="pages-heading" className="text-xl font-semibold text-brand-900">
                    Pages
                  </h2>
                  <ul className="mt-2 space-y-3">
                    {pages.map((p) => (
                      <li key={p.slug}>
                        <Link href={`/about/${p.slug}`} className="font-semibold">
                          {p.title}
                        </Link>
                        <p className="text-muted">{p.lead}</p>
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
              {news.items.length ? (
                <section aria-labelledby="news-heading" className="mt-6">
                  <h2 id="news-heading" className="text-xl font-semibold text-brand-900">
                    News
                  </h2>
                  <NewsCardList items={news.items} />
                  <Pagination
                    page={news.page}
                    pageCount={news.pageCount}
                    hrefFor={(n) => `/search?${new URLSearchParams({ q, ...(n > 1 ? { page: String(n) } : {}) })}`}
                  />
                </section>
              ) : null}
            </>
          ) : (
            <p className="text-muted">Enter words to search all published news and pages.</p>
          )}
        </div>
      </div>
    </>
  );
}
