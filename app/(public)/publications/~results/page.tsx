import { PublicationsListing, publicationsListingMetadata } from '@/components/site/publications-listing';

// `/publications?…` (filters, search words, page numbers): next.config.js rewrites those addresses here. The reads
// below are cached per query; the page itself is rendered for each request.
export const metadata = publicationsListingMetadata;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PublicationsResultsPage({ searchParams }: { searchParams: SearchParams }) {
  return <PublicationsListing params={await searchParams} />;
}
