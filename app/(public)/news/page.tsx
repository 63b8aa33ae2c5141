import { NewsListing } from '@/components/news/news-listing';
import { pageMetadata } from '@/lib/metadata';

export const metadata = pageMetadata({
  title: 'News',
  description: 'News items, press releases and statements, filterable by field of work, structure, country, type and date.',
  path: '/news',
});

// The first page, unfiltered: the same for every visitor, so it comes from the page cache. Addresses with a
// query string are sent to ./~results by next.config.js, which reads them per request.
export default function NewsPage() {
  return <NewsListing params={{}} />;
}
