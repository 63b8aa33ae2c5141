import { capturedItem, expect, test } from './fixtures';

// DESIGN.md §5: an item page is at most 60 KB of HTML and carries the navigation once. Next.js sends the
// fallbacks of the root layout (the 404, 403 and 401 pages, each in the site's frame) inside every page's
// payload; these checks catch a frame or menu that starts travelling with them again.
const maxItemPageBytes = 60_000;

/** A label that appears in the mega menu and nowhere else on a news item page. */
const menuOnlyLabel = 'Mediterranean Partners for Co-operation';

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

test('an item page stays within 60 KB of HTML and holds the navigation once', async ({ request }) => {
  const listing = await (await request.get('/news')).text();
  const newest = [...listing.matchAll(/href="(\/news\/[a-z0-9-]+)"/g)].map((match) => match[1]!).slice(0, 5);
  for (const path of [`/news/${capturedItem.slug}`, ...new Set(newest)]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(Buffer.byteLength(html), `bytes of ${path}`).toBeLessThanOrEqual(maxItemPageBytes);
    expect(occurrences(html, '<nav aria-label="Main"'), `menus in ${path}`).toBe(1);
    expect(occurrences(html, 'href="/countries#mediterranean-partners"'), `menu links in ${path}`).toBe(1);
    // Once in the markup and once in the data the menu is hydrated from; the fallbacks refer to that data.
    expect(occurrences(html, menuOnlyLabel), `copies of the menu in ${path}`).toBeLessThanOrEqual(2);
  }
});

test('an unknown address answers 404 with the site frame and menu in its HTML', async ({ request }) => {
  const response = await request.get('/no/such/page');
  expect(response.status()).toBe(404);
  const html = await response.text();
  expect(html).toContain('Page not found</h1>');
  expect(occurrences(html, '<nav aria-label="Main"')).toBe(1);
  expect(html).toContain('href="/countries#mediterranean-partners"');
  expect(html).toContain('Wallnerstrasse 6');
});
