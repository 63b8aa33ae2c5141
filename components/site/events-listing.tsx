import Link from 'next/link';
import { Pagination } from '@/components/news/pagination';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { EventList } from '@/components/site/event-content';
import { Notices } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { cachedCountries, cachedFieldsOfWork, cachedMeetingSeries, cachedStructures } from '@/db/queries/published';
import { cachedEventsPage } from '@/db/queries/published-events';
import { pageMetadata } from '@/lib/metadata';
import { eventQueryString, eventTermFilters, MAX_QUERY_LENGTH, parseEventQuery, type EventFilters } from '@/lib/validation/event-filters';
import { FilterSelect, filterControl, termOptions } from '@/components/ui/filter-select';

export const eventsListingMetadata = pageMetadata({
  title: 'Events',
  description: 'Upcoming and past meetings and conferences, filterable by meeting series, field of work, organiser, country and date.',
  path: '/events',
});

type Option = { slug: string; name: string };



/** The filters as a plain GET form: every combination is a shareable URL and works without JavaScript. */
function EventFilterForm({ filters, options }: { filters: EventFilters; options: Record<keyof typeof eventTermFilters, Option[]> }) {
  return (
    <form action="/events" method="get" className="rounded border border-line bg-brand-50 p-4" aria-label="Filter events">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2 lg:col-span-4">
          <label htmlFor="q" className="text-sm font-semibold">
            Search events
          </label>
          <input id="q" name="q" type="search" maxLength={MAX_QUERY_LENGTH} defaultValue={filters.q ?? ''} className={filterControl} />
        </div>
        <FilterSelect id="series" label="Meeting series" value={filters.series} options={termOptions(options.series)} />
        <FilterSelect id="field" label="Field of work" value={filters.field} options={termOptions(options.field)} />
        <FilterSelect id="structure" label="Organised by" value={filters.structure} options={termOptions(options.structure)} />
        <FilterSelect id="country" label="Country" value={filters.country} options={termOptions(options.country)} />
        <div>
          <label htmlFor="from" className="text-sm font-semibold">
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ''} className={filterControl} />
        </div>
        <div>
          <label htmlFor="to" className="text-sm font-semibold">
            To
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ''} className={filterControl} />
        </div>
        <div className="flex items-end gap-3 sm:col-span-2">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            Apply filters
          </button>
          <Link href="/events" className="py-2">
            Clear filters
          </Link>
        </div>
      </div>
    </form>
  );
}

// Rendered per request: the query string decides what it shows. The reads are cached per query.
/** The events listing for a query; `{}` is the first page, unfiltered. */
export async function EventsListing({ params }: { params: Record<string, string | string[] | undefined> }) {
  const parsed = parseEventQuery(params);
  const [series, field, structure, country] = await Promise.all([cachedMeetingSeries(), cachedFieldsOfWork(), cachedStructures(), cachedCountries()]);
  const options = { series, field, structure, country };

  // Unknown term slugs are dropped with a notice, like any other malformed parameter.
  const filters: EventFilters = { ...parsed.filters };
  const notices = [...parsed.notices];
  for (const [key, label] of Object.entries(eventTermFilters) as [keyof typeof eventTermFilters, string][]) {
    const value = filters[key];
    if (value && !options[key].some((term) => term.slug === value)) {
      delete filters[key];
      notices.push(`No ${label} is called "${value}"; that filter was ignored.`);
    }
  }

  const result = await cachedEventsPage(filters, parsed.page);
  if (result.queryIgnored) notices.push('Your search words are too common to search for; showing all events instead.');
  const filtered = Object.keys(filters).length > 0;
  const showUpcoming = result.upcoming.length > 0 || (result.page === 1 && result.total > 0);

  return (
    <>
      <Breadcrumbs trail={[{ href: '/meetings', label: 'Meetings and conferences' }, { label: 'Events' }]} />
      <PageHeading title="Events" lead="Meetings, conferences and other events of the Organization, upcoming and past." />
      <div className="container-page">
        <EventFilterForm filters={filters} options={options} />
        <div className="mt-6">
          <Notices messages={notices} />
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p role="status" className="font-semibold" id="result-count">
              {result.total === 1 ? '1 event' : `${result.total.toLocaleString('en-GB')} events`}
              {result.total > 0 ? ` (${result.upcomingTotal.toLocaleString('en-GB')} upcoming)` : null}
              {result.pageCount > 1 ? ` · page ${result.page} of ${result.pageCount.toLocaleString('en-GB')}` : null}
            </p>
            {/* A plain link: the feed is a file for calendar apps, not a page. */}
            <a href="/events.ics">Calendar feed of upcoming events (iCalendar)</a>
          </div>
          {showUpcoming ? (
            <section aria-labelledby="upcoming-heading" className="mt-6">
              <h2 id="upcoming-heading" className="text-2xl font-semibold text-brand-900">
                Upcoming events
              </h2>
              {result.upcoming.length > 0 ? (
                <EventList items={result.upcoming} />
              ) : (
                <p className="mt-2">{filtered ? 'No upcoming event matches these filters.' : 'No upcoming events have been announced yet.'}</p>
              )}
            </section>
          ) : null}
          {result.past.length > 0 ? (
            <section aria-labelledby="past-heading" className="mt-8">
              <h2 id="past-heading" className="text-2xl font-semibold text-brand-900">
                Past events
              </h2>
              <EventList items={result.past} />
            </section>
          ) : null}
          {result.upcoming.length === 0 && result.past.length === 0 ? (
            <div className="my-8 rounded border border-line p-6">
              <h2 className="text-xl font-semibold">No events found</h2>
              <p className="mt-2">
                {result.total > 0
                  ? 'There are no results on this page.'
                  : filtered
                    ? 'Nothing matches these filters. Try fewer filters or other search words.'
                    : 'No events have been published yet.'}{' '}
                {filtered || result.total > 0 ? <Link href="/events">Show all events</Link> : null}
              </p>
            </div>
          ) : null}
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `/events${eventQueryString(filters, page)}`} />
        </div>
      </div>
    </>
  );
}
