import { describe, expect, it } from 'vitest';
import { eventQueryString, MAX_QUERY_LENGTH, parseEventQuery, type EventFilters } from './event-filters';

describe('parseEventQuery', () => {
  it('accepts every filter and a page number', () => {
    const parsed = parseEventQuery({
      q: '  water security ',
      series: 'economic-and-environmental-forum',
      field: 'environmental-activities',
      structure: 'odihr',
      country: 'poland',
      from: '2026-01-01',
      to: '2026-12-31',
      page: '2',
    });
    expect(parsed).toEqual({
      filters: {
        q: 'water security',
        series: 'economic-and-environmental-forum',
        field: 'environmental-activities',
        structure: 'odihr',
        country: 'poland',
        from: '2026-01-01',
        to: '2026-12-31',
      },
      page: 2,
      notices: [],
    });
  });

  it('returns no filters, page 1 and no notices for an empty query', () => {
    expect(parseEventQuery({})).toEqual({ filters: {}, page: 1, notices: [] });
    expect(parseEventQuery({ q: '  ', series: '', page: ' ' })).toEqual({ filters: {}, page: 1, notices: [] });
  });

  it.each([
    ['series', 'meeting series'],
    ['field', 'field of work'],
    ['structure', 'structure'],
    ['country', 'country'],
  ] as const)('drops a malformed %s slug with a notice', (key, label) => {
    for (const value of ['Two Words', "x'; drop table events; --", 'a--b', '-x']) {
      const parsed = parseEventQuery({ [key]: value });
      expect(parsed.filters, value).toEqual({});
      expect(parsed.notices, value).toEqual([`The ${label} filter was not recognised and was ignored.`]);
    }
  });

  it.each(['2026-02-30', '2026-2-3', 'tomorrow', '0000-01-01'])('ignores the invalid date %s with a notice', (value) => {
    const parsed = parseEventQuery({ from: value, to: value });
    expect(parsed.filters).toEqual({});
    expect(parsed.notices).toEqual([
      'The "from" date is not a valid date (YYYY-MM-DD) and was ignored.',
      'The "to" date is not a valid date (YYYY-MM-DD) and was ignored.',
    ]);
  });

  it('drops both dates when "from" is after "to"', () => {
    const parsed = parseEventQuery({ from: '2026-05-01', to: '2026-04-01', series: 'media-conferences' });
    expect(parsed.filters).toEqual({ series: 'media-conferences' });
    expect(parsed.notices).toEqual(['The "from" date is after the "to" date; both dates were ignored.']);
  });

  it('ignores an overlong search or one with control characters', () => {
    expect(parseEventQuery({ q: 'a'.repeat(MAX_QUERY_LENGTH + 1) }).notices[0]).toMatch(/limited to 200 characters/);
    expect(parseEventQuery({ q: 'a\u0000b' }).notices).toEqual(['Search terms cannot contain control characters; the search was ignored.']);
    expect(parseEventQuery({ q: 'a'.repeat(MAX_QUERY_LENGTH) }).filters.q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it.each(['0', '-1', 'x', '1.5', '100000'])('falls back to page 1 with a notice for page=%s', (page) => {
    expect(parseEventQuery({ page })).toEqual({ filters: {}, page: 1, notices: ['The page number was not valid; showing the first page.'] });
  });

  it('takes the first value of a repeated parameter', () => {
    expect(parseEventQuery({ series: ['media-conferences', 'x y'], page: ['3', '4'] })).toEqual({ filters: { series: 'media-conferences' }, page: 3, notices: [] });
  });
});

describe('eventQueryString', () => {
  it('round-trips through parseEventQuery', () => {
    const filters: EventFilters = { q: 'media & "safety"', series: 'media-conferences', country: 'albania', from: '2026-01-01', to: '2026-06-30' };
    const text = eventQueryString(filters, 3);
    expect(parseEventQuery(Object.fromEntries(new URLSearchParams(text.slice(1))))).toEqual({ filters, page: 3, notices: [] });
  });

  it('omits empty values and the first page', () => {
    expect(eventQueryString({})).toBe('');
    expect(eventQueryString({ q: '', field: 'youth' }, 1)).toBe('?field=youth');
    expect(eventQueryString({}, 2)).toBe('?page=2');
  });
});
