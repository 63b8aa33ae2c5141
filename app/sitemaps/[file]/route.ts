import {
  cachedCountries,
  cachedFieldsOfWork,
  cachedLiveItems,
  cachedLiveNewsCount,
  cachedMeetingSeries,
  cachedSitemapNews,
  cachedStructures,
} from '@/db/queries/published';
import { contentKindInfo, contentKinds } from '@/lib/content-kinds';
import { absoluteUrl } from '@/lib/site';
import { newsSitemapNumber, renderUrlSet, SITEMAP_URLS_PER_FILE, sitemapFileNames, xmlResponse, type SitemapUrl } from '@/lib/sitemap';

// Served from the page cache like the public pages; each file is rendered on its first request.
export const revalidate = 60;

export function generateStaticParams(): { file: string }[] {
  return [];
}

async function sectionUrls(): Promise<SitemapUrl[]> {
  // News items have files of their own; every other kind of content is listed here, from the registry.
  const kinds = contentKinds.filter((kind) => kind !== 'news_item');
  const [fields, countries, structures, meetings, ...items] = await Promise.all([
    cachedFieldsOfWork(),
    cachedCountries(),
    cachedStructures(),
    cachedMeetingSeries(),
    ...kinds.map((kind) => cachedLiveItems(kind)),
  ]);
  const fixed = ['/', ...contentKinds.map((kind) => contentKindInfo[kind].publicPath), '/fields-of-work', '/countries', '/structures', '/meetings', '/search'];
  return [
    ...fixed.map((path) => ({ loc: absoluteUrl(path) })),
    ...fields.map((f) => ({ loc: absoluteUrl(`/fields-of-work/${f.slug}`) })),
    ...countries.map((c) => ({ loc: absoluteUrl(`/countries/${c.slug}`) })),
    ...structures.map((s) => ({ loc: absoluteUrl(`/structures/${s.slug}`) })),
    ...meetings.map((m) => ({ loc: absoluteUrl(`/meetings/${m.slug}`) })),
    ...kinds.flatMap((kind, i) => items[i]!.map((item) => ({ loc: absoluteUrl(`${contentKindInfo[kind].publicPath}/${item.slug}`), lastModified: item.updatedAt }))),
  ];
}

/** One file of the sitemap index (`/sitemap.xml`); only published items of every kind are listed. */
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
