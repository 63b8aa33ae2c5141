// What a page weighs: its HTML, the JavaScript a browser downloads for it (counted gzipped, as sent), and the
// shape of the sitemap.
import http from 'node:http';
import zlib from 'node:zlib';

/** A GET's body as sent on the wire, and how it was encoded. */
function rawGet(url: string, encoding: string): Promise<{ status: number; wire: Buffer; encoding: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': encoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            wire: Buffer.concat(chunks),
            encoding: String(response.headers['content-encoding'] ?? 'identity'),
            ms: performance.now() - started,
          }),
        );
      })
      .on('error', reject);
  });
}

export async function htmlBytes(url: string): Promise<number> {
  const { wire, encoding } = await rawGet(url, 'identity');
  if (encoding !== 'identity') throw new Error(`${url} came ${encoding}-encoded though identity was asked for`);
  return wire.byteLength;
}

/**
 * Script files a browser fetches for the page: script elements and script preloads, each once. `nomodule`
 * scripts (polyfills for old browsers) are left out: a current browser never downloads them.
 */
function scriptUrls(html: string, base: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(match[0])?.[1];
    if (src && !/\bnomodule\b/i.test(match[0])) found.add(src);
  }
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    if (/\bas="script"/.test(tag) || /\brel="modulepreload"/.test(tag)) {
      const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
      if (href) found.add(href);
    }
  }
  return [...found].map((src) => new URL(src.replaceAll('&amp;', '&'), base).toString()).filter((u) => u.startsWith(new URL(base).origin));
}

export interface JsWeight {
  url: string;
  files: number;
  gzipBytes: number;
  /** "server": gzip as the server sent it; "benchmark": the server sent it uncompressed and it was gzipped here. */
  gzippedBy: 'server' | 'benchmark' | 'mixed';
}

export async function javascriptWeight(url: string): Promise<JsWeight> {
  const page = await rawGet(url, 'identity');
  const files = scriptUrls(page.wire.toString('utf8'), url);
  let gzipBytes = 0;
  const by = new Set<'server' | 'benchmark'>();
  for (const file of files) {
    const response = await rawGet(file, 'gzip');
    if (response.encoding === 'gzip') {
      gzipBytes += response.wire.byteLength;
      by.add('server');
    } else {
      gzipBytes += zlib.gzipSync(response.wire).byteLength;
      by.add('benchmark');
    }
  }
  return { url, files: files.length, gzipBytes, gzippedBy: by.size === 1 ? [...by][0]! : by.size === 0 ? 'server' : 'mixed' };
}

export interface SitemapShape {
  isIndex: boolean;
  files: number;
  totalUrls: number;
  largestFile: number;
  /** Slowest answer among the index and its files. */
  slowestMs: number;
  note: string;
}

const count = (xml: string, tag: string) => (xml.match(new RegExp(`<${tag}[\\s>]`, 'g')) ?? []).length;

/** Reads /sitemap.xml; when it is an index, follows each <sitemap><loc> (on this server) and counts its URLs. */
export async function sitemapShape(base: string): Promise<SitemapShape> {
  const root = await rawGet(`${base}/sitemap.xml`, 'identity');
  const xml = root.wire.toString('utf8');
  if (root.status !== 200) return { isIndex: false, files: 0, totalUrls: 0, largestFile: 0, slowestMs: root.ms, note: `/sitemap.xml answered ${root.status}` };
  if (!/<sitemapindex[\s>]/.test(xml)) {
    const urls = count(xml, 'url');
    return { isIndex: false, files: 1, totalUrls: urls, largestFile: urls, slowestMs: root.ms, note: `not an index: ${urls} URLs in one file` };
  }
  const locs = [...xml.matchAll(/<sitemap>[\s\S]*?<loc>\s*([^<\s]+)\s*<\/loc>[\s\S]*?<\/sitemap>/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
  let totalUrls = 0;
  let largestFile = 0;
  let slowestMs = root.ms;
  for (const loc of locs) {
    // The index names the public origin (SITE_URL); the file is read from this server.
    const where = new URL(loc);
    const file = await rawGet(`${base}${where.pathname}${where.search}`, 'identity');
    const urls = file.status === 200 ? count(file.wire.toString('utf8'), 'url') : 0;
    totalUrls += urls;
    largestFile = Math.max(largestFile, urls);
    slowestMs = Math.max(slowestMs, file.ms);
  }
  return { isIndex: true, files: locs.length, totalUrls, largestFile, slowestMs, note: `index of ${locs.length} files` };
}
