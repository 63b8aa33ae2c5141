import {
  cachedCountries,
  cachedFieldsOfWork,
  cachedLiveNewsCount,
  cachedMeetingSeries,
  cachedPages,
  cachedSitemapNews,
  cachedStructures,
} from '@/db/queries/published';
import { absoluteUrl } from '@/lib/site';
import { newsSitemapNumber, renderUrlSet, SITEMAP_URLS_PER_FILE, sitemapFileNames, xmlResponse, type SitemapUrl } from '@/lib/sitemap';

// Served from the page cache like the public pages; each file is rendered on its first request.
export const revalidate = 60;

export function generateStaticParams(): { file: string }[] {
  return [];
}

async function sectionUrls(): Promise<SitemapUrl[]> {
  const [fields, countries, structures, meetings, pages] = await Promise.all([
    cachedFieldsOfWork(),
    cachedCountries(),
    cachedStructures(),
    cachedMeetingSeries(),
    cachedPages(),
  ]);
  const fixed = ['/', '/news', '/fields-of-work', '/countries', '/structures', '/meetings', '/about', '/search'];
  return [
    ...fixed.map((path) => ({ loc: absoluteUrl(path) })),
    ...fields.map((f) => ({ loc: absoluteUrl(`/fields-of-work/${f.slug}`) })),
    ...countries.map((c) => ({ loc: absoluteUrl(`/countries/${c.slug}`) })),
    ...structures.map((s) => ({ loc: absoluteUrl(`/structures/${s.slug}`) })),
    ...meetings.map((m) => ({ loc: absoluteUrl(`/meetings/${m.slug}`) })),
    ...pages.map((p) => ({ loc: absoluteUrl(`/about/${p.slug}`) })),
  ];
}

/** One file of the sitemap index (`/sitemap.xml`); only published news items and pages are listed. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file === 'pages.xml') return xmlResponse(renderUrlSet(await sectionUrls()));
  const number = newsSitemapNumber(file);
  if (number === null || !sitemapFileNames(await cachedLiveNewsCount()).includes(file)) {
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  }
  const news = await cachedSitemapNews(number, SITEMAP_URLS_PER_FILE);
  return xmlResponse(renderUrlSet(news.map((item) => ({ loc: absoluteUrl(`/news/${item.slug}`), lastModified: item.updatedAt }))));
}
