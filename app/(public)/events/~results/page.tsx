import { EventsListing, eventsListingMetadata } from '@/components/site/events-listing';

// `/events?…` (filters, search words, page numbers): next.config.js rewrites those addresses here. The reads
// below are cached per query; the page itself is rendered for each request.
export const metadata = eventsListingMetadata;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function EventsResultsPage({ searchParams }: { searchParams: SearchParams }) {
  return <EventsListing params={await searchParams} />;
}
