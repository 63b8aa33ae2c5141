import { PublicationsListing, publicationsListingMetadata } from '@/components/site/publications-listing';

export const metadata = publicationsListingMetadata;

// The first page, unfiltered: the same for every visitor, so it comes from the page cache. Addresses with a
// query string are sent to ./~results by next.config.js, which reads them per request.
export default function PublicationsPage() {
  return <PublicationsListing params={{}} />;
}
