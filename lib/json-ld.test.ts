import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NewsItemDetail } from '@/db/queries/news';
import { eventJsonLd, isoInZone, newsArticleJsonLd, type EventJsonLdInput } from './json-ld';
import { plainTextToRichText } from '@/lib/rich-text/normalize';
import { sampleMedia } from './media/sample-media';

function item(overrides: Partial<NewsItemDetail> = {}): NewsItemDetail {
  return {
    id: 1,
    slug: 'sixth-meeting-of-permanent-conference-of-organized-crime-prosecutors',
    type: 'news_item',
    title: 'OSCE supports sixth meeting of Permanent Conference of Organized Crime Prosecutors',
    lead: 'Prosecutors met online.',
    body: plainTextToRichText('Body text.'),
    image: null,
    media: new Map(),
    issuedOn: '2021-04-27',
    publishedAt: new Date('2021-04-27T09:00:00Z'),
    updatedAt: new Date('2021-04-28T10:30:00Z'),
    issuedBy: [
      { slug: 'secretariat', name: 'OSCE Secretariat' },
      { slug: 'mission-to-serbia', name: 'OSCE Mission to Serbia' },
    ],
    fields: [{ slug: 'policing', name: 'Policing' }],
    countries: [{ slug: 'serbia', name: 'Serbia' }],
    ...overrides,
  };
}

describe('newsArticleJsonLd', () => {
  beforeAll(() => {
    vi.stubEnv('SITE_URL', 'https://www.example.org/');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('produces valid JSON describing a schema.org NewsArticle', () => {
    const data = JSON.parse(newsArticleJsonLd(item()));
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(item().title);
    expect(data.description).toBe('Prosecutors met online.');
    expect(data.datePublished).toBe('2021-04-27T09:00:00.000Z');
    expect(data.dateModified).toBe('2021-04-28T10:30:00.000Z');
    const url = 'https://www.example.org/news/sixth-meeting-of-permanent-conference-of-organized-crime-prosecutors';
    expect(data.url).toBe(url);
    expect(data.mainEntityOfPage).toBe(url);
    expect(data.publisher).toMatchObject({ '@type': 'Organization', url: 'https://www.example.org/' });
    expect(data.about).toEqual([{ '@type': 'Thing', name: 'Policing' }]);
  });

  it('describes the lead image with an absolute URL, its size, caption and credit', () => {
    const image = sampleMedia(3, { caption: 'The opening session.', credit: 'OSCE/Mission to Serbia' });
    expect(JSON.parse(newsArticleJsonLd(item({ image }))).image).toEqual({
      '@type': 'ImageObject',
      url: 'https://www.example.org/media/3-1200.jpg',
      width: 1200,
      height: 600,
      caption: 'The opening session.',
      creditText: 'OSCE/Mission to Serbia',
    });
    expect(JSON.parse(newsArticleJsonLd(item())).image).toBeUndefined();
  });

  it('lists the issuing structures, in order, as Organization authors', () => {
    const data = JSON.parse(newsArticleJsonLd(item()));
    expect(Array.isArray(data.author)).toBe(true);
    expect(data.author).toEqual([
      { '@type': 'Organization', name: 'OSCE Secretariat', url: 'https://www.example.org/structures/secretariat' },
      {
        '@type': 'Organization',
        name: 'OSCE Mission to Serbia',
        url: 'https://www.example.org/structures/mission-to-serbia',
      },
    ]);
  });

  it('gives an empty author array when no structure issued the item', () => {
    expect(JSON.parse(newsArticleJsonLd(item({ issuedBy: [] }))).author).toEqual([]);
  });

  it('escapes "<" so that a hostile title cannot close the script element', () => {
    const title = 'Breaking</script><script>alert(1)</script>';
    const lead = '<!-- comment --> a < b';
    const json = newsArticleJsonLd(item({ title, lead, issuedBy: [{ slug: 'x', name: '</SCRIPT>' }] }));
    expect(json.toLowerCase()).not.toContain('</script');
    expect(json).not.toContain('<');
    expect(json).toContain('\\u003c/script>');
    const data = JSON.parse(json);
    expect(data.headline).toBe(title);
    expect(data.description).toBe(lead);
    expect(data.author[0].name).toBe('</SCRIPT>');
  });
});

function event(overrides: Partial<EventJsonLdInput> = {}): EventJsonLdInput {
  return {
    slug: 'annual-security-review-conference-2026',
    title: 'Annual Security Review Conference 2026',
    lead: 'Delegations review the politico-military dimension.',
    // 10:00 to 17:30 in Vienna, summer time (UTC+2).
    startsAt: new Date('2026-06-23T08:00:00Z'),
    endsAt: new Date('2026-06-24T15:30:00Z'),
    timeZone: 'Europe/Vienna',
    venue: 'Hofburg',
    city: 'Vienna',
    country: { name: 'Austria' },
    online: false,
    eventStatus: 'scheduled',
    structures: [
      { slug: 'chairpersonship', name: 'OSCE Chairpersonship' },
      { slug: 'conflict-prevention-centre', name: 'Conflict Prevention Centre' },
    ],
    ...overrides,
  };
}

describe('isoInZone', () => {
  it.each([
    ['2026-01-15T09:00:00Z', 'Europe/Vienna', '2026-01-15T10:00:00+01:00'],
    ['2026-07-15T09:00:00Z', 'Europe/Vienna', '2026-07-15T11:00:00+02:00'],
    ['2026-01-15T09:00:00Z', 'America/New_York', '2026-01-15T04:00:00-05:00'],
    ['2026-01-15T09:00:00Z', 'Asia/Kathmandu', '2026-01-15T14:45:00+05:45'],
    ['2026-01-15T09:00:00Z', 'UTC', '2026-01-15T09:00:00+00:00'],
    // The date changes with the zone: 23:30 UTC is the next morning in Almaty.
    ['2026-03-31T23:30:00Z', 'Asia/Almaty', '2026-04-01T04:30:00+05:00'],
  ])('writes %s in %s as %s', (instant, zone, expected) => {
    expect(isoInZone(new Date(instant), zone)).toBe(expected);
    expect(new Date(expected).toISOString()).toBe(new Date(instant).toISOString());
  });
});

describe('eventJsonLd', () => {
  beforeAll(() => {
    vi.stubEnv('SITE_URL', 'https://www.example.org/');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('describes an event at a place, in the local time of its venue', () => {
    const data = JSON.parse(eventJsonLd(event()));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Annual Security Review Conference 2026',
      description: 'Delegations review the politico-military dimension.',
      url: 'https://www.example.org/events/annual-security-review-conference-2026',
      startDate: '2026-06-23T10:00:00+02:00',
      endDate: '2026-06-24T17:30:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    });
    expect(data.location).toEqual({
      '@type': 'Place',
      name: 'Hofburg',
      address: { '@type': 'PostalAddress', addressLocality: 'Vienna', addressCountry: 'Austria' },
    });
  });

  it('lists the organising structures, in order, as Organization organizers', () => {
    expect(JSON.parse(eventJsonLd(event())).organizer).toEqual([
      { '@type': 'Organization', name: 'OSCE Chairpersonship', url: 'https://www.example.org/structures/chairpersonship' },
      { '@type': 'Organization', name: 'Conflict Prevention Centre', url: 'https://www.example.org/structures/conflict-prevention-centre' },
    ]);
  });

  it.each([
    ['scheduled', 'EventScheduled'],
    ['postponed', 'EventPostponed'],
    ['cancelled', 'EventCancelled'],
    ['moved_online', 'EventMovedOnline'],
  ] as const)('maps the status %s to schema.org %s', (eventStatus, expected) => {
    expect(JSON.parse(eventJsonLd(event({ eventStatus }))).eventStatus).toBe(`https://schema.org/${expected}`);
  });

  it('gives an online event, or one moved online, a virtual location', () => {
    const url = 'https://www.example.org/events/annual-security-review-conference-2026';
    for (const overrides of [{ online: true, venue: '', city: '', country: null }, { eventStatus: 'moved_online' as const }]) {
      const data = JSON.parse(eventJsonLd(event(overrides)));
      expect(data.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
      expect(data.location).toEqual({ '@type': 'VirtualLocation', url });
    }
  });

  it('names the place by its city when there is no venue, and leaves out an unknown country', () => {
    const data = JSON.parse(eventJsonLd(event({ venue: '', country: null })));
    expect(data.location).toEqual({ '@type': 'Place', name: 'Vienna', address: { '@type': 'PostalAddress', addressLocality: 'Vienna' } });
  });

  it('escapes "<" so that a hostile title cannot close the script element', () => {
    const title = 'Meeting</script><script>alert(1)</script>';
    const json = eventJsonLd(event({ title, structures: [{ slug: 'x', name: '</SCRIPT>' }] }));
    expect(json).not.toContain('<');
    const data = JSON.parse(json);
    expect(data.name).toBe(title);
    expect(data.organizer[0].name).toBe('</SCRIPT>');
  });
});
