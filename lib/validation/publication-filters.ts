import { z } from './z';
import { publicationTypes, type PublicationType } from '../enums';
import { MAX_PAGE, MAX_QUERY_LENGTH } from './news-filters';

export interface PublicationFilters {
  q?: string;
  type?: PublicationType;
  field?: string;
  structure?: string;
  country?: string;
  /** The year of "Published on". */
  year?: number;
}

export interface ParsedPublicationQuery {
  filters: PublicationFilters;
  page: number;
  /** Why a parameter was ignored, one sentence each, shown above the results. */
  notices: string[];
}

type RawParams = Record<string, string | string[] | undefined>;

export const MIN_YEAR = 1975;
export const MAX_YEAR = 2100;

// Never typed by a person; PostgreSQL refuses the null character in text outright.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120);
const year = z.string().regex(/^\d{4}$/).transform(Number).pipe(z.number().int().min(MIN_YEAR).max(MAX_YEAR));
const pageNumber = z.string().regex(/^\d{1,6}$/).transform(Number).pipe(z.number().int().min(1).max(MAX_PAGE));
const publicationType = z.enum(publicationTypes);

const termNames = { field: 'field of work', structure: 'structure', country: 'country' } as const;

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  const trimmed = v?.trim();
  return trimmed ? trimmed : undefined;
}

/** Reads the /publications query string. Anything malformed is dropped, with a notice saying so. */
export function parsePublicationQuery(params: RawParams): ParsedPublicationQuery {
  const filters: PublicationFilters = {};
  const notices: string[] = [];

  const q = first(params.q);
  if (q !== undefined) {
    if (q.length > MAX_QUERY_LENGTH) notices.push(`Search terms are limited to ${MAX_QUERY_LENGTH} characters; the search was ignored.`);
    else if (CONTROL_CHARACTERS.test(q)) notices.push('Search terms cannot contain control characters; the search was ignored.');
    else filters.q = q;
  }

  const type = first(params.type);
  if (type !== undefined) {
    const parsed = publicationType.safeParse(type);
    if (parsed.success) filters.type = parsed.data;
    else notices.push('The type filter was not recognised and was ignored.');
  }

  for (const key of ['field', 'structure', 'country'] as const) {
    const value = first(params[key]);
    if (value === undefined) continue;
    if (slug.safeParse(value).success) filters[key] = value;
    else notices.push(`The ${termNames[key]} filter was not recognised and was ignored.`);
  }

  const rawYear = first(params.year);
  if (rawYear !== undefined) {
    const parsed = year.safeParse(rawYear);
    if (parsed.success) filters.year = parsed.data;
    else notices.push(`The year must be a year between ${MIN_YEAR} and ${MAX_YEAR}, such as 2024; that filter was ignored.`);
  }

  let page = 1;
  const rawPage = first(params.page);
  if (rawPage !== undefined) {
    const parsed = pageNumber.safeParse(rawPage);
    if (parsed.success) page = parsed.data;
    else notices.push('The page number was not valid; showing the first page.');
  }

  return { filters, page, notices };
}

/** A /publications query string from filters (empty ones left out) and a page number. */
export function publicationQueryString(filters: PublicationFilters, page = 1): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'type', 'field', 'structure', 'country', 'year'] as const) {
    const value = filters[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}
