import fc from 'fast-check';
import { capturedItem, expect, test } from './fixtures';

// Random and hostile values in every query parameter and path segment of every public route: no answer may
// be a server error, and markup sent in must never come back unescaped.

/** Values that have broken servers before, each carrying a tag that must never come back as markup. */
const hostile = fc.nat({ max: 1e6 }).chain((n) =>
  fc.constantFrom(
    `<x-fuzz-${n}>`,
    `"><x-fuzz-${n} onerror=alert(1)>`,
    `</script><x-fuzz-${n}>`,
    '\u0000',
    'a\u0000b',
    '%00',
    "' or 1=1 --",
    '0000-01-01',
    '0000-12-31',
    '9999-99-99',
    '-1',
    '1e309',
    'NaN',
    '../../etc/passwd',
    '\r\nSet-Cookie: x=y',
    '\uD800',
    '\u202Eevil',
    '😀'.repeat(50),
    'a'.repeat(5000),
  ),
);

const anyValue = fc.oneof(hostile, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

/** Escapes that do not decode, or decode to bytes that are not UTF-8; sent as they are. */
const rawEscapes = fc.constantFrom('%ZZ', 'a%E0%A4%A', '%', '%C0%AF', '..%2F..%2F', '%FF%FE', '%ED%A0%80');

/** A lone surrogate cannot be percent-encoded; it is sent as the replacement character a browser would send. */
const encode = (value: string) => encodeURIComponent(value.toWellFormed());

/** A path segment or a query value: an encoded value, or raw escapes. */
const encodedValue = fc.oneof({ weight: 4, arbitrary: anyValue.map(encode) }, { weight: 1, arbitrary: rawEscapes });

const queryRoutes: Record<string, string[]> = {
  '/news': ['q', 'field', 'structure', 'country', 'type', 'from', 'to', 'page'],
  '/search': ['q', 'page'],
  '/': ['q'],
  '/fields-of-work': ['page'],
  '/countries': ['page'],
  '/structures': ['page'],
  '/meetings': ['page'],
  '/about': ['page'],
  '/feed.xml': ['field'],
  '/sitemap.xml': ['page'],
};

const segmentRoutes = [
  (s: string) => `/news/${s}`,
  (s: string) => `/fields-of-work/${s}`,
  (s: string) => `/fields-of-work/${s}/feed.xml`,
  (s: string) => `/countries/${s}`,
  (s: string) => `/structures/${s}`,
  (s: string) => `/meetings/${s}`,
  (s: string) => `/about/${s}`,
  (s: string) => `/media/${s}`,
  (s: string) => `/${s}`,
  (s: string) => `/news/${capturedItem.slug}/${s}`,
];

function queryString(entries: [string, string][]): string {
  return entries.map(([key, value]) => `${key}=${value}`).join('&');
}

function echoedTags(body: string): string[] {
  return [...body.matchAll(/<x-fuzz-\d+/g)].map((m) => m[0]);
}

test.describe('public input fuzzing', () => {
  test.describe.configure({ timeout: 120_000 });

  for (const [route, names] of Object.entries(queryRoutes)) {
    test(`${route}: random and hostile query parameters never answer 5xx or echo markup`, async ({ request }) => {
      const params = fc.array(fc.tuple(fc.constantFrom(...names, 'unknown'), encodedValue), { minLength: 1, maxLength: 4 });
      await fc.assert(
        fc.asyncProperty(params, async (entries) => {
          const url = `${route}?${queryString(entries)}`;
          const response = await request.get(url, { maxRedirects: 0 });
          expect(response.status(), url).toBeLessThan(500);
          expect(echoedTags(await response.text()), url).toEqual([]);
        }),
        {
          numRuns: route === '/news' || route === '/search' ? 30 : 8,
          // Besides the random runs, every parameter always gets the values known to have broken it.
          examples: names.flatMap((name) => ['%00', 'a%00b', '0000-01-01', '%3Cx-fuzz-1%3E', '%ZZ'].map((value) => [[[name, value]]] as [[string, string][]])),
        },
      );
    });
  }

  test('random and hostile path segments never answer 5xx or echo markup', async ({ request }) => {
    const paths = fc.tuple(fc.constantFrom(...segmentRoutes), encodedValue).map(([route, value]) => route(value));
    await fc.assert(
      fc.asyncProperty(paths, async (path) => {
        const response = await request.get(path, { maxRedirects: 0 });
        expect(response.status(), path).toBeLessThan(500);
        expect(echoedTags(await response.text()), path).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  test('the inputs reported to break the site answer a page with a message, or 404', async ({ request }) => {
    for (const url of ['/search?q=%00', '/search?q=a%00b', '/news?q=a%00']) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(await response.text(), url).toContain('Search terms cannot contain control characters; the search was ignored.');
    }
    for (const url of ['/news?from=0000-01-01', '/news?to=0000-12-31']) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(await response.text(), url).toMatch(/date is not a valid date \(YYYY-MM-DD\) and was ignored/);
    }
    for (const url of ['/news/a%ZZ', '/news/a%E0%A4%A', '/about/%ZZ']) {
      expect((await request.get(url)).status(), url).toBe(404);
    }
  });
});
