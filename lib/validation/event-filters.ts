import { defined, MAX_QUERY_LENGTH, queryReader, queryString, type RawParams } from './query-params';

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

/** The term filters of /events and how a notice names each. */
export const eventTermFilters = {
  series: 'meeting series',
  field: 'field of work',
  structure: 'structure',
  country: 'country',
} as const;

/** Reads the /events query string. Anything malformed is dropped, with a notice saying so. */
export function parseEventQuery(params: RawParams): ParsedEventQuery {
  const read = queryReader(params);
  const filters = defined<EventFilters>({
    q: read.search(),
    ...Object.fromEntries(Object.entries(eventTermFilters).map(([key, label]) => [key, read.slug(key, label)])),
    ...read.dateRange(),
  });
  return { filters, page: read.page(), notices: read.notices };
}

/** Builds an /events query string from filters (omitting empty ones) and a page number. */
export function eventQueryString(filters: EventFilters, page = 1): string {
  return queryString({ ...filters }, page);
}
