// The sitemap protocol (sitemaps.org): an index file listing sitemap files of at most 50,000 URLs each.
export const SITEMAP_URLS_PER_FILE = 50_000;

export interface SitemapUrl {
  loc: string;
  lastModified?: Date;
}

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => xmlEscapes[ch]!);
}

function lastmod(date: Date | undefined): string {
  return date ? `<lastmod>${date.toISOString()}</lastmod>` : '';
}

export function renderUrlSet(urls: SitemapUrl[]): string {
  const body = urls.map((url) => `<url><loc>${escapeXml(url.loc)}</loc>${lastmod(url.lastModified)}</url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export function renderSitemapIndex(files: string[]): string {
  const body = files.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}

/**
 * The files of the sitemap: `pages.xml` (sections, taxonomy, about pages), then `news-1.xml`, `news-2.xml`…
 * holding `perFile` news items each (at least one news file, so that its address never disappears).
 */
export function sitemapFileNames(newsCount: number, perFile = SITEMAP_URLS_PER_FILE): string[] {
  const newsFiles = Math.max(1, Math.ceil(newsCount / perFile));
  return ['pages.xml', ...Array.from({ length: newsFiles }, (_, i) => `news-${i + 1}.xml`)];
}

/** The news file number of a file name (`news-3.xml` → 3), or null. */
export function newsSitemapNumber(name: string): number | null {
  const match = /^news-([1-9]\d{0,5})\.xml$/.exec(name);
  return match ? Number(match[1]) : null;
}

export function xmlResponse(xml: string, status = 200): Response {
  return new Response(xml, { status, headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
