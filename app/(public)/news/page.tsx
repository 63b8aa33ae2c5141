import { NewsListing, newsListingMetadata } from '@/components/news/news-listing';

export const metadata = newsListingMetadata;

// The first page, unfiltered: the same for every visitor, so it comes from the page cache. Addresses with a
// query string are sent to ./~results by next.config.js, which reads them per request.
export default function NewsPage() {
  return <NewsListing params={{}} />;
}
