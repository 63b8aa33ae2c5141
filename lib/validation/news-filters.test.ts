import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, newsQueryString, parseNewsQuery, type NewsFilters } from './news-filters';

describe('parseNewsQuery', () => {
  it('accepts a valid combination of every filter and a page number', () => {
    const parsed = parseNewsQuery({
      q: '  border security ',
      field: 'policing',
      structure: 'mission-to-serbia',
      country: 'serbia',
      type: 'press_release',
      from: '2021-01-01',
      to: '2021-12-31',
      page: '3',
    });
    expect(parsed).toEqual({
      filters: {
        q: 'border security',
        field: 'policing',
        structure: 'mission-to-serbia',
        country: 'serbia',
        type: 'press_release',
        from: '2021-01-01',
        to: '2021-12-31',
      },
      page: 3,
      notices: [],
    });
  });

  it('returns no filters, page 1 and no notices for an empty query', () => {
    expect(parseNewsQuery({})).toEqual({ filters: {}, page: 1, notices: [] });
  });

  it.each(['-1', 'abc', '0', '99999', '1.5'])('falls back to page 1 with a notice for page=%s', (page) => {
    const parsed = parseNewsQuery({ page });
    expect(parsed.page).toBe(1);
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]).toMatch(/page number/i);
  });

  it.each(['2021-13-45', '2021-02-30', '2021-2-3', 'yesterday', '0000-01-01', '0000-12-31'])('ignores the invalid date %s with a notice', (value) => {
    const parsed = parseNewsQuery({ from: value, to: value });
    expect(parsed.filters.from).toBeUndefined();
    expect(parsed.filters.to).toBeUndefined();
    expect(parsed.notices).toHaveLength(2);
    expect(parsed.notices[0]).toContain('"from"');
    expect(parsed.notices[1]).toContain('"to"');
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseNewsQuery({ from: '2024-02-29' }).filters.from).toBe('2024-02-29');
  });

  it('drops both dates with a notice when "from" is after "to"', () => {
    const parsed = parseNewsQuery({ from: '2022-05-01', to: '2021-05-01', field: 'policing' });
    expect(parsed.filters).toEqual({ field: 'policing' });
    expect(parsed.notices).toEqual(['The "from" date is after the "to" date; both dates were ignored.']);
  });

  it('keeps equal "from" and "to" dates', () => {
    expect(parseNewsQuery({ from: '2021-04-27', to: '2021-04-27' }).filters).toEqual({
      from: '2021-04-27',
      to: '2021-04-27',
    });
  });

  it('ignores a 5,000-character search with a notice but keeps one at the limit', () => {
    const long = parseNewsQuery({ q: 'a'.repeat(5000) });
    expect(long.filters.q).toBeUndefined();
    expect(long.notices).toHaveLength(1);
    expect(long.notices[0]).toMatch(/search/i);

    const atLimit = parseNewsQuery({ q: 'a'.repeat(MAX_QUERY_LENGTH) });
    expect(atLimit.filters.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(atLimit.notices).toEqual([]);
  });

  it.each([
    ['field', 'field of work'],
    ['structure', 'structure'],
    ['country', 'country'],
  ] as const)('drops a malformed %s slug with a notice', (key, label) => {
    for (const value of ['two words', 'Policing', "x'; drop table news_items; --", 'trailing-', '-leading', 'a--b']) {
      const parsed = parseNewsQuery({ [key]: value });
      expect(parsed.filters, value).toEqual({});
      expect(parsed.notices, value).toEqual([`The ${label} filter was not recognised and was ignored.`]);
    }
  });

  it.each(['\u0000', 'a\u0000b', 'a\u0000', 'tab\u0007bell'])('ignores search terms with control characters (%j) with a notice', (q) => {
    const parsed = parseNewsQuery({ q });
    expect(parsed.filters.q).toBeUndefined();
    expect(parsed.notices).toEqual(['Search terms cannot contain control characters; the search was ignored.']);
  });

  it('accepts the first year of the calendar', () => {
    expect(parseNewsQuery({ from: '0001-01-01' }).filters.from).toBe('0001-01-01');
  });

  it('drops an unknown type with a notice', () => {
    const parsed = parseNewsQuery({ type: 'blog_post' });
    expect(parsed.filters.type).toBeUndefined();
    expect(parsed.notices).toEqual(['The type filter was not recognised and was ignored.']);
  });

  it('takes the first value when a parameter is repeated', () => {
    const parsed = parseNewsQuery({
      q: ['first', 'second'],
      field: ['policing', 'not valid'],
      type: ['statement', 'news_item'],
      page: ['2', '5'],
    });
    expect(parsed.filters).toEqual({ q: 'first', field: 'policing', type: 'statement' });
    expect(parsed.page).toBe(2);
    expect(parsed.notices).toEqual([]);
  });

  it('treats blank and whitespace-only values as absent', () => {
    expect(parseNewsQuery({ q: '   ', field: '', page: ' ' })).toEqual({ filters: {}, page: 1, notices: [] });
  });
});

describe('newsQueryString', () => {
  it('round-trips through parseNewsQuery', () => {
    const filters: NewsFilters = {
      q: 'water & energy "security"',
      field: 'environmental-activities',
      structure: 'secretariat',
      country: 'bosnia-and-herzegovina',
      type: 'news_item',
      from: '2021-01-01',
      to: '2022-06-30',
    };
    const text = newsQueryString(filters, 4);
    expect(text.startsWith('?')).toBe(true);
    const params = Object.fromEntries(new URLSearchParams(text.slice(1)));
    expect(parseNewsQuery(params)).toEqual({ filters, page: 4, notices: [] });
  });

  it('omits empty values and page 1', () => {
    expect(newsQueryString({ q: '', field: 'policing', country: undefined }, 1)).toBe('?field=policing');
    expect(newsQueryString({ type: 'statement' })).toBe('?type=statement');
  });

  it('returns an empty string when nothing is set', () => {
    expect(newsQueryString({})).toBe('');
    expect(newsQueryString({ q: '' }, 1)).toBe('');
  });

  it('includes pages after the first', () => {
    expect(newsQueryString({}, 2)).toBe('?page=2');
  });
});
