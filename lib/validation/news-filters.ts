import { newsTypeLabels, newsTypes } from '../enums';
import { defined, queryReader, queryString, type RawParams } from './query-params';

export { MAX_PAGE, MAX_QUERY_LENGTH } from './query-params';

export type NewsType = keyof typeof newsTypeLabels;

export interface NewsFilters {
  q?: string;
  field?: string;
  structure?: string;
  country?: string;
  type?: NewsType;
  from?: string;
  to?: string;
}

export interface ParsedNewsQuery {
  filters: NewsFilters;
  page: number;
  /** Human-readable reasons why a parameter was ignored. */
  notices: string[];
}

/** Reads the /news query string. Anything malformed is dropped, with a notice saying so. */
export function parseNewsQuery(params: RawParams): ParsedNewsQuery {
  const read = queryReader(params);
  const filters = defined<NewsFilters>({
    q: read.search(),
    field: read.slug('field', 'field of work'),
    structure: read.slug('structure', 'structure'),
    country: read.slug('country', 'country'),
    type: read.oneOf('type', newsTypes, 'type'),
    ...read.dateRange(),
  });
  return { filters, page: read.page(), notices: read.notices };
}

/** Builds a /news query string from filters (omitting empty ones) and a page number. */
export function newsQueryString(filters: NewsFilters, page = 1): string {
  return queryString({ ...filters }, page);
}
