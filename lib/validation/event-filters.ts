import { z } from './z';
import { MAX_PAGE, MAX_QUERY_LENGTH } from './news-filters';

export { MAX_QUERY_LENGTH };

export interface EventFilters {
  q?: string;
  series?: string;
  field?: string;
  structure?: string;
  country?: string;
  from?: string;
  to?: string;
}

export interface ParsedEventQuery {
  filters: EventFilters;
  page: number;
  /** Human-readable reasons why a parameter was ignored. */
  notices: string[];
}

type RawParams = Record<string, string | string[] | undefined>;

/** The term filters of /events and how a notice names each. */
export const eventTermFilters = {
  series: 'meeting series',
  field: 'field of work',
  structure: 'structure',
  country: 'country',
} as const;

// Never typed by a person; PostgreSQL refuses the null character in text outright.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    // PostgreSQL's calendar has no year 0, and JavaScript's ISO format changes shape after 9999.
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && date.getUTCFullYear() >= 1;
  });
const pageNumber = z.coerce.number().int().min(1).max(MAX_PAGE);

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  const trimmed = v?.trim();
  return trimmed ? trimmed : undefined;
}

/** Reads the /events query string. Anything malformed is dropped, with a notice saying so. */
export function parseEventQuery(params: RawParams): ParsedEventQuery {
  const filters: EventFilters = {};
  const notices: string[] = [];

  const q = first(params.q);
  if (q !== undefined) {
    if (q.length > MAX_QUERY_LENGTH) notices.push(`Search terms are limited to ${MAX_QUERY_LENGTH} characters; the search was ignored.`);
    else if (CONTROL_CHARACTERS.test(q)) notices.push('Search terms cannot contain control characters; the search was ignored.');
    else filters.q = q;
  }

  for (const [key, label] of Object.entries(eventTermFilters) as [keyof typeof eventTermFilters, string][]) {
    const value = first(params[key]);
    if (value === undefined) continue;
    if (slug.safeParse(value).success) filters[key] = value;
    else notices.push(`The ${label} filter was not recognised and was ignored.`);
  }

  for (const key of ['from', 'to'] as const) {
    const value = first(params[key]);
    if (value === undefined) continue;
    if (isoDate.safeParse(value).success) filters[key] = value;
    else notices.push(`The "${key}" date is not a valid date (YYYY-MM-DD) and was ignored.`);
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    notices.push('The "from" date is after the "to" date; both dates were ignored.');
    delete filters.from;
    delete filters.to;
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

/** Builds an /events query string from filters (omitting empty ones) and a page number. */
export function eventQueryString(filters: EventFilters, page = 1): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}
