import { NewsListing } from '@/components/news/news-listing';
import { pageMetadata } from '@/lib/metadata';

// `/news?…` (filters, search words, page numbers): next.config.js rewrites those addresses here. The reads
// below are cached per query; the page itself is rendered for each request.
export const metadata = pageMetadata({
  title: 'News',
  description: 'News items, press releases and statements, filterable by field of work, structure, country, type and date.',
  path: '/news',
});

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewsResultsPage({ searchParams }: { searchParams: SearchParams }) {
  return <NewsListing params={await searchParams} />;
}
