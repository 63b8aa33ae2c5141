import { NewsListing, newsListingMetadata } from '@/components/news/news-listing';

// `/news?…` (filters, search words, page numbers): next.config.js rewrites those addresses here. The reads
// below are cached per query; the page itself is rendered for each request.
export const metadata = newsListingMetadata;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewsResultsPage({ searchParams }: { searchParams: SearchParams }) {
  return <NewsListing params={await searchParams} />;
}
