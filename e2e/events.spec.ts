import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Demo events from db/seed/data/events.ts; their dates are relative to the day the database was seeded.
const conference = {
  slug: 'annual-security-review-conference',
  title: 'Annual Security Review Conference',
  organisers: ['OSCE Chairpersonship', 'Conflict Prevention Centre', 'Transnational Threats Department'],
};
const cancelled = { slug: 'regional-workshop-border-security-dushanbe', title: 'Regional workshop on border security and management' };
const series = {
  slug: 'plenary-meetings-of-the-permanent-council',
  name: 'Plenary meetings of the Permanent Council',
  upcoming: 'Permanent Council hears the heads of the Western Balkans field operations',
  past: 'Permanent Council reviews the work of the Mission to Moldova',
};

async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator('#result-count').textContent()) ?? '';
  const match = text.replace(/,/g, '').match(/(\d+) events?/);
  expect(match, `result count in "${text}"`).not.toBeNull();
  return Number(match![1]);
}

const upcomingSection = (page: Page) => page.getByRole('region', { name: 'Upcoming events' });
const pastSection = (page: Page) => page.getByRole('region', { name: 'Past events' });

/** The start instants of the events listed in a section, in page order. */
async function startTimes(section: Locator): Promise<number[]> {
  return section.getByRole('article').locator('time').evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime')!)));
}

/** True when `first` comes before `second` in the document. */
async function comesBefore(first: Locator, second: Locator): Promise<boolean> {
  const handle = await second.elementHandle();
  return first.evaluate((a, b) => Boolean(a.compareDocumentPosition(b!) & Node.DOCUMENT_POSITION_FOLLOWING), handle);
}

test('the listing shows upcoming events soonest first, then past events most recent first', async ({ page, visit }) => {
  await visit('/events');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  expect(await resultCount(page)).toBeGreaterThanOrEqual(40);
  const upcoming = await startTimes(upcomingSection(page));
  expect(upcoming.length).toBeGreaterThan(10);
  expect([...upcoming].sort((a, b) => a - b)).toEqual(upcoming);
  await expect(page.getByRole('link', { name: /Calendar feed/ })).toHaveAttribute('href', '/events.ics');
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toBeVisible();

  // The page where the upcoming events end and the past ones begin (20 a page).
  const upcomingTotal = Number((await page.locator('#result-count').textContent())?.replace(/,/g, '').match(/\((\d+) upcoming\)/)?.[1]);
  expect(upcomingTotal).toBeGreaterThan(10);
  await page.goto(`/events?page=${Math.floor(upcomingTotal / 20) + 1}`);
  const past = await startTimes(pastSection(page));
  expect(past.length).toBeGreaterThan(0);
  expect([...past].sort((a, b) => b - a)).toEqual(past);
  expect(Math.max(...past)).toBeLessThan(Date.now());
  if (upcomingTotal % 20 > 0) expect(await comesBefore(upcomingSection(page), pastSection(page))).toBe(true);
});

test('the series filter narrows the listing to that series, upcoming before past', async ({ page, visit }) => {
  await visit(`/events?series=${series.slug}`);
  expect(await resultCount(page)).toBe(4);
  await expect(page.getByLabel('Meeting series')).toHaveValue(series.slug);
  for (const article of await page.getByRole('main').getByRole('article').all()) await expect(article).toContainText(series.name);
  await expect(upcomingSection(page).getByRole('link', { name: series.upcoming })).toBeVisible();
  await expect(pastSection(page).getByRole('link', { name: series.past })).toBeVisible();
  expect(await comesBefore(upcomingSection(page), pastSection(page))).toBe(true);
});

test('searching through the form finds an event by a word of its text', async ({ page }) => {
  await page.goto('/events');
  await page.getByLabel('Search events').fill('hydropower');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/q=hydropower/);
  expect(await resultCount(page)).toBe(1);
  await expect(page.getByRole('link', { name: /hydropower and shared rivers/ })).toBeVisible();
  await page.goto('/events?q=zzzyxxqnotaword');
  expect(await resultCount(page)).toBe(0);
  await expect(page.getByRole('heading', { name: 'No events found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Show all events' })).toBeVisible();
});

test('malformed filters are ignored with a message, never a server error', async ({ page }) => {
  const response = await page.goto('/events?from=2026-13-45&series=no-such-series&page=-2&field=Not%20A%20Slug');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('The "from" date is not a valid date')).toBeVisible();
  await expect(page.getByText('No meeting series is called "no-such-series"')).toBeVisible();
  await expect(page.getByText('The page number was not valid')).toBeVisible();
  await expect(page.getByText('The field of work filter was not recognised')).toBeVisible();
  expect(await resultCount(page)).toBeGreaterThanOrEqual(40);
});

test('an event page shows when and where in the local time zone, its organisers and Event JSON-LD', async ({ page, visit }) => {
  await visit(`/events/${conference.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(conference.title);
  const about = page.getByRole('complementary', { name: 'About this event' });
  await expect(about.getByText('When:')).toBeVisible();
  await expect(about).toContainText(/10:00 – .*18:00 \(Europe\/Vienna, CES?T\)/);
  await expect(about).toContainText('Hofburg, Vienna, Austria');
  await expect(about.getByText('Organised by:')).toBeVisible();
  for (const name of conference.organisers) await expect(about.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(about.getByRole('link', { name: 'Security Review Conferences' })).toHaveAttribute('href', '/meetings/security-review-conferences');
  await expect(about.getByRole('link', { name: 'Arms control' })).toHaveAttribute('href', '/fields-of-work/arms-control');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Events');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/events/${conference.slug}$`));

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd['@type']).toBe('Event');
  expect(jsonLd.name).toBe(conference.title);
  expect(jsonLd.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T10:00:00\+0[12]:00$/);
  expect(jsonLd.eventStatus).toBe('https://schema.org/EventScheduled');
  expect(jsonLd.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
  expect(jsonLd.location).toMatchObject({ '@type': 'Place', name: 'Hofburg' });
  expect(jsonLd.organizer.map((o: { name: string }) => o.name)).toEqual(conference.organisers);
});

test('"Add to calendar" downloads the event as iCalendar with its time zone', async ({ page, request }) => {
  await page.goto(`/events/${conference.slug}`);
  const href = await page.getByRole('link', { name: /Add to calendar/ }).getAttribute('href');
  expect(href).toBe(`/events/${conference.slug}/calendar.ics`);
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(response.headers()['content-disposition']).toBe(`attachment; filename="${conference.slug}.ics"`);
  const ics = await response.text();
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Vienna');
  expect(ics).toMatch(/DTSTART;TZID=Europe\/Vienna:\d{8}T100000/);
  expect(ics).toContain(`SUMMARY:${conference.title}`);
  expect((await request.get('/events/no-such-event/calendar.ics')).status()).toBe(404);
});

test('the calendar feed lists upcoming events only', async ({ request }) => {
  const response = await request.get('/events.ics');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const ics = await response.text();
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect((ics.match(/BEGIN:VEVENT/g) ?? []).length).toBeGreaterThanOrEqual(10);
  expect(ics).toContain('BEGIN:VTIMEZONE');
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  expect(unfolded).toContain(`/events/${conference.slug}`);
  expect(unfolded).not.toContain('/events/permanent-council-reviews-mission-to-moldova');
});

test('a cancelled event says so, in the page and in its JSON-LD', async ({ page, visit }) => {
  await visit(`/events/${cancelled.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cancelled.title);
  await expect(page.getByText('This event has been cancelled.')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'About this event' })).toContainText('Asia/Dushanbe');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd.eventStatus).toBe('https://schema.org/EventCancelled');
});

test('a meeting series page lists its upcoming and past events', async ({ page, visit }) => {
  await visit(`/meetings/${series.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(series.name);
  await expect(upcomingSection(page).getByRole('link', { name: series.upcoming })).toBeVisible();
  await expect(pastSection(page).getByRole('link', { name: series.past })).toBeVisible();
  await expect(upcomingSection(page).getByRole('listitem')).toHaveCount(2);
  await expect(pastSection(page).getByRole('listitem')).toHaveCount(2);
  await upcomingSection(page).getByRole('link', { name: series.upcoming }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(series.upcoming);
});

test('unknown events answer with the 404 page', async ({ page }) => {
  const response = await page.goto('/events/no-such-event');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the event filters still work', async ({ page }) => {
    await page.goto('/events');
    await page.getByLabel('Meeting series').selectOption({ label: series.name });
    await page.getByLabel('From').fill('2000-01-01');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(new RegExp(`series=${series.slug}`));
    await expect(page).toHaveURL(/from=2000-01-01/);
    expect(await resultCount(page)).toBe(4);
    await expect(page.getByRole('link', { name: series.upcoming })).toBeVisible();
  });
});
