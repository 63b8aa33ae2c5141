import { describe, expect, it } from 'vitest';
import { parsePublicationQuery, publicationQueryString } from './publication-filters';

describe('parsePublicationQuery', () => {
  it('accepts every filter and a page number', () => {
    expect(
      parsePublicationQuery({ q: ' voter lists ', type: 'report', field: 'elections', structure: 'odihr', country: 'serbia', year: '2024', page: '2' }),
    ).toEqual({
      filters: { q: 'voter lists', type: 'report', field: 'elections', structure: 'odihr', country: 'serbia', year: 2024 },
      page: 2,
      notices: [],
    });
  });

  it('gives no filters and no notices for an empty query, and ignores empty fields of the form', () => {
    expect(parsePublicationQuery({})).toEqual({ filters: {}, page: 1, notices: [] });
    expect(parsePublicationQuery({ q: '', type: '', year: ' ' })).toEqual({ filters: {}, page: 1, notices: [] });
  });

  it.each([
    [{ type: 'novel' }, 'The type filter was not recognised'],
    [{ field: 'Not A Slug' }, 'The field of work filter was not recognised'],
    [{ year: '20x4' }, 'The year must be a year between'],
    [{ year: '1066' }, 'The year must be a year between'],
    [{ page: '-3' }, 'The page number was not valid'],
    [{ page: '1e3' }, 'The page number was not valid'],
    [{ q: 'a'.repeat(201) }, 'Search terms are limited to 200 characters'],
    [{ q: 'tab\u0000null' }, 'Search terms cannot contain control characters'],
  ])('drops %j with a notice', (params, notice) => {
    const parsed = parsePublicationQuery(params);
    expect(parsed.filters).toEqual({});
    expect(parsed.page).toBe(1);
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]).toContain(notice);
  });

  it('takes the first of repeated parameters', () => {
    expect(parsePublicationQuery({ type: ['guide', 'report'] }).filters).toEqual({ type: 'guide' });
  });
});

describe('publicationQueryString', () => {
  it('round-trips filters and leaves out page 1', () => {
    const filters = { q: 'roma & sinti', type: 'guide', year: 2023 } as const;
    const text = publicationQueryString(filters, 1);
    expect(text).toBe('?q=roma+%26+sinti&type=guide&year=2023');
    expect(parsePublicationQuery(Object.fromEntries(new URLSearchParams(text)))).toEqual({ filters, page: 1, notices: [] });
    expect(publicationQueryString({}, 3)).toBe('?page=3');
    expect(publicationQueryString({})).toBe('');
  });
});
