import { cachedLiveNewsCount } from '@/db/queries/published';
import { absoluteUrl } from '@/lib/site';
import { renderSitemapIndex, sitemapFileNames, xmlResponse } from '@/lib/sitemap';

// Served from the page cache like the public pages (see app/(public)/layout.tsx).
export const revalidate = 60;

/** The sitemap index: one file for the site's sections and pages, then files of at most 50,000 news items. */
export async function GET() {
  const files = sitemapFileNames(await cachedLiveNewsCount());
  return xmlResponse(renderSitemapIndex(files.map((name) => absoluteUrl(`/sitemaps/${name}`))));
}
