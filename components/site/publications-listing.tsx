import Link from 'next/link';
import { Pagination } from '@/components/news/pagination';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { Notices } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import type { PublicationCard } from '@/db/queries/publications';
import { cachedCountries, cachedFieldsOfWork, cachedStructures } from '@/db/queries/published';
import { cachedPublicationsPage, cachedPublicationYears } from '@/db/queries/published-publications';
import { publicationTypeLabels } from '@/lib/enums';
import { formatDate } from '@/lib/format';
import { pageMetadata } from '@/lib/metadata';
import { parsePublicationQuery, publicationQueryString, type PublicationFilters } from '@/lib/validation/publication-filters';
import { FilterSelect, filterControl, termOptions } from '@/components/ui/filter-select';

// The canonical address is /publications whatever the filters.
export const publicationsListingMetadata = pageMetadata({
  title: 'Publications',
  description: 'Reports, guides, handbooks, factsheets, decisions and speeches, searchable down to the text of each document.',
  path: '/publications',
});


const termNames = { field: 'field of work', structure: 'structure', country: 'country' } as const;


function PublicationEntry({ item }: { item: PublicationCard }) {
  const summary = item.summary.length > 240 ? `${item.summary.slice(0, 240).replace(/\s+\S*$/, '')}…` : item.summary;
  return (
    <article className="news-card">
      <div className="news-card-text">
        <p className="news-card-meta">
          <span>{publicationTypeLabels[item.type]}</span>
          {' · '}
          <time dateTime={item.publishedOn}>{formatDate(item.publishedOn)}</time>
          {item.issuedBy.length ? <> · {item.issuedBy.map((s) => s.name).join(', ')}</> : null}
        </p>
        <h2 className="news-card-title">
          <Link href={`/publications/${item.slug}`}>{item.title}</Link>
        </h2>
        <p className="news-card-lead">{summary}</p>
      </div>
    </article>
  );
}

/** The publications listing for a query; `{}` is the first page, unfiltered. */
export async function PublicationsListing({ params }: { params: Record<string, string | string[] | undefined> }) {
  const parsed = parsePublicationQuery(params);
  const [fields, structures, countries, years] = await Promise.all([
    cachedFieldsOfWork(),
    cachedStructures(),
    cachedCountries(),
    cachedPublicationYears(),
  ]);

  // Unknown term slugs are dropped with a notice, like any other malformed parameter.
  const filters: PublicationFilters = { ...parsed.filters };
  const notices = [...parsed.notices];
  const known = { field: fields, structure: structures, country: countries } as const;
  for (const key of ['field', 'structure', 'country'] as const) {
    const value = filters[key];
    if (value && !known[key].some((term) => term.slug === value)) {
      delete filters[key];
      notices.push(`No ${termNames[key]} is called "${value}"; that filter was ignored.`);
    }
  }

  const result = await cachedPublicationsPage(filters, parsed.page);
  if (result.queryIgnored) notices.push('Your search words are too common to search for; showing all publications instead.');
  const filtered = Object.keys(filters).length > 0;
  const yearOptions = [...new Set([...years, ...(filters.year ? [filters.year] : [])])]
    .sort((a, b) => b - a)
    .map((year) => ({ value: String(year), label: String(year) }));

  return (
    <>
      <Breadcrumbs trail={[{ label: 'Publications' }]} />
      <PageHeading title="Publications" lead="Reports, guides, handbooks, factsheets, decisions and speeches, each with its documents to download." />
      <div className="container-page">
        <form action="/publications" method="get" className="rounded border border-line bg-brand-50 p-4" aria-label="Filter publications">
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
            <div className="sm:col-span-2 lg:col-span-5">
              <label htmlFor="q" className="text-sm font-semibold">
                Search publications (including the text of the documents)
              </label>
              <input id="q" name="q" type="search" maxLength={200} defaultValue={filters.q ?? ''} className={filterControl} />
            </div>
            <FilterSelect id="type" label="Type" value={filters.type} options={Object.entries(publicationTypeLabels).map(([value, label]) => ({ value, label }))} />
            <FilterSelect id="field" label="Field of work" value={filters.field} options={termOptions(fields)} />
            <FilterSelect id="structure" label="Structure" value={filters.structure} options={termOptions(structures)} />
            <FilterSelect id="country" label="Country" value={filters.country} options={termOptions(countries)} />
            <FilterSelect id="year" label="Year" value={filters.year ? String(filters.year) : undefined} options={yearOptions} />
            <div className="flex items-end gap-3 sm:col-span-2">
              <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
                Apply filters
              </button>
              <Link href="/publications" className="py-2">
                Clear filters
              </Link>
            </div>
          </div>
        </form>
        <div className="mt-6">
          <Notices messages={notices} />
          <p role="status" className="font-semibold" id="result-count">
            {result.total === 1 ? '1 result' : `${result.total.toLocaleString('en-GB')} results`}
            {result.total > 0 && result.pageCount > 1 ? ` · page ${result.page} of ${result.pageCount}` : null}
          </p>
          {result.items.length > 0 ? (
            <div>
              {result.items.map((item) => (
                <PublicationEntry key={item.id} item={item} />
              ))}
            </div>
          ) : (
            <div className="my-8 rounded border border-line p-6">
              <h2 className="text-xl font-semibold">No publications found</h2>
              <p className="mt-2">
                {result.total > 0
                  ? 'There are no results on this page.'
                  : filtered
                    ? 'Nothing matches these filters. Try fewer filters or other search words.'
                    : 'No publications have been published yet.'}{' '}
                {filtered || result.total > 0 ? <Link href="/publications">Show all publications</Link> : null}
              </p>
            </div>
          )}
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `/publications${publicationQueryString(filters, page)}`} />
        </div>
      </div>
    </>
  );
}
