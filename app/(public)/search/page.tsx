import Link from 'next/link';
import { NewsCardList } from '@/components/news/news-card';
import { Pagination } from '@/components/news/pagination';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { Notices } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { cachedItemSearch, cachedNewsPage } from '@/db/queries/published';
import { contentKindInfo, contentKinds } from '@/lib/content-kinds';
import { pageMetadata } from '@/lib/metadata';
import { parseNewsQuery } from '@/lib/validation/news-filters';

export const metadata = pageMetadata({ title: 'Search', description: 'Search news, pages, events and publications.', path: '/search' });

// Besides news (paged), the best matches of every other kind of content, on the first page.
const otherKinds = contentKinds.filter((kind) => kind !== 'news_item');

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const { filters, page, notices } = parseNewsQuery({ q: raw.q, page: raw.page });
  const q = filters.q;
  const [news, ...found] = q
    ? await Promise.all([cachedNewsPage({ q }, page), ...otherKinds.map((kind) => (page === 1 ? cachedItemSearch(kind, q) : Promise.resolve([])))])
    : [null];
  const others = otherKinds.map((kind, i) => ({ kind, items: found[i] ?? [] })).filter((group) => group.items.length > 0);
  const otherCount = others.reduce((sum, group) => sum + group.items.length, 0);
  const messages = [...notices];
  if (news?.queryIgnored) messages.push('Your search words are too common to search for. Try more specific words.');
  const searched = q && news && !news.queryIgnored;

  return (
    <>
      <Breadcrumbs trail={[{ label: 'Search' }]} />
      <PageHeading title="Search" />
      <div className="container-page">
        <form action="/search" method="get" role="search" aria-label="Site search" className="flex max-w-2xl flex-wrap gap-2">
          <label htmlFor="search-q" className="w-full font-semibold">
            Search news, pages, events and publications
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
                {news.total + otherCount === 0
                  ? `No results for “${q}”.`
                  : `${news.total.toLocaleString('en-GB')}${news.totalIsLowerBound ? '+' : ''} news ${news.total === 1 ? 'item' : 'items'}${page === 1 ? ` and ${otherCount} other ${otherCount === 1 ? 'result' : 'results'}` : ''} for “${q}”`}
              </p>
              {others.map(({ kind, items }) => {
                const info = contentKindInfo[kind];
                return (
                  <section key={kind} aria-labelledby={`${kind}-heading`} className="mt-6">
                    <h2 id={`${kind}-heading`} className="text-xl font-semibold text-brand-900">
                      {info.plural}
                    </h2>
                    <ul className="mt-2 space-y-3">
                      {items.map((item) => (
                        <li key={item.slug}>
                          <Link href={`${info.publicPath}/${item.slug}`} className="font-semibold">
                            {item.title}
                          </Link>
                          <p className="text-muted">{item.summary}</p>
                        </li>
                      ))}
                    </ul>
                    {kind !== 'page' ? (
                      <p className="mt-2">
                        <Link href={`${info.publicPath}?${new URLSearchParams({ q })}`}>
                          All {info.plural.toLowerCase()} matching “{q}”
                        </Link>
                      </p>
                    ) : null}
                  </section>
                );
              })}
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
            <p className="text-muted">Enter words to search all published news, pages, events and publications.</p>
          )}
        </div>
      </div>
    </>
  );
}
