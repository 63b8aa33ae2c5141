import type { APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser();

/** Every URL the sitemap lists: reads the index at /sitemap.xml and each file it names. */
export async function sitemapUrls(request: APIRequestContext): Promise<string[]> {
  const index = parser.parse(await (await request.get('/sitemap.xml')).text());
  const files = ([index.sitemapindex.sitemap].flat() as { loc: string }[]).map((entry) => new URL(entry.loc).pathname);
  const urls: string[] = [];
  for (const file of files) {
    const response = await request.get(file);
    if (!response.ok()) throw new Error(`${file} answered ${response.status()}`);
    const set = parser.parse(await response.text());
    urls.push(...([set.urlset.url ?? []].flat() as { loc: string }[]).map((entry) => entry.loc));
  }
  return urls;
}
