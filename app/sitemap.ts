import type { MetadataRoute } from 'next';
import {
  cachedCountries,
  cachedFieldsOfWork,
  cachedMeetingSeries,
  cachedPages,
  cachedSitemapNews,
  cachedStructures,
} from '@/db/queries/published';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

/** Every public URL; only published news items and pages are listed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [news, fields, countries, structures, meetings, pages] = await Promise.all([
    cachedSitemapNews(),
    cachedFieldsOfWork(),
    cachedCountries(),
    cachedStructures(),
    cachedMeetingSeries(),
    cachedPages(),
  ]);
  const fixed = ['/', '/news', '/fields-of-work', '/countries', '/structures', '/meetings', '/about', '/search'];
  return [
    ...fixed.map((path) => ({ url: absoluteUrl(path) })),
    ...news.map((item) => ({ url: absoluteUrl(`/news/${item.slug}`), lastModified: item.updatedAt })),
    ...fields.map((f) => ({ url: absoluteUrl(`/fields-of-work/${f.slug}`) })),
    ...countries.map((c) => ({ url: absoluteUrl(`/countries/${c.slug}`) })),
    ...structures.map((s) => ({ url: absoluteUrl(`/structures/${s.slug}`) })),
    ...meetings.map((m) => ({ url: absoluteUrl(`/meetings/${m.slug}`) })),
    ...pages.map((p) => ({ url: absoluteUrl(`/about/${p.slug}`) })),
  ];
}
